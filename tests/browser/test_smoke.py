"""Smoke test of the browser fixtures: headless Chromium opens the home page that gunicorn serves."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_chromium_renders_the_home_page_from_gunicorn(start_web, browser_page, screenshots):
    url = start_web() + "/"
    response = browser_page.goto(url, wait_until="load")
    assert response is not None and response.ok, f"GET {url} in Chromium: {response and response.status}"
    assert "pdfchat" in browser_page.title()
    browser_page.screenshot(path=screenshots / "home.png", full_page=True)
    assert (screenshots / "home.png").stat().st_size > 0
