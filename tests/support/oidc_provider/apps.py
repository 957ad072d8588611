"""The test OpenID Connect provider's Django app: its one model (Profile) and templates."""

from django.apps import AppConfig


class OIDCProviderConfig(AppConfig):
    name = "tests.support.oidc_provider"
    label = "test_oidc_provider"
    verbose_name = "Test OpenID Connect provider"
    default_auto_field = "django.db.models.BigAutoField"
