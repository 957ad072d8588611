"""Documents, the text of their pages while OCR runs, their chunks (what retrieval searches) and
where OCR found the words of their scanned pages (what the viewer highlights)."""

import uuid

from django.conf import settings
from django.db import models

from chat.fields import EmbeddingField


class Document(models.Model):
    """An uploaded PDF; its text lives in Chunks once ingestion has finished."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        PROCESSING = "processing"
        READY = "ready"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    title = models.CharField(max_length=300)
    filename = models.CharField(max_length=300, help_text="The name the file was uploaded with.")
    file = models.FileField(upload_to="documents/", max_length=300)
    collection = models.ForeignKey("Collection", on_delete=models.CASCADE, related_name="documents")
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
        help_text="Who uploaded it (empty: a command, or sign-in off). Its collection decides who sees it.",
    )
    sha256 = models.CharField(max_length=64, db_index=True)
    size_bytes = models.PositiveBigIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    pages_total = models.PositiveIntegerField(null=True, blank=True)
    pages_done = models.PositiveIntegerField(default=0)
    # Pages without a text layer are recognised by OCR (services/ingestion/recognition.py), after the others.
    ocr_pages_total = models.PositiveIntegerField(default=0, help_text="Pages that needed OCR.")
    ocr_pages_done = models.PositiveIntegerField(default=0, help_text="Of those, recognised so far.")
    ocr_pages = models.JSONField(default=list, blank=True, help_text="Page numbers whose text came from OCR.")
    ocr_pages_failed = models.JSONField(
        default=list, blank=True, help_text="Page numbers OCR could not read (the document is searchable without them)."
    )
    ocr_error = models.TextField(blank=True, default="", help_text="Why OCR left those pages unread.")

    class VectorStatus(models.TextChoices):
        OFF = "off"  # no embeddings backend: lexical search only
        QUEUED = "queued"
        RUNNING = "running"
        READY = "ready"
        FAILED = "failed"  # lexical search still works

    chunk_count = models.PositiveIntegerField(default=0)
    token_count = models.PositiveBigIntegerField(default=0, help_text="Index terms over all chunks (for BM25).")
    error = models.TextField(blank=True, default="")
    vector_status = models.CharField(
        max_length=16, choices=VectorStatus.choices, default=VectorStatus.OFF, help_text="Vectors follow the text."
    )
    vectors_done = models.PositiveIntegerField(default=0, help_text="Chunks with a vector so far.")
    vector_model = models.CharField(max_length=200, blank=True, default="", help_text="The model of its vectors.")
    vector_error = models.TextField(blank=True, default="")
    job_id = models.CharField(max_length=64, blank=True, default="", help_text="The RQ ingestion job.")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    ingested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["collection", "sha256"], name="document_collection_sha256_unique")
        ]

    def __str__(self) -> str:
        return self.title


class PageText(models.Model):
    """The text of one page of a document being ingested with OCR (services/ingestion/recognition.py): read from
    its text layer, recognised by an OCR batch job on any worker host, or left unread. Written a
    batch at a time, so a killed worker's rerun skips the pages already done; deleted once the
    document's chunks are stored."""

    class Source(models.TextChoices):
        TEXT = "text"  # the PDF's text layer
        OCR = "ocr"  # recognised (the text may be empty: nothing found on the page)
        FAILED = "failed"  # OCR could not read it (Document.ocr_error says why)

    document = models.ForeignKey("Document", on_delete=models.CASCADE, related_name="page_texts")
    number = models.PositiveIntegerField(help_text="1-based page number.")
    text = models.TextField(blank=True, default="")
    source = models.CharField(max_length=8, choices=Source.choices)

    class Meta:
        ordering = ["document", "number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="page_text_number_unique")]

    def __str__(self) -> str:
        return f"{self.document_id} p.{self.number} ({self.source})"


class OcrWords(models.Model):
    """The words OCR recognised on one scanned page, each with its box: the viewer highlights a
    quoted passage with them, since such a page has no text layer to find it in. Written with
    the page's PageText, but kept once the chunks are stored (gone with the document). At most
    WORDS_MAX words a page (services/ingestion/recognition.py): a page of noise stays small."""

    document = models.ForeignKey("Document", on_delete=models.CASCADE, related_name="ocr_words")
    number = models.PositiveIntegerField(help_text="1-based page number.")
    words = models.JSONField(
        default=list, blank=True, help_text="[[text, x0, y0, x1, y1], ...]: fractions of the page from its top left."
    )

    class Meta:
        ordering = ["document", "number"]
        verbose_name_plural = "OCR words"
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="ocr_words_number_unique")]

    def __str__(self) -> str:
        return f"{self.document_id} p.{self.number} ({len(self.words)} words)"


class Chunk(models.Model):
    """A passage of a Document, within one of its sections: the unit that retrieval finds and
    answers cite (services/ingestion/splitting.py)."""

    document = models.ForeignKey("Document", on_delete=models.CASCADE, related_name="chunks")
    page = models.PositiveIntegerField(help_text="1-based physical page number in the PDF where the passage starts.")
    order = models.PositiveIntegerField(help_text="Position of the chunk within the document.")
    text = models.TextField()
    section = models.CharField(
        max_length=300, blank=True, default="", help_text='Its heading path ("Shell Commands > Pipelines").'
    )
    language = models.CharField(
        max_length=8, blank=True, default="", help_text="The language it is analysed in (chat/languages.py)."
    )
    page_starts = models.JSONField(
        default=list,
        blank=True,
        help_text="[offset in the text, page] where each later page begins, if it spans pages.",
    )
    search_terms = models.TextField(
        default="", blank=True, editable=False, help_text="The text's index terms (chat/retrieval/terms.py)."
    )
    token_count = models.PositiveIntegerField(default=0, editable=False, help_text="Index terms in the text.")
    embedding = EmbeddingField(null=True, blank=True, editable=False, help_text="The vector, if embeddings are on.")

    class Meta:
        ordering = ["document", "order"]
        constraints = [models.UniqueConstraint(fields=["document", "order"], name="chunk_order_unique")]

    def __str__(self) -> str:
        return f"{self.document_id} p.{self.page} #{self.order}"
