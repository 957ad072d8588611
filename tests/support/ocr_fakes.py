"""A fake OCR engine for the tests of OCR batches (settings.OCR_ENGINE="tests.support.ocr_fakes.FakeOcr"):
it sleeps like a slow engine, logs every page it reads, and can be told to be missing. Set
through the environment, so that worker processes the tests start behave the same way:

    FAKE_OCR_LOG      a file that gets a line "<parent pid> <pid> <page image digest>" per page read
    FAKE_OCR_SECONDS  seconds a page takes (default 0)
    FAKE_OCR_MISSING  if set, check() fails as a missing engine does
"""

import hashlib
import os
import time
from collections.abc import Callable, Sequence

from chat.backends.ocr import OcrError

# Called with the page's digest after each page read, in this process (the in-process tests).
ON_PAGE: list[Callable[[str], None]] = []
MISSING = "OCR is not available: the fake engine is not installed (FAKE_OCR_MISSING)."


class FakeOcr:
    name = "fake"

    def __init__(self, *, languages: Sequence[str]) -> None:
        self.languages = list(languages)

    def check(self) -> None:
        if os.environ.get("FAKE_OCR_MISSING"):
            raise OcrError(MISSING)

    def recognise(self, image: bytes, *, timeout: float) -> str:
        time.sleep(float(os.environ.get("FAKE_OCR_SECONDS", "0")))
        digest = hashlib.sha1(image).hexdigest()[:10]
        if log := os.environ.get("FAKE_OCR_LOG"):
            with open(log, "a") as file:
                file.write(f"{os.getppid()} {os.getpid()} {digest}\n")
        for hook in ON_PAGE:
            hook(digest)
        return f"Recognised words of the scanned page {digest}, enough letters to be searchable."


def pages_read(log: str | os.PathLike) -> list[tuple[int, int, str]]:
    """(worker pid, work horse pid, digest) for every page the fake engine read, in order."""
    try:
        with open(log) as file:
            return [
                (int(ppid), int(pid), digest) for ppid, pid, digest in (line.split() for line in file if line.strip())
            ]
    except FileNotFoundError:
        return []
