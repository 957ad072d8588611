"""A fuzz corpus of broken and hostile PDFs, built by the tests (tests/support/pdfs.py), uploaded through
the API and ingested by one real `manage.py rqworker ingest vectors`: each ends ready or failed
with a readable error, within the job's time limit and the work horses' memory cap
(INGEST_MEMORY_LIMIT_MB), and the worker survives them all and ingests a normal PDF next."""

import ctypes
import io
import re
import signal
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from rest_framework.test import APIClient
from rq import Worker as RqWorker
from rq.exceptions import AbandonedJobError
from rq.timeouts import JobTimeoutException

from chat.backends.pdf.pdfium import NEEDS_PASSWORD, NOT_A_PDF, _describe_pdfium_error
from chat.errors import describe_failure
from chat.models import Document
from chat.queue.connection import get_queue
from chat.queue.worker import MemoryLimitExceeded, horse_death, horse_failure
from tests.support.pdfs import (
    MIME_SPEC,
    REFCARD,
    broken_xref_pdf,
    deeply_nested_pdf,
    huge_page_pdf,
    image_bomb_pdf,
    inflate_bomb_pdf,
    many_pages_pdf,
    recursive_pdf,
    truncated_copy,
)
from tests.support.processes import wait_until

pytestmark = pytest.mark.django_db(transaction=True)

MEMORY_LIMIT_MB = 2048  # the default; a vectors job with the bundled model peaks at about 1 GB of it
JOB_TIMEOUT = 10  # s, instead of INGEST_JOB_TIMEOUT's 1800; every sound PDF here takes under 5 s

READY, FAILED = Document.Status.READY, Document.Status.FAILED
TOO_BIG = MemoryLimitExceeded(MEMORY_LIMIT_MB).args[0]
TOO_SLOW = "took longer than its time limit"
NO_TEXT = "No text could be"  # extracted / found, not even by OCR (or OCR is off or missing)

# name: (how to build it, the status it must end in, words its error must contain).
CORPUS: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "truncated-half": (lambda p: truncated_copy(REFCARD, p, keep=0.5), FAILED, NOT_A_PDF),
    "truncated-tail": (lambda p: truncated_copy(MIME_SPEC, p, keep=0.98), FAILED, NOT_A_PDF),
    "page-tree-loop": (lambda p: recursive_pdf(p, "pages"), FAILED, "Page 2 of the PDF could not be read"),
    "form-draws-itself": (lambda p: recursive_pdf(p, "form"), READY, ""),
    "forms-fan-out": (lambda p: recursive_pdf(p, "fanout"), FAILED, TOO_BIG),  # 2**40 draws
    "deeply-nested": (deeply_nested_pdf, FAILED, NO_TEXT),  # 100,000 nested arrays, no text
    "huge-page": (huge_page_pdf, READY, ""),  # 14,400 pt square
    "huge-page-image": (lambda p: huge_page_pdf(p, image=True), FAILED, NO_TEXT),  # OCR renders 40 MP
    "xref-offsets": (lambda p: broken_xref_pdf(p, "offsets"), READY, ""),  # PDFium rebuilds the table
    "xref-missing": (lambda p: broken_xref_pdf(p, "missing"), FAILED, NOT_A_PDF),
    "xref-trailer": (lambda p: broken_xref_pdf(p, "trailer"), FAILED, NOT_A_PDF),
    "xref-no-root": (lambda p: broken_xref_pdf(p, "no-root"), FAILED, NOT_A_PDF),
    "inflate-500mb": (inflate_bomb_pdf, READY, ""),  # 500 MB inflated: within the cap
    "inflate-3gb": (lambda p: inflate_bomb_pdf(p, 3000), FAILED, TOO_BIG),
    "image-inflated": (image_bomb_pdf, FAILED, NO_TEXT),  # 20,000 x 20,000 pixels, 400 MB
    "image-declared": (lambda p: image_bomb_pdf(p, "declared"), FAILED, NO_TEXT),  # claims 10**12 pixels
    "slow-5000-pages": (many_pages_pdf, FAILED, TOO_SLOW),  # about 40 s of work
}

# What an error shown to users must never look like: a traceback, a bare exception class name.
NOT_READABLE = re.compile(r"Traceback|File \"|line \d+, in|\b[A-Z]\w*(Error|Exception|Exit)\b|^\w+:\s")


def assert_readable(error: str) -> None:
    assert error.strip(), "a failed document must say why"
    assert len(error) < 500, error
    assert not NOT_READABLE.search(error), f"not readable: {error!r}"
    assert error.rstrip().endswith((".", ")")), f"not a sentence: {error!r}"


@pytest.mark.parametrize(
    "error",
    [
        'Traceback (most recent call last):\n  File "x.py", line 1, in <module>',
        "KeyError: 'Root'",
        "PdfiumError: Failed to load page.",
        "MemoryError",
        "",
    ],
)
def test_the_readability_check_refuses_what_users_must_not_see(error):
    with pytest.raises(AssertionError):
        assert_readable(error)


@pytest.mark.parametrize(
    ("message", "code", "page", "expected"),
    [
        ("Failed to load document (PDFium: Data format error).", 3, None, NOT_A_PDF),
        ("Failed to load document (PDFium: File access error).", 2, None, NOT_A_PDF),
        ("Failed to load document (PDFium: Incorrect password error).", 4, None, NEEDS_PASSWORD),
        ("Failed to load document (PDFium: Unsupported security scheme error).", 5, None, "security scheme"),
        ("Failed to load document (PDFium: Unknown error).", 1, None, "could not be opened"),
        ("Failed to load page.", None, 7, "Page 7 of the PDF could not be read (its page tree or content is broken)."),
        ("Failed to create bitmap.", None, 2, "Page 2 of the PDF could not be read (it is damaged or too large)."),
    ],
)
def test_pdfium_errors_are_described_in_words(message, code, page, expected):
    import pypdfium2 as pdfium

    described = _describe_pdfium_error(pdfium.PdfiumError(message, err_code=code), page=page)
    assert expected in described
    assert_readable(described)


def failure_of(exc: BaseException, limit_mb: int = MEMORY_LIMIT_MB) -> BaseException:
    return horse_failure((type(exc), exc, None), limit_mb=limit_mb)[1]


def test_a_horse_failure_is_shown_as_what_it_was():
    # RQ's timeout, raised while ctypes converted an argument for PDFium, comes wrapped.
    timeout = failure_of(ctypes.ArgumentError("argument 1: JobTimeoutException: Task exceeded maximum timeout"))
    assert isinstance(timeout, JobTimeoutException) and describe_failure(timeout) == (
        "The job took longer than its time limit and was stopped."
    )
    assert describe_failure(failure_of(MemoryError())) == TOO_BIG
    assert describe_failure(failure_of(ctypes.ArgumentError("argument 2: MemoryError: "))) == TOO_BIG
    assert isinstance(failure_of(MemoryError(), limit_mb=0), MemoryError)  # no cap, no claim about it
    other = ValueError("x")
    assert failure_of(other) is other


@pytest.mark.parametrize(
    ("signum", "peak_mb", "queue", "ran", "memory"),
    [
        (signal.SIGABRT, 300, "ingest", 1, True),  # PDFium aborts when an allocation fails
        (signal.SIGSEGV, 1900, "vectors", 1, True),
        (signal.SIGKILL, 1900, "ingest", 1, True),  # the kernel's OOM killer
        (signal.SIGKILL, 300, "ingest", 1, False),  # killed by someone, with memory to spare
        (signal.SIGABRT, 1900, "chat", 1, False),  # chat horses have no cap
        (None, 1900, "ingest", 1, False),  # exited, not killed
        (signal.SIGKILL, 1900, "ingest", 100, None),  # RQ's kill past the job's timeout (60 s)
        (signal.SIGKILL, 300, "chat", 100, None),
    ],
)
def test_a_dead_horse_is_out_of_memory_only_when_it_died_as_one(signum, peak_mb, queue, ran, memory, settings):
    settings.INGEST_MEMORY_LIMIT_MB = MEMORY_LIMIT_MB
    job = SimpleNamespace(origin=queue, timeout=60, started_at=datetime.now(UTC) - timedelta(seconds=ran))
    ret_val = signum if signum is not None else 1 << 8  # a wait status: killed by signum / exit code 1
    exc = horse_death(job, ret_val, SimpleNamespace(ru_maxrss=peak_mb * 1024))
    expected = {True: MemoryLimitExceeded, False: AbandonedJobError, None: JobTimeoutException}[memory]
    assert type(exc) is expected
    if memory is None:
        assert describe_failure(exc) == "The job took longer than its time limit and was stopped."


def upload(client: APIClient, path: Path) -> str:
    file = io.BytesIO(path.read_bytes())
    file.name = path.name
    response = client.post("/documents", {"file": file}, format="multipart")
    assert response.status_code == 202, response.content
    return response.json()["document_id"]


def registered_workers() -> list[RqWorker]:
    return RqWorker.all(queue=get_queue("ingest"))


def test_every_fuzz_pdf_ends_ready_or_failed_readably_and_the_worker_survives(
    start_worker, media_root, tmp_path, settings
):
    settings.INGEST_JOB_TIMEOUT = JOB_TIMEOUT  # the API enqueues the ingestions: its setting counts
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paths = {name: build(corpus / f"{name}.pdf") for name, (build, _, _) in CORPUS.items()}
    assert all(path.stat().st_size < 4_000_000 for path in paths.values())  # a few KB, or MB at most

    worker = start_worker(
        "ingest",
        "vectors",
        MEDIA_ROOT=str(media_root),
        INGEST_JOB_TIMEOUT=str(JOB_TIMEOUT),  # the OCR batch jobs are enqueued by the worker
        INGEST_MEMORY_LIMIT_MB=str(MEMORY_LIMIT_MB),
        EMBEDDINGS_BACKEND="auto",  # the bundled model: vectors must still work under the cap
        RQ_JOB_MONITORING_INTERVAL="1",
    )
    wait_until(lambda: len(registered_workers()) == 1, 30, "the worker to register")
    worker_pid = registered_workers()[0].pid
    client = APIClient()
    started = time.monotonic()
    ids = {name: upload(client, path) for name, path in paths.items()}

    def settled() -> dict[str, Document] | None:
        assert worker.alive(), f"the worker died:\n{worker.tail(40)}"
        rows = {name: Document.objects.get(id=ids[name]) for name in ids}
        return rows if all(row.status in (READY, FAILED) for row in rows.values()) else None

    rows = wait_until(settled, 100, "every fuzz PDF to be ready or failed")
    elapsed = time.monotonic() - started
    outcomes = {name: (row.status, row.error) for name, row in rows.items()}
    for name, (_, status, words) in CORPUS.items():
        row = rows[name]
        assert row.status == status, f"{name}: {outcomes[name]}"
        if status == FAILED:
            assert_readable(row.error)
            assert words in row.error, f"{name}: {row.error!r}"
        else:
            assert row.chunk_count > 0, name
    assert elapsed < 90, f"the corpus took {elapsed:.0f} s"

    # The same worker process, still registered, ingests a normal PDF next, vectors included.
    assert worker.alive(), worker.tail(40)
    assert [w.pid for w in registered_workers()] == [worker_pid]
    refcard = upload(client, REFCARD)

    def indexed() -> Document | None:
        row = Document.objects.get(id=refcard)
        return row if row.status == FAILED or row.vector_status in ("ready", "failed") else None

    row = wait_until(indexed, 60, "the refcard to be ready with its vectors")
    assert (row.status, row.error, row.vector_status, row.vector_error) == (READY, "", "ready", "")
    assert row.chunk_count > 0 and worker.alive()
