"""Rate limits still hold, per process, while Redis is away. In total across gunicorn processes
(counted in Redis): tests/e2e/test_rate_limits.py."""

import pytest
from rest_framework.test import APIClient

import chat.api.throttling
from scripts.processes import free_port


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
