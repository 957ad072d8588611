"""The app's own code in this process, on a throw-away database: for benchmarks without a stack.

The retrieval, follow-up and OCR-corpus benchmarks call the services directly (no HTTP, no
worker) so that they measure ingestion and answering alone. `setup_django` points Django at
a fresh database in a temporary folder, with a throw-away SECRET_KEY, and migrates it;
nothing of the developer's own database, media or `.env` secrets is touched.

    with tempfile.TemporaryDirectory() as tmp:
        setup_django(Path(tmp), EMBEDDINGS_BACKEND="none")
        document = upload(path, owner=None).document
        make_searchable(document.id)            # bench/ingest.py
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from bench.stack import MODELS_DIR

__all__ = ["setup_django", "upload"]


def setup_django(workdir: Path, *, database_url: str = "", migrate: bool = True, **settings: str) -> None:
    """Configure and start Django here: a database in `workdir` (or `database_url`), then migrate.

    `settings` are environment variables read by config/settings.py (EMBEDDINGS_BACKEND=...),
    set before Django reads them. Call once per process, before importing chat's modules.
    """
    import django

    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        PDFCHAT_VAR_DIR=str(workdir),
        SECRET_KEY=secrets.token_urlsafe(50),  # a throw-away database: a throw-away key
        DATABASE_URL=database_url or f"sqlite:///{workdir / 'bench.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        LOG_LEVEL="WARNING",
    )
    os.environ.setdefault("PDFCHAT_MODELS_DIR", str(MODELS_DIR))  # the converted model, not again per run
    os.environ.update(settings)
    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)


def upload(path: Path, *, owner: Any = None, filename: str = "") -> Any:
    """Store a PDF as an upload of `owner` without queueing its ingestion (the benchmark ingests
    it here, bench/ingest.py): chat's Accepted (`.document`, `.created`). Raises chat's
    UploadRejected where the API would refuse the file."""
    from chat.services.documents import store_upload

    with path.open("rb") as file:
        return store_upload(file=file, filename=filename or path.name, owner=owner)
