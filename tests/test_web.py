"""The HTML pages (chat/web.py): the home page, where the admin's "View site" link goes. The
favicon, served by gunicorn, is tested in tests/e2e/test_gunicorn.py."""

import re

import pytest
from django.test import Client


@pytest.mark.django_db
def test_home_page_links_to_docs_admin_and_health():
    response = Client().get("/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    links = set(re.findall(r'href="([^"]+)"', response.content.decode()))
    assert {"/docs", "/admin/", "/health", "/schema"} <= links
