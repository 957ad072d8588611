"""Tesseract (Debian's `tesseract-ocr` and its language packs), one process per page.

Run with OMP_THREAD_LIMIT=1: its OpenMP threads fight over the cores of a busy worker
(about 4 s a page on 2 busy cores, 0.5 s with one thread), and parallelism comes from
running more ingest workers instead. Why Tesseract and not rapidocr:
docs/decisions/002-ocr-tesseract-not-rapidocr.md. The page image goes in on stdin, the text comes out
on stdout; nothing touches the disk.
"""

import os
import shutil
import subprocess
from collections.abc import Sequence
from functools import cached_property

from chat.backends.ocr import OcrError

INSTALL = "apt-get install tesseract-ocr tesseract-ocr-{lang}"


class TesseractOcr:
    name = "tesseract"

    def __init__(self, *, languages: Sequence[str]) -> None:
        self.languages = list(languages) or ["eng"]

    @cached_property
    def binary(self) -> str | None:
        return shutil.which("tesseract")

    def check(self) -> None:
        if self.binary is None:
            raise OcrError(f"OCR is not available: tesseract is not installed ({INSTALL.format(lang='eng')}).")
        listed = subprocess.run([self.binary, "--list-langs"], capture_output=True, text=True, timeout=30)
        installed = set(listed.stdout.split()[1:]) if listed.returncode == 0 else set()
        missing = [lang for lang in self.languages if lang not in installed]
        if missing:
            raise OcrError(
                f"OCR is not available for {', '.join(missing)}: install "
                + ", ".join(INSTALL.format(lang=lang).split()[-1] for lang in missing)
                + " (OCR_LANGUAGES)."
            )

    def recognise(self, image: bytes, *, timeout: float) -> str:
        """Call check() first (services/ingestion/recognition.py does, once a batch of pages)."""
        command = [self.binary, "stdin", "stdout", "-l", "+".join(self.languages), "--psm", "3"]
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            done = subprocess.run(command, input=image, capture_output=True, timeout=timeout, env=env, check=False)
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"OCR of a page took longer than {timeout:g} s (OCR_PAGE_TIMEOUT).") from exc
        if done.returncode != 0:
            detail = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
            raise OcrError(f"OCR of a page failed: tesseract said {detail[0]!r}.")
        return done.stdout.decode("utf-8", errors="replace")
