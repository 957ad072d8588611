"""/documents: upload, list, read, delete, the file, the words OCR found on a page."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, inline_serializer
from rest_framework import serializers

from chat.api.openapi.common import (
    BAD_REQUEST,
    NO_COLLECTION_EXAMPLE,
    NO_PAGE_EXAMPLE,
    QUEUE_DOWN_EXAMPLE,
    ROLE_NEEDED_EXAMPLE,
    SCOPE_EXAMPLE,
    THROTTLED,
    THROTTLED_EXAMPLE,
    UNAUTHORIZED,
    UNAUTHORIZED_EXAMPLE,
    forbidden,
)
from chat.api.serializers import (
    DocumentListQuerySerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    ErrorSerializer,
)

DOCUMENT_EXAMPLE = OpenApiExample(
    "A document being ingested",
    value={
        "document_id": "5f0c2a1e-8a51-4a43-a2f4-3f6f0d0f6a11",
        "collection_id": "0b6c1a4e-2f7d-4a53-9a57-1d2c3e4f5a6b",
        "title": "bash",
        "filename": "bash.pdf",
        "status": "processing",
        "pages_total": 87,
        "pages_done": 40,
        "chunks": 0,
        "error": None,
        "sha256": "9b1f0c...",
        "size_bytes": 399798,
        "job_id": "c1f1e7a4-3d0e-4f47-b1a9-0a3b9f6f7e21",
        "created_at": "2026-11-25T10:00:00Z",
        "ingested_at": None,
    },
    response_only=True,
    status_codes=["200", "202"],
)
UPLOAD_ERROR_EXAMPLES = [
    OpenApiExample("Empty file", value={"detail": "The file is empty."}, response_only=True, status_codes=["400"]),
    OpenApiExample(
        "Too large",
        value={"detail": "The file is larger than the limit of 50 MB."},
        response_only=True,
        status_codes=["413"],
    ),
    OpenApiExample(
        "Wrong password",
        value={"detail": "The password does not open this PDF. Check it and upload the file again."},
        response_only=True,
        status_codes=["400"],
    ),
    OpenApiExample(
        "Over the storage quota",
        value={
            "detail": "Storage quota reached: this file (12.4 MB) and your documents (2.0 GB) would pass your "
            "limit of 2.0 GB. Delete documents to make room."
        },
        response_only=True,
        status_codes=["413"],
    ),
    OpenApiExample(
        "Not a PDF",
        value={"detail": "The file is not a PDF (no %PDF- header in its first kilobyte)."},
        response_only=True,
        status_codes=["415"],
    ),
    QUEUE_DOWN_EXAMPLE,
]
NOT_FOUND_DOCUMENT_EXAMPLE = OpenApiExample(
    "Unknown id", value={"detail": "No document with this id."}, response_only=True, status_codes=["404"]
)
# A document in a collection the caller is not a member of is as unknown as an id nobody has.
NO_DOCUMENT = {
    404: OpenApiResponse(ErrorSerializer, description="No such document, or it is in a collection you are not in.")
}


UPLOAD = dict(
    summary="Upload a PDF; it is ingested in the background",
    description=(
        "Into the collection `collection_id` names (you need the editor role there; a collection you may not "
        "read is a 404), or your personal collection. The same bytes twice in one collection are one document.\n\n"
        "An encrypted PDF needs its `password` (a form field): the upload is opened with it and a decrypted "
        "copy is stored instead (`sha256` and `size_bytes` are the copy's); the password is never stored. "
        "Without it, the document fails in ingestion with a message saying so.\n\n"
        "Per-user quotas: a file that would take the owner's stored bytes past `QUOTA_BYTES_PER_USER` is "
        "refused with 413 (the limit is the server's to set, like the file size limit; not a server fault, "
        "so not 507); one that would pass `QUOTA_PAGES_PER_USER` pages fails in ingestion, once its page "
        "count is known. The same bytes uploaded again are no new usage."
    ),
    request={"multipart/form-data": DocumentUploadSerializer},
    responses={
        202: DocumentSerializer,
        200: OpenApiResponse(DocumentSerializer, description="The same bytes were uploaded before."),
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **forbidden("upload", role="editor"),
        404: OpenApiResponse(ErrorSerializer, description="A collection_id you may not read."),
        413: OpenApiResponse(ErrorSerializer, description="The file is too large, or over the storage quota."),
        415: ErrorSerializer,
        **THROTTLED,
        503: ErrorSerializer,
    },
    examples=[
        DOCUMENT_EXAMPLE,
        *UPLOAD_ERROR_EXAMPLES,
        UNAUTHORIZED_EXAMPLE,
        THROTTLED_EXAMPLE,
        ROLE_NEEDED_EXAMPLE,
        NO_COLLECTION_EXAMPLE,
    ],
)

LIST = dict(
    summary="List documents, newest first",
    parameters=[DocumentListQuerySerializer],
    responses={
        200: DocumentSerializer(many=True),
        400: BAD_REQUEST,
        **UNAUTHORIZED,
        **forbidden("ask"),
        404: OpenApiResponse(ErrorSerializer, description="No such page, or a collection_id you may not read."),
    },
    examples=[
        DOCUMENT_EXAMPLE,
        OpenApiExample(
            "Unknown status",
            value={"status": ['"done" is not a valid choice.']},
            response_only=True,
            status_codes=["400"],
        ),
        UNAUTHORIZED_EXAMPLE,
        SCOPE_EXAMPLE,
        NO_PAGE_EXAMPLE,
        NO_COLLECTION_EXAMPLE,
    ],
)

RETRIEVE = dict(
    summary="A document and its ingestion progress (members of its collection)",
    responses={200: DocumentSerializer, **UNAUTHORIZED, **forbidden("ask"), **NO_DOCUMENT},
    examples=[DOCUMENT_EXAMPLE, UNAUTHORIZED_EXAMPLE, SCOPE_EXAMPLE, NOT_FOUND_DOCUMENT_EXAMPLE],
)

DELETE = dict(
    summary="Delete a document, its chunks and its file (editors of its collection)",
    responses={204: None, **UNAUTHORIZED, **forbidden("upload", role="editor"), **NO_DOCUMENT},
    examples=[UNAUTHORIZED_EXAMPLE, ROLE_NEEDED_EXAMPLE, NOT_FOUND_DOCUMENT_EXAMPLE],
)

FILE = dict(
    summary="The PDF itself, for the members of its collection",
    description=(
        "The stored bytes (as uploaded, or the decrypted copy of an encrypted upload), `inline` (a browser "
        "shows them); 404 for a document in a collection you are not a member of."
    ),
    responses={(200, "application/pdf"): OpenApiTypes.BINARY, **UNAUTHORIZED, **forbidden("ask"), **NO_DOCUMENT},
    examples=[UNAUTHORIZED_EXAMPLE, SCOPE_EXAMPLE, NOT_FOUND_DOCUMENT_EXAMPLE],
)

PAGE_WORDS_SERIALIZER = inline_serializer(
    "PageWords",
    fields={
        "page": serializers.IntegerField(help_text="The page asked for (1-based)."),
        "words": serializers.ListField(
            child=serializers.ListField(child=serializers.JSONField(), min_length=5, max_length=5),
            help_text="[text, x0, y0, x1, y1] per word, in reading order; the box in fractions (0 to 1) of the "
            "page's width and height from its top left corner, as displayed (rotation applied).",
        ),
    },
)
PAGE_WORDS = dict(
    summary="The words OCR read on a page, with their boxes (members of its collection)",
    description=(
        "For a page that was scanned (no text layer), the words OCR recognised and where they are: the "
        "viewer highlights a quoted passage with them. An empty list for a page with a text layer, a page "
        "OCR could not read, or one past the end; 404 for a document in a collection you are not a member of."
    ),
    parameters=[
        OpenApiParameter(
            "number",
            {"type": "integer", "minimum": 0, "maximum": 999_999_999},
            OpenApiParameter.PATH,
            description="The page, 1-based.",
        )
    ],
    responses={200: PAGE_WORDS_SERIALIZER, **UNAUTHORIZED, **forbidden("ask"), **NO_DOCUMENT},
    examples=[
        OpenApiExample(
            "A scanned page",
            value={
                "page": 3,
                "words": [["Plotting", 0.0612, 0.0871, 0.1533, 0.1002], ["semilogx", 0.1601, 0.0871, 0.2519, 0.1002]],
            },
            response_only=True,
            status_codes=["200"],
        ),
        UNAUTHORIZED_EXAMPLE,
        SCOPE_EXAMPLE,
        NOT_FOUND_DOCUMENT_EXAMPLE,
    ],
)
