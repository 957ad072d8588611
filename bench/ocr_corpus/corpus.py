"""The corpus: one PDF of each kind made here (--tiny), or the PDFs of Debian's documentation
packages (downloaded once with `apt-get download`, unpacked with `dpkg -x`); the first --pdfs of
a folder picked by sorted path.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bench.ocr_corpus.constants import MAX_BYTES


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
