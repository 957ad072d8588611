"""The OpenAPI schema and the Swagger UI, served without any CDN (their static files from
gunicorn: tests/e2e/test_gunicorn.py)."""

import re

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
