"""OCR batches on real workers, with the fake engine (tests/support/ocr_fakes.py): batches
spread over two workers, and a killed work horse redoes at most its batch. In process:
tests/services/test_ocr_batches.py."""

import os
import signal
from pathlib import Path

import pytest

from chat.models import Document
from chat.selectors.access import Asker
from chat.services.documents import accept_upload
from scripts import processes
from tests.support import ocr_fakes
from tests.support.pdfs import MIME_SPEC, scanned_copy
from tests.support.processes import wait_until

pytestmark = pytest.mark.django_db(transaction=True)
FAKE = "tests.support.ocr_fakes.FakeOcr"


def upload(path: Path) -> Document:
    with path.open("rb") as file:
        return accept_upload(file=file, filename=path.name, asker=Asker(user=None)).document


def settled(document: Document) -> Document | None:
    row = Document.objects.get(id=document.id)
    return row if row.status in (Document.Status.READY, Document.Status.FAILED) else None


def worker_env(media_root: Path, log: Path, **extra: str) -> dict[str, str]:
    return {"MEDIA_ROOT": str(media_root), "OCR_ENGINE": FAKE, "FAKE_OCR_LOG": str(log), **extra}


def test_batches_spread_over_two_workers(media_root, tmp_path, start_worker):
    log = tmp_path / "ocr.log"
    env = worker_env(media_root, log, FAKE_OCR_SECONDS="0.3", OCR_BATCH_PAGES="2")
    document = upload(scanned_copy(MIME_SPEC, tmp_path / "scan.pdf", pages=set(range(1, 13)), dpi=30))
    start_worker("ingest", "vectors", **env), start_worker("ingest", "vectors", **env)

    ready = wait_until(lambda: settled(document), 60, "the OCR to finish")
    assert ready.status == Document.Status.READY, ready.error
    assert ready.ocr_pages == list(range(1, 13)) and ready.ocr_pages_total == ready.ocr_pages_done == 12
    reads = ocr_fakes.pages_read(log)
    assert len(reads) == 12  # every page once
    assert len({horse for _, horse, _ in reads}) == 6  # six batches, each in a work horse of its own
    assert len({worker for worker, _, _ in reads}) == 2  # run by both workers


def test_a_killed_work_horse_redoes_at_most_its_batch(media_root, tmp_path, start_worker):
    log = tmp_path / "ocr.log"
    env = worker_env(media_root, log, FAKE_OCR_SECONDS="0.4", OCR_BATCH_PAGES="4", INGEST_RETRY_INTERVALS="1")
    worker = start_worker("ingest", "vectors", **env)
    document = upload(scanned_copy(MIME_SPEC, tmp_path / "scan.pdf", pages=set(range(1, 13)), dpi=30))

    wait_until(lambda: len(ocr_fakes.pages_read(log)) >= 6, 60, "the second batch to be half done")
    _, horse, _ = ocr_fakes.pages_read(log)[-1]  # the work horse reading the second batch
    assert horse in processes.children(worker.popen.pid)
    os.kill(horse, signal.SIGKILL)  # the machine running this batch dies, as far as the batch knows

    ready = wait_until(lambda: settled(document), 60, "the OCR to finish")
    assert ready.status == Document.Status.READY, ready.error
    assert ready.ocr_pages == list(range(1, 13)) and ready.ocr_pages_failed == []
    reads = ocr_fakes.pages_read(log)
    assert len({digest for _, _, digest in reads}) == 12
    assert 12 < len(reads) <= 12 + 4  # only the killed batch's pages were read again
    assert len({horse for _, horse, _ in reads}) == 4  # three batches, and the killed one once more
