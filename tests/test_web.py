"""The home page (where the admin's "View site" link goes) and the favicon."""

import re

import httpx
import pytest
from django.test import Client


@pytest.mark.django_db
def test_home_page_links_to_docs_admin_and_health():
    response = Client().get("/")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    links = set(re.findall(r'href="([^"]+)"', response.content.decode()))
    assert {"/docs", "/admin/", "/health", "/schema"} <= links


@pytest.mark.e2e
def test_the_favicon_is_served_by_gunicorn_with_debug_off(gunicorn_server):
    icon = httpx.get(gunicorn_server + "/favicon.ico", follow_redirects=True)
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    linked = re.search(r'rel="icon" href="([^"]+)"', httpx.get(gunicorn_server + "/").text).group(1)
    assert httpx.get(gunicorn_server + linked).content == icon.content
