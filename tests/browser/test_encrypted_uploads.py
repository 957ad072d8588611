"""The chat page in a real browser asks for an encrypted PDF's password and unlocks it."""

import pytest

from chat.models import Document
from tests.support.processes import wait_until


@pytest.mark.django_db(transaction=True)
def test_the_chat_page_asks_for_the_password_and_unlocks_the_document(
    start_web, start_worker, browser_page, media_root, locked
):
    from django.contrib.auth.models import User

    User.objects.create_user("alice", password="wonderland-42")
    env = {"MEDIA_ROOT": str(media_root), "API_AUTH_REQUIRED": "true"}
    url = start_web(**env)
    start_worker("ingest", **env)
    page = browser_page
    page.goto(url + "/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "wonderland-42")
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-ready=true]")

    page.set_input_files("#file-input", str(locked))
    failed = page.locator("li.doc[data-status=failed]")
    failed.wait_for(timeout=60_000)
    assert "needs its password" in failed.inner_text()

    failed.locator("button.unlock").click()
    page.fill("dialog input[type=password]", "not it")
    page.click("dialog button[type=submit]")
    rejected = page.locator("li.rejected .error")
    rejected.wait_for()
    assert "The password does not open this PDF" in rejected.inner_text()

    failed.locator("button.unlock").click()
    page.fill("dialog input[type=password]", "s3cret pass")
    page.click("dialog button[type=submit]")
    page.locator("li.doc[data-status=ready]").wait_for(timeout=60_000)
    wait_until(lambda: page.locator("li.doc[data-status=failed]").count() == 0, 10, "the locked one to go")
    assert [d.title for d in Document.objects.all()] == ["locked"] and Document.objects.get().status == "ready"
