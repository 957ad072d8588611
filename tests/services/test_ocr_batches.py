"""OCR that never sinks a document: blank pages are not rendered, a missing or failing engine
leaves only its pages unread, and deleting a document cancels its OCR. Batches spread over real
workers and resumed after a killed one: tests/e2e/test_ocr_batches.py.

The engine is tests/support/ocr_fakes.py (quick, logs every page it reads, can be missing), so
these run without Tesseract; tests/backends/test_ocr.py runs the real one.
"""

from pathlib import Path

import pytest
from pypdf import PdfWriter
from rest_framework.test import APIClient
from rq import SimpleWorker
from rq.job import Job, JobStatus

from chat.backends.ocr import OcrError
from chat.backends.pdf import PdfError
from chat.backends.pdf.pdfium import PdfiumPages
from chat.models import Chunk, Document, PageText
from chat.queue.connection import get_queue
from chat.selectors.access import Asker
from chat.services.documents import accept_upload, delete_document
from tests.support import ocr_fakes
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import MIME_SPEC, REFCARD, scanned_copy

pytestmark = pytest.mark.django_db(transaction=True)
FAKE = "tests.support.ocr_fakes.FakeOcr"


@pytest.fixture
def fake_ocr(settings, monkeypatch, tmp_path) -> Path:
    """The fake engine in this process; its log of pages read."""
    settings.OCR_ENGINE = FAKE
    log = tmp_path / "ocr.log"
    monkeypatch.setenv("FAKE_OCR_LOG", str(log))
    yield log
    ocr_fakes.ON_PAGE.clear()


@pytest.fixture
def renders(monkeypatch) -> list[int]:
    """The page numbers rendered for OCR, in order."""
    calls: list[int] = []
    original = PdfiumPages.page_image

    def counting(self: PdfiumPages, index: int, *, dpi: int) -> bytes:
        calls.append(index + 1)
        return original(self, index, dpi=dpi)

    monkeypatch.setattr(PdfiumPages, "page_image", counting)
    return calls


def with_blank_pages(source: Path, target: Path, blanks: int) -> Path:
    writer = PdfWriter(clone_from=source)
    for _ in range(blanks):
        writer.add_blank_page()
    writer.write(target)
    return target


def upload(path: Path) -> Document:
    with path.open("rb") as file:
        return accept_upload(file=file, filename=path.name, asker=Asker(user=None)).document


def run_jobs(max_jobs: int | None = None) -> None:
    queues = [get_queue("ingest"), get_queue("vectors")]
    SimpleWorker(queues, connection=queues[0].connection).work(burst=True, max_jobs=max_jobs)


def test_pages_without_text_or_images_are_never_rendered(media_root, tmp_path, fake_ocr, renders):
    document = ingest_inline(with_blank_pages(MIME_SPEC, tmp_path / "blanks.pdf", 3))
    assert document.status == Document.Status.READY and document.pages_total == 20
    assert renders == [] and document.ocr_pages_total == document.ocr_pages_done == 0  # no OCR progress shown
    assert APIClient().get(f"/documents/{document.id}").json()["ocr_pages_total"] == 0

    mixed = with_blank_pages(scanned_copy(REFCARD, tmp_path / "scan3.pdf", pages={3}, dpi=60), tmp_path / "m.pdf", 2)
    document = ingest_inline(mixed)
    assert renders == [3]  # the scanned page only, not the blank ones
    assert document.ocr_pages == [3] and document.ocr_pages_total == document.ocr_pages_done == 1
    assert not PageText.objects.exists()  # page texts live only until the chunks are stored


def test_a_missing_engine_leaves_the_scanned_pages_unread_and_the_rest_searchable(
    media_root, tmp_path, fake_ocr, monkeypatch
):
    monkeypatch.setenv("FAKE_OCR_MISSING", "1")
    document = ingest_inline(scanned_copy(REFCARD, tmp_path / "mixed.pdf", pages={3}, dpi=60))
    assert document.status == Document.Status.READY
    assert document.ocr_pages_failed == [3] and document.ocr_error == ocr_fakes.MISSING
    assert set(Chunk.objects.filter(document=document).values_list("page", flat=True)) == {1, 2}
    body = APIClient().get(f"/documents/{document.id}").json()
    assert body["status"] == "ready" and body["ocr_pages_failed"] == [3] and body["ocr_error"] == ocr_fakes.MISSING
    assert not fake_ocr.exists()  # nothing was tried

    with pytest.raises(PdfError, match="OCR could not read its pages: OCR is not available"):
        ingest_inline(scanned_copy(REFCARD, tmp_path / "scan.pdf", dpi=60))
    failed = Document.objects.get(status=Document.Status.FAILED)
    assert "not installed" in failed.error and failed.ocr_pages_failed == [1, 2, 3]


def test_without_tesseract_a_mixed_document_is_still_ready(media_root, tmp_path, monkeypatch):
    from chat.backends import ocr

    monkeypatch.setattr("chat.backends.ocr.tesseract.shutil.which", lambda name: None)
    ocr._build.cache_clear()
    try:
        document = ingest_inline(scanned_copy(REFCARD, tmp_path / "mixed.pdf", pages={2}, dpi=60))
    finally:
        ocr._build.cache_clear()
    assert document.status == Document.Status.READY and document.ocr_pages_failed == [2]
    assert "tesseract is not installed" in document.ocr_error


def test_a_page_the_engine_fails_on_is_listed_and_the_others_are_read(media_root, tmp_path, fake_ocr):
    seen: list[str] = []

    def fail_the_second(digest: str) -> None:
        seen.append(digest)
        if len(seen) == 2:
            raise OcrError("OCR of a page failed: tesseract said 'Error in pixReadMem'.")

    ocr_fakes.ON_PAGE.append(fail_the_second)
    document = ingest_inline(scanned_copy(REFCARD, tmp_path / "scan.pdf", dpi=60))
    assert document.status == Document.Status.READY
    assert document.ocr_pages == [1, 3] and document.ocr_pages_failed == [2]
    assert "pixReadMem" in document.ocr_error and document.ocr_pages_done == 3


def test_deleting_a_document_cancels_its_queued_ocr_and_stops_the_running_batch(
    media_root, tmp_path, fake_ocr, settings
):
    settings.OCR_BATCH_PAGES = 2
    document = upload(scanned_copy(MIME_SPEC, tmp_path / "scan.pdf", pages=set(range(1, 11)), dpi=30))
    run_jobs(max_jobs=1)  # the text job: five batches queued, two in the queue and three waiting for a slot
    connection = get_queue("ingest").connection
    batches = [Job.fetch(job_id, connection=connection) for job_id in get_queue("ingest").job_ids]
    assert len(batches) == 2 and batches[0].kwargs["pages"] == [1, 2]
    waiting = [i.decode() for i in connection.smembers(f"pdfchat:row-jobs:{document.id}")]
    assert len(waiting) == 6  # the text job and five batches

    # While the first batch reads its first page, the document is deleted.
    ocr_fakes.ON_PAGE.append(lambda digest: delete_document(document=Document.objects.get(id=document.id)))
    run_jobs()
    assert len(ocr_fakes.pages_read(fake_ocr)) == 1  # the batch stopped at its next page
    assert batches[0].get_status() == JobStatus.FINISHED  # quietly: not a failure
    statuses = [Job.fetch(job_id, connection=connection).get_status() for job_id in waiting]
    assert statuses.count(JobStatus.CANCELED) == 4 and not get_queue("ingest").job_ids
    assert not Document.objects.exists() and not PageText.objects.exists()
