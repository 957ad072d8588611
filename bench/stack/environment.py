"""The children's environment: what every process of a stack is started with.

One place decides the settings that would change what is measured (the private database and
Redis, DEBUG off, the offline backends, no rate limits or quotas), so every benchmark's stack
is configured alike unless the benchmark says otherwise.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path

from scripts.processes import ROOT

# The bundled embedding model, converted once into the repository's var/ (settings.MODELS_DIR by
# default) and shared by every benchmark's throw-away var folder.
MODELS_DIR = ROOT / "var" / "models"


def child_env(tmp: Path, db_path: Path, redis_url: str, settings: Mapping[str, str]) -> dict[str, str]:
    """The children's environment: private DB and Redis, DEBUG off, offline answering, no limits.

    Whatever would change what is measured is set explicitly, `settings` last. No OPENAI_*
    variable is passed on, and an empty OPENAI_API_KEY also wins over one in a `.env` file
    (which never overrides the environment): the offline backend answers.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=f"sqlite:///{db_path}",
        PDFCHAT_VAR_DIR=str(tmp),
        PDFCHAT_MODELS_DIR=os.environ.get("PDFCHAT_MODELS_DIR", str(MODELS_DIR)),  # converted once
        SECRET_KEY=secrets.token_urlsafe(50),  # a throw-away stack: a throw-away key
        STATIC_ROOT=str(tmp / "staticfiles"),
        MEDIA_ROOT=str(tmp / "media"),
        DEBUG="False",
        REDIS_URL=redis_url,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        OPENAI_API_KEY="",
        CHAT_BACKEND="auto",
        EMBEDDINGS_BACKEND="auto",
        # A load test from one machine, often as one user: no rate limits, no per-user caps
        # or quotas (each 429 would be a failed measurement), unless the benchmark measures
        # them (bench/limits.py sets its own).
        THROTTLE_CHAT="",
        THROTTLE_UPLOAD="",
        STREAMS_PER_USER="0",
        ANSWERS_PER_USER="0",
        QUEUED_CHAT_JOBS_PER_USER="0",
        QUOTA_BYTES_PER_USER="0",
        QUOTA_PAGES_PER_USER="0",
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
    )
    env.update(settings)
    return env
