"""Per-user quotas: how many bytes of PDFs and how many pages one owner may keep.

A shared service must not let one person fill its disk or its index. Bytes are known at
upload, so `check_storage` refuses the upload there (services/documents.py); pages are
known only once PDFium has opened the file, so `check_pages` fails the ingestion when it
reads the page count (services/ingestion/reading.py). Documents without an owner (sign-in
turned off) share one allowance. 0 turns a quota off (settings QUOTA_BYTES_PER_USER,
QUOTA_PAGES_PER_USER).

Races: two uploads (or ingestions) of one owner at the same moment may both pass the check
and together go past the quota. Closing that would take a lock per owner around the whole
upload; a quota is a guard against runaway use, not an invoice, so a slight overshoot is
acceptable.
"""

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import Sum

from chat.errors import ReadableError
from chat.models import Document


class QuotaExceeded(ReadableError):
    """A quota would be passed; the message names it and gives the numbers."""


def check_storage(*, owner: User | None, adding_bytes: int) -> None:
    """Raise QuotaExceeded if storing `adding_bytes` more would pass the owner's byte quota.

    Every stored document counts, failed ones too: their files are on disk all the same.
    """
    limit = settings.QUOTA_BYTES_PER_USER
    if not limit:
        return
    used = Document.objects.filter(owner=owner).aggregate(total=Sum("size_bytes"))["total"] or 0
    if used + adding_bytes > limit:
        raise QuotaExceeded(
            f"Storage quota reached: this file ({_size(adding_bytes)}) and your documents ({_size(used)}) "
            f"would pass your limit of {_size(limit)}. Delete documents to make room."
        )


def check_pages(*, document: Document, pages: int) -> None:
    """Raise QuotaExceeded if `pages` more would pass the owner's page quota.

    The owner's other documents count with the pages they were found to have, except those
    that failed (their pages were never indexed); a document read again is not counted twice.
    """
    limit = settings.QUOTA_PAGES_PER_USER
    if not limit:
        return
    others = Document.objects.filter(owner_id=document.owner_id).exclude(id=document.id)
    used = others.exclude(status=Document.Status.FAILED).aggregate(total=Sum("pages_total"))["total"] or 0
    if used + pages > limit:
        raise QuotaExceeded(
            f"Page quota reached: this PDF's {pages:,} pages and the {used:,} pages of your other documents "
            f"would pass your limit of {limit:,} pages. Delete documents to make room."
        )


def _size(count: int) -> str:
    """Bytes for people: 512 bytes, 12.5 KB, 3.1 MB, 2.0 GB (units of 1024)."""
    if count < 1024:
        return f"{count:,} bytes"
    value, unit = count / 1024, "KB"
    for larger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{value:,.1f} {unit}"
