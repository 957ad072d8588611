"""Fair ingestion: one owner's backlog never starves another owner, text goes before vectors,
vectors come in slices, and a deleted document's queued jobs are canceled.

Jobs run in this process with RQ's SimpleWorker (burst mode, `max_jobs` to step through them)
on the test Redis, over the queues in the order ingest workers listen to them; real forking
workers (`manage.py rqworker ingest vectors`) are in tests/e2e/test_fairness.py.
"""

import numpy as np
import pytest
from django.contrib.auth.models import User
from rq import SimpleWorker
from rq.job import Job, JobStatus
from rq.rate_limit import RateLimitRegistry

from chat.models import Document
from chat.queue.connection import get_queue
from chat.services.documents import delete_document
from tests.support.ingestion import copy_of
from tests.support.ingestion import queue_upload as upload
from tests.support.pdfs import MIME_SPEC, REFCARD, truncated_copy

pytestmark = pytest.mark.django_db(transaction=True)


class FakeEmbeddings:
    """Instant vectors, so the tests are about order, not the model."""

    name = "fake"
    model_id = "fake-1"
    similarity_floor = 0.0

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        rows = np.array([[len(t) % 7 + 1, len(t) % 5 + 1, 1, 1] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


def run_jobs(max_jobs: int | None = None) -> None:
    """Run queued jobs here, as an ingest worker takes them: `ingest` first, then `vectors`."""
    queues = [get_queue("ingest"), get_queue("vectors")]
    SimpleWorker(queues, connection=queues[0].connection).work(burst=True, max_jobs=max_jobs)


@pytest.fixture
def owners(db) -> tuple[User, User]:
    return User.objects.create(username="alice"), User.objects.create(username="bob")


def test_a_newcomer_is_queued_behind_at_most_the_slots_of_another_owners_backlog(
    media_root, tmp_path, owners, settings
):
    alice, bob = owners
    settings.INGEST_OWNER_SLOTS = 2
    backlog = [upload(copy_of(REFCARD, tmp_path / f"a{n}.pdf", n), alice) for n in range(6)]
    paper = upload(REFCARD, bob)

    ingest = get_queue("ingest")
    # Alice's first two are in the queue, the other four wait for her slots; Bob's is third.
    assert ingest.job_ids == [backlog[0].job_id, backlog[1].job_id, paper.job_id]
    assert Job.fetch(backlog[2].job_id, connection=ingest.connection).get_status() == JobStatus.RATE_LIMITED

    run_jobs()
    done = sorted(Document.objects.all(), key=lambda d: d.ingested_at)
    assert all(d.status == Document.Status.READY for d in done)
    assert [d.id for d in done].index(paper.id) == 2  # without fairness: 6, behind all of Alice's
    # Her waiting jobs joined the back of the queue one by one, in upload order.
    assert [d.id for d in done if d.owner == alice] == [d.id for d in backlog]


def test_text_goes_before_vectors_queued_earlier(media_root, tmp_path, owners, settings):
    alice, bob = owners
    settings.EMBEDDINGS_BACKEND = "tests.queue.test_fairness.FakeEmbeddings"
    first = upload(REFCARD, alice)
    run_jobs(max_jobs=1)  # its text: ready, and its vectors queued (on their own queue)
    first.refresh_from_db()
    assert first.status == Document.Status.READY and first.vector_status == Document.VectorStatus.QUEUED
    assert len(get_queue("vectors").job_ids) == 1 and not get_queue("ingest").job_ids

    paper = upload(MIME_SPEC, bob)  # queued after Alice's vectors, but text
    run_jobs(max_jobs=1)
    paper.refresh_from_db(), first.refresh_from_db()
    assert paper.status == Document.Status.READY
    assert first.vector_status == Document.VectorStatus.QUEUED  # still waiting: text went first

    run_jobs()
    first.refresh_from_db(), paper.refresh_from_db()
    assert first.vector_status == paper.vector_status == Document.VectorStatus.READY
    assert first.vectors_done == first.chunk_count and paper.vectors_done == paper.chunk_count


def test_vectors_come_in_slices_and_text_gets_the_worker_between_them(media_root, tmp_path, owners, settings):
    alice, bob = owners
    settings.EMBEDDINGS_BACKEND = "tests.queue.test_fairness.FakeEmbeddings"
    settings.VECTOR_SLICE_SECONDS = 0  # one batch (SLICE_BATCH chunks) a slice
    manual = upload(MIME_SPEC, alice)
    run_jobs(max_jobs=2)  # its text, then its first slice of vectors
    manual.refresh_from_db()
    assert manual.chunk_count > 16 and manual.vectors_done == 8
    assert manual.vector_status == Document.VectorStatus.RUNNING
    assert len(get_queue("vectors").job_ids) == 1  # the continuation, at the back of the queue

    paper = upload(REFCARD, bob)
    run_jobs(max_jobs=1)
    paper.refresh_from_db(), manual.refresh_from_db()
    assert paper.status == Document.Status.READY and manual.vectors_done == 8

    run_jobs()
    manual.refresh_from_db()
    assert manual.vector_status == Document.VectorStatus.READY and manual.vectors_done == manual.chunk_count


def test_deleting_a_document_cancels_its_queued_jobs_and_frees_its_slot(media_root, tmp_path, owners, settings):
    alice, _ = owners
    settings.INGEST_OWNER_SLOTS = 1
    docs = [upload(copy_of(REFCARD, tmp_path / f"a{n}.pdf", n), alice) for n in range(3)]
    ingest = get_queue("ingest")
    assert ingest.job_ids == [docs[0].job_id]

    delete_document(document=Document.objects.get(id=docs[2].id))  # waiting for a slot
    delete_document(document=Document.objects.get(id=docs[0].id))  # queued
    for gone in (docs[0], docs[2]):
        assert Job.fetch(gone.job_id, connection=ingest.connection).get_status() == JobStatus.CANCELED
    assert ingest.job_ids == [docs[1].job_id]  # the freed slot went to her next document

    run_jobs()
    assert list(Document.objects.values_list("id", "status")) == [(docs[1].id, Document.Status.READY)]
    registry = RateLimitRegistry(f"pdfchat:ingest:owner:{alice.id}", connection=ingest.connection)
    assert registry.get_allowed_job_count() == registry.get_rate_limited_job_count() == 0


def test_a_failing_job_still_releases_its_owners_next_job(media_root, tmp_path, owners, settings):
    alice, _ = owners
    settings.INGEST_OWNER_SLOTS = 1
    broken = upload(truncated_copy(REFCARD, tmp_path / "broken.pdf"), alice)
    good = upload(REFCARD, alice)
    assert get_queue("ingest").job_ids == [broken.job_id]  # the good one waits for her slot

    run_jobs()
    broken.refresh_from_db(), good.refresh_from_db()
    assert broken.status == Document.Status.FAILED and "not a readable PDF" in broken.error
    assert good.status == Document.Status.READY
