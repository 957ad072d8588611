"""Settings for pdfchat, read from the environment and an optional `.env` file.

Every knob an operator may need is an environment variable with an embedded default, so
`make run` works on a fresh machine and production only sets what differs. The README lists
them all.
"""

import secrets
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from config import secret_key

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A `.env` beside manage.py is optional; real environment variables win over it.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

VAR_DIR = Path(env.str("PDFCHAT_VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env.bool("DEBUG", default=False)
# SECRET_KEY from the environment, else the one `make run` generated into var/secret-key
# (config/secret_key.py). Never a public constant: without a key, only DEBUG may start, with
# a random key per process (sessions then end at every restart).
SECRET_KEY = env.str("SECRET_KEY", default="") or secret_key.read(VAR_DIR)
if SECRET_KEY in secret_key.PUBLIC_KEYS or not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set (or is the public development key): set SECRET_KEY, or run "
            f"`python -m config.secret_key` once to generate one into {VAR_DIR / secret_key.FILENAME} "
            "(`make run` does it on its first start)."
        )
    SECRET_KEY = "django-insecure-" + secrets.token_urlsafe(40)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Behind TLS (directly or via a proxy that sets X-Forwarded-Proto), HTTPS=true turns on the
# secure cookies, the HTTPS redirect and HSTS that `manage.py check --deploy` asks for. Off by
# default so that `make run` works on plain http://localhost:5000.
HTTPS = env.bool("HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=HTTPS)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_REDIRECT_EXEMPT = [r"^health/?$"]  # load balancers probe over plain HTTP

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_rq",
    "chat",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# The API contract has paths without a trailing slash; the router accepts both forms, so
# never redirect (a redirected POST loses its body).
APPEND_SLASH = False

ROOT_URLCONF = "config.urls"
# The chat page signs people in with Django's login page (templates/registration/login.html).
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
# Keep connections between requests (opening one, and closing SQLite's, cost milliseconds).
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=600))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the workers write concurrently: WAL lets readers run beside a
    # writer, IMMEDIATE transactions avoid upgrade deadlocks, and the timeout waits out
    # short write locks instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production; plain finders while DEBUG (no collectstatic needed).
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

# --- REST API -------------------------------------------------------------------------
# Sign-in is required unless API_AUTH_REQUIRED=false is set explicitly, whatever DEBUG says
# (gunicorn listens on every interface: DEBUG must never open the documents to anyone).
API_AUTH_REQUIRED = env.bool("API_AUTH_REQUIRED", default=True)
# Per user (or per client address when anonymous), e.g. "30/min"; an empty value: no limit.
# Counted in Redis in fixed windows, in total over every process and host (chat/api/throttling.py).
API_THROTTLE_RATES = {
    "chat": env.str("THROTTLE_CHAT", default="60/min") or None,
    "upload": env.str("THROTTLE_UPLOAD", default="30/hour") or None,
}
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    # Clients send "Authorization: Token <key>"; the browsable API and admin use sessions.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["chat.api.permissions.ApiAccess"],
    "DEFAULT_THROTTLE_CLASSES": ["chat.api.throttling.SettingsScopedThrottle"],
    "EXCEPTION_HANDLER": "chat.api.error_responses.api_exception_handler",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "pdfchat API",
    "DESCRIPTION": "Ask questions and get answers, synchronously or as background jobs you poll.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI assets come from drf-spectacular-sidecar: no CDN is needed.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["chat.api.schema_hooks.drop_trailing_slashes"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "chat.api.schema_hooks.allow_empty_query_values",
        "chat.api.schema_hooks.require_bodies_with_required_fields",
    ],
}

# --- Queues (django-rq) ---------------------------------------------------------------
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
# Conversations: how much of a thread the answer sees (the newest turns that fit), and when
# `manage.py purge_conversations` deletes one nobody wrote in.
CONVERSATION_HISTORY_TURNS = env.int("CONVERSATION_HISTORY_TURNS", default=6)
CONVERSATION_HISTORY_CHARS = env.int("CONVERSATION_HISTORY_CHARS", default=6000)
CONVERSATION_IDLE_DAYS = env.int("CONVERSATION_IDLE_DAYS", default=90)
# Each chat job's events (queue/events.py): a Redis Stream capped at this many
# entries, expiring this many seconds after its last event.
JOB_EVENTS_MAX = env.int("JOB_EVENTS_MAX", default=5000)
JOB_EVENTS_TTL = env.int("JOB_EVENTS_TTL", default=86400)
# An open event stream with nothing to say sends a comment this often (proxies close idle ones).
JOB_EVENTS_HEARTBEAT = env.float("JOB_EVENTS_HEARTBEAT", default=15.0)
# An event stream ends after this many seconds even if its job has not (the client reconnects
# with Last-Event-ID): no socket is held for a day by a job that waits.
JOB_EVENTS_MAX_OPEN = env.float("JOB_EVENTS_MAX_OPEN", default=3600.0)
# What one user may hold at once (chat/api/concurrency.py; 0: no cap), each refused with 429
# and Retry-After: open event streams (/chat/stream, /chat/jobs/{id}/events, /v1 streams),
# answers being written (/chat/sync, /chat/stream, /v1/chat/completions), and questions
# queued but not finished (/chat/async).
# Of the chat queue, one user's questions hold at most CHAT_OWNER_SLOTS places (queued or
# being answered); the rest wait their turn and go to the back of the queue as those end, so
# another user's question waits for at most one answer. Keep it at most CHAT_WORKERS.
CHAT_OWNER_SLOTS = env.int("CHAT_OWNER_SLOTS", default=8)
STREAMS_PER_USER = env.int("STREAMS_PER_USER", default=20)
ANSWERS_PER_USER = env.int("ANSWERS_PER_USER", default=8)
QUEUED_CHAT_JOBS_PER_USER = env.int("QUEUED_CHAT_JOBS_PER_USER", default=100)
# Threads a web process writes streamed answers in (/chat/stream, /v1/chat/completions):
# mostly waiting on the model, with no database connection meanwhile; of all threads of a
# process, SEARCH_THREADS search at once (searching is CPU work under the GIL).
STREAM_THREADS = env.int("STREAM_THREADS", default=200)
SEARCH_THREADS = env.int("SEARCH_THREADS", default=2)
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

# --- Answering --------------------------------------------------------------------------
OPENAI_API_KEY = env.str("OPENAI_API_KEY", default="")
OPENAI_BASE_URL = env.str("OPENAI_BASE_URL", default="") or None
OPENAI_CHAT_MODEL = env.str("OPENAI_CHAT_MODEL", default="gpt-5")
OPENAI_TIMEOUT = env.float("OPENAI_TIMEOUT", default=60.0)
OPENAI_MAX_RETRIES = env.int("OPENAI_MAX_RETRIES", default=2)
# Backoff between those retries: base, doubled each time, capped (chat/backends/openai_client.py).
OPENAI_RETRY_BASE_DELAY = env.float("OPENAI_RETRY_BASE_DELAY", default=1.0)
OPENAI_RETRY_MAX_DELAY = env.float("OPENAI_RETRY_MAX_DELAY", default=20.0)

# Which chat backend answers: "auto" picks OpenAI when OPENAI_API_KEY is set and the
# offline extractive backend otherwise; a dotted path to a class picks that class.
CHAT_BACKEND = env.str("CHAT_BACKEND", default="auto")
CHAT_MESSAGE_MAX_CHARS = env.int("CHAT_MESSAGE_MAX_CHARS", default=4000)
# /v1/chat/completions: the question is held to CHAT_MESSAGE_MAX_CHARS like /chat's message;
# the request to these (messages, characters of any one message, of all of them), and the
# history the answer sees is trimmed like a conversation's (CONVERSATION_HISTORY_*).
OPENAI_MAX_MESSAGES = env.int("OPENAI_MAX_MESSAGES", default=100)
OPENAI_MESSAGE_MAX_CHARS = env.int("OPENAI_MESSAGE_MAX_CHARS", default=32000)
OPENAI_TOTAL_MAX_CHARS = env.int("OPENAI_TOTAL_MAX_CHARS", default=200000)
# Request bodies (config/body_limit.py, before anything is read or spooled to disk): uploads
# (POST /documents) may carry DOCUMENT_MAX_BYTES plus their form's overhead, every other
# request REQUEST_MAX_BYTES. Past it: 413, on the declared Content-Length or on the bytes read.
REQUEST_MAX_BYTES = env.int("REQUEST_MAX_BYTES", default=1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = REQUEST_MAX_BYTES  # Django's own check of non-file bodies agrees

# --- Documents and retrieval ---------------------------------------------------------------
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
MEDIA_URL = "/media/"  # never served publicly: files are only read by the workers
DOCUMENT_MAX_BYTES = env.int("DOCUMENT_MAX_BYTES", default=50 * 1024 * 1024)
DOCUMENT_MAX_PAGES = env.int("DOCUMENT_MAX_PAGES", default=5000)
# Per-user quotas (services/quotas.py): bytes of stored PDFs, checked at upload (413), and
# pages, checked when ingestion reads the page count (the document fails). 0 or empty: no limit.
QUOTA_BYTES_PER_USER = int(env.str("QUOTA_BYTES_PER_USER", default=str(2 * 1024**3)) or 0)
QUOTA_PAGES_PER_USER = int(env.str("QUOTA_PAGES_PER_USER", default="50000") or 0)
# Uploads larger than this are spooled to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
PDF_TEXT_BACKEND = env.str("PDF_TEXT_BACKEND", default="chat.backends.pdf.pdfium.PdfiumText")
# OCR for pages with (next to) no text layer: scanned pages (services/ingestion/recognition.py, chat/backends/ocr/).
# A page with fewer than OCR_MIN_CHARS letters and digits that draws an image is rendered at
# OCR_DPI and recognised, in jobs of OCR_BATCH_PAGES pages spread over the ingest workers. A
# page past OCR_PAGE_TIMEOUT seconds, or a missing engine or language, leaves pages unread
# (listed on the document) but never fails a document that has other text.
# OCR_LANGUAGES are Tesseract's codes (eng, jpn, deu...).
OCR_ENABLED = env.bool("OCR_ENABLED", default=True)
OCR_ENGINE = env.str("OCR_ENGINE", default="chat.backends.ocr.tesseract.TesseractOcr")
OCR_LANGUAGES = env.list("OCR_LANGUAGES", default=["eng"])
OCR_MIN_CHARS = env.int("OCR_MIN_CHARS", default=20)
OCR_BATCH_PAGES = env.int("OCR_BATCH_PAGES", default=8)
OCR_PAGE_TIMEOUT = env.float("OCR_PAGE_TIMEOUT", default=60.0)
OCR_DPI = env.int("OCR_DPI", default=300)
# Characters per chunk; 1200/200 gave the best hit@5 and MRR on the dev set (bench/retrieval.py).
CHUNK_SIZE = env.int("CHUNK_SIZE", default=1200)
CHUNK_OVERLAP = env.int("CHUNK_OVERLAP", default=200)
# "auto": OpenAI embeddings when OPENAI_API_KEY is set, else the bundled offline model
# (all-MiniLM-L6-v2); "openai", "local", "none" (lexical retrieval only), or a dotted path.
EMBEDDINGS_BACKEND = env.str("EMBEDDINGS_BACKEND", default="auto")
OPENAI_EMBEDDING_MODEL = env.str("OPENAI_EMBEDDING_MODEL", default="text-embedding-3-small")
EMBEDDING_BATCH_SIZE = env.int("EMBEDDING_BATCH_SIZE", default=64)
# Threads the local embedding model may use per process (web and workers share 2 cores here).
EMBEDDING_THREADS = env.int("EMBEDDING_THREADS", default=2)
# The local model reads at most this many tokens of a chunk (256: MRR +0.03 on the tuning
# half over 128, at 2.5x the cost; bench/retrieval.py).
EMBEDDING_MAX_TOKENS = env.int("EMBEDDING_MAX_TOKENS", default=256)
# Reciprocal rank fusion: how much the vector ranking counts against BM25's (1.0 = equal;
# 0 leaves vectors out of the search). 0.3 was best on the tuning half (0, 0.3, 0.6, 1 tried).
FUSION_VECTOR_WEIGHT = env.float("FUSION_VECTOR_WEIGHT", default=0.3)
# The search engine follows the database: "auto" (SQLite FTS5 or PostgreSQL GIN + pgvector),
# "sqlite", "postgresql", or a dotted path to a class (chat/retrieval/engines).
SEARCH_ENGINE = env.str("SEARCH_ENGINE", default="auto")
# How many nearest chunks by vector take part in the fusion with BM25.
VECTOR_CANDIDATES = env.int("VECTOR_CANDIDATES", default=100)
# PostgreSQL: scopes up to this many chunks are searched exactly, larger ones through HNSW.
VECTOR_EXACT_MAX_CHUNKS = env.int("VECTOR_EXACT_MAX_CHUNKS", default=20000)
RETRIEVAL_TOP_K = env.int("RETRIEVAL_TOP_K", default=5)
# The relevance gate: the best chunk must hold this IDF-weighted share of the question's
# terms, and at least this many distinct terms; otherwise "the documents do not cover it".
RELEVANCE_THRESHOLD = env.float("RELEVANCE_THRESHOLD", default=0.2)
RELEVANCE_MIN_TERMS = env.int("RELEVANCE_MIN_TERMS", default=2)
# ... and the question must not name something the documents never mention: a word absent
# from every chunk and rarer in English than this Zipf frequency ("nginx" 2.2, "certbot" 0;
# "fallback" 2.7 passes). 0 turns the check off.
RELEVANCE_UNKNOWN_WORD_ZIPF = env.float("RELEVANCE_UNKNOWN_WORD_ZIPF", default=2.5)
# ... and, with the local model's vectors, the nearest chunk's cosine similarity must reach
# this (0.3 on the tuning half: 2 more of 30 off-topic questions abstained, 1 of 109 answerable lost).
LOCAL_EMBEDDING_MIN_SIMILARITY = env.float("LOCAL_EMBEDDING_MIN_SIMILARITY", default=0.3)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # httpx (and the httpx2 that openai uses) log every request to the model server at INFO:
    # noise in `manage.py ask` and in the workers' logs.
    "loggers": {name: {"level": "WARNING"} for name in ("django.db.backends", "httpx", "httpx2")},
}
