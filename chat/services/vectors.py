"""A document's vectors, computed after its text is searchable: lexical first, hybrid within minutes.

Ingestion makes a document `ready` as soon as its chunks and index terms are stored; BM25
answers from then on. The vectors follow in a job of their own on the vectors queue (or
inline, for `manage.py ingest`), a batch of EMBEDDING_BATCH_SIZE chunks per transaction, so
`vectors_done` grows while it runs and a crash loses at most one batch: the next run starts
with the chunks that still have none. Search uses a document's vectors only once its
`vector_model` is the configured model's, and only the chunks that have one.

Queued, they go on the vectors queue (below the text of new uploads) in slices: a job computes
VECTOR_SLICE_SECONDS' worth, in batches of SLICE_BATCH chunks, then queues its continuation at
the back of the queue (in its owner's share), so other owners' vectors and everyone's text get
a worker between slices instead of waiting minutes behind one long manual.
"""

import time
import uuid

from django.conf import settings
from django.db import transaction

from chat import metrics
from chat.backends.embeddings import get_embeddings
from chat.errors import describe_failure
from chat.models import Chunk, Document
from chat.queue.lifecycle import JobKind, enqueue_on_commit
from chat.retrieval.engines import get_engine
from chat.services.ingestion.progress import Progress

# Chunks per batch in a slice: about 0.7 s of the bundled model, so a slice ends close to its time.
SLICE_BATCH = 8


def vectors_wanted() -> bool:
    return bool(get_embeddings().model_id)


def queue_embedding(*, document_id: uuid.UUID | str, owner_id: int | None) -> None:
    """Once the caller's transaction commits, a job computes (a slice of) the document's vectors
    (if Redis refuses it, `vector_status` is failed; the text stays searchable)."""
    enqueue_on_commit(
        kind=EMBEDDING,
        job_id=str(uuid.uuid4()),
        row_id=str(document_id),
        description=f"embed document {document_id}",
        owner_id=owner_id,
    )


def embed_slice(*, document_id: uuid.UUID | str) -> None:
    """The queued job: at most VECTOR_SLICE_SECONDS (and at least one batch) of the document's
    vectors, then its continuation is queued if chunks are left."""
    if not embed_document(document_id=document_id, max_seconds=settings.VECTOR_SLICE_SECONDS):
        owner = Document.objects.filter(id=document_id).values_list("owner_id", flat=True)
        if owner.exists():
            queue_embedding(document_id=document_id, owner_id=owner.first())


def embed_document(
    *, document_id: uuid.UUID | str, progress: Progress | None = None, max_seconds: float | None = None
) -> bool:
    """Give every chunk of a ready document a vector of the configured model; False if it
    stopped after `max_seconds` with chunks left (the next run resumes from them).

    `progress` hears of each stored batch. Stops quietly when the document is deleted or
    re-ingested meanwhile (that run queues its own vectors); goes on with the new passages when
    they were cut again meanwhile (resplitting.py), so it never calls a document's vectors
    ready while some of its passages have none.
    """
    embeddings = get_embeddings()
    progress = progress or Progress(document_id)
    document = Document.objects.filter(id=document_id, status=Document.Status.READY).first()
    if document is None:
        return True
    if not embeddings.model_id:
        Document.objects.filter(id=document.id).update(vector_status=Document.VectorStatus.OFF)
        return True
    deadline = None if max_seconds is None else time.monotonic() + max_seconds
    size = settings.EMBEDDING_BATCH_SIZE if deadline is None else min(SLICE_BATCH, settings.EMBEDDING_BATCH_SIZE)
    with transaction.atomic():
        if document.vector_model != embeddings.model_id:  # another model's vectors are no use
            Chunk.objects.filter(document=document).update(embedding=None)
        # A passage is embedded under its heading path, as it is indexed (retrieval/indexing.py).
        pending = [
            (chunk_id, f"{section}\n{text}" if section else text)
            for chunk_id, section, text in Chunk.objects.filter(document=document, embedding__isnull=True)
            .order_by("order")
            .values_list("id", "section", "text")
        ]
        done = document.chunk_count - len(pending)
        Document.objects.filter(id=document.id).update(
            vector_status=Document.VectorStatus.RUNNING,
            vector_model=embeddings.model_id,
            vector_error="",
            vectors_done=done,
        )
    for start in range(0, len(pending), size):
        if deadline is not None and start and time.monotonic() >= deadline:
            return False
        batch = pending[start : start + size]
        if Chunk.objects.filter(id__in=[chunk_id for chunk_id, _ in batch]).count() < len(batch):
            break  # cut again meanwhile: these passages are gone, the new ones are embedded below
        vectors = embeddings.embed_documents([text for _, text in batch])
        with transaction.atomic():
            if not Document.objects.filter(id=document.id, status=Document.Status.READY).exists():
                return True
            get_engine().prepare_vectors(dimensions=int(vectors.shape[1]))
            rows = [Chunk(id=chunk_id, embedding=vector) for (chunk_id, _), vector in zip(batch, vectors, strict=True)]
            Chunk.objects.bulk_update(rows, ["embedding"])
            done += len(batch)
            metrics.VECTORS.inc(len(batch))
            progress.vectors_stored(done, document.chunk_count)
    with transaction.atomic():
        cut_again = Chunk.objects.filter(document=document, embedding__isnull=True).exists()
        if not cut_again:
            Document.objects.filter(id=document.id, status=Document.Status.READY).update(
                vector_status=Document.VectorStatus.READY
            )
    if cut_again:  # its passages were cut again meanwhile (`manage.py resplit`): embed the new ones
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        return embed_document(document_id=document_id, progress=progress, max_seconds=left)
    return True


def embed_document_inline(*, document_id: uuid.UUID | str, progress: Progress | None = None) -> bool:
    """`embed_document` in this process; a failure is recorded on the document (whose text stays
    searchable) instead of raised. False if it failed."""
    try:
        embed_document(document_id=document_id, progress=progress)
    except Exception as exc:  # any failure: lexical search goes on
        mark_failed(document_id=document_id, error=describe_failure(exc))
        return False
    return True


def mark_failed(*, document_id: uuid.UUID | str, error: str) -> None:
    """The vectors failed for good; the text stays searchable."""
    Document.objects.filter(id=document_id).update(vector_status=Document.VectorStatus.FAILED, vector_error=error)


def mark_retrying(*, document_id: uuid.UUID | str, error: str) -> None:
    """The vectors failed and RQ will try again."""
    Document.objects.filter(id=document_id).update(
        vector_status=Document.VectorStatus.QUEUED, vector_error=f"Retrying after: {error}"
    )


EMBEDDING = JobKind(
    queue_setting="VECTORS_QUEUE",
    task="chat.tasks.run_embedding",
    on_failure="chat.tasks.on_embedding_failure",
    timeout_setting="INGEST_JOB_TIMEOUT",
    retry_setting="INGEST_RETRY_INTERVALS",
    row_kwarg="document_id",
    mark_failed=mark_failed,
    mark_retrying=mark_retrying,
    owner_slots_setting="INGEST_OWNER_SLOTS",
    cancel_with_row=True,
)
