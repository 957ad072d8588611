"""Step 1, read: every page's text layer, and which pages are scans that OCR should read.

The page limit (DOCUMENT_MAX_PAGES) and the owner's page quota are checked once the page count
is known, before any page is read. A page needs OCR when its text layer has (next to) no letters
or digits AND it draws an image: a blank page, a divider or a vector figure has nothing to read
and is never rendered.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from chat.backends.pdf import PdfError, PdfPages, get_pdf_text
from chat.backends.pdf.structure import Heading
from chat.models import Document
from chat.services import quotas
from chat.services.ingestion.progress import Progress


@dataclass(frozen=True)
class Pages:
    texts: list[str]  # every page's text layer, page 1 first
    scans: list[int]  # the page numbers (1-based) OCR should read
    headings: list[Heading] = field(default_factory=list)  # the document's structure (splitting.py)


def read_pages(*, document: Document, progress: Progress) -> Pages:
    """The text layer of every page, and the pages to recognise (none with OCR_ENABLED off)."""
    pdf = get_pdf_text().open(Path(document.file.path))
    try:
        total = pdf.page_count
        if total > settings.DOCUMENT_MAX_PAGES:
            raise PdfError(f"The PDF has {total} pages; the limit is {settings.DOCUMENT_MAX_PAGES}.")
        quotas.check_pages(document=document, pages=total)  # the owner's page quota (QuotaExceeded)
        progress.pages_started(total)
        texts = []
        for done, text in enumerate(pdf.pages(), start=1):
            texts.append(text)
            progress.page_read(done, total)
        return Pages(texts=texts, scans=scanned_pages(pdf=pdf, texts=texts), headings=pdf.headings())
    finally:
        pdf.close()


def read_headings(*, document: Document) -> list[Heading]:
    """The document's headings, read again: for a document finished after OCR batches ran on
    other workers (its outline, and the type of the pages that have a text layer)."""
    return read_text_layer(document=document).headings


def read_text_layer(*, document: Document) -> Pages:
    """Every page's text layer and the headings, read again from a stored document (no limits
    checked, no progress, no OCR planned: `scans` is empty). PdfError if it cannot be read."""
    pdf = get_pdf_text().open(Path(document.file.path))
    try:
        texts = list(pdf.pages())
        return Pages(texts=texts, scans=[], headings=pdf.headings())
    finally:
        pdf.close()


def needs_ocr(text: str) -> bool:
    """Whether a page's text has too few letters and digits to be its real text."""
    return sum(char.isalnum() for char in text) < settings.OCR_MIN_CHARS


def scanned_pages(*, pdf: PdfPages, texts: list[str]) -> list[int]:
    """The page numbers (1-based) OCR should read: almost no text, and an image on the page."""
    if not settings.OCR_ENABLED:
        return []
    return [index + 1 for index, text in enumerate(texts) if needs_ocr(text) and pdf.has_images(index)]
