"""Fixtures for tests that drive a real headless Chromium with Playwright (marker `browser`).

Loaded with `-p tests.support.browser_plugin` (pyproject.toml). The browser is Debian's `chromium`
package: $CHROMIUM (scripts/bootstrap.sh `find_chromium` sets it), else `chromium` on PATH.
Playwright never downloads a browser of its own. Without chromium the tests skip, or fail
when CI=true.

- `chromium_browser` (module): one headless Chromium per test module. Not per session:
  Playwright's sync API keeps an event loop marked running in the main thread while it is
  up, and in-process async views (Django's test client, async_to_sync) refuse to run beside
  it, so it stops when the module's browser tests are done.
- `browser_page`: a fresh context (1280x800, no downloads, 15 s timeouts) and page per test.
- `screenshots`: the folder var/screenshots/<test name>/ (emptied first) to save images into.
"""

import asyncio
import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "var" / "screenshots"

# Playwright's node driver must not fetch browsers: the tests use the system chromium.
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests may run as root (containers), where the sandbox cannot start
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # small /dev/shm in containers
]
DEFAULT_TIMEOUT_MS = 15_000
INSTALL_HINT = "install Debian's chromium (`sudo apt-get install chromium`) or set CHROMIUM=/path/to/chromium"

_screenshot_dirs: list[Path] = []


def chromium_executable() -> str | None:
    return os.environ.get("CHROMIUM") or shutil.which("chromium")


def _unavailable(reason: str) -> None:
    """Skip the test, or fail it on CI, where a missing browser must not go unnoticed."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true, so browser tests fail instead of skipping); {INSTALL_HINT}", pytrace=False)
    pytest.skip(f"{reason}; {INSTALL_HINT}")


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator:
    """A headless Chromium (Playwright sync API) for the test module.

    `launch` (unlike `launch_persistent_context`) gives the browser a fresh, empty temporary
    profile (--user-data-dir=/tmp/playwright_chromiumdev_profile-*) that Playwright deletes at
    close, so no state from a real profile leaks in and none is kept.
    """
    executable = chromium_executable()
    if not executable:
        _unavailable("no chromium found ($CHROMIUM is empty and `chromium` is not on PATH)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -r requirements/dev.txt)")

    with sync_playwright() as playwright, _orm_allowed_beside(_running_loop()):
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


@contextlib.contextmanager
def _orm_allowed_beside(playwright_loop: asyncio.AbstractEventLoop | None) -> Iterator[None]:
    """Let the (synchronous) tests use the Django ORM while Playwright's sync API is active.

    Between its calls, Playwright's sync API leaves its asyncio event loop marked as running in
    the main thread (the loop sits suspended in a greenlet). Django's async-unsafe guard sees a
    running loop and raises SynchronousOnlyOperation ("You cannot call this from an async
    context") for every ORM call: the test's, and even pytest-django's test database set-up.
    Nothing runs concurrently with the test's ORM calls, so they are safe.

    DJANGO_ALLOW_ASYNC_UNSAFE=true would silence the guard too, but the tests hand os.environ to
    the processes they start (tests/support/processes.py child_env): gunicorn's ASGI workers would lose
    the guard for the rest of the run. Instead the guard is told to ignore Playwright's loop
    alone, in this process alone; any other running loop still trips it.
    """
    if playwright_loop is None:
        yield
        return
    import django.utils.asyncio as django_asyncio

    original = django_asyncio.get_running_loop

    def running_loop_but_playwrights() -> asyncio.AbstractEventLoop:
        loop = original()
        if loop is playwright_loop:
            raise RuntimeError("no running event loop (Playwright's sync API loop is ignored)")
        return loop

    django_asyncio.get_running_loop = running_loop_but_playwrights
    try:
        yield
    finally:
        django_asyncio.get_running_loop = original


@pytest.fixture
def browser_page(chromium_browser) -> Iterator:
    """A page in a fresh browser context for each test, closed after it."""
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=False)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshots(request: pytest.FixtureRequest) -> Path:
    """The folder var/screenshots/<test name>/ under the repository, emptied for this test."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name).strip("_")
    folder = SCREENSHOTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"screenshots: {folder}")
    _screenshot_dirs.append(folder)
    return folder


def pytest_terminal_summary(terminalreporter) -> None:
    """List the screenshot folders that got files, at the end of the run."""
    folders = [folder for folder in _screenshot_dirs if folder.is_dir() and any(folder.iterdir())]
    if folders:
        terminalreporter.section("screenshots")
        for folder in folders:
            terminalreporter.write_line(str(folder.relative_to(ROOT)))
