"""OCR for pages without a text layer (scanned PDFs): engines behind one small interface.

An engine turns one page image (8-bit grey, PGM bytes) into text. The configured one is
OCR_ENGINE, a dotted path (default: Tesseract, chat/backends/ocr/tesseract.py); services/ingestion/recognition.py
decides which pages need it and keeps the job bounded.
"""

from functools import cache
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from chat.errors import ReadableError


class OcrError(ReadableError):
    """OCR failed or is not available; the message is meant for the user."""


class OcrEngine(Protocol):
    name: str

    def check(self) -> None:
        """Raise OcrError, saying what to install, if the engine or a language is missing."""

    def recognise(self, image: bytes, *, timeout: float) -> str:
        """The text of one page image (PGM bytes); OcrError past `timeout` seconds."""


@cache
def _build(path: str, languages: tuple[str, ...]) -> OcrEngine:
    return import_string(path)(languages=languages)


def get_ocr_engine() -> OcrEngine:
    """The configured engine for OCR_LANGUAGES."""
    return _build(settings.OCR_ENGINE, tuple(settings.OCR_LANGUAGES))
