"""What one request or one user may do: request bodies, message sizes, rate limits, open
streams, answers in progress, queued questions, document size and per-user quotas. Past a
limit the API answers 400, 413 or 429 (with Retry-After), or the document fails, saying which.
docs/configuration.md: "Limits and quotas"; docs/operations.md: "Limits and quotas"."""

from config.settings.base import env

# --- Requests ----------------------------------------------------------------------------
# Request bodies (chat/api/body_limit.py, the ASGI middleware in front of everything in
# config/asgi.py, before anything is read or spooled to disk): uploads (POST /documents) may
# carry DOCUMENT_MAX_BYTES plus their form's overhead, every other request REQUEST_MAX_BYTES.
# Past it: 413, on the declared Content-Length or on the bytes read.
REQUEST_MAX_BYTES = env.int("REQUEST_MAX_BYTES", default=1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = REQUEST_MAX_BYTES  # Django's own check of non-file bodies agrees
# Uploads larger than this are spooled to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
CHAT_MESSAGE_MAX_CHARS = env.int("CHAT_MESSAGE_MAX_CHARS", default=4000)
# /v1/chat/completions: the question is held to CHAT_MESSAGE_MAX_CHARS like /chat's message;
# the request to these (messages, characters of any one message, of all of them), and the
# history the answer sees is trimmed like a conversation's (CONVERSATION_HISTORY_*).
OPENAI_MAX_MESSAGES = env.int("OPENAI_MAX_MESSAGES", default=100)
OPENAI_MESSAGE_MAX_CHARS = env.int("OPENAI_MESSAGE_MAX_CHARS", default=32000)
OPENAI_TOTAL_MAX_CHARS = env.int("OPENAI_TOTAL_MAX_CHARS", default=200000)

# --- Per user ----------------------------------------------------------------------------
# Per user (or per client address when anonymous), e.g. "30/min"; an empty value: no limit.
# Counted in Redis in fixed windows, in total over every process and host (chat/api/throttling.py,
# in the cache THROTTLE_CACHE of queues.py).
API_THROTTLE_RATES = {
    "chat": env.str("THROTTLE_CHAT", default="60/min") or None,
    "upload": env.str("THROTTLE_UPLOAD", default="30/hour") or None,
}
# What one user may hold at once (chat/api/concurrency.py; 0: no cap), each refused with 429
# and Retry-After: open event streams (/chat/stream, /chat/jobs/{id}/events, /v1 streams),
# answers being written (/chat/sync, /chat/stream, /v1/chat/completions), and questions
# queued but not finished (/chat/async; chat/services/chat_jobs.py).
STREAMS_PER_USER = env.int("STREAMS_PER_USER", default=20)
ANSWERS_PER_USER = env.int("ANSWERS_PER_USER", default=8)
QUEUED_CHAT_JOBS_PER_USER = env.int("QUEUED_CHAT_JOBS_PER_USER", default=100)

# --- Documents ---------------------------------------------------------------------------
DOCUMENT_MAX_BYTES = env.int("DOCUMENT_MAX_BYTES", default=50 * 1024 * 1024)
DOCUMENT_MAX_PAGES = env.int("DOCUMENT_MAX_PAGES", default=5000)
# Per-user quotas (chat/services/quotas.py): bytes of stored PDFs, checked at upload (413), and
# pages, checked when ingestion reads the page count (the document fails). 0 or empty: no limit.
QUOTA_BYTES_PER_USER = int(env.str("QUOTA_BYTES_PER_USER", default=str(2 * 1024**3)) or 0)
QUOTA_PAGES_PER_USER = int(env.str("QUOTA_PAGES_PER_USER", default="50000") or 0)
