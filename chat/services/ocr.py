"""OCR inside ingestion: the pages whose text layer is empty, or nearly (a scanned page often
carries a few stray characters), are rendered and recognised one by one; every other page
keeps its real text.

Bounded: more than OCR_MAX_PAGES such pages, a page past OCR_PAGE_TIMEOUT seconds, or an
engine or language that is not installed fail the document with a message that says so.
With OCR_ENABLED off, nothing is recognised (a PDF of scans then fails as "no text").
Progress goes to the document (`ocr_pages_done` of `ocr_pages_total`).
"""

import uuid
from collections.abc import Callable

from django.conf import settings

from chat.backends.pdf import PdfError, PdfPages, normalize_text
from chat.models import Document
from chat.ocr import get_ocr_engine


def needs_ocr(text: str) -> bool:
    return sum(char.isalnum() for char in text) < settings.OCR_MIN_CHARS


def recognise_blank_pages(
    *,
    document_id: uuid.UUID | str,
    pdf: PdfPages,
    texts: list[str],
    on_page: Callable[[int, int], None] | None = None,
) -> list[int]:
    """Put OCR's text in `texts` for the pages without a text layer; the page numbers (1-based)
    whose text now comes from OCR (a page OCR finds nothing on is not among them)."""
    blank = [index for index, text in enumerate(texts) if needs_ocr(text)]
    if not blank or not settings.OCR_ENABLED:
        return []
    if len(blank) > settings.OCR_MAX_PAGES:
        raise PdfError(
            f"{len(blank)} pages have no text layer and would need OCR; the limit is "
            f"{settings.OCR_MAX_PAGES} pages a document (OCR_MAX_PAGES)."
        )
    engine = get_ocr_engine()
    engine.check()
    Document.objects.filter(id=document_id).update(ocr_pages_total=len(blank), ocr_pages_done=0)
    recognised: list[int] = []
    for done, index in enumerate(blank, start=1):
        image = pdf.page_image(index, dpi=settings.OCR_DPI)
        text = normalize_text(engine.recognise(image, timeout=settings.OCR_PAGE_TIMEOUT))
        if not needs_ocr(text):
            texts[index] = text
            recognised.append(index + 1)
        Document.objects.filter(id=document_id).update(ocr_pages_done=done, ocr_pages=recognised)
        if on_page is not None:
            on_page(done, len(blank))
    return recognised
