"""RQ entry points. Each loads ids and calls services; no logic lives here."""

from collections.abc import Callable
from types import TracebackType

from redis import Redis
from rq.job import Job

from chat.errors import describe_failure
from chat.services import embedding, ingestion, jobs
from chat.services.answering import answer_question
from chat.services.queueing import settle_failure


def run_chat(*, chat_job_id: str) -> dict:
    """Answer a queued question; the returned dict is the RQ job result."""
    chat_job = jobs.mark_started(chat_job_id=chat_job_id)
    answer = answer_question(message=chat_job.message, owner=chat_job.owner, document_ids=chat_job.document_ids)
    jobs.mark_finished(chat_job_id=chat_job_id, answer=answer)
    return answer.as_result()


def on_chat_failure(
    job: Job,
    connection: Redis,
    exc_type: type[BaseException],
    exc_value: BaseException,
    traceback: TracebackType,
) -> None:
    """RQ failure callback (also for a killed worker's job): failed, or queued for a retry."""
    _record_failure(jobs.record_failure, job, exc_value, key="chat_job_id")


def run_ingestion(*, document_id: str) -> dict:
    """Ingest an uploaded PDF; the returned dict is the RQ job result."""
    document = ingestion.ingest_document(document_id=document_id)
    return {"document_id": str(document.id), "status": document.status, "chunks": document.chunk_count}


def run_embedding(*, document_id: str) -> dict:
    """Compute a ready document's vectors."""
    embedding.embed_document(document_id=document_id)
    return {"document_id": document_id}


def on_embedding_failure(
    job: Job,
    connection: Redis,
    exc_type: type[BaseException],
    exc_value: BaseException,
    traceback: TracebackType,
) -> None:
    """RQ failure callback: the vectors failed (the text stays searchable), or are retried."""
    _record_failure(embedding.record_failure, job, exc_value, key="document_id")


def on_ingestion_failure(
    job: Job,
    connection: Redis,
    exc_type: type[BaseException],
    exc_value: BaseException,
    traceback: TracebackType,
) -> None:
    """RQ failure callback (also for timeouts and a killed worker's job): failed, or queued for a retry."""
    _record_failure(ingestion.record_failure, job, exc_value, key="document_id")


def _record_failure(record: Callable[..., None], job: Job, exc_value: BaseException, *, key: str) -> None:
    """What every failure callback does: the row is failed for good, or queued for RQ's retry."""
    record(**{key: job.kwargs[key]}, error=describe_failure(exc_value), retrying=settle_failure(job, exc_value))
