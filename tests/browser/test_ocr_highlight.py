"""The viewer highlights a passage on a scanned page (no text layer for PDF.js to search): it
asks for the words OCR read there (GET /documents/{id}/pages/{n}/words) and draws boxes over
the ones the passage covers, where they are on the picture; a passage that is not there is
still reported as not found. Real Tesseract, real Chromium, a live gunicorn."""

import os
import shutil
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import User

from chat.models import Chunk
from tests.browser.test_chat_page import sign_in
from tests.support.ingestion import ingest_inline
from tests.support.processes import wait_until
from tests.support.scanned_words import TOP_LINE, scanned_words_pdf

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        shutil.which("tesseract") is None and os.environ.get("CI") != "true",
        reason="no tesseract (apt-get install tesseract-ocr tesseract-ocr-eng)",
    ),
]


def test_a_passage_of_a_scanned_page_is_highlighted(start_web, browser_page, media_root, tmp_path, screenshots):
    alice = User.objects.create_user("alice", password="wonderland-42")
    document = ingest_inline(scanned_words_pdf(tmp_path), title="scanned ledger", owner=alice)
    assert document.ocr_pages == [1]
    chunk = Chunk.objects.filter(document=document, page=1).order_by("order").first()
    passage = chunk.text[:200]  # what a source's passage is: the start of its chunk
    assert passage.startswith(TOP_LINE[:40])

    url = start_web(MEDIA_ROOT=str(media_root), API_AUTH_REQUIRED="true")
    page = browser_page
    sign_in(page, url, "alice", "wonderland-42")

    view = f"{url}/documents/{document.id}/view"
    page.goto(f"{view}?{urlencode({'page': 1, 'highlight': passage})}")
    page.wait_for_selector("body[data-viewer-state=ready]", timeout=30_000)
    dataset = page.evaluate("({...document.body.dataset})")
    assert dataset["highlightSource"] == "ocr" and int(dataset["highlighted"]) >= 2, dataset  # a box a line
    marks = page.locator(".page[data-page-number='1'] .ocrLayer .highlight")
    assert marks.count() == int(dataset["highlighted"]) and marks.first.is_visible()
    assert page.locator("#viewer-notice").is_hidden()  # no "not found"

    # The first box is on the first line, from the left margin, over the page's picture.
    sheet = page.locator(".page[data-page-number='1']").bounding_box()
    first = marks.first.bounding_box()
    left, top = (first["x"] - sheet["x"]) / sheet["width"], (first["y"] - sheet["y"]) / sheet["height"]
    assert 0.04 < left < 0.09 and 0.03 < top < 0.09 and first["width"] > 0.5 * sheet["width"], (left, top, first)
    page.screenshot(path=str(screenshots / "ocr-highlight.png"))

    # Zoomed in, the boxes stay on their words (they are in percent of the page).
    page.keyboard.press("+")
    wait_until(lambda: page.locator(".page[data-page-number='1']").bounding_box()["width"] > sheet["width"], 5, "zoom")
    zoomed, box = page.locator(".page[data-page-number='1']").bounding_box(), marks.first.bounding_box()
    assert abs((box["x"] - zoomed["x"]) / zoomed["width"] - left) < 0.005

    # A passage that is on no line of the page: not found, nothing highlighted.
    page.goto(
        f"{view}?{urlencode({'page': 1, 'highlight': 'Nothing like this sentence is written on that scanned page.'})}"
    )
    page.wait_for_selector("body[data-viewer-state=ready]", timeout=30_000)
    assert page.evaluate("document.body.dataset.highlighted") == "0"
    assert page.locator(".ocrLayer").count() == 0
    assert "was not found on page 1" in page.locator("#viewer-notice").inner_text()
