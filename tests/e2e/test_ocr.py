"""A scan recognised by Tesseract in page batches spread over two real workers. The engine
itself, in process: tests/backends/test_ocr.py; batches with a fake engine:
tests/e2e/test_ocr_batches.py and tests/services/test_ocr_batches.py."""

import os
import shutil

import pytest

from chat.models import Chunk, Document
from tests.support.pdfs import REFCARD, scanned_copy
from tests.support.processes import wait_until

pytestmark = [
    pytest.mark.django_db,
    # On CI a missing engine must fail, not skip.
    pytest.mark.skipif(
        shutil.which("tesseract") is None and os.environ.get("CI") != "true",
        reason="no tesseract (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-jpn)",
    ),
]


@pytest.mark.django_db(transaction=True)
def test_a_300_dpi_scan_is_read_in_batches_by_two_workers(media_root, tmp_path, start_worker):
    from chat.selectors.access import Asker
    from chat.services.documents import accept_upload

    scan = scanned_copy(REFCARD, tmp_path / "scan.pdf", dpi=150)
    with scan.open("rb") as file:
        document = accept_upload(file=file, filename="scan.pdf", asker=Asker(user=None)).document
    for _ in range(2):
        start_worker("ingest", "vectors", MEDIA_ROOT=str(media_root), OCR_BATCH_PAGES="1")

    def settled():
        row = Document.objects.get(id=document.id)
        return row if row.status in (Document.Status.READY, Document.Status.FAILED) else None

    document = wait_until(settled, 120, "the OCR batches")
    assert document.status == Document.Status.READY, document.error
    assert document.ocr_pages == [1, 2, 3] and document.ocr_pages_failed == [] and document.ocr_error == ""
    assert Chunk.objects.filter(document=document, page=3).exists()
