"""Redis and the RQ queues (django-rq): chat, ingest, vectors; job timeouts, retries, each
owner's share of a queue, the workers' maintenance, and a chat job's event stream.
docs/configuration.md: "Redis and the queues"; docs/operations.md: "Workers"."""

from config.settings.base import env

REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
# Give up connecting after this many seconds, so an unreachable Redis means a quick 503,
# not a hung request (redis-py reads the option from the URL).
REDIS_CONNECT_TIMEOUT = env.float("REDIS_CONNECT_TIMEOUT", default=2.0)
if "socket_connect_timeout" not in REDIS_URL:
    REDIS_URL += ("&" if "?" in REDIS_URL else "?") + f"socket_connect_timeout={REDIS_CONNECT_TIMEOUT:g}"
# Rate limits are counted in Redis, so they hold across processes and hosts (chat/api/throttling.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "pdfchat",
    },
}
THROTTLE_CACHE = "shared"

CHAT_QUEUE = "chat"
# Results stay in Redis for a day, failures for a week (for the dashboard); the ChatJob row
# keeps both for good. Passed explicitly at enqueue time (django-rq drops queue defaults).
CHAT_JOB_TIMEOUT = env.int("CHAT_JOB_TIMEOUT", default=300)
RQ_RESULT_TTL = env.int("RQ_RESULT_TTL", default=86400)
RQ_FAILURE_TTL = env.int("RQ_FAILURE_TTL", default=7 * 86400)
# Ingestion has its own queue so that long PDFs never hold up chat jobs.
INGEST_QUEUE = "ingest"
INGEST_JOB_TIMEOUT = env.int("INGEST_JOB_TIMEOUT", default=1800)
# Address space (RLIMIT_AS, MB) of each forked work horse running an ingest or vectors job
# (chat/queue/worker.py; 0: no limit): a decompression bomb or self-multiplying PDF fails with a
# readable error instead of eating the host's memory. A vectors job with the bundled model
# peaks at about 1 GB of address space (370 MB resident), and still works under 640 MB.
INGEST_MEMORY_LIMIT_MB = env.int("INGEST_MEMORY_LIMIT_MB", default=2048)
# Vectors have a queue of their own, below text: ingest workers listen `ingest vectors`, in that
# order, so a new upload's text never waits behind vectors. A vector job computes at most
# VECTOR_SLICE_SECONDS (then at least one batch) and queues its continuation, so no job holds a
# worker for minutes. In each of these queues an owner has at most INGEST_OWNER_SLOTS jobs queued
# or running; the others wait (RQ's RateLimit) and join the back of the queue one by one as that
# owner's jobs end, so one owner's backlog never starves another's (chat/queue/lifecycle.py).
VECTORS_QUEUE = "vectors"
VECTOR_SLICE_SECONDS = env.float("VECTOR_SLICE_SECONDS", default=2.0)
INGEST_OWNER_SLOTS = env.int("INGEST_OWNER_SLOTS", default=2)
RQ_QUEUES = {
    CHAT_QUEUE: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": CHAT_JOB_TIMEOUT},
    INGEST_QUEUE: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": INGEST_JOB_TIMEOUT},
    VECTORS_QUEUE: {"URL": REDIS_URL, "DEFAULT_TIMEOUT": INGEST_JOB_TIMEOUT},
    "default": {"URL": REDIS_URL},
}
# Of the chat queue, one user's questions hold at most CHAT_OWNER_SLOTS places (queued or
# being answered); the rest wait their turn and go to the back of the queue as those end, so
# another user's question waits for at most one answer. Keep it at most CHAT_WORKERS.
CHAT_OWNER_SLOTS = env.int("CHAT_OWNER_SLOTS", default=8)

# Each chat job's events (chat/queue/events.py): a Redis Stream capped at this many
# entries, expiring this many seconds after its last event.
JOB_EVENTS_MAX = env.int("JOB_EVENTS_MAX", default=5000)
JOB_EVENTS_TTL = env.int("JOB_EVENTS_TTL", default=86400)
# An open event stream with nothing to say sends a comment this often (proxies close idle ones).
JOB_EVENTS_HEARTBEAT = env.float("JOB_EVENTS_HEARTBEAT", default=15.0)
# An event stream ends after this many seconds even if its job has not (the client reconnects
# with Last-Event-ID): no socket is held for a day by a job that waits.
JOB_EVENTS_MAX_OPEN = env.float("JOB_EVENTS_MAX_OPEN", default=3600.0)

# A failed job is retried after each of these delays (seconds) unless its failure is final
# (a rejected API key, an unreadable PDF); every worker runs RQ's scheduler for the delays (chat/queue/worker.py).
CHAT_RETRY_INTERVALS = env.list("CHAT_RETRY_INTERVALS", cast=int, default=[10, 30])
INGEST_RETRY_INTERVALS = env.list("INGEST_RETRY_INTERVALS", cast=int, default=[30])
# A worker killed mid-job leaves it "started"; a live worker's maintenance pass finds it
# once its heartbeat has expired (monitoring interval + 60 s) and fails or retries it. With
# 30 s and 30 s such a job is settled within about two minutes of the kill.
RQ_MAINTENANCE_INTERVAL = env.int("RQ_MAINTENANCE_INTERVAL", default=30)
RQ_JOB_MONITORING_INTERVAL = env.int("RQ_JOB_MONITORING_INTERVAL", default=30)
RQ = {
    # Services enqueue inside transaction.on_commit themselves, with a job id they chose,
    # so django-rq must enqueue at once when called (its on_db_commit mode would defer
    # again and return None).
    "COMMIT_MODE": "auto",
    "WORKER_CLASS": "chat.queue.worker.Worker",
}
# The modules RQ's jobs name (their functions run in the work horse): imported before a worker
# forks and by each web worker (chat/queue/warm.py).
RQ_TASK_MODULES = ["chat.tasks"]
RQ_SHOW_ADMIN_LINK = True
