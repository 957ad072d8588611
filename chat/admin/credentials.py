"""The admin's credentials: API tokens, which staff may revoke (audited, services/tokens.py),
and OpenID Connect identities, which only superusers may point at another account.

DRF's own token page is removed here: its tokens now live in ApiToken.
"""

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from rest_framework.authtoken.models import TokenProxy

from chat.models import ApiToken, OidcIdentity
from chat.services import tokens
from chat.services.audit import Origin

# DRF's tokens were moved into ApiToken (hashed) by migration 0010; its admin page would only confuse.
if admin.site.is_registered(TokenProxy):
    admin.site.unregister(TokenProxy)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are created by their users (the chat page, `manage.py create_api_user`), shown
    once; staff see them and can revoke them."""

    list_display = ["name", "user", "prefix", "scopes", "created_at", "expires_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at", "expires_at"]
    search_fields = ["name", "user__username", "prefix"]
    readonly_fields = [f.name for f in ApiToken._meta.fields if f.name != "digest"]
    fields = readonly_fields
    actions = ["revoke"]

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[ApiToken]) -> None:
        origin = Origin.from_meta(request.META)
        for token in queryset.select_related("user"):
            tokens.revoke_token(user=token.user, token_id=token.pk, origin=origin, by=request.user)
        self.message_user(request, f"Revoked {queryset.count()} token(s).", messages.SUCCESS)

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: ApiToken | None = None) -> bool:
        return False


@admin.register(OidcIdentity)
class OidcIdentityAdmin(admin.ModelAdmin):
    """Who signs in with the OpenID Connect provider as whom (services/identity.py). Made at a
    first sign-in, never by hand; changing `user` gives the person's next sign-ins another
    account (an older local one that pdfchat would not take over by itself: docs/sso.md).
    Superusers only may change one: whoever may point an identity at an account signs in as
    that account, so staff with change_oidcidentity could make themselves a superuser."""

    list_display = ["subject", "user", "issuer", "created_at", "last_sign_in_at"]
    list_select_related = ["user"]
    search_fields = ["=subject", "user__username", "user__email"]
    raw_id_fields = ["user"]
    readonly_fields = ["issuer", "subject", "groups", "created_at", "last_sign_in_at"]
    fields = ["user", *readonly_fields]

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: OidcIdentity | None = None) -> bool:
        return request.user.is_active and request.user.is_superuser
