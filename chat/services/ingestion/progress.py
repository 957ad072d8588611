"""How far an ingestion has got: one object that every step reports to.

It writes what clients poll (`pages_total`/`pages_done`, `ocr_pages_done`; `vectors_done` is
written with each batch of vectors, in that batch's transaction) and passes each step on to an
optional listener: `manage.py ingest` adapts that to its progress bars or plain lines. A write
that finds the document gone raises DocumentGone, so a deleted document stops its job at the
next page.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from django.db.models import F
from django.db.models.functions import Least

from chat import metrics
from chat.models import Document
from chat.services.ingestion.state import DocumentGone

Stage = Literal["pages", "ocr", "vectors"]
# listener(stage, done, total): after each page read, page recognised, batch of vectors stored.
Listener = Callable[[Stage, int, int], None]
PAGE_WRITES = 100  # about this many writes of `pages_done`, however long the document


@dataclass
class Progress:
    document_id: uuid.UUID | str
    listener: Listener | None = None
    _pages_step: int = field(default=1, init=False)
    _ocr_total: int = field(default=0, init=False)
    _ocr_done: int = field(default=0, init=False)

    def pages_started(self, total: int) -> None:
        self._write(pages_total=total)
        self._pages_step = max(1, total // PAGE_WRITES)

    def page_read(self, done: int, total: int) -> None:
        metrics.INGESTION_PAGES.inc()
        if done % self._pages_step == 0 or done == total:
            self._write(pages_done=done)
        self._tell("pages", done, total)

    def ocr_started(self, total: int) -> None:
        """`total` scanned pages are to be recognised, in batches that any worker may run."""
        self._write(ocr_pages_total=total, ocr_pages_done=0)
        self._ocr_total, self._ocr_done = total, 0

    def page_recognised(self) -> None:
        """One more scanned page done, by this or another worker's batch (exact once finished)."""
        Document.objects.filter(id=self.document_id).update(
            ocr_pages_done=Least(F("ocr_pages_done") + 1, F("ocr_pages_total"))
        )
        self._ocr_done += 1
        metrics.OCR_PAGES.inc()
        self._tell("ocr", self._ocr_done, self._ocr_total)

    def vectors_stored(self, done: int, total: int) -> None:
        """Called inside the batch's transaction, which also holds its vectors."""
        Document.objects.filter(id=self.document_id).update(vectors_done=done)
        self._tell("vectors", done, total)

    def _write(self, **fields: int) -> None:
        if not Document.objects.filter(id=self.document_id).update(**fields):
            raise DocumentGone

    def _tell(self, stage: Stage, done: int, total: int) -> None:
        if self.listener is not None:
            self.listener(stage, done, total)
