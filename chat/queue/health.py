"""Whether the service can work: the database and Redis answer, and live RQ workers listen
on each queue (GET /health). A worker that RQ still lists may be dead: see `is_alive`."""

import os
import socket
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from redis.exceptions import RedisError
from rq import worker as rq_worker
from rq.worker import Worker

from chat.queue.connection import connection as redis_for


def health_report() -> dict:
    """Whether the database and Redis answer, and how many live workers listen on each queue."""
    report: dict = {"database": {"ok": True}, "redis": {"ok": True}, "workers": {}}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as exc:
        report["database"] = {"ok": False, "error": type(exc).__name__}
    try:
        redis = redis_for(settings.CHAT_QUEUE)
        redis.ping()
        workers = [worker for worker in Worker.all(connection=redis) if is_alive(worker)]
        for name in settings.RQ_QUEUES:
            report["workers"][name] = sum(1 for worker in workers if name in worker.queue_names())
    except RedisError as exc:
        report["redis"] = {"ok": False, "error": type(exc).__name__}
        report["workers"] = None
    return report


def is_alive(worker: rq_worker.Worker) -> bool:
    """Whether a registered worker still runs: RQ keeps a killed worker's entry for up to
    worker TTL + 60 s (105 s with our settings), and one stopped while Redis was away never
    deregisters. On this host its process is looked up; elsewhere its heartbeat must be
    recent: an idle worker beats every RQ_MAINTENANCE_INTERVAL, a busy one every
    RQ_JOB_MONITORING_INTERVAL."""
    if worker.hostname == socket.gethostname() and worker.pid:
        try:
            os.kill(worker.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # it exists, as another user
    if worker.last_heartbeat is None:
        return False
    beat = max(settings.RQ_MAINTENANCE_INTERVAL, settings.RQ_JOB_MONITORING_INTERVAL)
    last = worker.last_heartbeat if worker.last_heartbeat.tzinfo else worker.last_heartbeat.replace(tzinfo=UTC)
    return datetime.now(UTC) - last <= timedelta(seconds=beat + 15)
