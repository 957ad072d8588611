"""Uploads and their ingestion: where PDFs are stored, the PDF text extractor, OCR of scanned
pages, and chunking. docs/configuration.md: "Documents and ingestion", "OCR"."""

from pathlib import Path

from config.settings.base import VAR_DIR, env

MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
MEDIA_URL = "/media/"  # never served publicly: files are only read by the workers
PDF_TEXT_BACKEND = env.str("PDF_TEXT_BACKEND", default="chat.backends.pdf.pdfium.PdfiumText")
# OCR for pages with (next to) no text layer: scanned pages (chat/services/ingestion/recognition.py,
# chat/backends/ocr/). A page with fewer than OCR_MIN_CHARS letters and digits that draws an
# image is rendered at OCR_DPI and recognised, in jobs of OCR_BATCH_PAGES pages spread over the
# ingest workers (chat/services/ingestion/jobs.py). A page past OCR_PAGE_TIMEOUT seconds,
# or a missing engine or language, leaves pages unread (listed on the document) but never fails
# a document that has other text. OCR_LANGUAGES are Tesseract's codes (eng, jpn, deu...).
OCR_ENABLED = env.bool("OCR_ENABLED", default=True)
OCR_ENGINE = env.str("OCR_ENGINE", default="chat.backends.ocr.tesseract.TesseractOcr")
OCR_LANGUAGES = env.list("OCR_LANGUAGES", default=["eng"])
OCR_MIN_CHARS = env.int("OCR_MIN_CHARS", default=20)
OCR_BATCH_PAGES = env.int("OCR_BATCH_PAGES", default=8)
OCR_PAGE_TIMEOUT = env.float("OCR_PAGE_TIMEOUT", default=60.0)
OCR_DPI = env.int("OCR_DPI", default=300)
# A document processing longer than this many seconds is flagged "stuck" in the admin's document list.
INGESTION_STUCK_AFTER = env.int("INGESTION_STUCK_AFTER", default=3600)
# Characters per passage, and shared with the next within a section: 800/100 measured best on the
# tune halves once passages followed sections (docs/benchmarks.md, bench/retrieval/).
CHUNK_SIZE = env.int("CHUNK_SIZE", default=800)
CHUNK_OVERLAP = env.int("CHUNK_OVERLAP", default=100)
