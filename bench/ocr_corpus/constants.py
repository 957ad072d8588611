"""The benchmark's fixed inputs: the Debian packages of the corpus, the size limit, issue 17's
numbers, the app's OCR settings it follows, the two runs and what an error for lack of OCR
says. In one place so that the corpus, the runs and the table agree on them.
"""

from __future__ import annotations

import os
import re

PACKAGES = ["texlive-latex-base-doc", "texlive-latex-recommended-doc", "texlive-pictures-doc"]
MAX_BYTES = int(os.environ.get("DOCUMENT_MAX_BYTES", 50 * 1024 * 1024))
BASELINE = (25, 200)  # issue 17: failed for lack of OCR, of the corpus
APP_DPI = int(os.environ.get("OCR_DPI", 300))
MIN_CHARS = int(os.environ.get("OCR_MIN_CHARS", 20))  # a text layer: at least this many letters/digits in all
RUNS = {"missing": "OCR missing", "available": "OCR available"}
LACK_OF_OCR = re.compile(r"tesseract|OCR is not available|OCR is turned off|OCR could not read", re.IGNORECASE)
