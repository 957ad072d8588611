"""API errors as JSON, also for the few that Django raises before DRF sees a request."""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, JsonResponse
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler


def api_exception_handler(exc: Exception, context: dict) -> Response | None:
    """DRF's handler, plus a 413 for oversized form data (Django would answer 400 HTML)."""
    if isinstance(exc, RequestDataTooBig | TooManyFieldsSent):
        return Response(
            {"detail": "The request body or one of its form fields is too large."},
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    return exception_handler(exc, context)


def not_found(request: HttpRequest, exception: Exception) -> JsonResponse:
    """Django's 404 for paths no route matches, as JSON like the API's own (DEBUG off)."""
    return JsonResponse({"detail": "Not found."}, status=404)
