"""Who may call the API: everyone while API_AUTH_REQUIRED is off, signed-in users otherwise."""

from django.conf import settings
from rest_framework.permissions import BasePermission
from rest_framework.request import Request


class ApiAccess(BasePermission):
    """Reads API_AUTH_REQUIRED on every request, so the setting needs no restart in tests."""

    def has_permission(self, request: Request, view: object) -> bool:
        if not settings.API_AUTH_REQUIRED:
            return True
        return bool(request.user and request.user.is_authenticated)
