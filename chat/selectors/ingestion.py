"""Ingestion as operators see it (the admin's document list): which documents are stuck, and
which worker runs a document's ingestion job."""

import re
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from redis.exceptions import RedisError
from rq.job import Job, JobStatus

from chat.models import Document
from chat.queue.connection import connection

JOB_ID = re.compile(r"[A-Za-z0-9_-]+")  # what RQ accepts as a job id


def stuck_before() -> datetime:
    """A document processing since before this is stuck (INGESTION_STUCK_AFTER seconds ago)."""
    return timezone.now() - timedelta(seconds=settings.INGESTION_STUCK_AFTER)


def stuck(documents: QuerySet[Document]) -> QuerySet[Document]:
    """Those of `documents` whose run began more than INGESTION_STUCK_AFTER seconds ago and is
    still processing (`updated_at` is written when a run begins; progress writes leave it)."""
    return documents.filter(status=Document.Status.PROCESSING, updated_at__lt=stuck_before())


def is_stuck(*, document: Document) -> bool:
    return document.status == Document.Status.PROCESSING and document.updated_at < stuck_before()


def ingestion_workers(*, documents: Iterable[Document]) -> dict[uuid.UUID, str]:
    """Document id -> the name of the RQ worker running its ingestion job, for those of
    `documents` that are processing and whose job a worker has started; one Redis round trip.
    {} if Redis cannot say (the admin shows "—")."""
    processing = [d for d in documents if d.status == Document.Status.PROCESSING and JOB_ID.fullmatch(d.job_id)]
    if not processing:
        return {}
    try:
        jobs = Job.fetch_many([d.job_id for d in processing], connection=connection(settings.INGEST_QUEUE))
    except RedisError:
        return {}
    return {
        document.id: job.worker_name
        for document, job in zip(processing, jobs, strict=True)
        if job is not None and job.get_status(refresh=False) == JobStatus.STARTED and job.worker_name
    }
