"""Rate limits hold in total across gunicorn processes (counted in Redis). Per process while
Redis is away: tests/api/test_rate_limits.py."""

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest


@pytest.mark.django_db(transaction=True)
def test_a_limit_holds_in_total_over_two_gunicorn_processes(start_web):
    url = start_web(workers=2, THROTTLE_CHAT="6/day")

    def ask(_: int) -> int:
        return httpx.post(url + "/chat/async", json={"message": "hi"}, timeout=30).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(ask, range(24)))
    assert codes.count(202) == 6, codes  # counted per process, each would allow 6
    assert codes.count(429) == 18
    refused = httpx.post(url + "/chat/async", json={"message": "hi"}, timeout=30)
    assert refused.status_code == 429 and 0 < int(refused.headers["Retry-After"]) <= 86400
