"""The chat page in a real browser (Debian's Chromium through Playwright), against a live
gunicorn with a real Redis, a real ingest worker and the OpenAI-protocol stub streaming the
answers: sign in, upload with progress, a streamed answer and a follow-up in one thread,
a source opened in the viewer at its page with the passage highlighted, deletion, a
rejected upload, and another user kept away from the PDF. Screenshots go to the folder the
`screenshots` fixture prints."""

import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from django.contrib.auth.models import User

from chat.models import Conversation, Document
from tests.support.pdfs import REFCARD
from tests.support.processes import openai_env, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

QUESTION = "How do I plot data with a logarithmic x axis?"
ANSWER = "Use semilogx (args) for a logarithmic x axis [p. 3]. It works like plot, with a log scale on x."
FOLLOW_UP = "And for the y axis?"
REWRITTEN = "How do I plot data with a logarithmic y axis?"
FOLLOW_UP_ANSWER = "Use semilogy (args) [p. 3]."


def sign_in(page, url: str, username: str, password: str) -> None:
    page.goto(url + "/")
    page.wait_for_url("**/accounts/login/**")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-ready=true]")


def watch_answer(page, index: int) -> list[int]:
    """The lengths the n-th answer's text went through until it was done."""
    answer = page.locator(".msg.assistant").nth(index)
    answer.wait_for()
    lengths: list[int] = []
    deadline = time.monotonic() + 30
    while answer.get_attribute("data-state") == "streaming" and time.monotonic() < deadline:
        if answer.locator(".thinking").count():  # not a word yet: "Searching your documents…"
            continue
        length = len(answer.locator(".text").inner_text())
        if not lengths or lengths[-1] != length:
            lengths.append(length)
        time.sleep(0.02)
    assert answer.get_attribute("data-state") == "done", answer.inner_text()
    return lengths


def test_a_person_uploads_chats_and_opens_the_cited_page(
    start_web, start_worker, openai_stub, browser_page, chromium_browser, screenshots, tmp_path
):
    User.objects.create_user("alice", password="wonderland-42")
    User.objects.create_user("bob", password="builder-42")
    env = {**openai_env(openai_stub), "EMBEDDINGS_BACKEND": "none", "API_AUTH_REQUIRED": "true"}
    url = start_web(**env)
    page = browser_page

    sign_in(page, url, "alice", "wonderland-42")
    assert page.locator("#no-documents").is_visible()

    # Upload: a progress bar until the document is ready (the worker comes once it waits).
    page.set_input_files("#file-input", str(REFCARD))
    document = page.locator("li.doc[data-document-id]")
    document.wait_for()
    assert document.get_attribute("data-status") == "queued" and document.locator(".progress").is_visible()
    assert "Waiting to be read" in document.inner_text()
    page.screenshot(path=str(screenshots / "upload-queued.png"))
    start_worker("ingest", "vectors", **env)
    page.locator("li.doc[data-status=ready]").wait_for(timeout=60_000)
    assert document.locator(".progress").count() == 0
    assert "ready" in document.inner_text() and "3 pages" in document.inner_text()
    document_id = document.get_attribute("data-document-id")

    # A question: the answer streams in, then its sources.
    openai_stub.token_delay = 0.05
    openai_stub.reply_next(ANSWER)
    page.fill("#question", QUESTION)
    page.keyboard.press("Enter")
    lengths = watch_answer(page, 0)
    assert len(lengths) >= 4 and lengths == sorted(lengths)  # it grew, a few words at a time
    first = page.locator(".msg.assistant").nth(0)
    assert first.locator(".text").inner_text() == ANSWER
    assert first.locator(".source[data-page='3']").count() >= 1
    page.screenshot(path=str(screenshots / "answer-streamed.png"))
    # The first answer of a new chat: its sources' "Back" returns to this thread, not an empty chat.
    [conversation] = Conversation.objects.filter(owner__username="alice")
    href = first.locator(".source").first.get_attribute("href")
    assert parse_qs(urlsplit(href).query)["back"] == [f"/#c={conversation.id}"]

    # The question box stops at the API's limit and says so as it nears it.
    page.fill("#question", "x" * 4100)
    assert page.evaluate("document.getElementById('question').value.length") == 4000
    assert page.locator("#question-count").inner_text() == "· 4,000 / 4,000 characters"
    page.fill("#question", "")
    assert page.locator("#question-count").is_hidden()

    # A follow-up in the same thread (the model rewrites it first, then answers).
    openai_stub.token_delay = 0.0
    openai_stub.reply_next(REWRITTEN, FOLLOW_UP_ANSWER)
    page.fill("#question", FOLLOW_UP)
    page.keyboard.press("Enter")
    watch_answer(page, 1)
    assert page.locator(".msg.assistant").nth(1).locator(".text").inner_text() == FOLLOW_UP_ANSWER
    [conversation] = Conversation.objects.filter(owner__username="alice")
    assert conversation.messages.count() == 4
    assert page.locator(f"#conversations li[data-conversation-id='{conversation.id}']").count() == 1

    # The cited page in the viewer, the passage highlighted.
    first.locator(".source[data-page='3']").first.click()
    page.wait_for_selector("body[data-viewer-state=ready]", timeout=30_000)
    wait_until(lambda: int(page.evaluate("document.body.dataset.highlighted || 0")) > 0, 15, "the highlight")
    assert page.evaluate("document.body.dataset.viewerPage") == "3"
    assert page.locator(".highlight").first.is_visible()
    page.screenshot(path=str(screenshots / "viewer-cited-page.png"))

    # Back in the thread, at phone width.
    page.go_back()
    page.wait_for_selector("body[data-ready=true]")
    page.locator(".msg.assistant").nth(1).wait_for()
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)  # the sidebar slides away into its drawer
    page.screenshot(path=str(screenshots / "phone-width.png"))
    page.set_viewport_size({"width": 1280, "height": 800})

    # Another user cannot read the PDF; nor can anybody signed out.
    other = chromium_browser.new_context()
    try:
        other_page = other.new_page()
        sign_in(other_page, url, "bob", "builder-42")
        assert other_page.request.get(f"{url}/documents/{document_id}/file").status == 404
        viewer = other_page.goto(f"{url}/documents/{document_id}/view?page=3")
        assert viewer.status == 404 and viewer.headers["content-type"].startswith("text/html")
        assert other_page.locator("h1").inner_text() == "Document not found"
    finally:
        other.close()
    assert httpx.get(f"{url}/documents/{document_id}/file").status_code == 401
    owner_file = page.request.get(f"{url}/documents/{document_id}/file")
    assert owner_file.status == 200 and owner_file.body() == REFCARD.read_bytes()

    # A file that is not a PDF: a message in plain words.
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("these are plain text notes, not a PDF")
    page.set_input_files("#file-input", str(not_pdf))
    rejected = page.locator("li.rejected .error")
    rejected.wait_for()
    assert "PDF" in rejected.inner_text()

    # Deleting the document.
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(f"li[data-document-id='{document_id}'] button[aria-label^='Delete']").click()
    page.locator(f"li[data-document-id='{document_id}']").wait_for(state="detached")
    wait_until(lambda: not Document.objects.filter(id=document_id).exists(), 10, "the document to be deleted")
