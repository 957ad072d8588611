"""Real Debian PDFs ingested without and with OCR: does any fail for lack of OCR?

    make bench-ocr-corpus                                   # 200 PDFs of Debian's TeX Live docs
    python -m bench.ocr_corpus --pdfs 50 --dpi 150          # fewer PDFs, OCR at 150 dpi
    python -m bench.ocr_corpus --dir ~/papers               # PDFs already in a folder (recursively)
    python -m bench.ocr_corpus --tiny                       # 4 PDFs made here, no download: proves it runs

Issue 17 measured 200 real Debian PDFs, all with a text layer: 25 failed because some page had
(next to) no text (a blank page, a full-page figure) and Tesseract was not installed. This
reproduces that check. The corpus: the PDFs shipped by Debian's documentation packages
(--packages, default texlive-latex-base-doc, texlive-latex-recommended-doc and
texlive-pictures-doc, about 370 MB of .deb), fetched with `apt-get download` and unpacked with
`dpkg -x` into --cache (var/bench/debian-pdfs/, reused by later runs); the first --pdfs (200)
by sorted path, skipping files over DOCUMENT_MAX_BYTES (50 MB).

--tiny builds its own corpus instead (no download): a text PDF, the same with one page
scanned, an image-only PDF and a blank one, one of each kind the table counts.

Each PDF is ingested by the app's own code (store_upload, then bench/ingest.py
make_searchable, which runs the OCR page batches inline, one after the other, as `manage.py
ingest` does; embeddings off) into a fresh SQLite database, once per run, each run in a
process of its own:

    OCR missing     tesseract is not installed: the run's PATH has no `tesseract` (a copy of
                    every PATH folder holding one, without it), so the configured engine
                    (OCR_ENGINE, Tesseract) fails its check() as on a host without the package
    OCR available   the installed Tesseract, at OCR_DPI --dpi (default the app's 300: the
                    corpus has few pages to OCR; --dpi 150 for a folder of scans)

Per run: ready, failed (by error, its first 80 characters), failed for lack of OCR (the error
is about the OCR engine missing, or the document failed here and was ready with OCR), split
into PDFs with a text layer (at least OCR_MIN_CHARS letters and digits in all: the issue's
case, target 0) and image-only PDFs (nothing to read without OCR: they may fail, saying
why), documents with pages OCR should read, read, or left unread (`ocr_pages_failed`), and
ingestion pages/s (store_upload excluded). The OCR-missing run also counts, from the text
layer, the pages with fewer than OCR_MIN_CHARS letters and digits (each went to OCR before
issue 17, so without Tesseract their documents failed) and the documents holding one: the
"before" on this corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import cli
from bench.stack import ROOT, BenchError
from bench.tables import print_table

PACKAGES = ["texlive-latex-base-doc", "texlive-latex-recommended-doc", "texlive-pictures-doc"]
MAX_BYTES = int(os.environ.get("DOCUMENT_MAX_BYTES", 50 * 1024 * 1024))
BASELINE = (25, 200)  # issue 17: failed for lack of OCR, of the corpus
APP_DPI = int(os.environ.get("OCR_DPI", 300))
MIN_CHARS = int(os.environ.get("OCR_MIN_CHARS", 20))  # a text layer: at least this many letters/digits in all
RUNS = {"missing": "OCR missing", "available": "OCR available"}
LACK_OF_OCR = re.compile(r"tesseract|OCR is not available|OCR is turned off|OCR could not read", re.IGNORECASE)


# --tiny: a corpus of 4 small PDFs made here, OCR at a low resolution.
TINY = {"dpi": 100}


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.parser(__doc__)
    parser.add_argument("--pdfs", type=int, default=200, help="how many PDFs (default 200)")
    parser.add_argument("--dir", type=Path, help="use the PDFs in this folder (recursively) instead of downloading")
    parser.add_argument("--cache", type=Path, default=ROOT / "var" / "bench" / "debian-pdfs")
    parser.add_argument("--packages", nargs="+", default=PACKAGES, help="Debian packages whose PDFs make the corpus")
    parser.add_argument("--dpi", type=int, default=APP_DPI, help=f"OCR_DPI of the runs (default {APP_DPI}, the app's)")
    parser.add_argument("--runs", nargs="+", choices=list(RUNS), default=list(RUNS))
    parser.add_argument("--limit-seconds", type=float, default=600, help="per run: start no PDF after this")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line per PDF")
    parser.add_argument("--child", choices=list(RUNS), help=argparse.SUPPRESS)
    parser.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = cli.parse(parser, argv, TINY)
    if args.child:
        return child(args)
    with tempfile.TemporaryDirectory(prefix="pdfchat-ocr-corpus-") as tmp:
        work = Path(tmp)
        folder = tiny_corpus(work / "corpus") if args.tiny else args.dir or fetch_corpus(args.cache, args.packages)
        return measure(args, folder, work)


def measure(args: argparse.Namespace, folder: Path, work: Path) -> int:
    """Both runs, each in a process of its own; then the table."""
    pdfs = pick(folder, args.pdfs)
    if not pdfs:
        raise BenchError(f"no PDFs under {folder}")
    print(f"corpus: {len(pdfs)} PDFs under {folder} ({sum(p.stat().st_size for p in pdfs) / 1e6:.0f} MB)", flush=True)
    results: dict[str, list[dict]] = {}
    seconds: dict[str, float] = {}
    listing = work / "pdfs.txt"
    listing.write_text("".join(f"{p}\n" for p in pdfs))
    for run in args.runs:
        out = work / f"{run}.jsonl"
        command = [sys.executable, "-m", "bench.ocr_corpus", "--child", run, "--list", str(listing),
                   "--out", str(out), "--dpi", str(args.dpi), "--limit-seconds", str(args.limit_seconds)]  # fmt: skip
        command += ["--verbose"] if args.verbose else []
        print(f"\n=== {RUNS[run]}", flush=True)
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=run_environment(run, work), check=False)
        seconds[run] = time.perf_counter() - started
        if done.returncode:
            raise BenchError(f"the {RUNS[run]} run failed ({done.returncode})")
        results[run] = [json.loads(line) for line in out.read_text().splitlines()]
    report(results, seconds, len(pdfs), args.dpi)
    return 0


# --- the corpus


def tiny_corpus(folder: Path) -> Path:
    """One PDF of each kind the table counts, made here: text, text with a scanned page
    (OCR reads it, or leaves it unread), image-only (fails without OCR) and blank (nothing to read)."""
    from tests.support.pdfs import REFCARD, blank_pdf, image_only_pdf, scanned_copy

    folder.mkdir(parents=True)
    shutil.copyfile(REFCARD, folder / "1-text.pdf")
    scanned_copy(REFCARD, folder / "2-mixed.pdf", pages={1}, dpi=72)
    image_only_pdf(folder / "3-image-only.pdf", pages=1)
    blank_pdf(folder / "4-blank.pdf", pages=1)
    return folder


def fetch_corpus(cache: Path, packages: list[str]) -> Path:
    """The packages' files unpacked under cache/root (downloaded once into cache/debs)."""
    debs, root = cache / "debs", cache / "root"
    debs.mkdir(parents=True, exist_ok=True)
    for package in packages:
        if (cache / f"{package}.unpacked").exists():
            continue
        found = list(debs.glob(f"{package}_*.deb"))
        if not found:
            if "Candidate: (none)" in _policy(package) or not _policy(package).strip():
                print("apt-get update ...", flush=True)
                subprocess.run(["apt-get", "update", "-qq"], check=True)
            print(f"apt-get download {package} ...", flush=True)
            subprocess.run(["apt-get", "download", "-q", package], cwd=debs, check=True)
            found = list(debs.glob(f"{package}_*.deb"))
        for deb in found:
            subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
        (cache / f"{package}.unpacked").touch()
    return root


def _policy(package: str) -> str:
    return subprocess.run(["apt-cache", "policy", package], capture_output=True, text=True, check=False).stdout


def pick(folder: Path, count: int) -> list[Path]:
    """The first `count` PDFs by sorted path, skipping those over DOCUMENT_MAX_BYTES."""
    chosen = []
    for path in sorted(folder.rglob("*.pdf"), key=lambda p: str(p.relative_to(folder))):
        if path.is_file() and not path.is_symlink() and path.stat().st_size <= MAX_BYTES:
            chosen.append(path)
            if len(chosen) == count:
                break
    return chosen


# --- one run, in a process of its own


def run_environment(run: str, work: Path) -> dict[str, str]:
    env = {**os.environ}
    if run == "missing":
        env["PATH"] = path_without("tesseract", work / "no-tesseract")
    return env


def path_without(program: str, shadow_root: Path) -> str:
    """PATH with every folder holding `program` replaced by a copy (symlinks) without it."""
    folders = []
    for n, folder in enumerate(os.environ.get("PATH", "").split(os.pathsep)):
        if folder and (Path(folder) / program).exists():
            shadow = shadow_root / str(n)
            shadow.mkdir(parents=True)
            for entry in Path(folder).iterdir():
                if entry.name != program:
                    (shadow / entry.name).symlink_to(entry)
            folder = str(shadow)
        folders.append(folder)
    return os.pathsep.join(folders)


def child(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix=f"pdfchat-ocr-corpus-{args.child}-"))
    try:
        return _ingest_all(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _ingest_all(args: argparse.Namespace, work: Path) -> int:
    from bench.inprocess import setup_django

    setup_django(
        work,
        EMBEDDINGS_BACKEND="none",
        LOG_LEVEL="CRITICAL",  # failures are counted here, not logged
        OCR_ENABLED="true",
        OCR_DPI=str(args.dpi),
        QUOTA_BYTES_PER_USER="0",  # no per-user quota: 200 PDFs under one owner
        QUOTA_PAGES_PER_USER="0",
    )
    from django.conf import settings
    from django.contrib.auth.models import User

    from bench.ingest import ocr_problem

    problem = ocr_problem()
    if args.child == "missing" and not problem:
        raise SystemExit("tesseract is still found on PATH: the OCR-missing run would have OCR")
    if args.child == "available" and problem:
        raise SystemExit(f"OCR is not available here: {problem}")
    print(f"engine {settings.OCR_ENGINE}: {problem or f'available, OCR_DPI {settings.OCR_DPI}'}", flush=True)

    owner = User.objects.create(username=f"bench-{args.child}")
    paths = [Path(line) for line in args.list.read_text().splitlines() if line]
    started = time.perf_counter()
    with args.out.open("w") as out:
        for n, path in enumerate(paths, start=1):
            row: dict = {"path": str(path), "pages": 0, "seconds": 0.0}
            if time.perf_counter() - started > args.limit_seconds:
                row["status"] = "not run"
            else:
                row.update(_ingest_one(path, owner))
                if args.child == "missing":
                    row.update(text_layer(path))
            out.write(json.dumps(row) + "\n")
            out.flush()
            if args.verbose or row["status"] == "failed":
                detail = row.get("error", "")[:100]
                ocr = f"{len(row.get('ocr_pages', []))}/{row.get('ocr_pages_total', 0)}"
                print(
                    f"  [{n}/{len(paths)}] {path.name}: {row['status']} {row['pages']} pages, ocr {ocr} {detail}",
                    flush=True,
                )
            elif n % 25 == 0:
                print(f"  {n}/{len(paths)} ({time.perf_counter() - started:.0f} s)", flush=True)
    return 0


def _ingest_one(path: Path, owner: Any) -> dict:
    """Upload and ingest one PDF; what became of it (status, error, pages, OCR) and the seconds it took."""
    from bench.ingest import make_searchable
    from bench.inprocess import upload
    from chat.errors import describe_failure
    from chat.models import Document
    from chat.services.documents import UploadRejected

    try:
        accepted = upload(path, owner=owner)
    except UploadRejected as exc:
        return {"status": "rejected", "error": str(exc)}
    if not accepted.created:
        return {"status": "duplicate", "error": f"same bytes as {accepted.document.filename}"}
    started = time.perf_counter()
    error = ""
    try:
        make_searchable(accepted.document.id)
    except Exception as exc:  # recorded on the document, as a worker would
        error = describe_failure(exc)
    seconds = time.perf_counter() - started
    document = Document.objects.get(id=accepted.document.id)
    return {
        "status": document.status,
        "error": document.error or error,
        "pages": document.pages_total or 0,
        "chunks": document.chunk_count,
        "ocr_pages_total": document.ocr_pages_total,
        "ocr_pages": list(document.ocr_pages),
        "ocr_pages_failed": list(document.ocr_pages_failed),
        "ocr_error": document.ocr_error,
        "seconds": seconds,
    }


def text_layer(path: Path) -> dict:
    """From the text layer alone: letters and digits in all, and the pages under OCR_MIN_CHARS
    of them (before issue 17 each went to OCR) and those of them drawing an image (OCR now)."""
    from bench.ingest import page_needs_ocr
    from chat.backends.pdf import get_pdf_text

    try:
        pdf = get_pdf_text().open(path)
    except Exception:
        return {}
    try:
        alnum, textless, with_image = 0, 0, 0
        for index, text in enumerate(pdf.pages()):
            alnum += sum(char.isalnum() for char in text)
            if page_needs_ocr(text):
                textless += 1
                with_image += pdf.has_images(index)
        return {"alnum": alnum, "textless_pages": textless, "textless_with_image": with_image}
    except Exception:
        return {}
    finally:
        pdf.close()


# --- the table


def lack_of_ocr(row: dict, other: dict | None) -> bool:
    """Failed because OCR was missing: the error says so, or it was ready where OCR ran."""
    if row["status"] != "failed":
        return False
    return bool(LACK_OF_OCR.search(row.get("error", ""))) or (other is not None and other["status"] == "ready")


def report(results: dict[str, list[dict]], seconds: dict[str, float], count: int, dpi: int) -> None:
    runs = list(results)
    by_path = {run: {row["path"]: row for row in rows} for run, rows in results.items()}
    text = {row["path"]: row for row in results.get("missing", []) if "alnum" in row}  # text-layer stats

    def has_text(path: str) -> bool:  # unknown (no OCR-missing run) counts as text: against the target
        return text.get(path, {}).get("alnum", MIN_CHARS) >= MIN_CHARS

    def other_run(run: str, path: str) -> dict | None:
        return next((by_path[name].get(path) for name in runs if name != run), None)

    def stats(run: str) -> dict:
        rows = [row for row in results[run] if row["status"] != "not run"]
        ingested = [row for row in rows if row["status"] in ("ready", "failed")]
        lacking = [row for row in rows if lack_of_ocr(row, other_run(run, row["path"]))]
        return {
            "run": len(ingested),
            "other": len(results[run]) - len(ingested),
            "ready": sum(row["status"] == "ready" for row in rows),
            "failed": sum(row["status"] == "failed" for row in rows),
            "lacking_text": [row for row in lacking if has_text(row["path"])],
            "lacking_image": [row for row in lacking if not has_text(row["path"])],
            "hopeless": sum(row["status"] == "failed" for row in rows) - len(lacking),
            "need": sum(row.get("ocr_pages_total", 0) > 0 for row in rows),
            "need_pages": sum(row.get("ocr_pages_total", 0) for row in rows),
            "read": sum(bool(row.get("ocr_pages")) for row in rows),
            "read_pages": sum(len(row.get("ocr_pages", [])) for row in rows),
            "unread": sum(bool(row.get("ocr_pages_failed")) for row in rows),
            "unread_pages": sum(len(row.get("ocr_pages_failed", [])) for row in rows),
            "pages": sum(row["pages"] for row in ingested),
            "seconds": sum(row["seconds"] for row in ingested),
            "wall": seconds[run],
        }

    s = {run: stats(run) for run in runs}
    labels = {"missing": "OCR missing", "available": f"OCR available ({dpi} dpi)"}
    rows = [("measure", *(labels[run] for run in runs), "before (issue 17, OCR missing)", "target")]

    def line(name: str, cells: list[str], baseline: str = "", target: str = "") -> None:
        rows.append((name, *cells, *[""] * (len(runs) - len(cells)), baseline, target))

    def pages(n: int, p: int) -> str:
        return f"{n} ({p} page{'s' * (p != 1)})"

    met = all(not s[r]["lacking_text"] for r in runs)
    line("PDFs ingested", [f"{s[r]['run']} of {count}" for r in runs], str(BASELINE[1]))
    if any(s[r]["other"] for r in runs):
        line("  not ingested (rejected, duplicate, not run)", [str(s[r]["other"]) for r in runs])
    line("ready", [str(s[r]["ready"]) for r in runs])
    line("failed", [str(s[r]["failed"]) for r in runs])
    line("failed for lack of OCR, PDF with a text layer", [str(len(s[r]["lacking_text"])) for r in runs],
         f"{BASELINE[0]} of {BASELINE[1]}", f"0 ({'met' if met else 'NOT met'})")  # fmt: skip
    line("failed for lack of OCR, image-only PDF (no text layer)", [str(len(s[r]["lacking_image"])) for r in runs],
         "", "may fail, saying why")  # fmt: skip
    line("failed, no text even with OCR (no image to read)", [str(s[r]["hopeless"]) for r in runs])
    if text:
        textless = [row for row in text.values() if row.get("textless_pages")]
        line(f"documents with a page under {MIN_CHARS} letters/digits (before: each failed without OCR)",
             [pages(len(textless), sum(row["textless_pages"] for row in textless))],
             f"{BASELINE[0]} of {BASELINE[1]}")  # fmt: skip
        line("  of those pages, drawing an image", [str(sum(row["textless_with_image"] for row in textless))])
    line("documents with pages for OCR (text-less, an image)", [pages(s[r]["need"], s[r]["need_pages"]) for r in runs])
    line("  with pages OCR found text on (ocr_pages)", [pages(s[r]["read"], s[r]["read_pages"]) for r in runs])
    line("  with pages left unread (ocr_pages_failed)", [pages(s[r]["unread"], s[r]["unread_pages"]) for r in runs])
    line("pages ingested", [str(s[r]["pages"]) for r in runs])
    line("ingestion pages/s", [f"{s[r]['pages'] / max(s[r]['seconds'], 1e-9):.0f}" for r in runs])
    line("wall time of the run", [f"{s[r]['wall']:.0f} s" for r in runs])
    print_table(rows[0], rows[1:])

    for run in runs:
        errors = Counter(row.get("error", "")[:80] for row in results[run] if row["status"] == "failed")
        if errors:
            print_table(["PDFs", "error (first 80 characters)"], [[n, e] for e, n in errors.most_common()], left=2,
                        title=f"{labels[run]}: failed, by error")  # fmt: skip
        for row in results[run]:
            if row["status"] == "failed":
                kind = "lack of OCR" if lack_of_ocr(row, other_run(run, row["path"])) else "no text"
                layer = "text layer" if has_text(row["path"]) else "no text layer"
                print(f"  {kind}, {layer}: {row['path']}")
    print(f"\ntarget (no PDF with a text layer fails for lack of OCR): {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    cli.run(main)
