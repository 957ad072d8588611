"""Everything in tests/bench/ carries the `bench` marker: `pytest -m "not bench"` leaves the
benchmarks' tiny runs (about a minute) out of a quick local run; `make test` runs them."""

from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker("bench")
