"""Who a user is at the organisation's OpenID Connect provider (services/identity.py).

A person who signs in with the provider is found again by the provider's subject (`sub`),
never by a username or an email: those can be reused or changed at the provider, and a local
account with the same name must not be taken over by whoever gets that name there.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models


class OidcIdentity(models.Model):
    """A user's account at one provider (issuer + subject), and the group memberships that the
    provider granted at the last sign-in: the next sign-in withdraws those the provider no longer
    sends, and leaves alone the memberships an administrator gave in pdfchat."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="oidc_identities")
    issuer = models.CharField(max_length=500, help_text="The provider's issuer URL (OIDC_ISSUER).")
    subject = models.CharField(max_length=255, help_text="The provider's `sub` claim: never reassigned.")
    groups = models.ManyToManyField(
        Group, blank=True, related_name="+", help_text="The memberships the provider granted at the last sign-in."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_sign_in_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "OIDC identity"
        verbose_name_plural = "OIDC identities"
        constraints = [models.UniqueConstraint(fields=["issuer", "subject"], name="oidc_identity_one_per_subject")]

    def __str__(self) -> str:
        return f"{self.subject} at {self.issuer}"
