"""The RQ worker class `manage.py rqworker` uses (settings.RQ["WORKER_CLASS"]).

RQ's defaults look for abandoned jobs only every 10 minutes, and an idle worker wakes from
its blocking wait only every 405 s (worker TTL - 15 s) to check. Ours take both from
settings, so a job whose worker was killed is settled within minutes, not left "started".
"""

from django.conf import settings
from rq.worker import Worker as RQWorker


class Worker(RQWorker):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("maintenance_interval", settings.RQ_MAINTENANCE_INTERVAL)
        kwargs.setdefault("job_monitoring_interval", settings.RQ_JOB_MONITORING_INTERVAL)
        # Wake up at least once per maintenance interval (rqworker passes 420 by default).
        wake_ttl = settings.RQ_MAINTENANCE_INTERVAL + 15
        kwargs["worker_ttl"] = min(int(kwargs.get("worker_ttl") or wake_ttl), wake_ttl)
        super().__init__(*args, **kwargs)
