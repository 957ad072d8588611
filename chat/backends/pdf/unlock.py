"""Unlocking an encrypted PDF with the password its uploader gave, at upload time.

The password is never stored (not in the database, not in the job queue): the upload is
opened with it once, in the web process, and a decrypted copy is what gets stored and
ingested. That copy is what `GET /documents/{id}/file` serves later, to its owner only.
PDFium opens the file here in the web process rather than in a forked worker, so only
uploads that carry a password take this path (already checked as a PDF within the size
limit); saving copies the objects as they are, without decompressing their streams.
"""

import re
import tempfile
from typing import IO

from chat.errors import ReadableError

WRONG_PASSWORD = "The password does not open this PDF. Check it and upload the file again."

# The trailer's /ID: PDFium keeps the first (permanent) identifier and writes a random second
# one on every save; see `_stable_id`.
_TRAILER_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


class PdfPasswordError(ReadableError):
    """The password given does not open the PDF, or the unlocked copy cannot be written."""


def unlock_pdf(*, file: IO[bytes], password: str) -> IO[bytes] | None:
    """A decrypted copy of the PDF in `file` (a temporary file the caller closes), or None
    if it opens without a password (a password on such a PDF is ignored; so is a file PDFium
    cannot open at all, which ingestion then reports). Raises PdfPasswordError.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    file.seek(0)
    try:
        pdfium.PdfDocument(file).close()
        return None
    except pdfium.PdfiumError as exc:
        if exc.err_code != raw.FPDF_ERR_PASSWORD:
            return None
    file.seek(0)
    try:
        pdf = pdfium.PdfDocument(file, password=password)
    except pdfium.PdfiumError as exc:
        raise PdfPasswordError(WRONG_PASSWORD) from exc
    unlocked = tempfile.TemporaryFile()
    try:
        pdf.save(unlocked, flags=raw.FPDF_REMOVE_SECURITY)
        _stable_id(unlocked)
    except (pdfium.PdfiumError, OSError) as exc:
        unlocked.close()
        raise PdfPasswordError("The password opens this PDF, but an unlocked copy could not be written.") from exc
    finally:
        pdf.close()
    unlocked.seek(0)
    return unlocked


def _stable_id(file: IO[bytes]) -> None:
    """Make the copy's bytes depend on the original only, so that the same encrypted PDF
    uploaded twice with its password is recognised as the same document (the stored bytes'
    sha256 is the document's): the random second /ID in the trailer becomes a copy of the
    first, which has the same length, so no offset moves."""
    file.seek(0, 2)
    end = file.tell()
    start = max(0, end - 4096)  # the trailer closes the file
    file.seek(start)
    tail = file.read()
    matches = list(_TRAILER_ID.finditer(tail))
    match = matches[-1] if matches else None  # the last: an updated file has several trailers
    if match is None or len(match.group(1)) != len(match.group(2)):
        return
    file.seek(start + match.start(2))
    file.write(match.group(1))
    file.flush()
