"""One run, in the process of its own (--child): Django set up on a fresh SQLite database, the
OCR engine checked against the run, every PDF ingested by the app's code, and a row per PDF
(what became of it; in the OCR-missing run, what its text layer holds) written for the parent.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any


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
