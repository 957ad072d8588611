"""docs/configuration.md lists exactly the environment variables the code reads, with their defaults.

The code is parsed, not imported: every `env.<type>("NAME", default=...)` in the settings
(config/settings/, or a config/settings.py), and every `os.environ.get("NAME", ...)`,
`os.getenv("NAME", ...)` and `os.environ["NAME"]` read in config/ and in what `make run`
starts (scripts/run.py, scripts/processes.py). The doc's variables are the first cells of
its tables, one `NAME` a row. Checked both ways: a variable the code reads must be in the
doc, and a variable the doc lists must still be read. Where the code's default is a plain
value (a number, a string, a boolean, a list of them), the row's default cell must show it
in backticks as an operator would write it: `2` for 2.0, `false` for False, `10,30` for
[10, 30], `52428800` for 50 * 1024 * 1024.
"""

import ast
import operator
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "configuration.md"
SCRIPTS = [ROOT / "scripts" / "run.py", ROOT / "scripts" / "processes.py"]
UNKNOWN = object()  # a default that is not a plain value (computed from another setting, a path...)
ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Pow: operator.pow}


@dataclass(frozen=True)
class Read:
    name: str
    default: object  # the plain default, None when there is none, or UNKNOWN
    where: str


def config_sources() -> list[Path]:
    return sorted((ROOT / "config").rglob("*.py")) + [path for path in SCRIPTS if path.exists()]


def plain(node: ast.expr | None) -> object:
    """The value of a default made of constants (and arithmetic on numbers), else UNKNOWN."""
    if node is None:
        return None
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.List | ast.Tuple):
        items = [plain(item) for item in node.elts]
        return UNKNOWN if any(item is UNKNOWN for item in items) else items
    if isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC:
        left, right = plain(node.left), plain(node.right)
        if isinstance(left, int | float) and isinstance(right, int | float):
            return ARITHMETIC[type(node.op)](left, right)
    return UNKNOWN


def _is_os_environ(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "environ" and _named(node.value, "os")


def _named(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _default(call: ast.Call, position: int) -> ast.expr | None:
    keyword = next((k.value for k in call.keywords if k.arg == "default"), None)
    if keyword is not None:
        return keyword
    return call.args[position] if len(call.args) > position else None


def reads_in(path: Path) -> list[Read]:
    """The environment variables `path` reads, with their defaults."""
    where = str(path.relative_to(ROOT))
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=where)):
        name_node, default = None, None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            func = node.func
            if _named(func.value, "env"):  # env.str("NAME", default=...), env.int, env.list, env.db ...
                name_node, default = node.args[0], _default(node, 1)
            elif func.attr == "get" and _is_os_environ(func.value):  # os.environ.get("NAME", default)
                name_node, default = node.args[0], _default(node, 1)
            elif func.attr == "getenv" and _named(func.value, "os"):  # os.getenv("NAME", default)
                name_node, default = node.args[0], _default(node, 1)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is_os_environ(node.value):
            name_node = node.slice  # os.environ["NAME"]
        if isinstance(name_node, ast.Constant) and isinstance(name_node.value, str):
            found.append(Read(name=name_node.value, default=plain(default), where=f"{where}:{node.lineno}"))
    return found


def code_reads() -> dict[str, list[Read]]:
    reads = defaultdict(list)
    for path in config_sources():
        for read in reads_in(path):
            reads[read.name].append(read)
    return dict(reads)


def doc_rows(text: str) -> dict[str, list[str]]:
    """{variable: [its rows' default cells]} from the doc's tables (first cell: `NAME`)."""
    rows = defaultdict(list)
    for line in text.splitlines():
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        match = re.fullmatch(r"`([A-Z][A-Z0-9_]*)`", cells[0])
        if match:
            rows[match.group(1)].append(cells[1] if len(cells) > 1 else "")
    return dict(rows)


def written(value: object) -> str | None:
    """A plain default as an operator writes it in the environment; None: nothing to compare."""
    if value is None or value is UNKNOWN or value == "" or value == []:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ",".join(written(item) or "" for item in value)
    return str(value)


def test_the_parser_finds_what_the_settings_read():
    """Guards the check itself: if it found nothing, every comparison below would pass."""
    reads = code_reads()
    assert len(reads) > 60
    assert {"DATABASE_URL", "REDIS_URL", "SECRET_KEY", "OCR_LANGUAGES", "WEB_THREADS", "CHAT_WORKERS"} <= set(reads)
    assert [r.default for r in reads["CHAT_RETRY_INTERVALS"]] == [[10, 30]]
    assert [r.default for r in reads["DOCUMENT_MAX_BYTES"]] == [50 * 1024 * 1024]
    assert written(2.0) == "2" and written(0.3) == "0.3" and written(False) == "false"


def test_every_variable_the_code_reads_is_documented():
    documented = doc_rows(DOC.read_text())
    missing = {name: [r.where for r in reads] for name, reads in code_reads().items() if name not in documented}
    assert not missing, f"read by the code but not in a table of docs/configuration.md: {missing}"


def test_every_documented_variable_is_still_read():
    reads = code_reads()
    stale = sorted(name for name in doc_rows(DOC.read_text()) if name not in reads)
    assert not stale, f"docs/configuration.md lists variables nothing reads any more: {stale}"


def test_each_variable_has_one_row():
    twice = sorted(name for name, cells in doc_rows(DOC.read_text()).items() if len(cells) > 1)
    assert not twice, f"listed more than once in docs/configuration.md: {twice}"


def test_plain_defaults_match():
    documented = doc_rows(DOC.read_text())
    wrong = []
    for name, reads in code_reads().items():
        cell = " ".join(documented.get(name, []))
        for read in reads:
            value = written(read.default)
            if value is not None and name in documented and f"`{value}`" not in cell:
                wrong.append(f"{name}: the code's default is `{value}` ({read.where}); the doc says {cell!r}")
    assert not wrong, "defaults in docs/configuration.md differ from the code:\n" + "\n".join(wrong)
