"""The import layers (.importlinter) hold, and the check sees every import, including one made
inside a function: a lazy import that points up a layer must not slip through.

`make test` runs `lint-imports` on the code itself; these tests run it on a copy of chat/
into which an upward import has been written, to show that the contract would catch it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(tree / ".importlinter")],
        cwd=tree, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "chat", tmp_path / "chat", ignore=shutil.ignore_patterns("__pycache__", "*.pdf", "models"))
    shutil.copy(ROOT / ".importlinter", tmp_path / ".importlinter")
    return tmp_path


def append(path: Path, code: str) -> None:
    path.write_text(path.read_text() + "\n\n" + code + "\n")


def test_the_code_keeps_its_layers(tree):
    result = lint(tree)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("module", "code", "broken"),
    [
        # a model that reaches up into a service, lazily
        ("models.py", "def _lazy():\n    from chat.services import documents  # noqa", "Layers"),
        # the queue that imports the tasks (only config, RQ and tests may)
        ("queue/events.py", "def _lazy():\n    import chat.tasks  # noqa", "tasks or the worker"),
        # two siblings of one layer that must stay independent
        ("retrieval/gate.py", "def _lazy():\n    from chat.queue import connection  # noqa", "Layers"),
    ],
)
def test_an_upward_import_inside_a_function_breaks_the_contract(tree, module, code, broken):
    append(tree / "chat" / module, code)
    result = lint(tree)
    assert result.returncode != 0
    _, _, broken_section = result.stdout.partition("Broken contracts")
    assert broken in broken_section, result.stdout
