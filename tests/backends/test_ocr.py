"""Scanned PDFs: pages without a text layer are recognised (Tesseract), with progress; the other
pages keep their text; bounded, and off when told. (tests/services/test_ocr_batches.py tests the
batches, blank pages and failures with a fake engine; tests/e2e/test_ocr.py, batches on two
workers.)"""

import os
import shutil

import pypdfium2 as pdfium
import pytest
from rest_framework.test import APIClient

from chat.models import Chunk, Document
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import BASH, REFCARD, REFCARD_QUESTION, REFCARD_QUESTION_PAGE, scanned_copy

pytestmark = [
    pytest.mark.django_db,
    # On CI a missing engine must fail, not skip.
    pytest.mark.skipif(
        shutil.which("tesseract") is None and os.environ.get("CI") != "true",
        reason="no tesseract (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn)",
    ),
]


def page_words(path, number: int) -> set[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return {word.lower() for word in pdf[number - 1].get_textpage().get_text_range().split() if word.isalpha()}
    finally:
        pdf.close()


def test_a_scanned_pdf_is_recognised_and_answers_cite_the_page(media_root, tmp_path):
    document = ingest_inline(scanned_copy(REFCARD, tmp_path / "scan.pdf"), title="scanned card")
    assert document.status == Document.Status.READY
    assert document.ocr_pages == [1, 2, 3] and document.ocr_pages_total == document.ocr_pages_done == 3

    body = APIClient().post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()
    assert "[p. 3]" in body["answer"]
    top = body["sources"][0]
    assert top["page"] == REFCARD_QUESTION_PAGE and top["ocr"] is True
    progress = APIClient().get(f"/documents/{document.id}").json()
    assert progress["ocr_pages"] == [1, 2, 3] and progress["ocr_pages_done"] == 3

    # Most of the page's words are read back (the card is dense: small type, three columns).
    recognised = {w.lower() for c in Chunk.objects.filter(page=3) for w in c.text.split() if w.isalpha()}
    truth = page_words(REFCARD, 3)
    assert len(truth & recognised) / len(truth) > 0.8


def lines_on(document: Document, page: int) -> set[str]:
    """The lines of a document's passages that stand on `page` (a passage may run on to the next)."""
    lines = set()
    for chunk in Chunk.objects.filter(document=document):
        bounds = [(chunk.page, 0), *((number, offset) for offset, number in chunk.page_starts)]
        for index, (number, offset) in enumerate(bounds):
            end = bounds[index + 1][1] if index + 1 < len(bounds) else len(chunk.text)
            if number == page:
                lines.update(line for line in chunk.text[offset:end].splitlines() if line.strip())
    return lines


def test_a_mixed_pdf_keeps_the_text_of_its_other_pages(media_root, tmp_path):
    mixed = ingest_inline(scanned_copy(REFCARD, tmp_path / "mixed.pdf", pages={3}), title="mixed")
    assert mixed.ocr_pages == [3] and mixed.ocr_pages_total == 1
    original = ingest_inline(REFCARD, title="original")
    for page in (1, 2):  # the pages with a text layer are read exactly as in the original
        assert lines_on(mixed, page) == lines_on(original, page)
    body = APIClient().post("/chat/sync", {"message": REFCARD_QUESTION, "document_ids": [str(mixed.id)]}, format="json")
    [top, *_] = body.json()["sources"]
    assert top["page"] == 3 and top["ocr"] is True


def test_ocr_off_gives_the_clear_error(media_root, tmp_path, settings):
    settings.OCR_ENABLED = False
    with pytest.raises(Exception, match="OCR is turned off"):
        ingest_inline(scanned_copy(REFCARD, tmp_path / "scan.pdf"))
    assert Document.objects.get().status == Document.Status.FAILED


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("OCR_PAGE_TIMEOUT", 0.01, "OCR of a page took longer than 0.01 s"),
        ("OCR_LANGUAGES", ["xx"], "OCR is not available for xx: install tesseract-ocr-xx"),
    ],
    ids=["page-timeout", "missing-language"],
)
def test_ocr_is_bounded_and_says_why_it_stopped(media_root, tmp_path, settings, setting, value, message):
    # A scan and nothing else: without OCR there is no text, and the error says why.
    setattr(settings, setting, value)
    with pytest.raises(Exception, match=message):
        ingest_inline(scanned_copy(REFCARD, tmp_path / "scan.pdf", dpi=100))
    document = Document.objects.get()
    assert document.status == Document.Status.FAILED and message in document.error
    assert document.ocr_pages_failed == [1, 2, 3] and not Chunk.objects.exists()

    # With a text layer elsewhere, the same failure leaves only the scanned page unread.
    mixed = ingest_inline(scanned_copy(REFCARD, tmp_path / "mixed.pdf", pages={2}, dpi=100))
    assert mixed.status == Document.Status.READY and mixed.ocr_pages_failed == [2] and message in mixed.ocr_error
    assert set(Chunk.objects.filter(document=mixed).values_list("page", flat=True)) == {1, 3}


def test_japanese_can_be_recognised(media_root, tmp_path, settings):
    import subprocess

    languages = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    if "jpn" not in languages:  # make test installs it; on CI its absence must fail
        (pytest.fail if os.environ.get("CI") == "true" else pytest.skip)("tesseract-ocr-jpn is not installed")
    settings.OCR_LANGUAGES = ["jpn", "eng"]
    from pypdf import PdfReader, PdfWriter

    source = BASH.parent / "debmake-doc.ja.pdf"
    writer = PdfWriter()
    writer.add_page(PdfReader(source).pages[11])  # page 12: Japanese prose
    writer.write(tmp_path / "ja.pdf")
    truth = [char for char in pdfium.PdfDocument(str(tmp_path / "ja.pdf"))[0].get_textpage().get_text_range()
             if "\u3040" <= char <= "\u9fff"]  # fmt: skip
    assert len(truth) > 50
    document = ingest_inline(scanned_copy(tmp_path / "ja.pdf", tmp_path / "ja-scan.pdf", dpi=300))
    text = "".join(Chunk.objects.filter(document=document).values_list("text", flat=True))
    found = sum(1 for char in set(truth) if char in text)
    assert document.ocr_pages == [1] and found / len(set(truth)) > 0.7
