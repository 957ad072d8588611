"""Request rate limits per user (or per address when anonymous), configured in settings."""

from django.conf import settings
from rest_framework.throttling import ScopedRateThrottle


class SettingsScopedThrottle(ScopedRateThrottle):
    """ScopedRateThrottle with its rates read from API_THROTTLE_RATES when a request comes.

    DRF's own class reads the rates once at import; reading them per request lets an
    operator's environment (and the tests) change them. A scope without a rate is unlimited.
    """

    def get_rate(self) -> str | None:
        return settings.API_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request: object, view: object) -> bool:
        self.scope = getattr(view, self.scope_attr, None)
        if not self.scope or not self.get_rate():
            return True
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super(ScopedRateThrottle, self).allow_request(request, view)
