"""What the test OpenID Connect provider knows of a user beyond django.contrib.auth's User:
whether the email address is verified (the `email_verified` claim)."""

from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="oidc_profile")
    email_verified = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"{self.user} (email_verified={self.email_verified})"
