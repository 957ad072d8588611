"""OCR for pages without a text layer (scanned PDFs): engines behind one small interface.

An engine turns one page image (8-bit grey, PGM bytes) into text. The configured one is
OCR_ENGINE, a dotted path (default: Tesseract, chat/backends/ocr/tesseract.py); services/ingestion/recognition.py
decides which pages need it and keeps the job bounded.

An engine may also say where each word is (`recognise_words`): a scanned page has no text layer
for the viewer to find a quoted passage in, so the passage is highlighted from these boxes
instead. An engine without it still works; its pages are searchable, just not highlighted.
"""

from dataclasses import dataclass, field
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


# A recognised word and its box: (text, x0, y0, x1, y1), the box in fractions (0..1) of the
# page image's width and height from its top left corner, so that it fits the page at any zoom.
Word = tuple[str, float, float, float, float]


@dataclass(frozen=True)
class Recognised:
    """One page's text (as `recognise` returns it) and its words in reading order."""

    text: str
    words: list[Word] = field(default_factory=list)


class WordOcrEngine(OcrEngine, Protocol):
    def recognise_words(self, image: bytes, *, timeout: float) -> Recognised:
        """The text and the words' boxes of one page image, from one run of the engine."""


def recognise_page(engine: OcrEngine, image: bytes, *, timeout: float) -> Recognised:
    """The page's text, with its words' boxes if the engine gives them (none otherwise)."""
    recognise_words = getattr(engine, "recognise_words", None)
    if recognise_words is None:
        return Recognised(text=engine.recognise(image, timeout=timeout))
    return recognise_words(image, timeout=timeout)


@cache
def _build(path: str, languages: tuple[str, ...]) -> OcrEngine:
    return import_string(path)(languages=languages)


def get_ocr_engine() -> OcrEngine:
    """The configured engine for OCR_LANGUAGES."""
    return _build(settings.OCR_ENGINE, tuple(settings.OCR_LANGUAGES))
