"""The import layers (.importlinter) hold, and the check sees every import, including one made
inside a function: a lazy import that points up a layer must not slip through.

`make test` runs `lint-imports` on the code itself; these tests run it on a copy of chat/
into which an upward import has been written, to show that the contract would catch it."""

import ast
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
    # Not the embedding model's files (tens of MB): only code matters here.
    model_files = ROOT / "chat" / "backends" / "embeddings" / "models"

    def ignore(directory: str, names: list[str]) -> list[str]:
        skipped = [name for name in names if name == "__pycache__" or name.endswith(".pdf")]
        return skipped + [name for name in names if Path(directory) / name == model_files]

    shutil.copytree(ROOT / "chat", tmp_path / "chat", ignore=ignore)
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
        ("models/documents.py", "def _lazy():\n    from chat.services import documents  # noqa", "Layers"),
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


def import_cycles(package: str) -> list[list[str]]:
    """The import cycles among `package`'s modules (strongly connected components of grimp's
    graph, imports inside functions included); a package importing its own submodules is none."""
    import grimp

    graph = grimp.build_graph(package, cache_dir=None)
    modules = sorted(m for m in graph.modules if ".migrations" not in m)
    edges = {
        m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i in modules and not m.startswith(i + "."))
        for m in modules
    }
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []
    for root in modules:  # Tarjan's algorithm, iteratively: no recursion limit to meet
        if root in order:
            continue
        work = [(root, iter(edges[root]))]
        order[root] = low[root] = len(order)
        stack.append(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == order[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
            elif child not in order:
                order[child] = low[child] = len(order)
                stack.append(child)
                work.append((child, iter(edges[child])))
            elif child in stack:
                low[node] = min(low[node], order[child])
    return cycles


def test_no_module_of_chat_is_in_an_import_cycle():
    assert import_cycles("chat") == []


def test_a_cycle_made_by_an_import_inside_a_function_is_found(tree):
    append(tree / "chat" / "services" / "quotas.py", "def _lazy():\n    from chat.services import documents  # noqa")
    code = (
        f"import sys; sys.path[:0] = [{str(tree)!r}, {str(ROOT)!r}]; "
        "from tests.test_layers import import_cycles; print(import_cycles('chat'))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, timeout=120)
    cycles = ast.literal_eval(result.stdout.strip() or "None")
    assert cycles and any({"chat.services.documents", "chat.services.quotas"} <= set(cycle) for cycle in cycles), (
        result.stderr
    )
