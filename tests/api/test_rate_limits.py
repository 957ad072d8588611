"""Rate limits hold in total across gunicorn processes (counted in Redis), and still hold,
per process, while Redis is away."""

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from rest_framework.test import APIClient

import chat.api.throttling
from scripts.processes import free_port

transactional = pytest.mark.django_db(transaction=True)


@pytest.mark.e2e
@transactional
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


@pytest.mark.django_db
def test_with_redis_away_each_process_still_counts(settings, monkeypatch, caplog):
    settings.API_THROTTLE_RATES = {"chat": "2/day"}
    settings.CACHES = {
        **settings.CACHES,
        "shared": {**settings.CACHES["shared"], "LOCATION": f"redis://127.0.0.1:{free_port()}/0"},
    }
    monkeypatch.setattr(chat.api.throttling, "_redis_down_until", 0.0)
    client = APIClient()
    codes = [client.post("/chat/sync", {"message": "hi"}, format="json").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert "rate limits counted per process" in caplog.text
