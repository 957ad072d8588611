"""HTTP API: validate with a serializer, call one service or selector, shape the reply."""

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from chat import selectors
from chat.errors import QUEUE_UNAVAILABLE, QueueUnavailable
from chat.models import Document
from chat.serializers import (
    ChatAnswerSerializer,
    ChatJobSerializer,
    ChatJobSubmittedSerializer,
    ChatRequestSerializer,
    DocumentListQuerySerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    ErrorSerializer,
    HealthSerializer,
)
from chat.services.answering import answer_question
from chat.services.ingestion import UploadRejected, accept_upload, delete_document
from chat.services.jobs import submit_chat

MESSAGE_EXAMPLE = OpenApiExample("A question", value={"message": "What does `set -o pipefail` do?"}, request_only=True)
BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description='Field errors such as {"message": ["..."]}, or {"detail": "..."} for malformed JSON.',
)
VALIDATION_ERROR_EXAMPLE = OpenApiExample(
    "Missing message",
    value={"message": ["This field is required."]},
    response_only=True,
    status_codes=["400"],
)


QUEUE_DOWN_EXAMPLE = OpenApiExample(
    "Queue down", value={"detail": QUEUE_UNAVAILABLE}, response_only=True, status_codes=["503"]
)
# Answers every API operation may give besides its own (DRF's authentication and throttling).
UNAUTHORIZED = {
    401: OpenApiResponse(
        ErrorSerializer, description="Sign-in required (API_AUTH_REQUIRED), or the token is not valid."
    )
}
UNAUTHORIZED_EXAMPLE = OpenApiExample(
    "Not signed in",
    value={"detail": "Authentication credentials were not provided."},
    response_only=True,
    status_codes=["401"],
)
THROTTLED = {429: OpenApiResponse(ErrorSerializer, description="Rate limit reached; retry after Retry-After seconds.")}
THROTTLED_EXAMPLE = OpenApiExample(
    "Rate limited",
    value={"detail": "Request was throttled. Expected available in 60 seconds."},
    response_only=True,
    status_codes=["429"],
)
NOT_JSON = {415: OpenApiResponse(ErrorSerializer, description="The body is not application/json.")}
NOT_JSON_EXAMPLE = OpenApiExample(
    "Not JSON",
    value={"detail": 'Unsupported media type "text/plain" in request.'},
    response_only=True,
    status_codes=["415"],
)
CHAT_ERROR_EXAMPLES = [VALIDATION_ERROR_EXAMPLE, UNAUTHORIZED_EXAMPLE, NOT_JSON_EXAMPLE, THROTTLED_EXAMPLE]
SOURCE_EXAMPLE = {
    "document_id": "5f0c2a1e-8a51-4a43-a2f4-3f6f0d0f6a11",
    "title": "bash",
    "page": 34,
    "score": 0.82,
    "snippet": "pipefail: If set, the return value of a pipeline is the value of the last (rightmost) "
    "command to exit with a non-zero status ...",
}
DOCUMENT_EXAMPLE = OpenApiExample(
    "A document being ingested",
    value={
        "document_id": "5f0c2a1e-8a51-4a43-a2f4-3f6f0d0f6a11",
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


def owner_of(request: Request) -> User | None:
    """Whose documents and jobs these are: the user, or nobody when authentication is off."""
    return request.user if request.user and request.user.is_authenticated else None


class ServiceUnavailable(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "queue_unavailable"


class ChatViewSet(viewsets.GenericViewSet):
    """Ask a question and wait for the answer (sync) or get a job to poll (async)."""

    serializer_class = ChatRequestSerializer
    throttle_scope = "chat"

    @extend_schema(
        summary="Answer a question now",
        request=ChatRequestSerializer,
        responses={200: ChatAnswerSerializer, 400: BAD_REQUEST, **UNAUTHORIZED, **NOT_JSON, **THROTTLED},
        examples=[
            MESSAGE_EXAMPLE,
            OpenApiExample(
                "An answer",
                value={
                    "answer": "It makes a pipeline fail if any command in it fails [p. 34].",
                    "backend": "openai",
                    "model": "gpt-5",
                    "sources": [SOURCE_EXAMPLE],
                },
                response_only=True,
                status_codes=["200"],
            ),
            *CHAT_ERROR_EXAMPLES,
        ],
    )
    @action(detail=False, methods=["post"], url_path="sync")
    def sync(self, request: Request) -> Response:
        serializer = ChatRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        answer = answer_question(owner=owner_of(request), **serializer.validated_data)
        return Response(ChatAnswerSerializer(answer.as_result()).data)

    @extend_schema(
        summary="Queue a question; poll GET /chat/jobs/{job_id} for the answer",
        request=ChatRequestSerializer,
        responses={
            202: ChatJobSubmittedSerializer,
            400: BAD_REQUEST,
            **UNAUTHORIZED,
            **NOT_JSON,
            **THROTTLED,
            503: ErrorSerializer,
        },
        examples=[
            MESSAGE_EXAMPLE,
            OpenApiExample(
                "A queued job",
                value={"job_id": "0b6f9c8e-6d1c-4d59-9a43-3f0a2e4c1d7b", "status": "queued"},
                response_only=True,
                status_codes=["202"],
            ),
            *CHAT_ERROR_EXAMPLES,
            QUEUE_DOWN_EXAMPLE,
        ],
    )
    @action(detail=False, methods=["post"], url_path="async")
    def async_(self, request: Request) -> Response:
        serializer = ChatRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            chat_job = submit_chat(owner=owner_of(request), **serializer.validated_data)
        except QueueUnavailable as exc:
            raise ServiceUnavailable(str(exc)) from exc
        data = ChatJobSubmittedSerializer({"job_id": str(chat_job.id), "status": chat_job.status}).data
        return Response(data, status=status.HTTP_202_ACCEPTED)


class ChatJobViewSet(viewsets.GenericViewSet):
    """The state of a job queued by POST /chat/async."""

    serializer_class = ChatJobSerializer
    lookup_field = "job_id"
    # Match anything (newlines too: "." does not), so that every malformed id reaches the view
    # and gets a JSON 404.
    lookup_value_regex = r"[\s\S]+?"

    @extend_schema(
        summary="Poll a chat job",
        parameters=[OpenApiParameter("job_id", str, OpenApiParameter.PATH, description="From POST /chat/async.")],
        responses={200: ChatJobSerializer, **UNAUTHORIZED, 404: ErrorSerializer, 503: ErrorSerializer},
        examples=[
            OpenApiExample(
                "Finished",
                value={
                    "job_id": "0b6f9c8e-6d1c-4d59-9a43-3f0a2e4c1d7b",
                    "status": "finished",
                    "answer": "It makes a pipeline fail if any command in it fails [p. 34].",
                    "error": None,
                    "backend": "openai",
                    "sources": [SOURCE_EXAMPLE],
                    "message": "What does `set -o pipefail` do?",
                    "created_at": "2026-11-25T10:00:00Z",
                    "started_at": "2026-11-25T10:00:01Z",
                    "finished_at": "2026-11-25T10:00:03Z",
                },
                response_only=True,
                status_codes=["200"],
            ),
            QUEUE_DOWN_EXAMPLE,
            UNAUTHORIZED_EXAMPLE,
            OpenApiExample(
                "Unknown id",
                value={"detail": "No chat job with this id."},
                response_only=True,
                status_codes=["404"],
            ),
        ],
    )
    def retrieve(self, request: Request, job_id: str) -> Response:
        try:
            chat_job = selectors.job_get(job_id=job_id, owner=owner_of(request))
        except QueueUnavailable as exc:
            raise ServiceUnavailable(str(exc)) from exc
        if chat_job is None:
            raise NotFound("No chat job with this id.")
        return Response(ChatJobSerializer(chat_job).data)


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


class UnsupportedFile(APIException):
    status_code = status.HTTP_415_UNSUPPORTED_MEDIA_TYPE
    default_code = "not_a_pdf"


class BadUpload(APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "bad_upload"


UPLOAD_ERRORS = {400: BadUpload, 413: PayloadTooLarge, 415: UnsupportedFile}


class DocumentViewSet(viewsets.GenericViewSet):
    """Upload PDFs, follow their ingestion, list and delete them."""

    serializer_class = DocumentSerializer
    lookup_field = "document_id"
    lookup_value_regex = ChatJobViewSet.lookup_value_regex
    parser_classes = [MultiPartParser]

    @property
    def throttle_scope(self) -> str | None:
        return "upload" if self.action == "create" else None

    def get_queryset(self) -> QuerySet[Document]:
        return selectors.document_list(owner=owner_of(self.request), status=self.request.query_params.get("status"))

    @extend_schema(
        summary="Upload a PDF; it is ingested in the background",
        request={"multipart/form-data": DocumentUploadSerializer},
        responses={
            202: DocumentSerializer,
            200: OpenApiResponse(DocumentSerializer, description="The same bytes were uploaded before."),
            400: BAD_REQUEST,
            **UNAUTHORIZED,
            413: ErrorSerializer,
            415: ErrorSerializer,
            **THROTTLED,
            503: ErrorSerializer,
        },
        examples=[DOCUMENT_EXAMPLE, *UPLOAD_ERROR_EXAMPLES, UNAUTHORIZED_EXAMPLE, THROTTLED_EXAMPLE],
    )
    def create(self, request: Request) -> Response:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
        if declared > settings.DOCUMENT_MAX_BYTES + 1024 * 1024:  # refuse before reading the body
            raise PayloadTooLarge(f"The upload is larger than the limit of {settings.DOCUMENT_MAX_BYTES} bytes.")
        serializer = DocumentUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        try:
            accepted = accept_upload(
                owner=owner_of(request),
                file=upload,
                filename=upload.name,
                title=serializer.validated_data.get("title", ""),
            )
        except UploadRejected as exc:
            raise UPLOAD_ERRORS[exc.status_code](str(exc)) from exc
        except QueueUnavailable as exc:
            raise ServiceUnavailable(str(exc)) from exc
        return Response(
            DocumentSerializer(accepted.document).data,
            status=status.HTTP_202_ACCEPTED if accepted.created else status.HTTP_200_OK,
        )

    @extend_schema(
        summary="List documents, newest first",
        parameters=[DocumentListQuerySerializer],
        responses={
            200: DocumentSerializer(many=True),
            400: BAD_REQUEST,
            **UNAUTHORIZED,
            404: OpenApiResponse(ErrorSerializer, description="No such page."),
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
            OpenApiExample("No such page", value={"detail": "Invalid page."}, response_only=True, status_codes=["404"]),
        ],
    )
    def list(self, request: Request) -> Response:
        query = DocumentListQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(DocumentSerializer(page, many=True).data)

    @extend_schema(
        summary="A document and its ingestion progress",
        responses={200: DocumentSerializer, **UNAUTHORIZED, 404: ErrorSerializer},
        examples=[DOCUMENT_EXAMPLE, UNAUTHORIZED_EXAMPLE, NOT_FOUND_DOCUMENT_EXAMPLE],
    )
    def retrieve(self, request: Request, document_id: str) -> Response:
        return Response(DocumentSerializer(self._get(document_id)).data)

    @extend_schema(
        summary="Delete a document, its chunks and its file",
        responses={204: None, **UNAUTHORIZED, 404: ErrorSerializer},
        examples=[UNAUTHORIZED_EXAMPLE, NOT_FOUND_DOCUMENT_EXAMPLE],
    )
    def destroy(self, request: Request, document_id: str) -> Response:
        delete_document(document=self._get(document_id))
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _get(self, document_id: str) -> Document:
        document = selectors.document_get(document_id=document_id, owner=owner_of(self.request))
        if document is None:
            raise NotFound("No document with this id.")
        return document


class HealthView(APIView):
    """For load balancers and operators: database, Redis and worker presence; no sign-in."""

    # No identity needed: a stray or stale token must not turn a health probe into a 401.
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []

    @extend_schema(
        summary="Service health",
        responses={200: HealthSerializer, 503: HealthSerializer},
        examples=[
            OpenApiExample(
                "Healthy",
                value={
                    "status": "ok",
                    "database": {"ok": True},
                    "redis": {"ok": True},
                    "workers": {"chat": 1, "ingest": 1, "default": 1},
                },
                response_only=True,
                status_codes=["200"],
            ),
            OpenApiExample(
                "Redis down",
                value={
                    "status": "down",
                    "database": {"ok": True},
                    "redis": {"ok": False, "error": "ConnectionError"},
                    "workers": None,
                },
                response_only=True,
                status_codes=["503"],
            ),
        ],
    )
    def get(self, request: Request) -> Response:
        report = selectors.health_report()
        queues_served = report["workers"] and all(
            report["workers"].get(q) for q in (settings.CHAT_QUEUE, settings.INGEST_QUEUE)
        )
        if not (report["database"]["ok"] and report["redis"]["ok"]):
            report["status"] = "down"
        else:
            report["status"] = "ok" if queues_served else "degraded"  # up, but jobs would wait
        code = status.HTTP_503_SERVICE_UNAVAILABLE if report["status"] == "down" else status.HTTP_200_OK
        return Response(HealthSerializer(report).data, status=code)
