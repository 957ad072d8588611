"""OCR of the pages without a text layer (scanned pages), in page batches any worker can run.

Step 2, recognise. Reading (reading.py) finds the scanned pages; `plan` stores the other pages'
text in PageText and cuts the scans into batches of OCR_BATCH_PAGES. The ingestion job queues
one job per batch on the ingest queue, in the owner's share of it (jobs.py), so they spread over
every ingest worker on every host; `manage.py ingest` reads them one after another.
A batch renders and recognises its pages and commits their text together: a killed worker's
batch is redone whole by its retry, and pages already done are skipped. The batch that
completes the set finishes the document. With the text go the words' boxes (OcrWords, if the
engine gives them), which stay after the text has become chunks: the viewer highlights
passages of scanned pages with them.

OCR never sinks a document: a missing engine or language, a page past OCR_PAGE_TIMEOUT
seconds or an engine failure leaves those pages unread (`ocr_pages_failed`, with the reason in
`ocr_error`) and the document becomes ready with the rest. Only a document with no text at all
fails, and its error says why OCR could not help. With OCR_ENABLED off nothing is recognised.
"""

import uuid
from collections.abc import Sequence
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from chat.backends.ocr import OcrError, get_ocr_engine, recognise_page
from chat.backends.pdf import get_pdf_text, normalize_text
from chat.models import Document, OcrWords, PageText
from chat.services.ingestion.progress import Progress
from chat.services.ingestion.reading import needs_ocr
from chat.services.ingestion.state import still_processing

DONE = (PageText.Source.OCR, PageText.Source.FAILED)
# The words kept a page: a dense page has a few thousand; past that it is noise (a halftone
# read as letters), and the row stays small either way. A "word" longer than WORD_CHARS is cut.
WORDS_MAX = 5000
WORD_CHARS = 100


def engine_problem() -> str:
    """Why the configured OCR engine cannot run here ("" if it can), in words for the user."""
    try:
        get_ocr_engine().check()
    except OcrError as exc:
        return str(exc)
    return ""


def mark_unavailable(*, document_id: uuid.UUID | str, pages: list[int], error: str) -> None:
    """No page can be read (the engine is missing): all of them are listed as unread, with why."""
    Document.objects.filter(id=document_id).update(
        ocr_pages_total=len(pages), ocr_pages_done=len(pages), ocr_pages_failed=pages, ocr_error=error
    )


def plan(*, document_id: uuid.UUID | str, texts: list[str], pages: list[int], progress: Progress) -> list[list[int]]:
    """The batches of scanned `pages` to recognise, with the text pages stored for the batches and
    the finishing step. No batches when there are no scans, or the engine cannot run here: then
    every scan is recorded as unread, with why, and the document is finished without them."""
    if not pages:
        return []
    problem = engine_problem()
    if problem:
        mark_unavailable(document_id=document_id, pages=pages, error=problem)
        return []
    scans = set(pages)
    rows = [
        PageText(document_id=document_id, number=number, text=text, source=PageText.Source.TEXT)
        for number, text in enumerate(texts, start=1)
        if number not in scans
    ]
    with transaction.atomic():
        PageText.objects.filter(document_id=document_id).delete()
        OcrWords.objects.filter(document_id=document_id).delete()  # a run before this one's
        PageText.objects.bulk_create(rows, batch_size=500)
        progress.ocr_started(len(pages))
    size = max(1, settings.OCR_BATCH_PAGES)
    return [pages[start : start + size] for start in range(0, len(pages), size)]


def read_batch(*, document_id: uuid.UUID | str, pages: list[int], progress: Progress | None = None) -> bool:
    """Recognise the batch's pages not done yet and store their text in one transaction; whether
    every page of the document is now done (the caller finishes it). Stops quietly (False) when
    the document is deleted or no longer being ingested."""
    if not still_processing(document_id=document_id):
        return False
    done = set(PageText.objects.filter(document_id=document_id, number__in=pages).values_list("number", flat=True))
    todo = [number for number in pages if number not in done]
    if todo:
        rows, words, error = _recognise(document_id, todo, progress or Progress(document_id))
        if rows is None:
            return False
        if not _store(document_id, rows, words=words, error=error):
            return False
    return _complete(document_id)


def record_failed(*, document_id: uuid.UUID | str, pages: list[int], error: str) -> bool:
    """A batch failed for good (its job timed out, its worker kept dying): its pages not done
    are left unread, with why; whether every page is now done."""
    if not still_processing(document_id=document_id):
        return False
    done = set(PageText.objects.filter(document_id=document_id, number__in=pages).values_list("number", flat=True))
    rows = [PageText(document_id=document_id, number=n, source=PageText.Source.FAILED) for n in pages if n not in done]
    return _store(document_id, rows, error=error) and _complete(document_id)


def pages_read(*, document_id: uuid.UUID | str) -> list[str]:
    """Every page's text, page 1 first, as the batches left them ("" for a page without text)."""
    total = Document.objects.filter(id=document_id).values_list("pages_total", flat=True).first() or 0
    texts = [""] * total
    for number, text in PageText.objects.filter(document_id=document_id).values_list("number", "text"):
        if 0 < number <= total:
            texts[number - 1] = text
    return texts


def ocr_outcome(*, document_id: uuid.UUID | str) -> dict:
    """The pages whose text came from OCR and those left unread, for the finished document."""
    rows = PageText.objects.filter(document_id=document_id, source__in=DONE).values_list("number", "source", "text")
    read = sorted(number for number, source, text in rows if source == PageText.Source.OCR and text)
    failed = sorted(number for number, source, _ in rows if source == PageText.Source.FAILED)
    return {"ocr_pages": read, "ocr_pages_failed": failed}


def _recognise(
    document_id: uuid.UUID | str, todo: list[int], progress: Progress
) -> tuple[list[PageText] | None, list[OcrWords], str]:
    """The rows for `todo`, their words and the last error; None if the document went away meanwhile."""
    engine, error = get_ocr_engine(), engine_problem()
    if error:
        return [PageText(document_id=document_id, number=n, source=PageText.Source.FAILED) for n in todo], [], error
    document = Document.objects.get(id=document_id)
    pdf = get_pdf_text().open(Path(document.file.path))
    rows, words = [], []
    try:
        for number in todo:
            if not still_processing(document_id=document_id):
                return None, [], ""
            try:
                image = pdf.page_image(number - 1, dpi=settings.OCR_DPI)
                page = recognise_page(engine, image, timeout=settings.OCR_PAGE_TIMEOUT)
                text = normalize_text(page.text)
                rows.append(PageText(document_id=document_id, number=number, text="" if needs_ocr(text) else text,
                                     source=PageText.Source.OCR))  # fmt: skip
                if page.words and not needs_ocr(text):
                    words.append(OcrWords(document_id=document_id, number=number, words=_compact(page.words)))
            except OcrError as exc:  # this page stays unread; the others are still tried
                rows.append(PageText(document_id=document_id, number=number, source=PageText.Source.FAILED))
                error = str(exc)
            progress.page_recognised()  # while the batch runs; exact once the document is finished
    finally:
        pdf.close()
    return rows, words, error


def _compact(words: list) -> list[list]:
    """At most WORDS_MAX words as [text, x0, y0, x1, y1], the box rounded to 4 decimals (a tenth
    of a pixel on a screen-wide page): a few dozen bytes a word."""
    return [[text[:WORD_CHARS], *(round(float(v), 4) for v in box)] for text, *box in words[:WORDS_MAX]]


def _store(document_id: uuid.UUID | str, rows: list[PageText], *, words: Sequence[OcrWords] = (), error: str) -> bool:
    """The batch's pages (and their words) in one transaction; False if the document is no longer
    being ingested."""
    with transaction.atomic():
        # A write first: it takes the row's lock (and SQLite's), so batches commit one at a time.
        fields = {"updated_at": timezone.now(), **({"ocr_error": error} if error else {})}
        if not Document.objects.filter(id=document_id, status=Document.Status.PROCESSING).update(**fields):
            return False
        PageText.objects.bulk_create(rows, ignore_conflicts=True)  # a page a rerun did meanwhile stays
        OcrWords.objects.bulk_create(words, ignore_conflicts=True)
    return True


def _complete(document_id: uuid.UUID | str) -> bool:
    total = Document.objects.filter(id=document_id).values_list("ocr_pages_total", flat=True).first() or 0
    return PageText.objects.filter(document_id=document_id, source__in=DONE).count() >= total
