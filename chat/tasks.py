"""RQ entry points. Each loads ids and calls services; no logic lives here.

The failure callbacks (RQ calls them for exceptions, timeouts and a killed worker's job)
hand the failure to queue/lifecycle.py with the kind of job it was.
"""

from types import TracebackType

from redis import Redis
from rq.job import Job

from chat import metrics
from chat.queue.lifecycle import settle_failure
from chat.services import chat_jobs, vectors
from chat.services.ingestion import jobs as ingestion
from chat.services.ingestion import resplitting


@metrics.counts_job
def run_chat(*, chat_job_id: str) -> dict:
    """Answer a queued question; the returned dict is the RQ job result."""
    chat_job = chat_jobs.mark_started(chat_job_id=chat_job_id)
    answer = chat_jobs.answer_chat_job(chat_job=chat_job)
    chat_jobs.mark_finished(chat_job_id=chat_job_id, answer=answer)
    return answer.as_result()


@metrics.counts_job
def run_ingestion(*, document_id: str) -> dict:
    """Ingest an uploaded PDF; the returned dict is the RQ job result."""
    document = ingestion.ingest(document_id=document_id)
    if document is None:
        return {"document_id": document_id, "status": "skipped"}  # deleted, or cancelled, meanwhile
    return {"document_id": str(document.id), "status": document.status, "chunks": document.chunk_count}


@metrics.counts_job
def run_embedding(*, document_id: str) -> dict:
    """Compute a slice of a ready document's vectors (the next slice follows in a job of its own)."""
    vectors.embed_slice(document_id=document_id)
    return {"document_id": document_id}


@metrics.counts_job
def run_ocr_batch(*, document_id: str, pages: list[int]) -> dict:
    """Recognise a batch of a document's scanned pages (the last batch finishes the document)."""
    ingestion.read_batch(document_id=document_id, pages=pages)
    return {"document_id": document_id, "pages": pages}


@metrics.counts_job
def run_finishing(*, document_id: str) -> dict:
    """Store the chunks of a document whose OCR batches are all done."""
    ingestion.finish(document_id=document_id)
    return {"document_id": document_id}


@metrics.counts_job
def run_resplit(*, document_id: str) -> dict:
    """Cut a ready document into passages again (the admin's action), then queue its vectors."""
    result = resplitting.resplit_queued(document_id=document_id)
    if result is None:
        return {"document_id": document_id, "status": "skipped"}  # deleted meanwhile
    return {"document_id": document_id, "before": result.before, "after": result.after, "skipped": result.skipped}


def on_chat_failure(job: Job, connection: Redis, exc_type: type, exc: BaseException, tb: TracebackType) -> None:
    settle_failure(kind=chat_jobs.CHAT_JOB, job=job, exc=exc)


def on_ingestion_failure(job: Job, connection: Redis, exc_type: type, exc: BaseException, tb: TracebackType) -> None:
    settle_failure(kind=ingestion.INGESTION, job=job, exc=exc)


def on_embedding_failure(job: Job, connection: Redis, exc_type: type, exc: BaseException, tb: TracebackType) -> None:
    settle_failure(kind=vectors.EMBEDDING, job=job, exc=exc)


def on_ocr_batch_failure(job: Job, connection: Redis, exc_type: type, exc: BaseException, tb: TracebackType) -> None:
    settle_failure(kind=ingestion.OCR_BATCH, job=job, exc=exc)


def on_finishing_failure(job: Job, connection: Redis, exc_type: type, exc: BaseException, tb: TracebackType) -> None:
    settle_failure(kind=ingestion.FINISHING, job=job, exc=exc)


def on_resplit_failure(job: Job, connection: Redis, exc_type: type, exc: BaseException, tb: TracebackType) -> None:
    settle_failure(kind=resplitting.RESPLIT, job=job, exc=exc)
