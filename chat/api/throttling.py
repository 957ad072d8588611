"""Request rate limits per user (or per address when anonymous), counted in Redis.

Counted in settings.THROTTLE_CACHE (Django's Redis cache backend on REDIS_URL), so a limit
holds in total across gunicorn processes and hosts, not once per process. Each scope counts
in fixed windows of the rate's duration with one atomic INCR: at most N requests per
window, and a refused request is told when the window ends (Retry-After).

If Redis cannot be reached, each process counts for itself in memory for a while (logged),
so requests are neither all refused nor all let through: the limit then holds per process.
"""

import logging
import time
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import BaseCache, caches
from redis.exceptions import RedisError
from rest_framework.throttling import ScopedRateThrottle

from chat import metrics

if TYPE_CHECKING:  # DRF's views import the throttle classes named in the settings: this one
    from rest_framework.request import Request
    from rest_framework.views import APIView

logger = logging.getLogger(__name__)

FALLBACK_CACHE = "default"  # this process's memory
RETRY_REDIS_AFTER = 10.0  # seconds of counting in memory before Redis is tried again
_redis_down_until = 0.0


class SettingsScopedThrottle(ScopedRateThrottle):
    """ScopedRateThrottle with its rates read from API_THROTTLE_RATES when a request comes
    (an operator's environment and the tests can change them), counted in Redis. A scope
    without a rate is unlimited."""

    def get_rate(self) -> str | None:
        return settings.API_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request: "Request", view: "APIView") -> bool:
        self.scope = getattr(view, self.scope_attr, None)
        self.rate = self.get_rate() if self.scope else None
        if not self.rate:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        now = time.time()
        window = int(now // self.duration)
        self._retry_after = (window + 1) * self.duration - now
        allowed = _count(f"{self.key}:{window}", ttl=self.duration + 1) <= self.num_requests
        if not allowed:
            metrics.THROTTLED.labels(self.scope).inc()
        return allowed

    def wait(self) -> float:
        return self._retry_after


def _count(key: str, *, ttl: int) -> int:
    """This request's number in its window: in Redis, or in memory while Redis is away."""
    global _redis_down_until
    if time.monotonic() >= _redis_down_until:
        try:
            return _increment(caches[settings.THROTTLE_CACHE], key, ttl=ttl)
        except RedisError as exc:
            _redis_down_until = time.monotonic() + RETRY_REDIS_AFTER
            logger.warning("rate limits counted per process for %.0f s: Redis unavailable (%s)", RETRY_REDIS_AFTER, exc)
    return _increment(caches[FALLBACK_CACHE], key, ttl=ttl)


def _increment(cache: BaseCache, key: str, *, ttl: int) -> int:
    cache.add(key, 0, timeout=ttl)
    try:
        return cache.incr(key)
    except ValueError:  # expired between the two calls: a new window
        cache.add(key, 1, timeout=ttl)
        return 1
