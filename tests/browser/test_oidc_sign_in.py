"""OpenID Connect sign-in in a real browser (Debian's Chromium through Playwright): the login
page's "Sign in with ..." button, the real test provider's login form (tests/support/oidc_provider/),
back on the chat page with the collection shared with the person's group in the collection
picker; "Sign out" signs out at the provider too and comes back to the login page.
The HTTP-level cases (refusals, the provider down, access tokens): tests/e2e/test_oidc_sign_in.py."""

import os

import pytest
from django.contrib.auth.models import Group

from chat.models import Collection, Membership, Role
from tests.e2e.test_oidc_sign_in import PROVIDER_NAME, start_pdfchat
from tests.support.oidc_provider.fixture import oidc_provider  # noqa: F401

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        os.environ.get("PDFCHAT_TEST_DB") == "postgres",
        reason="the browser flow adds no SQL of its own; the PostgreSQL pass runs tests/e2e/test_oidc_sign_in.py",
    ),
]


def test_sign_in_with_the_provider_see_the_groups_collection_and_sign_out(
    start_web,
    oidc_provider,  # noqa: F811
    browser_page,
    screenshots,
):
    oidc_provider.add_user("dana", "dana-pw", "dana@example.com", groups=["support"], name="Dana")
    support = Collection.objects.create(name="Support manuals")
    Membership.objects.create(collection=support, group=Group.objects.create(name="support"), role=Role.VIEWER)
    url = start_pdfchat(start_web, oidc_provider)
    page = browser_page

    page.goto(url + "/")
    page.wait_for_url("**/accounts/login/**")
    page.screenshot(path=screenshots / "login.png")
    page.get_by_role("link", name=f"Sign in with {PROVIDER_NAME}").click()

    page.wait_for_url(oidc_provider.login_url + "**")  # the provider's own form
    page.fill("input[name=username]", "dana")
    page.fill("input[name=password]", "dana-pw")
    page.get_by_role("button", name="Sign in").click()

    page.wait_for_selector("body[data-ready=true]")
    assert page.url == url + "/"
    shared = page.locator("#collections li", has=page.locator(".open", has_text="Support manuals"))
    shared.wait_for()
    assert shared.locator(".role").inner_text() == "viewer"
    assert page.locator("#collections li", has=page.locator(".open", has_text="dana's documents")).count() == 1
    page.screenshot(path=screenshots / "chat-page.png", full_page=True)

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(url + "/accounts/login/")  # through the provider's end_session endpoint
    page.get_by_role("link", name=f"Sign in with {PROVIDER_NAME}").click()
    page.wait_for_url(oidc_provider.login_url + "**")  # signed out there too: its form again
    page.screenshot(path=screenshots / "signed-out.png")
