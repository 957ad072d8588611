"""Tesseract (Debian's `tesseract-ocr` and its language packs), one process per page.

Run with OMP_THREAD_LIMIT=1: its OpenMP threads fight over the cores of a busy worker
(about 4 s a page on 2 busy cores, 0.5 s with one thread), and parallelism comes from
running more ingest workers instead. Why Tesseract and not rapidocr:
docs/decisions/002-ocr-tesseract-not-rapidocr.md. The page image goes in on stdin, the text comes out
on stdout; nothing touches the disk.

The output asked for is TSV (one row per block, paragraph, line and word, each with its box), so
that one run gives the words' boxes too (for highlighting on a scanned page). The text is put
together from its words as Tesseract's plain text output is: words joined by a space, a line
break after each line and a blank line after each paragraph, and no space between two words
of a script written without spaces (Chinese, Japanese, Thai...), which its language data keeps
together. Checked against the plain text output on English and Japanese pages: the same text
after normalize_text, but for some spaces beside brackets and punctuation next to Japanese,
which change no index term (chat/text.py splits CJK runs at punctuation anyway).
"""

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from functools import cached_property

from chat.backends.ocr import OcrError, Recognised, Word

INSTALL = "apt-get install tesseract-ocr tesseract-ocr-{lang}"
# Scripts written without spaces between words (and their punctuation, full-width forms).
_UNSPACED = re.compile(
    "[\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\u3041-\u30ff\uff00-\uffef"
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
)
_CLOSING = frozenset(")]}:;,.!?")


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
        return self.recognise_words(image, timeout=timeout).text

    def recognise_words(self, image: bytes, *, timeout: float) -> Recognised:
        """Call check() first (services/ingestion/recognition.py does, once a batch of pages)."""
        command = [self.binary, "stdin", "stdout", "-l", "+".join(self.languages), "--psm", "3", "tsv"]
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            done = subprocess.run(command, input=image, capture_output=True, timeout=timeout, env=env, check=False)
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"OCR of a page took longer than {timeout:g} s (OCR_PAGE_TIMEOUT).") from exc
        if done.returncode != 0:
            detail = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
            raise OcrError(f"OCR of a page failed: tesseract said {detail[0]!r}.")
        return parse_tsv(done.stdout.decode("utf-8", errors="replace"))


def parse_tsv(tsv: str) -> Recognised:
    """The text and words of Tesseract's TSV output for one page (columns: level, page_num,
    block_num, par_num, line_num, word_num, left, top, width, height, conf, text; level 1 is
    the page, whose box is the image's size; level 5, a word)."""
    width = height = 0
    parts: list[str] = []
    words: list[Word] = []
    line = paragraph = None
    previous = ""
    for row in tsv.split("\n")[1:]:
        cells = row.split("\t", 11)
        if len(cells) < 12 or not cells[0].isdigit():
            continue
        try:
            left, top, box_width, box_height = (int(cell) for cell in cells[6:10])
        except ValueError:
            continue
        if cells[0] == "1":
            width, height = max(1, box_width), max(1, box_height)
        text = cells[11].strip()
        if cells[0] != "5" or not text:
            continue
        if (cells[2], cells[3], cells[4]) != line:
            if line is not None:
                parts.append("\n\n" if (cells[2], cells[3]) != paragraph else "\n")
            line, paragraph = (cells[2], cells[3], cells[4]), (cells[2], cells[3])
        elif not (_UNSPACED.match(previous[-1]) and (_UNSPACED.match(text[0]) or text[0] in _CLOSING)):
            parts.append(" ")
        parts.append(text)
        previous = text
        if width and height:
            box = (left / width, top / height, (left + box_width) / width, (top + box_height) / height)
            words.append((text, *(round(min(1.0, max(0.0, v)), 4) for v in box)))
    return Recognised(text="".join(parts) + ("\n" if parts else ""), words=words)
