"""Fair ingestion: how long one user's short paper takes on an idle stack, and behind another
user's backlog of long manuals.

    make bench-fairness                          # 7 manuals of 187 pages, 1 ingest worker
    bash scripts/bench.sh fairness --manuals 3 --ingest-workers 2 --idle-runs 1

A private stack (bench/stack.py: redis-server, a fresh SQLite database) configured as
`make run` starts it: gunicorn with config/gunicorn.py, `manage.py rqworker ingest vectors`
(--ingest-workers, INGEST_WORKERS' default 1), sign-in on, the bundled embedding model. Two
users, A and B, each with an API token; everything goes through the HTTP API.

- B's paper: the first 12 pages of the freedesktop.org shared-mime-info spec.
- A's manuals: the Bash manual (87 pages) and the first 100 pages of debmake-doc, 187 pages
  each (1,309 pages for 7), each with its own title in its metadata, so each has new bytes
  (a new sha256) and is a new document.

idle    B uploads the paper on the idle stack (--idle-runs times, a copy with new bytes each
        time; the median counts).
behind  A uploads the manuals one after the other, then B uploads the paper at once.

For B's paper it prints the time from the upload to `status` ready (searchable) and to
`vector_status` ready (fully indexed), each with its ratio to the idle median, and where A's
backlog stood meanwhile. Target: behind A, B's paper is searchable within 2x its idle time
plus 5 s. The exit status is non-zero if a document failed or a wait timed out.
"""

from __future__ import annotations

import argparse
import io
import secrets
import statistics
import sys
import time
from pathlib import Path

import httpx
from pypdf import PdfReader, PdfWriter
from stack import BenchError, Stack, exit_on_termination, manage, print_table, running_stack, start_web, wait_until

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts import processes  # noqa: E402

PDFS = ROOT / "bench" / "data" / "pdfs"
POLL = 0.05  # seconds between polls of a document


def paper(copy: int) -> bytes:
    """B's 12-page paper; `copy` changes its bytes (and so its sha256)."""
    writer = PdfWriter()
    writer.append(PdfReader(PDFS / "shared-mime-info-spec.pdf"), pages=(0, 12))
    writer.add_metadata({"/Title": f"Shared MIME-info (copy {copy})"})
    return _bytes(writer)


def manual(number: int) -> bytes:
    """One of A's long manuals: 187 pages, a title of its own."""
    writer = PdfWriter()
    writer.append(PdfReader(PDFS / "bash.pdf"))
    writer.append(PdfReader(PDFS / "debmake-doc.ja.pdf"), pages=(0, 100))
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manuals", type=int, default=7, help="A's manuals (default 7, 187 pages each)")
    parser.add_argument("--ingest-workers", type=int, default=1, help="ingest workers (default 1, as make run)")
    parser.add_argument("--idle-runs", type=int, default=3, help="idle uploads of B's paper (default 3)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds to wait for one document (default 900)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)
    exit_on_termination()

    manuals = [manual(n) for n in range(1, args.manuals + 1)]
    pages = args.manuals * 187
    settings = {"API_AUTH_REQUIRED": "True", "EMBEDDINGS_BACKEND": "local", "LOG_LEVEL": "INFO",
                "SECRET_KEY": secrets.token_urlsafe(50)}  # fmt: skip
    with running_stack(prefix="pdfchat-fairness-", settings=settings, keep=args.keep) as stack:
        token_a = manage(stack, "create_api_user", "alice").strip()
        token_b = manage(stack, "create_api_user", "bob").strip()
        stack.token = token_a
        start_web(stack, workers=2)
        command = processes.rqworker_command("ingest", "vectors", workers=args.ingest_workers)
        stack.start("ingest", command)
        wait_until(lambda: ingest_workers(stack) == args.ingest_workers, 60, "the ingest workers")
        a, b = client_for(stack, token_a), client_for(stack, token_b)

        idle = []
        for run in range(args.idle_runs):
            started = time.monotonic()
            idle.append(follow(b, upload(b, f"paper-{run}.pdf", paper(run)), started, args.timeout))
        idle_searchable = statistics.median(t[0] for t in idle)
        idle_indexed = statistics.median(t[1] for t in idle)

        started_a = time.monotonic()
        ids = [upload(a, f"manual-{n}.pdf", data) for n, data in enumerate(manuals, start=1)]
        queued_a = time.monotonic() - started_a
        started = time.monotonic()
        paper_id = upload(b, "paper-behind.pdf", paper(args.idle_runs))
        searchable, indexed = follow(b, paper_id, started, args.timeout)
        where = backlog(a, ids)
        a.close(), b.close()

    target = 2 * idle_searchable + 5
    print(f"\nB's 12-page paper, idle and behind A's {args.manuals} manuals ({pages} pages, uploaded in")
    print(f"{queued_a:.2f} s just before); {args.ingest_workers} ingest worker(s), seconds from B's upload\n")
    rows = [("B's paper", "idle (median)", "behind A", "ratio", "target", "met")]
    rows.append(("searchable (ready)", f"{idle_searchable:.2f}", f"{searchable:.2f}",
                 f"{searchable / idle_searchable:.1f}x", f"<= {target:.2f} (2x idle + 5 s)",
                 "yes" if searchable <= target else "NO"))  # fmt: skip
    rows.append(("fully indexed (vectors)", f"{idle_indexed:.2f}", f"{indexed:.2f}",
                 f"{indexed / idle_indexed:.1f}x", "-", "-"))  # fmt: skip
    print_table(rows)
    print(f"\nA's backlog when B's paper was fully indexed: {where}")
    print("idle runs (searchable, indexed): " + ", ".join(f"({s:.2f}, {i:.2f})" for s, i in idle))
    return 0 if searchable <= target else 1


def client_for(stack: Stack, token: str) -> httpx.Client:
    return httpx.Client(base_url=stack.base_url, headers={"Authorization": f"Token {token}"}, timeout=60)


def ingest_workers(stack: Stack) -> int:
    try:
        return httpx.get(f"{stack.base_url}/health", timeout=5).json()["workers"]["vectors"]
    except (httpx.HTTPError, ValueError, KeyError, TypeError):
        return 0


if __name__ == "__main__":
    sys.exit(main())
