"""The app served by gunicorn with DEBUG off: the API docs' static assets, the favicon, and a
chat job answered by a real worker."""

import re

import httpx
import pytest

from tests.support.processes import wait_until


@pytest.mark.django_db
def test_docs_assets_load_from_gunicorn_with_debug_off(gunicorn_server):
    html = httpx.get(gunicorn_server + "/docs").text
    assets = re.findall(r"(?:src|href)=\"(/static/[^\"]+)\"", html)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets), html
    for asset in assets:
        response = httpx.get(gunicorn_server + asset)
        assert response.status_code == 200, asset
        assert len(response.content) > 100, asset
    # The page's own script fetches the schema from the same server.
    assert httpx.get(gunicorn_server + "/schema").status_code == 200


@pytest.mark.django_db
def test_chat_through_gunicorn_with_a_real_worker(gunicorn_server, start_worker):
    start_worker("chat")
    submitted = httpx.post(gunicorn_server + "/chat/async", json={"message": "hi there"})
    assert submitted.status_code == 202
    job_id = submitted.json()["job_id"]

    def done():
        body = httpx.get(f"{gunicorn_server}/chat/jobs/{job_id}").json()
        assert body["status"] != "failed", body
        return body if body["status"] == "finished" else None

    body = wait_until(done, 60, "the job to finish", interval=0.1)
    assert body["backend"] == "none" and body["answer"] and body["sources"] == []  # nothing indexed
    sync = httpx.post(gunicorn_server + "/chat/sync/", json={"message": "hi"})
    assert sync.status_code == 200 and sync.json()["backend"] == "none"


def test_the_favicon_is_served_by_gunicorn_with_debug_off(gunicorn_server):
    icon = httpx.get(gunicorn_server + "/favicon.ico", follow_redirects=True)
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    linked = re.search(r'rel="icon" href="([^"]+)"', httpx.get(gunicorn_server + "/").text).group(1)
    assert httpx.get(gunicorn_server + linked).content == icon.content
