"""Fair ingestion: how long one user's short paper takes on an idle stack, and behind another
user's backlog of long manuals.

    make bench-fairness                          # 7 manuals of 187 pages, 1 ingest worker
    python -m bench.fairness --manuals 3 --ingest-workers 2 --idle-runs 1
    python -m bench.fairness --tiny              # a 3-page paper behind one 10-page manual: proves it runs

A private stack (bench/stack/: redis-server, a fresh SQLite database) configured as
`make run` starts it: gunicorn with config/gunicorn.py, `manage.py rqworker ingest vectors`
(--ingest-workers, INGEST_WORKERS' default 1), sign-in on, the bundled embedding model. Two
users, A and B, each with an API token; everything goes through the HTTP API.

- B's paper: the first 12 pages (--paper-pages) of the freedesktop.org shared-mime-info spec.
- A's manuals: the Bash manual (87 pages) and the first 100 pages of debmake-doc, 187 pages
  each (1,309 pages for 7; --manual-pages N: the first N of those), each with its own title
  in its metadata, so each has new bytes (a new sha256) and is a new document.

idle    B uploads the paper on the idle stack (--idle-runs times, a copy with new bytes each
        time; the median counts).
behind  A uploads the manuals one after the other, then B uploads the paper at once.

For B's paper it prints the time from the upload to `status` ready (searchable) and to
`vector_status` ready (fully indexed), each with its ratio to the idle median, and where A's
backlog stood meanwhile. Target: behind A, B's paper is searchable within 2x its idle time
plus 5 s. The exit status is non-zero if a document failed or a wait timed out.
"""

from __future__ import annotations

import io
import secrets
import time
from collections.abc import Sequence

import httpx
from pypdf import PdfReader, PdfWriter

from bench import cli
from bench.stack import ROOT, BenchError, Stack, api_users, running_stack, start_web, wait_until, workers_on
from bench.stats import median
from bench.tables import Num, Ratio, print_table
from scripts import processes

PDFS = ROOT / "bench" / "data" / "pdfs"
POLL = 0.05  # seconds between polls of a document
MANUAL_PAGES = 187  # bash.pdf (87) and the first 100 pages of debmake-doc.ja.pdf


def paper(copy: int, pages: int) -> bytes:
    """B's paper, the spec's first `pages` pages; `copy` changes its bytes (and so its sha256)."""
    writer = PdfWriter()
    writer.append(PdfReader(PDFS / "shared-mime-info-spec.pdf"), pages=(0, pages))
    writer.add_metadata({"/Title": f"Shared MIME-info (copy {copy})"})
    return _bytes(writer)


def manual(number: int, pages: int) -> bytes:
    """One of A's long manuals: its first `pages` pages (up to 187), a title of its own."""
    writer = PdfWriter()
    bash = PdfReader(PDFS / "bash.pdf")
    writer.append(bash, pages=(0, min(pages, len(bash.pages))))
    if pages > len(bash.pages):
        writer.append(PdfReader(PDFS / "debmake-doc.ja.pdf"), pages=(0, pages - len(bash.pages)))
    writer.add_metadata({"/Title": f"Manual {number}"})
    return _bytes(writer)


def _bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(client: httpx.Client, name: str, data: bytes) -> str:
    reply = client.post("/documents", files={"file": (name, data, "application/pdf")})
    if reply.status_code != 202:
        raise BenchError(f"upload of {name} answered {reply.status_code}: {reply.text[:300]}")
    return reply.json()["document_id"]


def follow(client: httpx.Client, document_id: str, started: float, timeout: float) -> tuple[float, float]:
    """Seconds from `started` until the document is searchable, and until its vectors are ready."""
    searchable = indexed = None
    deadline = time.monotonic() + timeout
    while indexed is None:
        if time.monotonic() > deadline:
            raise BenchError(f"document {document_id} not indexed after {timeout:.0f} s")
        body = client.get(f"/documents/{document_id}").json()
        now = time.monotonic() - started
        if body["status"] == "failed" or body["vector_status"] == "failed":
            raise BenchError(f"document {document_id} failed: {body['error'] or body['vector_error']}")
        if searchable is None and body["status"] == "ready":
            searchable = now
        if body["vector_status"] == "ready":
            indexed = now
        time.sleep(POLL)
    return searchable, indexed


def backlog(client: httpx.Client, ids: list[str]) -> str:
    """Where A's manuals stand: how many are searchable, and their vectors done of all chunks."""
    bodies = [client.get(f"/documents/{document_id}").json() for document_id in ids]
    ready = sum(body["status"] == "ready" for body in bodies)
    vectors = sum(body["vectors_done"] for body in bodies)
    chunks = sum(body["chunks"] for body in bodies)
    return f"{ready}/{len(ids)} searchable, vectors {vectors}/{chunks}+"


# --tiny: one short manual ahead of a short paper, one idle run.
TINY = {"manuals": 1, "manual_pages": 4, "paper_pages": 3, "idle_runs": 1, "timeout": 120}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--manuals", type=int, default=7, help="A's manuals (default 7, 187 pages each)")
    parser.add_argument("--manual-pages", type=int, default=MANUAL_PAGES, help="pages of each manual (default 187)")
    parser.add_argument("--paper-pages", type=int, default=12, help="pages of B's paper (default 12)")
    parser.add_argument("--ingest-workers", type=int, default=1, help="ingest workers (default 1, as make run)")
    parser.add_argument("--idle-runs", type=int, default=3, help="idle uploads of B's paper (default 3)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for one document (default 900)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = cli.parse(parser, argv, TINY)
    if not 1 <= args.manual_pages <= MANUAL_PAGES or not 1 <= args.paper_pages <= 17:
        parser.error(f"--manual-pages: 1 to {MANUAL_PAGES}; --paper-pages: 1 to 17")

    manuals = [manual(n, args.manual_pages) for n in range(1, args.manuals + 1)]
    pages = args.manuals * args.manual_pages
    settings = {"API_AUTH_REQUIRED": "True", "EMBEDDINGS_BACKEND": "local", "LOG_LEVEL": "INFO",
                "SECRET_KEY": secrets.token_urlsafe(50)}  # fmt: skip
    with running_stack(prefix="pdfchat-fairness-", settings=settings, keep=args.keep) as stack:
        tokens = api_users(stack, "alice", "bob")
        token_a, token_b = tokens["alice"], tokens["bob"]
        stack.token = token_a
        command = processes.rqworker_command("ingest", "vectors", workers=args.ingest_workers)
        stack.start("ingest", command)
        start_web(stack, workers=2)  # the workers start up meanwhile
        wait_until(lambda: workers_on(stack, "vectors") == args.ingest_workers, 60, "the ingest workers")
        a, b = client_for(stack, token_a), client_for(stack, token_b)

        idle = []
        for run in range(args.idle_runs):
            started = time.monotonic()
            idle.append(follow(b, upload(b, f"paper-{run}.pdf", paper(run, args.paper_pages)), started, args.timeout))
        idle_searchable = median(t[0] for t in idle)
        idle_indexed = median(t[1] for t in idle)

        started_a = time.monotonic()
        ids = [upload(a, f"manual-{n}.pdf", data) for n, data in enumerate(manuals, start=1)]
        queued_a = time.monotonic() - started_a
        started = time.monotonic()
        paper_id = upload(b, "paper-behind.pdf", paper(args.idle_runs, args.paper_pages))
        searchable, indexed = follow(b, paper_id, started, args.timeout)
        where = backlog(a, ids)
        a.close(), b.close()

    target = 2 * idle_searchable + 5
    rows = [
        ["searchable (ready)", Num(idle_searchable), Num(searchable), f"<= {target:.2f} (2x idle + 5 s)",
         "yes" if searchable <= target else "NO"],
        ["fully indexed (vectors)", Num(idle_indexed), Num(indexed), "-", "-"],
    ]  # fmt: skip
    print_table(
        ["B's paper", "idle (median)", "behind A", "target", "met"],
        rows,
        ratios=[Ratio("behind A", to="idle (median)", title="ratio", spec=".1f")],
        title=f"B's {args.paper_pages}-page paper, idle and behind A's {args.manuals} manuals ({pages} pages, "
        f"uploaded in {queued_a:.2f} s just before);\n{args.ingest_workers} ingest worker(s), seconds from B's upload",
    )
    print(f"\nA's backlog when B's paper was fully indexed: {where}")
    print("idle runs (searchable, indexed): " + ", ".join(f"({s:.2f}, {i:.2f})" for s, i in idle))
    return 0 if searchable <= target or args.tiny else 1  # a tiny run's times mean nothing


def client_for(stack: Stack, token: str) -> httpx.Client:
    return httpx.Client(base_url=stack.base_url, headers={"Authorization": f"Token {token}"}, timeout=60)


if __name__ == "__main__":
    cli.run(main)
