"""OCR in the app: a long scan read in page batches by 1 and 2 ingest workers, and a worker
killed mid-OCR.

    make bench-ocr-ingestion                                 # 300 pages, 1 and 2 workers, then the kill
    python -m bench.ocr_ingestion --pages 60 --workers 1 2 --kill-pages 40
    python -m bench.ocr_ingestion --tiny                     # 2 + 4 pages, batches of 2: proves it runs

The scan: pages of the dev PDFs (bench/data/pdfs, in turn) rendered at --scan-dpi (100) into
a PDF of images without a text layer (tests/support/pdfs.py `scanned_copy`), as a scanner
makes them. For each worker count, a private stack (bench/stack/: redis-server, a fresh
SQLite database, gunicorn, `manage.py rqworker ingest vectors` processes; vectors off, OCR at
--ocr-dpi, default 150, batches of --batch pages, OCR_BATCH_PAGES, default 8) gets the scan
through POST /documents, and the time to `ready` gives pages/s. Target: 2 workers at least
1.8x as fast as one.

The kill, on the stack with one worker: one worker reads a --kill-pages scan; once half of
its batches are done, the work horse running a batch is SIGKILLed (with its Tesseract), as
when a machine dies. The worker notices, RQ retries the batch (INGEST_RETRY_INTERVALS 1 s
here), and the document must end ready with every page read. Batches run are counted from
the worker's log (RQ logs each job's start): target, at most one batch more than there are
batches. "workers busy" is the time the workers spent in jobs over workers x wall time: near
100% means the batches kept every worker busy, and a ratio short of 2x comes from the CPUs
(other work on the machine), not the queue.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import signal
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
from pypdf import PdfReader, PdfWriter

from bench import cli
from bench.stack import ROOT, BenchError, Stack, running_stack, start_web, wait_until, workers_on
from bench.tables import Num, Ratio, print_table
from scripts import processes
from tests.support.pdfs import scanned_copy

PDFS = ["bash.pdf", "shared-mime-info-spec.pdf", "refcard-a4.pdf", "debmake-doc.ja.pdf"]


def build_scan(pages: int, dpi: int, target: Path, skip: int = 0) -> Path:
    """`pages` pages taken in turn from the dev PDFs (Japanese ones excepted: eng only), after
    the first `skip` of that sequence (so that two scans differ: an upload of the same bytes
    is the same document), scanned."""
    readers = [PdfReader(ROOT / "bench" / "data" / "pdfs" / name) for name in PDFS[:3]]
    writer = PdfWriter()
    for n in range(skip, skip + pages):
        reader = readers[n % len(readers)]
        writer.add_page(reader.pages[(n // len(readers)) % len(reader.pages)])
    source = target.with_suffix(".text.pdf")
    writer.write(source)
    return scanned_copy(source, target, dpi=dpi)


def read_scan(stack: Stack, scan: Path, pages: int, timeout: float, kill: processes.Process | None = None) -> dict:
    """Upload `scan`, wait until it is ready (SIGKILLing a work horse of `kill` half-way, if given);
    its seconds and the pages OCR read. The document must end ready with (nearly) every page read."""
    with httpx.Client(base_url=stack.base_url, timeout=120) as client:
        t0 = time.monotonic()
        with scan.open("rb") as file:
            reply = client.post("/documents", files={"file": (scan.name, file, "application/pdf")})
        if reply.status_code != 202:
            raise BenchError(f"upload answered {reply.status_code}: {reply.text[:200]}")
        document_id = reply.json()["document_id"]
        killed = False
        while True:
            body = client.get(f"/documents/{document_id}").json()
            if body["status"] in ("ready", "failed"):
                break
            if kill and not killed and body["ocr_pages_done"] >= body["ocr_pages_total"] // 2 > 0:
                killed = kill_a_horse(kill)
            if time.monotonic() - t0 > timeout:
                raise BenchError(f"not ready after {timeout:.0f} s: {body}")
            time.sleep(0.2)
        seconds = time.monotonic() - t0
    if body["status"] != "ready" or body["ocr_pages_failed"] or len(body["ocr_pages"]) < pages * 0.9:
        raise BenchError(f"the scan was not read: {body['status']} {body['error']} {body['ocr_error']}")
    if kill and not killed:
        raise BenchError("no work horse running Tesseract was found to kill")
    return {"seconds": seconds, "read": len(body["ocr_pages"])}


def job_seconds(log: str) -> float:
    """Seconds the worker spent in jobs, from RQ's "Successfully completed ... job in 0:00:12.3s"."""
    found = re.findall(r"Successfully completed .* job in (\d+):(\d+):([\d.]+)s", log)
    return sum(int(h) * 3600 + int(m) * 60 + float(sec) for h, m, sec in found)


def batches_run(log: str) -> int:
    """OCR batch jobs started, from the worker's log."""
    return len(re.findall(r": OCR pages \d+-\d+ of ", log))


def kill_a_horse(worker: processes.Process) -> bool:
    """SIGKILL the work horse that runs a Tesseract right now, and its Tesseract."""
    for pid in processes.descendants(worker.popen.pid):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
        except OSError:
            continue
        if command.endswith(b"tesseract"):
            horse = parent_of(pid)
            for victim in (pid, horse):
                os.kill(victim, signal.SIGKILL)
            print(f"  killed work horse {horse} mid-batch", flush=True)
            return True
    return False


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def measure_workers(args: argparse.Namespace, workers: int, scan: Path | None, kill_scan: Path | None) -> dict:
    """One stack with `workers` ingest workers: the long scan (if given), then the kill (if given)."""
    settings = {"API_AUTH_REQUIRED": "False", "EMBEDDINGS_BACKEND": "none", "OCR_DPI": str(args.ocr_dpi),
                "OCR_BATCH_PAGES": str(args.batch), "INGEST_RETRY_INTERVALS": "1", "LOG_LEVEL": "INFO",
                "RQ_MAINTENANCE_INTERVAL": "5", "SECRET_KEY": secrets.token_urlsafe(50)}  # fmt: skip
    result: dict = {}
    with running_stack(prefix="pdfchat-ocr-", settings=settings, keep=args.keep) as stack:
        started = [stack.start(f"ingest-{n}", processes.rqworker_command("ingest", "vectors")) for n in range(workers)]
        start_web(stack, workers=1)  # the workers start up meanwhile
        wait_until(lambda: workers_on(stack, "ingest") == workers, 60, "the ingest workers")
        if scan is not None:
            result.update(read_scan(stack, scan, args.pages, args.timeout))
            logs = [p.output() for p in started]
            result["busy"] = sum(job_seconds(log) for log in logs) / (workers * result["seconds"])
            load = os.getloadavg()[0]
            print(f"  {workers} worker(s): {result['seconds']:.0f} s (load at the end {load:.1f})", flush=True)
        if kill_scan is not None:
            before = len(started[0].output())
            killed = read_scan(stack, kill_scan, args.kill_pages, args.timeout, kill=started[0])
            killed["batches_run"] = batches_run(started[0].output()[before:])
            result["kill"] = killed
    return result


# --tiny: a 2-page scan at a low resolution in batches of 2, one worker, and the kill (2 batches).
TINY = {"pages": 2, "workers": [1], "scan_dpi": 72, "ocr_dpi": 100, "batch": 2, "kill_pages": 4, "timeout": 120}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--pages", type=int, default=300, help="pages of the long scan (default 300; 0: none)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="ingest workers (default 1 2)")
    parser.add_argument("--scan-dpi", type=int, default=100, help="resolution of the scan's images (default 100)")
    parser.add_argument("--ocr-dpi", type=int, default=150, help="OCR_DPI (default 150)")
    parser.add_argument("--batch", type=int, default=8, help="OCR_BATCH_PAGES (default 8)")
    parser.add_argument("--kill-pages", type=int, default=48, help="pages of the scan for the kill (0: no kill)")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories (logs)")
    args = cli.parse(parser, argv, TINY)
    if min(args.workers) < 1 or args.batch < 1:
        parser.error("--workers and --batch must be >= 1")
    with tempfile.TemporaryDirectory(prefix="ocr-ingestion-") as tmp:
        return measure(args, Path(tmp))


def measure(args: argparse.Namespace, tmp: Path) -> int:
    start = time.monotonic()
    scan = build_scan(args.pages, args.scan_dpi, tmp / "scan.pdf") if args.pages else None
    kill_scan = build_scan(args.kill_pages, args.scan_dpi, tmp / "kill.pdf", args.pages) if args.kill_pages else None
    print(f"{args.pages}-page scan at {args.scan_dpi} dpi built in {time.monotonic() - start:.0f} s; OCR at "
          f"{args.ocr_dpi} dpi, batches of {args.batch}; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}",
          flush=True)  # fmt: skip
    # A stack per worker count; the kill runs on the one-worker stack (one of its own if there is none).
    plan = {workers: (scan, kill_scan if workers == 1 else None) for workers in dict.fromkeys(args.workers)}
    if kill_scan is not None and 1 not in plan:
        plan[1] = (None, kill_scan)
    results = {workers: measure_workers(args, workers, *scans) for workers, scans in plan.items()}
    if scan is not None:
        base = results[args.workers[0]]["seconds"]
        rows = []
        for workers in dict.fromkeys(args.workers):
            seconds = results[workers]["seconds"]
            target = "-" if workers != 2 else f"{'met' if base / seconds >= 1.8 else 'missed'} (>= 1.8x)"
            rows.append([workers, args.pages, Num(seconds, ".0f"), Num(args.pages / seconds),
                         f"{100 * results[workers]['busy']:.0f}%", target])  # fmt: skip
        print_table(
            ["ingest workers", "pages", "seconds", "pages/s", "workers busy", "target"],
            rows,
            ratios=[Ratio("pages/s", row=0, title=f"vs {args.workers[0]} worker(s)")],
        )
    if kill_scan is not None:
        killed = results[1]["kill"]
        batches = -(-args.kill_pages // args.batch)
        verdict = "met" if killed["batches_run"] <= batches + 1 else "missed"
        print(f"\nkill mid-OCR: {args.kill_pages} pages, {batches} batches; {killed['batches_run']} batches run, "
              f"{killed['read']} pages read, ready in {killed['seconds']:.0f} s (target: at most one batch redone: "
              f"{verdict})")  # fmt: skip
    return 0


if __name__ == "__main__":
    cli.run(main)
