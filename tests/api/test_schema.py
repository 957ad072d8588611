"""The OpenAPI schema and the Swagger UI, served without any CDN."""

import re

import httpx
import pytest
import yaml
from django.core.management import call_command
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

ENDPOINTS = {
    ("/chat/sync", "post"),
    ("/chat/async", "post"),
    ("/chat/jobs/{job_id}", "get"),
    ("/documents", "post"),
    ("/documents", "get"),
    ("/documents/{document_id}", "get"),
    ("/documents/{document_id}", "delete"),
    ("/health", "get"),
}


def test_schema_validates(tmp_path):
    out = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))
    schema = yaml.safe_load(out.read_text())
    assert schema["openapi"].startswith("3.")


@pytest.mark.parametrize("path", ["/schema", "/schema/"])
def test_schema_lists_the_endpoints_with_examples(path):
    response = APIClient().get(path, HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    for endpoint, method in ENDPOINTS:
        operation = schema["paths"][endpoint][method]
        for status, response_spec in operation["responses"].items():
            if status == "204":
                continue
            examples = response_spec.get("content", {}).get("application/json", {}).get("examples")
            assert examples, f"{method} {endpoint} {status} has no example"
        if endpoint.startswith("/chat/") and method == "post":
            assert operation["requestBody"]["content"]["application/json"]["examples"]


def test_docs_page_uses_no_outside_host():
    response = APIClient().get("/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui" in html
    hosts = set(re.findall(r"(?:src|href)=[\"']?(?:https?:)?//([^/\"' >]+)", html))
    assert hosts == set(), f"/docs loads assets from {hosts}"


@pytest.mark.e2e
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


@pytest.mark.e2e
def test_chat_through_gunicorn_with_a_real_worker(gunicorn_server, start_worker):
    from tests.conftest import wait_until

    start_worker("chat")
    submitted = httpx.post(gunicorn_server + "/chat/async", json={"message": "hi there"})
    assert submitted.status_code == 202
    job_id = submitted.json()["job_id"]

    def done():
        body = httpx.get(f"{gunicorn_server}/chat/jobs/{job_id}").json()
        return body if body["status"] == "finished" else None

    body = wait_until(done, 60, "the job to finish", interval=0.1)
    assert body["backend"] == "none" and body["answer"] and body["sources"] == []  # nothing indexed
    sync = httpx.post(gunicorn_server + "/chat/sync/", json={"message": "hi"})
    assert sync.status_code == 200 and sync.json()["backend"] == "none"
