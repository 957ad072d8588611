"""Vector search over one user's chunks on SQLite: NumPy over the user's rows, or sqlite-vec.

    .venv/bin/python bench/vectors.py                 # 250,000 rows, dimensions 384 and 1536 (a few minutes)
    .venv/bin/python bench/vectors.py --rows 20000 --dims 384 --queries 20   # a quick run

Why: the issue asks for vectors stored per chunk and searched over the asker's chunks only,
"sqlite-vec from PyPI, or NumPy over the asker's rows: measure both and pick". This measures
both on their own, without Django: plain sqlite3, NumPy and sqlite-vec (requirements: the
`sqlite-vec` wheel). No network, no embedding model: the vectors are random float32 unit vectors.

For each dimension, one corpus of --rows chunks is laid out as documents of 20..180 chunks
owned by users: three askers with 1,000, 10,000 and 60,000 chunks (--askers), the rest spread
unevenly over --others users, the documents inserted in random order (as uploads arrive), one
transaction per document, WAL and synchronous=NORMAL (as config/settings.py). The same rows
go into two SQLite files:

  A    the project's way (chat/retrieval/engines/sqlite.py, SqliteEngine.nearest): a table like
       chat_chunk (id INTEGER PRIMARY KEY, document_id TEXT, embedding BLOB of float32) with an
       index on document_id; a question reads `SELECT id, embedding ... WHERE document_id IN
       (the asker's documents) ORDER BY id`, stacks the rows with NumPy, matrix @ query, top 100
       (ties by id), the same code as the engine's.
  A2   NumPy over the same rows, done leaner: no ORDER BY (which makes SQLite sort the rows, blobs
       and all, in a temporary b-tree), one b"".join of the blobs into one matrix, argpartition
       for the top 100 (then ties by id). What A would cost if the engine's code were tuned.
  B    sqlite-vec: a vec0 virtual table, the owner as partition key, the document as a metadata
       column: `vec0(owner_id integer partition key, document_id text, embedding float[D]
       distance_metric=cosine)`; KNN `WHERE embedding MATCH ? AND k = 100 AND owner_id = ?`.
  B2   the same vec0 table and query, plus `AND document_id IN (the asker's documents)`: what the
       app would have to ask, since a scope is the owner's *ready* documents or a chosen few of
       them (chat/selectors.py, search_scope), not simply the owner.
  B'   sqlite-vec's scalar function over A's table: `SELECT id, vec_distance_cosine(embedding, ?)
       ... WHERE document_id IN (...) ORDER BY 2, id LIMIT 100` (no virtual table).

Measured: insert time per 1,000 rows and the file's size (after a WAL checkpoint) for A and B;
per asker, query latency p50/p95 over --queries questions after --warmup warm-up questions
(the methods take turns on every question, so a busy machine slows them alike; the OS page
cache is warm, SQLite's own cache is its default); exactness: per question, whether B, B2 and B'
return the same top-10 ids in the same order as A (a miss is reported with the score gap it
came from). One table at the end, A and B side by side, ratios to A.

Loading sqlite-vec: `conn.enable_load_extension(True); sqlite_vec.load(conn)` needs a Python
whose sqlite3 module was built with loadable extensions. If it was not (the attribute is missing),
the extension is registered with the process's libsqlite3 through ctypes
(`sqlite3_auto_extension(sqlite3_vec_init)`), after which every new connection has it; the run
says which way it went.

Caveat: the rows here hold only the vector. chat_chunk also holds the chunk's text and index terms
before the embedding column, which A reads past on every row (B keeps its vectors apart).
--text-bytes N adds an N-byte text column before the embedding to measure that.
"""

import argparse
import contextlib
import ctypes
import ctypes.util
import gc
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sqlite_vec

K = 100
TOP = 10  # exactness is checked on the first TOP ids
DEFAULT_ROWS = 250_000
DEFAULT_ASKERS = (1_000, 10_000, 60_000)
SCALAR = "B'"
METHODS = ("A", "A2", "B", "B2", SCALAR)


# --- loading sqlite-vec -----------------------------------------------------------------------


_LOAD_WAY = ""


def prepare_sqlite_vec() -> str:
    """Make sqlite-vec available to connections opened from now on; returns how."""
    global _LOAD_WAY
    if _LOAD_WAY:
        return _LOAD_WAY
    probe = sqlite3.connect(":memory:")
    if hasattr(probe, "enable_load_extension"):
        probe.enable_load_extension(True)
        sqlite_vec.load(probe)
        probe.enable_load_extension(False)
        _LOAD_WAY = "enable_load_extension + sqlite_vec.load (on every connection)"
    else:
        # This Python's _sqlite3 was built without --enable-loadable-sqlite-extensions. The
        # libsqlite3 it links to can still take an extension linked in by hand.
        library = ctypes.util.find_library("sqlite3") or "libsqlite3.so.0"
        libsqlite = ctypes.CDLL(library)
        extension = ctypes.CDLL(sqlite_vec.loadable_path() + ".so")
        libsqlite.sqlite3_auto_extension.argtypes = [ctypes.c_void_p]
        libsqlite.sqlite3_auto_extension.restype = ctypes.c_int
        rc = libsqlite.sqlite3_auto_extension(ctypes.cast(extension.sqlite3_vec_init, ctypes.c_void_p))
        if rc != 0:
            raise RuntimeError(f"sqlite3_auto_extension failed: {rc}")
        _LOAD_WAY = (
            "sqlite3 module has no enable_load_extension; "
            f"sqlite3_auto_extension(sqlite3_vec_init) via ctypes on {library}"
        )
    probe.close()
    return _LOAD_WAY


def connect(path: Path, *, vec: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    if vec and hasattr(conn, "enable_load_extension"):
        conn.enable_load_extension(True)
        sqlite_vec.load(conn)
        conn.enable_load_extension(False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


# --- the corpus -------------------------------------------------------------------------------


@dataclass
class Document:
    hex: str
    owner: int
    start: int  # first row (0-based); its chunk id is start + 1
    size: int


@dataclass
class Layout:
    documents: list[Document]  # in insertion order
    askers: dict[int, int]  # owner id -> rows, for the askers
    rows: int

    def documents_of(self, owner: int) -> list[str]:
        return sorted(d.hex for d in self.documents if d.owner == owner)


def split_into_documents(total: int, rng: np.random.Generator) -> list[int]:
    sizes = []
    left = total
    while left > 0:
        size = min(left, int(rng.integers(20, 181)))
        sizes.append(size)
        left -= size
    return sizes


def make_layout(rows: int, askers: Sequence[int], others: int, rng: np.random.Generator) -> Layout:
    rest = rows - sum(askers)
    if rest < 0:
        raise SystemExit(f"--rows {rows} is smaller than the askers' rows {sum(askers)}")
    owned: list[tuple[int, int]] = []  # (owner, size)
    asker_ids = {}
    for index, count in enumerate(askers, start=1):
        asker_ids[index] = count
        owned += [(index, size) for size in split_into_documents(count, rng)]
    shares = rng.multinomial(rest, rng.dirichlet(np.full(others, 0.7))) if others and rest else []
    for index, count in enumerate(shares, start=len(askers) + 1):
        owned += [(index, size) for size in split_into_documents(int(count), rng)]
    order = rng.permutation(len(owned))
    documents = []
    start = 0
    for i in order:
        owner, size = owned[i]
        documents.append(Document(uuid.UUID(bytes=rng.bytes(16), version=4).hex, owner, start, size))
        start += size
    return Layout(documents=documents, askers=asker_ids, rows=rows)


def unit_vectors(count: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    out = np.empty((count, dim), dtype=np.float32)
    for lo in range(0, count, 50_000):
        block = rng.standard_normal((min(50_000, count - lo), dim), dtype=np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[lo : lo + len(block)] = block
    return out


# --- building the two files -------------------------------------------------------------------


def file_size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def checkpoint(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def build_a(path: Path, layout: Layout, vectors: np.ndarray, text_bytes: int) -> float:
    """The project's table; returns the seconds spent inserting."""
    conn = connect(path, vec=False)
    text_column = "text TEXT NOT NULL, " if text_bytes else ""
    conn.execute(
        f"CREATE TABLE chat_chunk (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, {text_column}embedding BLOB)"
    )
    conn.execute("CREATE INDEX chat_chunk_document_id ON chat_chunk (document_id)")
    filler = "x" * text_bytes
    if text_bytes:
        sql = "INSERT INTO chat_chunk (id, document_id, text, embedding) VALUES (?, ?, ?, ?)"
    else:
        sql = "INSERT INTO chat_chunk (id, document_id, embedding) VALUES (?, ?, ?)"
    started = time.perf_counter()
    for doc in layout.documents:
        block = vectors[doc.start : doc.start + doc.size]
        if text_bytes:
            rows = [(doc.start + i + 1, doc.hex, filler, block[i].tobytes()) for i in range(doc.size)]
        else:
            rows = [(doc.start + i + 1, doc.hex, block[i].tobytes()) for i in range(doc.size)]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    checkpoint(conn)
    conn.close()
    return elapsed


def build_b(path: Path, layout: Layout, vectors: np.ndarray) -> float:
    """The vec0 table; returns the seconds spent inserting."""
    conn = connect(path, vec=True)
    dim = vectors.shape[1]
    conn.execute(
        "CREATE VIRTUAL TABLE chunk_vec USING vec0("
        f"owner_id integer partition key, document_id text, embedding float[{dim}] distance_metric=cosine)"
    )
    sql = "INSERT INTO chunk_vec (rowid, owner_id, document_id, embedding) VALUES (?, ?, ?, ?)"
    started = time.perf_counter()
    for doc in layout.documents:
        block = vectors[doc.start : doc.start + doc.size]
        rows = [(doc.start + i + 1, doc.owner, doc.hex, block[i].tobytes()) for i in range(doc.size)]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    checkpoint(conn)
    conn.close()
    return elapsed


# --- the searches -----------------------------------------------------------------------------


Result = list[tuple[int, float]]  # (chunk id, similarity), best first


def search_a(conn: sqlite3.Connection, documents: Sequence[str], query: np.ndarray) -> Result:
    """SqliteEngine.nearest without Django (same SQL, same NumPy)."""
    marks = ",".join("?" * len(documents))
    cursor = conn.execute(
        f"SELECT id, embedding FROM chat_chunk WHERE document_id IN ({marks}) AND embedding IS NOT NULL ORDER BY id",
        list(documents),
    )
    rows = [(row[0], np.frombuffer(bytes(row[1]), dtype=np.float32)) for row in cursor]
    rows = [(chunk_id, v) for chunk_id, v in rows if v is not None and v.shape == query.shape]
    if not rows:
        return []
    ids = np.array([chunk_id for chunk_id, _ in rows], dtype=np.int64)
    similarity = np.vstack([v for _, v in rows]) @ query
    order = np.lexsort((ids, -similarity))[:K]
    return [(int(ids[i]), float(similarity[i])) for i in order]


def search_a2(conn: sqlite3.Connection, documents: Sequence[str], query: np.ndarray) -> Result:
    marks = ",".join("?" * len(documents))
    rows = conn.execute(
        f"SELECT id, embedding FROM chat_chunk WHERE document_id IN ({marks}) AND length(embedding) = ?",
        (*documents, query.nbytes),
    ).fetchall()
    if not rows:
        return []
    ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
    matrix = np.frombuffer(b"".join(row[1] for row in rows), dtype=np.float32).reshape(len(rows), -1)
    similarity = matrix @ query
    if len(rows) > K:
        kth = np.partition(similarity, len(rows) - K)[len(rows) - K]
        keep = np.flatnonzero(similarity >= kth)  # ties at the boundary stay, then ids decide
        ids, similarity = ids[keep], similarity[keep]
    order = np.lexsort((ids, -similarity))[:K]
    return [(int(ids[i]), float(similarity[i])) for i in order]


def search_b(conn: sqlite3.Connection, owner: int, query: np.ndarray) -> Result:
    rows = conn.execute(
        "SELECT rowid, distance FROM chunk_vec WHERE embedding MATCH ? AND k = ? AND owner_id = ? ORDER BY distance",
        (query.tobytes(), K, owner),
    ).fetchall()
    return [(rowid, 1.0 - distance) for rowid, distance in rows]


def search_b2(conn: sqlite3.Connection, owner: int, documents: Sequence[str], query: np.ndarray) -> Result:
    marks = ",".join("?" * len(documents))
    rows = conn.execute(
        "SELECT rowid, distance FROM chunk_vec WHERE embedding MATCH ? AND k = ? AND owner_id = ? "
        f"AND document_id IN ({marks}) ORDER BY distance",
        (query.tobytes(), K, owner, *documents),
    ).fetchall()
    return [(rowid, 1.0 - distance) for rowid, distance in rows]


def search_b_scalar(conn: sqlite3.Connection, documents: Sequence[str], query: np.ndarray) -> Result:
    marks = ",".join("?" * len(documents))
    rows = conn.execute(
        "SELECT id, vec_distance_cosine(embedding, ?) AS distance FROM chat_chunk "
        f"WHERE document_id IN ({marks}) AND embedding IS NOT NULL ORDER BY distance, id LIMIT ?",
        (query.tobytes(), *documents, K),
    ).fetchall()
    return [(rowid, 1.0 - distance) for rowid, distance in rows]


# --- measuring --------------------------------------------------------------------------------


@dataclass
class Timings:
    seconds: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METHODS})
    same_top: dict[str, int] = field(default_factory=lambda: {m: 0 for m in METHODS})
    misses: dict[str, list[str]] = field(default_factory=lambda: {m: [] for m in METHODS})
    max_score_error: dict[str, float] = field(default_factory=lambda: {m: 0.0 for m in METHODS})
    questions: int = 0


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def describe_miss(reference: Result, other: Result) -> str:
    """Where two top-TOP lists part, and how far apart A's scores were there."""
    for position, ((a_id, a_score), (o_id, _)) in enumerate(zip(reference[:TOP], other[:TOP], strict=False)):
        if a_id != o_id:
            scores = dict(reference)
            gap = abs(a_score - scores.get(o_id, float("nan")))
            return f"rank {position + 1}: {a_id} vs {o_id}, A's scores {gap:.1e} apart"
    return f"lengths {len(reference)} vs {len(other)}"


def measure_asker(
    conns: dict[str, sqlite3.Connection],
    owner: int,
    documents: Sequence[str],
    queries: np.ndarray,
    warmup: int,
) -> Timings:
    runs: dict[str, Callable[[np.ndarray], Result]] = {
        "A": lambda q: search_a(conns["a"], documents, q),
        "A2": lambda q: search_a2(conns["a"], documents, q),
        "B": lambda q: search_b(conns["b"], owner, q),
        "B2": lambda q: search_b2(conns["b"], owner, documents, q),
        "B'": lambda q: search_b_scalar(conns["a"], documents, q),
    }
    timings = Timings()
    for n, query in enumerate(queries):
        results: dict[str, Result] = {}
        turn = n % len(METHODS)
        for method in METHODS[turn:] + METHODS[:turn]:
            started = time.perf_counter()
            results[method] = runs[method](query)
            elapsed = time.perf_counter() - started
            if n >= warmup:
                timings.seconds[method].append(elapsed)
        if n < warmup:
            continue
        timings.questions += 1
        reference = results["A"]
        scores = dict(reference)
        for method in METHODS:
            ids = [chunk_id for chunk_id, _ in results[method][:TOP]]
            if ids == [chunk_id for chunk_id, _ in reference[:TOP]]:
                timings.same_top[method] += 1
            else:
                timings.misses[method].append(describe_miss(reference, results[method]))
            for chunk_id, score in results[method]:
                if chunk_id in scores:
                    error = abs(score - scores[chunk_id])
                    timings.max_score_error[method] = max(timings.max_score_error[method], error)
    return timings


# --- the run ----------------------------------------------------------------------------------


@dataclass
class DimensionResult:
    dim: int
    insert_seconds: dict[str, float]
    sizes: dict[str, int]
    askers: list[tuple[int, int, Timings]]  # (rows, documents, timings)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def workdir(parent: str | None, keep: bool) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="pdfchat-vectors-", dir=parent))
    try:
        yield path
    finally:
        if keep:
            log(f"kept {path}")
        else:
            shutil.rmtree(path, ignore_errors=True)


def run_dimension(dim: int, layout: Layout, args: argparse.Namespace, directory: Path) -> DimensionResult:
    rng = np.random.default_rng([args.seed, dim])
    started = time.perf_counter()
    vectors = unit_vectors(layout.rows, dim, rng)
    log(f"[{dim}] {layout.rows:,} vectors generated in {time.perf_counter() - started:.1f}s")
    path_a, path_b = directory / f"a-{dim}.sqlite3", directory / f"b-{dim}.sqlite3"
    insert = {"A": build_a(path_a, layout, vectors, args.text_bytes)}
    log(f"[{dim}] A built in {insert['A']:.1f}s, {file_size(path_a) / 1e6:,.0f} MB")
    insert["B"] = build_b(path_b, layout, vectors)
    log(f"[{dim}] B built in {insert['B']:.1f}s, {file_size(path_b) / 1e6:,.0f} MB")
    sizes = {"A": file_size(path_a), "B": file_size(path_b)}
    del vectors
    gc.collect()

    conns = {"a": connect(path_a, vec=True), "b": connect(path_b, vec=True)}
    askers = []
    try:
        for owner, rows in layout.askers.items():
            documents = layout.documents_of(owner)
            queries = unit_vectors(args.warmup + args.queries, dim, np.random.default_rng([args.seed, dim, owner]))
            started = time.perf_counter()
            timings = measure_asker(conns, owner, documents, queries, args.warmup)
            log(
                f"[{dim}] asker with {rows:,} rows ({len(documents)} documents): "
                f"{len(queries)} questions in {time.perf_counter() - started:.1f}s"
            )
            askers.append((rows, len(documents), timings))
    finally:
        for conn in conns.values():
            conn.close()
    for path in (path_a, path_b):
        if not args.keep:
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                p.unlink(missing_ok=True)
    return DimensionResult(dim=dim, insert_seconds=insert, sizes=sizes, askers=askers)


def ratio(b: float, a: float) -> str:
    return f"{b / a:.2f}" if a else "-"


def print_table(results: Sequence[DimensionResult], rows: int, text_bytes: int) -> None:
    header = ["dim", "measure", "A numpy", "B vec0", "B/A", "A2 numpy+", "A2/A"]
    header += ["B2 vec0+IN", "B2/A", "B' vec_dist", "B'/A"]
    lines: list[list[str]] = []
    for result in results:
        per_thousand = {m: 1000 * s / rows * 1000 for m, s in result.insert_seconds.items()}
        lines.append(
            [
                str(result.dim),
                "insert ms / 1,000 rows",
                f"{per_thousand['A']:.1f}",
                f"{per_thousand['B']:.1f}",
                ratio(per_thousand["B"], per_thousand["A"]),
                "(A's table)",
                "",
                "(B's table)",
                "",
                "(A's table)",
                "",
            ]
        )
        raw = rows * result.dim * 4 / 1e6
        lines.append(
            [
                str(result.dim),
                f"file MB ({rows:,} rows; raw {raw:,.0f})",
                f"{result.sizes['A'] / 1e6:,.0f}",
                f"{result.sizes['B'] / 1e6:,.0f}",
                ratio(result.sizes["B"], result.sizes["A"]),
                "",
                "",
                "",
                "",
                "",
                "",
            ]
        )
        for asker_rows, documents, timings in result.askers:
            ms = {m: [1000 * s for s in timings.seconds[m]] for m in METHODS}
            for label, q in (("p50", 0.5), ("p95", 0.95)):
                value = {m: percentile(ms[m], q) for m in METHODS}
                lines.append(
                    [
                        str(result.dim),
                        f"{asker_rows:,} rows / {documents} docs: {label} ms",
                        f"{value['A']:.1f}",
                        f"{value['B']:.1f}",
                        ratio(value["B"], value["A"]),
                        f"{value['A2']:.1f}",
                        ratio(value["A2"], value["A"]),
                        f"{value['B2']:.1f}",
                        ratio(value["B2"], value["A"]),
                        f"{value[SCALAR]:.1f}",
                        ratio(value[SCALAR], value["A"]),
                    ]
                )
            n = timings.questions
            lines.append(
                [
                    str(result.dim),
                    f"{asker_rows:,} rows: top-{TOP} = A's",
                    f"{n}/{n}",
                    f"{timings.same_top['B']}/{n}",
                    "",
                    f"{timings.same_top['A2']}/{n}",
                    "",
                    f"{timings.same_top['B2']}/{n}",
                    "",
                    f"{timings.same_top[SCALAR]}/{n}",
                    "",
                ]
            )
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    print()
    print(f"Vector search over one user's rows, SQLite {sqlite3.sqlite_version}, sqlite-vec {sqlite_vec.__version__}")
    print(f"{rows:,} rows in all; top {K}; text column before the embedding: {text_bytes} bytes")
    previous = None
    for row in [header, *lines]:
        if previous is not None and row[0] != previous and previous != "dim":
            print()
        print("  ".join(cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
        previous = row[0]
    print()
    for result in results:
        for asker_rows, _, timings in result.askers:
            for method in METHODS[1:]:
                error = timings.max_score_error[method]
                misses = timings.misses[method]
                note = f"; misses: {'; '.join(misses[:3])}" if misses else ""
                print(f"  {result.dim}, {asker_rows:,} rows, {method}: max |score - A's score| {error:.1e}{note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="rows in all (default 250,000)")
    parser.add_argument("--dims", default="384,1536", help="dimensions, comma-separated (default 384,1536)")
    parser.add_argument(
        "--askers",
        default=",".join(str(n) for n in DEFAULT_ASKERS),
        help="the asking users' rows (default 1000,10000,60000; scaled down if --rows cannot hold them)",
    )
    parser.add_argument("--others", type=int, default=49, help="users holding the rest (default 49)")
    parser.add_argument("--queries", type=int, default=50, help="timed questions per asker (default 50)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed questions first (default 5)")
    parser.add_argument("--text-bytes", type=int, default=0, help="a text column of N bytes before A's embedding")
    parser.add_argument("--seed", type=int, default=20260601)
    parser.add_argument("--dir", default=None, help="where the SQLite files go (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite files")
    args = parser.parse_args()

    dims = [int(d) for d in args.dims.split(",") if d]
    askers = [int(a) for a in args.askers.split(",") if a]
    if sum(askers) > 0.8 * args.rows:
        scale = args.rows / DEFAULT_ROWS
        askers = [max(100, round(a * scale)) for a in askers]
        log(f"--rows {args.rows:,} cannot hold the askers; scaled to {askers}")
    log(f"sqlite-vec: {prepare_sqlite_vec()}")
    layout = make_layout(args.rows, askers, args.others, np.random.default_rng(args.seed))
    log(f"{len(layout.documents):,} documents, {len({d.owner for d in layout.documents})} owners")

    started = time.perf_counter()
    results = []
    with workdir(args.dir, args.keep) as directory:
        for dim in dims:
            results.append(run_dimension(dim, layout, args, directory))
    print_table(results, args.rows, args.text_bytes)
    print(f"\nsqlite-vec loaded by: {prepare_sqlite_vec()}")
    print(f"total {time.perf_counter() - started:.0f}s on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
