"""PDF text, page by page, normalised so that what users type matches what the PDF says.

pypdfium2 is the default: on the project's PDFs it extracted whole files about 10x faster
than pypdf, with cleaner text (no ligature characters, fewer words run together).
"""

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from chat.errors import ReadableError


class PdfError(ReadableError):
    """The PDF cannot be read; the message is meant for the user."""


class PdfText(Protocol):
    """Opens a PDF and yields the text of each page, in order (page 1 first)."""

    def open(self, path: Path) -> "PdfPages": ...


class PdfPages(Protocol):
    page_count: int

    def pages(self) -> Iterator[str]: ...

    def close(self) -> None: ...


# U+FFFE marks a hyphenated line break in pdfium's text ("exam\ufffe\nple" -> "example").
_SOFT_HYPHEN_BREAK = re.compile(r"[\ufffe\u00ad]\s*")
_TRANSLATE = str.maketrans({"\u2212": "-", "\u02dc": "~", "\u2010": "-", "\u2011": "-", "\u00a0": " "})
_SPACES = re.compile(r"[ \t\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def normalize_text(text: str) -> str:
    """NFKC (ligatures, full-width forms), join hyphenated breaks, plain minus and tilde, tidy spaces."""
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    # Map before NFKC: it would turn U+02DC into a space and a combining tilde (breaking "=~").
    text = unicodedata.normalize("NFKC", text.translate(_TRANSLATE))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


class PdfiumPages:
    """An open pypdfium2 document."""

    def __init__(self, path: Path) -> None:
        import pypdfium2 as pdfium

        try:
            self._pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise PdfError(_describe_pdfium_error(exc)) from exc
        self.page_count = len(self._pdf)

    def pages(self) -> Iterator[str]:
        for index in range(self.page_count):
            page = self._pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    yield normalize_text(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()

    def close(self) -> None:
        self._pdf.close()


class PdfiumText:
    """Text extraction with pypdfium2 (PDFium, Chrome's PDF engine)."""

    def open(self, path: Path) -> PdfiumPages:
        return PdfiumPages(path)


def _describe_pdfium_error(exc: Exception) -> str:
    message = str(exc)
    if "password" in message.lower():
        return "The PDF is encrypted and no password was given, so its text cannot be read."
    if "format" in message.lower() or "file" in message.lower():
        return "The file is not a readable PDF (it may be truncated or corrupt)."
    return f"The PDF could not be opened: {message}"


@cache
def _build(path: str) -> PdfText:
    return import_string(path)()


def get_pdf_text() -> PdfText:
    """The configured PDF text extractor (PDF_TEXT_BACKEND, a dotted path)."""
    return _build(settings.PDF_TEXT_BACKEND)
