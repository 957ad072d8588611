"""The chat page's team features in a real browser (Debian's Chromium through Playwright),
against a live gunicorn with a real Redis, an ingest worker and the OpenAI-protocol stub,
sign-in required: a collection made, filled and shared with a viewer through the share
dialog; the viewer's badge, the upload they cannot make, a question asked in the collection
whose source names it; the viewer removed, and their next question there refused with the
API's reason on the page. And API tokens: one created and shown once, then revoked.
Screenshots go to the folder the `screenshots` fixture prints."""

import json
from datetime import timedelta

import httpx
import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from chat.models import ApiToken, Collection, Document, Membership
from tests.browser.test_chat_page import sign_in, watch_answer
from tests.support.browser_plugin import DEFAULT_TIMEOUT_MS
from tests.support.pdfs import REFCARD, REFCARD_QUESTION
from tests.support.processes import openai_env, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

ANSWER = "Use semilogx (args) for a logarithmic x axis [p. 3]."


def new_page(browser):
    """A second person's browser: a context of its own (its own cookies), like browser_page's."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=False)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    return context, context.new_page()


def test_a_collection_is_shared_with_a_viewer_and_taken_back(
    start_web, start_worker, openai_stub, browser_page, chromium_browser, screenshots
):
    User.objects.create_user("alice", password="wonderland-42")
    User.objects.create_user("bob", password="builder-42")
    Group.objects.create(name="support")
    env = {**openai_env(openai_stub), "EMBEDDINGS_BACKEND": "none", "API_AUTH_REQUIRED": "true"}
    url = start_web(**env)
    start_worker("ingest", **env)
    page = browser_page
    sign_in(page, url, "alice", "wonderland-42")
    personal = page.locator("#collections li[data-role=manager]")
    assert personal.count() == 1 and personal.locator(".open").inner_text() == "alice's documents"
    assert page.locator("#upload-target").inner_text() == "into alice's documents"  # "All collections": the default

    # A new collection: a blank name is refused in the dialog, which keeps what was typed.
    page.click("#new-collection")
    page.fill("#name-input", "   ")
    page.press("#name-input", "Enter")
    assert page.locator("#name-error").inner_text() == "Give it a name."
    page.fill("#name-input", "Manuals")
    page.click("#name-submit")
    page.locator("#name-dialog").wait_for(state="hidden")
    manuals = page.locator("#collections li", has=page.locator(".open", has_text="Manuals"))
    manuals.wait_for()
    collection_id = manuals.get_attribute("data-collection-id")
    collection = Collection.objects.get(key=collection_id)
    assert collection.name == "Manuals" and collection.kind == "team"
    assert manuals.locator(".role").inner_text() == "manager"
    # It is chosen at once: the document list shows it (empty), and uploads go there.
    assert page.locator("#doc-collection").input_value() == collection_id
    assert page.locator("#upload-target").inner_text() == "into Manuals"
    assert page.locator("#no-documents").is_visible()

    # A PDF uploaded into it.
    page.set_input_files("#file-input", str(REFCARD))
    document = page.locator("li.doc[data-status=ready]")
    document.wait_for(timeout=60_000)
    assert document.get_attribute("data-collection-id") == collection_id
    assert document.locator(".collection").inner_text() == "Manuals"
    [uploaded] = Document.objects.all()
    assert uploaded.collection == collection
    wait_until(lambda: manuals.locator(".meta").inner_text().startswith("1 document ·"), 10, "the count")

    # Shared through the dialog: an unknown name is refused with the API's words, then bob is added.
    manuals.get_by_role("button", name="Share Manuals").click()
    dialog = page.locator("#share-dialog")
    dialog.wait_for()
    assert dialog.locator("tr[data-member='user:alice']").get_attribute("data-role") == "manager"
    dialog.locator("#share-who").fill("nobody")
    dialog.locator("#share-role").select_option("viewer")
    dialog.locator("#share-add").click()
    dialog.locator("#share-error").wait_for()
    assert dialog.locator("#share-error").inner_text() == "No user named 'nobody'."
    assert dialog.locator("#share-who").input_value() == "nobody"  # kept, to correct
    dialog.locator("#share-who").fill("bob")
    dialog.locator("#share-add").click()
    bob_row = dialog.locator("tr[data-member='user:bob']")
    bob_row.wait_for()
    assert bob_row.get_attribute("data-role") == "viewer" and dialog.locator("#share-error").is_hidden()
    assert dialog.locator("#share-status").inner_text() == "bob was added as a viewer."
    assert Membership.objects.get(collection=collection, user__username="bob").role == "viewer"
    # The last manager cannot step down: the 409's reason, and the role shown stays manager.
    dialog.get_by_label("Role of alice (you)").select_option("viewer")
    dialog.locator("#share-error").wait_for()
    assert dialog.locator("#share-error").inner_text().startswith("A collection needs a manager")
    wait_until(lambda: dialog.get_by_label("Role of alice (you)").input_value() == "manager", 10, "the role back")
    page.screenshot(path=str(screenshots / "share-dialog.png"))
    # A group, added as editor, made a viewer, then removed (DELETE .../groups/support).
    dialog.locator("#share-kind").select_option("group")
    dialog.locator("#share-who").fill("support")
    dialog.locator("#share-role").select_option("editor")
    dialog.locator("#share-who").press("Enter")
    group_row = dialog.locator("tr[data-member='group:support']")
    group_row.wait_for()
    assert group_row.get_attribute("data-role") == "editor"
    dialog.get_by_label("Role of support (group)").select_option("viewer")
    wait_until(lambda: group_row.get_attribute("data-role") == "viewer", 10, "the group's new role")
    assert dialog.locator("#share-status").inner_text() == "support (group) is now a viewer."
    dialog.get_by_role("button", name="Remove support (group)").click()
    group_row.wait_for(state="detached")
    assert not Membership.objects.filter(collection=collection, group__name="support").exists()
    dialog.locator("#share-close").click()
    dialog.wait_for(state="hidden")

    # Bob, in a browser of his own: Manuals with a viewer badge, read-only members, no upload there.
    bob_context, bob = new_page(chromium_browser)
    try:
        sign_in(bob, url, "bob", "builder-42")
        bob_manuals = bob.locator(f"#collections li[data-collection-id='{collection_id}']")
        assert bob_manuals.locator(".role").inner_text() == "viewer"
        assert bob_manuals.get_by_role("button", name="Rename Manuals").count() == 0
        assert bob_manuals.get_by_role("button", name="Delete Manuals").count() == 0
        bob_manuals.get_by_role("button", name="Members of Manuals").click()
        bob_dialog = bob.locator("#share-dialog")
        bob_dialog.locator("tr[data-member='user:alice']").wait_for()
        assert bob_dialog.locator("#share-form").is_hidden()
        assert bob_dialog.locator("#share-members select").count() == 0
        assert "you are a viewer there" in bob_dialog.locator("#share-readonly").inner_text()
        assert bob_dialog.get_by_role("button", name="Remove bob (you)").count() == 0
        bob.keyboard.press("Escape")
        bob_dialog.wait_for(state="hidden")

        bob.locator("#doc-collection").select_option(collection_id)
        bob.locator(f"li.doc[data-document-id='{uploaded.id}']").wait_for()
        assert bob.locator("#file-input").is_disabled()
        assert bob.locator("#dropzone").get_attribute("aria-disabled") == "true"
        assert "You are a viewer in “Manuals”" in bob.locator("#upload-note").inner_text()
        assert bob.locator(f"li.doc[data-document-id='{uploaded.id}'] button[aria-label^='Delete']").count() == 0

        # A question asked in Manuals alone: the page sends its id, the source names it.
        bob.click("#collection-picker summary")
        bob.check(f"#collection-picker input[data-collection-id='{collection_id}']")
        assert not bob.locator("#picker-all").is_checked()
        assert bob.locator("#picker-label").inner_text() == "Manuals"
        bob.keyboard.press("Escape")
        assert bob.locator("#collection-picker").get_attribute("open") is None
        openai_stub.reply_next(ANSWER)
        bob.fill("#question", REFCARD_QUESTION)
        with bob.expect_request("**/chat/stream") as asked:
            bob.keyboard.press("Enter")
        assert json.loads(asked.value.post_data)["collection_ids"] == [collection_id]
        watch_answer(bob, 0)
        answer = bob.locator(".msg.assistant").nth(0)
        assert answer.locator(".text").inner_text() == ANSWER
        source = answer.locator(".source").first
        assert source.get_attribute("data-collection-id") == collection_id
        assert source.locator(".collection").inner_text() == "Manuals"
        bob.screenshot(path=str(screenshots / "viewer-asks-in-manuals.png"))

        # Alice takes bob out; his next question in Manuals is refused, and the page says why.
        manuals.get_by_role("button", name="Share Manuals").click()
        dialog.get_by_role("button", name="Remove bob").click()
        bob_row.wait_for(state="detached")
        assert dialog.locator("#share-status").inner_text() == "bob was removed."
        assert not Membership.objects.filter(collection=collection, user__username="bob").exists()

        bob.fill("#question", "And for the y axis?")
        bob.keyboard.press("Enter")
        refused = bob.locator(".msg.assistant").nth(1)
        wait_until(lambda: refused.get_attribute("data-state") == "error", 15, "the refusal")
        assert f"No collection with id {collection_id} that you may read." in refused.locator(".error").inner_text()
        refused.locator(".note").wait_for()  # and the picker forgot it, saying so
        assert "“Manuals” is no longer yours to read" in refused.locator(".note").inner_text()
        bob_manuals.wait_for(state="detached")
        assert bob.locator("#picker-label").inner_text() == "all my collections"
        assert bob.locator(f"li.doc[data-document-id='{uploaded.id}']").count() == 0
        assert not bob.locator("#file-input").is_disabled()  # back to his own collection
        bob.screenshot(path=str(screenshots / "viewer-removed.png"))
    finally:
        bob_context.close()

    # Alice renames Manuals, then deletes it (after confirming); her personal collection offers no Delete.
    dialog.locator("#share-close").click()
    manuals.get_by_role("button", name="Rename Manuals").click()
    assert page.locator("#name-input").input_value() == "Manuals"
    page.fill("#name-input", "Old manuals")
    page.press("#name-input", "Enter")
    renamed = page.locator(f"#collections li[data-collection-id='{collection_id}']")
    wait_until(lambda: renamed.locator(".open").inner_text() == "Old manuals", 10, "the new name")
    assert page.locator(f"li.doc[data-document-id='{uploaded.id}'] .collection").inner_text() == "Old manuals"
    assert personal.get_by_role("button", name="Delete alice's documents").count() == 0
    page.once("dialog", lambda confirm: confirm.accept())
    renamed.get_by_role("button", name="Delete Old manuals").click()
    renamed.wait_for(state="detached")
    assert not Collection.objects.filter(key=collection_id).exists() and not Document.objects.exists()
    assert page.locator("#doc-collection").input_value() == ""


def test_a_token_is_shown_once_then_revoked(start_web, browser_page, screenshots):
    User.objects.create_user("alice", password="wonderland-42")
    url = start_web(API_AUTH_REQUIRED="true")
    page = browser_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sign_in(page, url, "alice", "wonderland-42")
    personal_id = page.locator("#collections li").first.get_attribute("data-collection-id")

    page.click("#open-tokens")
    dialog = page.locator("#tokens-dialog")
    dialog.wait_for()
    dialog.locator("#no-tokens").wait_for()  # listed: none yet
    dialog.locator("#token-name").fill("support bot")
    assert dialog.locator("input[name=scope][value=ask]").is_checked()  # asking only, unless more is ticked
    dialog.locator(f"input[name=collection][value='{personal_id}']").check()
    expires = (timezone.localdate() + timedelta(days=30)).isoformat()
    dialog.locator("#token-expires").fill(expires)
    dialog.locator("#token-create").click()

    shown = dialog.locator("#new-token")
    shown.wait_for()
    assert "Copy it now: you will not see it again." in shown.inner_text()
    key = dialog.locator("#new-token-value").input_value()
    dialog.locator("#copy-token").click()
    wait_until(lambda: dialog.locator("#copy-status").inner_text() == "Copied.", 10, "the copy")
    assert page.evaluate("navigator.clipboard.readText()") == key
    token = ApiToken.objects.get()
    assert token.name == "support bot" and token.scopes == ["ask"] and key.startswith(token.prefix)
    assert [str(c.key) for c in token.collections.all()] == [personal_id]
    end_of_day = page.evaluate(f"new Date('{expires}T23:59:59').getTime()") / 1000  # the browser's own time zone
    assert token.expires_at.timestamp() == end_of_day
    row = dialog.locator(f"tr[data-token-id='{token.pk}']")
    assert row.get_attribute("data-status") == "active" and f"{token.prefix}…" in row.inner_text()
    assert "ask" in row.inner_text() and "alice's documents" in row.inner_text()
    page.screenshot(path=str(screenshots / "token-created.png"))

    # It works, within its scope.
    auth = {"Authorization": f"Token {key}"}
    assert httpx.get(f"{url}/collections", headers=auth).status_code == 200
    assert httpx.post(f"{url}/collections", headers=auth, json={"name": "x"}).status_code == 403

    # Once: closed and opened again, the dialog (and the page) no longer hold it.
    dialog.locator("#tokens-close").click()
    dialog.wait_for(state="hidden")
    page.click("#open-tokens")
    row.wait_for()
    assert shown.is_hidden() and key not in page.content()
    assert dialog.locator("#new-token-value").input_value() == ""

    # Revoked, after confirming: marked so, and refused from then on.
    page.once("dialog", lambda confirm: confirm.accept())
    row.get_by_role("button", name="Revoke support bot").click()
    wait_until(lambda: row.get_attribute("data-status") == "revoked", 10, "the revocation")
    assert row.get_by_role("button").count() == 0 and "revoked" in row.inner_text()
    assert ApiToken.objects.get().revoked_at is not None
    assert httpx.get(f"{url}/collections", headers=auth).status_code == 401
