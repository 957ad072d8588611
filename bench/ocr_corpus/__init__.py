"""Real Debian PDFs ingested without and with OCR: does any fail for lack of OCR?

    make bench-ocr-corpus                                   # 200 PDFs of Debian's TeX Live docs
    python -m bench.ocr_corpus --pdfs 50 --dpi 150          # fewer PDFs, OCR at 150 dpi
    python -m bench.ocr_corpus --dir ~/papers               # PDFs already in a folder (recursively)
    python -m bench.ocr_corpus --tiny                       # 4 PDFs made here, no download: proves it runs

Issue 17 measured 200 real Debian PDFs, all with a text layer: 25 failed because some page had
(next to) no text (a blank page, a full-page figure) and Tesseract was not installed. This
reproduces that check. The corpus: the PDFs shipped by Debian's documentation packages
(--packages, default texlive-latex-base-doc, texlive-latex-recommended-doc and
texlive-pictures-doc, about 370 MB of .deb), fetched with `apt-get download` and unpacked with
`dpkg -x` into --cache (var/bench/debian-pdfs/, reused by later runs); the first --pdfs (200)
by sorted path, skipping files over DOCUMENT_MAX_BYTES (50 MB).

--tiny builds its own corpus instead (no download): a text PDF, the same with one page
scanned, an image-only PDF and a blank one, one of each kind the table counts.

Each PDF is ingested by the app's own code (store_upload, then bench/ingest.py
make_searchable, which runs the OCR page batches inline, one after the other, as `manage.py
ingest` does; embeddings off) into a fresh SQLite database, once per run, each run in a
process of its own:

    OCR missing     tesseract is not installed: the run's PATH has no `tesseract` (a copy of
                    every PATH folder holding one, without it), so the configured engine
                    (OCR_ENGINE, Tesseract) fails its check() as on a host without the package
    OCR available   the installed Tesseract, at OCR_DPI --dpi (default the app's 300: the
                    corpus has few pages to OCR; --dpi 150 for a folder of scans)

Per run: ready, failed (by error, its first 80 characters), failed for lack of OCR (the error
is about the OCR engine missing, or the document failed here and was ready with OCR), split
into PDFs with a text layer (at least OCR_MIN_CHARS letters and digits in all: the issue's
case, target 0) and image-only PDFs (nothing to read without OCR: they may fail, saying
why), documents with pages OCR should read, read, or left unread (`ocr_pages_failed`), and
ingestion pages/s (store_upload excluded). The OCR-missing run also counts, from the text
layer, the pages with fewer than OCR_MIN_CHARS letters and digits (each went to OCR before
issue 17, so without Tesseract their documents failed) and the documents holding one: the
"before" on this corpus.
"""

# The modules, one concern each:
#   constants.py  the Debian packages, the size limit, issue 17's numbers, the OCR settings, the runs
#   corpus.py     the corpus: made here (--tiny), downloaded from Debian, or a folder; the PDFs picked
#   runs.py       each run in a process of its own (the OCR-missing one without tesseract on PATH)
#   one_run.py    one run, in its process: every PDF ingested, what became of it, its text layer
#   report.py     the table, the failures by error, and the target
#   __main__.py   the command line
