"""HTTP API: validate with a serializer, call one service or selector, shape the reply.

Their OpenAPI documentation is openapi/; service errors (QueueUnavailable, UploadRejected)
become HTTP answers in one place, error_responses.py.
"""

import logging

from django.conf import settings
from django.db.models import QuerySet
from django.http import FileResponse
from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from chat.api import concurrency, openapi
from chat.api.body_limit import max_body_bytes, too_large_message
from chat.api.error_responses import PayloadTooLarge
from chat.api.permissions import asker_of
from chat.api.serializers import (
    ChatAnswerSerializer,
    ChatJobSerializer,
    ChatJobSubmittedSerializer,
    ChatRequestSerializer,
    ConversationDetailSerializer,
    ConversationSerializer,
    DocumentListQuerySerializer,
    DocumentSerializer,
    DocumentUploadSerializer,
    HealthSerializer,
)
from chat.models import ApiToken, Conversation, Document, Role
from chat.queue import health
from chat.selectors import conversations as conversation_selectors
from chat.selectors.access import document_for
from chat.selectors.documents import document_list, page_words
from chat.selectors.jobs import job_get
from chat.services.audit import Origin
from chat.services.chat_jobs import submit_chat
from chat.services.conversations import ask, delete_conversation
from chat.services.documents import accept_upload, delete_document, open_file

logger = logging.getLogger(__name__)


class ChatViewSet(viewsets.GenericViewSet):
    """Ask a question and wait for the answer (sync) or get a job to poll (async)."""

    serializer_class = ChatRequestSerializer
    throttle_scope = "chat"

    @extend_schema(**openapi.SYNC)
    @action(detail=False, methods=["post"], url_path="sync")
    def sync(self, request: Request) -> Response:
        serializer = ChatRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with concurrency.holding(cap=concurrency.ANSWERS, request=request):
            answer, conversation = ask(asker=asker_of(request), **serializer.validated_data)
        reply = answer.as_result() | ({"conversation_id": str(conversation.id)} if conversation else {})
        return Response(ChatAnswerSerializer(reply).data)

    @extend_schema(**openapi.ASYNC)
    @action(detail=False, methods=["post"], url_path="async")
    def async_(self, request: Request) -> Response:
        serializer = ChatRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        chat_job = submit_chat(asker=asker_of(request), **serializer.validated_data)
        submitted = {"job_id": str(chat_job.id), "status": chat_job.status}
        if chat_job.conversation_id:
            submitted["conversation_id"] = str(chat_job.conversation_id)
        data = ChatJobSubmittedSerializer(submitted).data
        return Response(data, status=status.HTTP_202_ACCEPTED)


class ChatJobViewSet(viewsets.GenericViewSet):
    """The state of a job queued by POST /chat/async."""

    serializer_class = ChatJobSerializer
    lookup_field = "job_id"
    # Match anything (newlines too: "." does not), so that every malformed id reaches the view
    # and gets a JSON 404.
    lookup_value_regex = r"[\s\S]+?"

    @extend_schema(**openapi.JOB)
    def retrieve(self, request: Request, job_id: str) -> Response:
        chat_job = job_get(job_id=job_id, asker=asker_of(request))
        if chat_job is None:
            raise NotFound("No chat job with this id.")
        return Response(ChatJobSerializer(chat_job).data)


class ConversationViewSet(viewsets.GenericViewSet):
    """Chat threads: list them, read one with its messages and their sources, delete one."""

    serializer_class = ConversationSerializer
    lookup_field = "conversation_id"
    lookup_value_regex = ChatJobViewSet.lookup_value_regex

    def get_queryset(self) -> QuerySet[Conversation]:
        return conversation_selectors.conversation_list(owner=asker_of(self.request).user)

    @extend_schema(**openapi.CONVERSATIONS)
    def list(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(ConversationSerializer(page, many=True).data)

    @extend_schema(**openapi.CONVERSATION)
    def retrieve(self, request: Request, conversation_id: str) -> Response:
        serializer = ConversationDetailSerializer(self._get(conversation_id), context={"asker": asker_of(request)})
        return Response(serializer.data)

    @extend_schema(**openapi.CONVERSATION_DELETE)
    def destroy(self, request: Request, conversation_id: str) -> Response:
        delete_conversation(conversation=self._get(conversation_id))
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _get(self, conversation_id: str) -> Conversation:
        conversation = conversation_selectors.conversation_get(
            conversation_id=conversation_id, owner=asker_of(self.request).user
        )
        if conversation is None:
            raise NotFound("No conversation with this id.")
        return conversation


class DocumentViewSet(viewsets.GenericViewSet):
    """Upload PDFs, follow their ingestion, list and delete them."""

    serializer_class = DocumentSerializer
    lookup_field = "document_id"
    lookup_value_regex = "[^/]+"  # not the jobs' catch-all: /documents/{id}/file follows
    parser_classes = [MultiPartParser]
    token_scopes = {"create": ApiToken.Scope.UPLOAD, "destroy": ApiToken.Scope.UPLOAD}

    @property
    def throttle_scope(self) -> str | None:
        return "upload" if self.action == "create" else None

    def get_queryset(self) -> QuerySet[Document]:
        query = DocumentListQuerySerializer(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return document_list(
            asker=asker_of(self.request),
            status=query.validated_data.get("status"),
            collection_id=query.validated_data.get("collection_id"),
        )

    @extend_schema(**openapi.UPLOAD)
    def create(self, request: Request) -> Response:
        # Served as ASGI, body_limit.py refused it already; this is for a plain WSGI deployment.
        limit = max_body_bytes(path=request.path, method="POST")
        if int(request.META.get("CONTENT_LENGTH") or 0) > limit:  # refuse before reading the body
            raise PayloadTooLarge(too_large_message(limit))
        # Masked in Django's error reports (mails to ADMINS; DEBUG off), like a login's password.
        request._request.sensitive_post_parameters = ["password"]
        serializer = DocumentUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data["file"]
        accepted = accept_upload(
            asker=asker_of(request),
            collection_id=serializer.validated_data.get("collection_id"),
            file=upload,
            filename=upload.name,
            title=serializer.validated_data.get("title", ""),
            password=serializer.validated_data.get("password") or None,
            origin=Origin.from_meta(request.META),
        )
        return Response(
            DocumentSerializer(accepted.document).data,
            status=status.HTTP_202_ACCEPTED if accepted.created else status.HTTP_200_OK,
        )

    @extend_schema(**openapi.LIST)
    def list(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(DocumentSerializer(page, many=True).data)

    @extend_schema(**openapi.RETRIEVE)
    def retrieve(self, request: Request, document_id: str) -> Response:
        return Response(DocumentSerializer(self._get(document_id)).data)

    @extend_schema(**openapi.DELETE)
    def destroy(self, request: Request, document_id: str) -> Response:
        document = self._get(document_id, needs=Role.EDITOR)
        delete_document(document=document, actor=asker_of(request).user, origin=Origin.from_meta(request.META))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(**openapi.FILE)
    @action(detail=True, methods=["get"], url_path="file")
    def file(self, request: Request, document_id: str) -> FileResponse:
        """The PDF as uploaded, for the members of its collection (the page's viewer reads it)."""
        document = self._get(document_id)
        try:
            opened = open_file(document=document, actor=asker_of(request).user, origin=Origin.from_meta(request.META))
        except FileNotFoundError:  # a lost disk or a partial restore: the operator must know, the user too
            logger.error("document %s: its file %s is missing from storage", document.id, document.file.name)
            raise NotFound("The document's file is missing from the server's storage; upload it again.") from None
        response = FileResponse(opened, content_type="application/pdf", filename=document.filename)
        response["Content-Disposition"] = response["Content-Disposition"].replace("attachment", "inline", 1)
        response["Cache-Control"] = "private, max-age=3600"
        return response

    @extend_schema(**openapi.PAGE_WORDS)
    @action(detail=True, methods=["get"], url_path=r"pages/(?P<number>[0-9]{1,9})/words", url_name="page-words")
    def words(self, request: Request, document_id: str, number: str) -> Response:
        """Where OCR found the words of a scanned page (the viewer highlights passages with them)."""
        page = int(number)
        return Response(
            {"page": page, "words": page_words(asker=asker_of(request), document_id=document_id, number=page)}
        )

    def _get(self, document_id: str, *, needs: str = Role.VIEWER) -> Document:
        return document_for(asker=asker_of(self.request), document_id=document_id, needs=needs)


class HealthView(APIView):
    """For load balancers and operators: database, Redis and worker presence; no sign-in."""

    # No identity needed: a stray or stale token must not turn a health probe into a 401.
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []

    @extend_schema(**openapi.HEALTH)
    def get(self, request: Request) -> Response:
        report = health.health_report()
        queues_served = report["workers"] and all(
            report["workers"].get(q) for q in (settings.CHAT_QUEUE, settings.INGEST_QUEUE, settings.VECTORS_QUEUE)
        )
        if not (report["database"]["ok"] and report["redis"]["ok"]):
            report["status"] = "down"
        else:
            report["status"] = "ok" if queues_served else "degraded"  # up, but jobs would wait
        code = status.HTTP_503_SERVICE_UNAVAILABLE if report["status"] == "down" else status.HTTP_200_OK
        return Response(HealthSerializer(report).data, status=code)
