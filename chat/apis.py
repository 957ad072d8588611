"""HTTP API: validate with a serializer, call one service or selector, shape the reply."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, NotFound
from rest_framework.request import Request
from rest_framework.response import Response

from chat import selectors
from chat.serializers import (
    ChatAnswerSerializer,
    ChatJobSerializer,
    ChatJobSubmittedSerializer,
    ChatRequestSerializer,
    ErrorSerializer,
)
from chat.services.answering import answer_question
from chat.services.jobs import QueueUnavailable, submit_chat

MESSAGE_EXAMPLE = OpenApiExample(
    "A question", value={"message": "What does `set -o pipefail` do?"}, request_only=True
)
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


class ServiceUnavailable(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "queue_unavailable"


class ChatViewSet(viewsets.GenericViewSet):
    """Ask a question and wait for the answer (sync) or get a job to poll (async)."""

    serializer_class = ChatRequestSerializer

    @extend_schema(
        summary="Answer a question now",
        request=ChatRequestSerializer,
        responses={200: ChatAnswerSerializer, 400: BAD_REQUEST},
        examples=[
            MESSAGE_EXAMPLE,
            OpenApiExample(
                "An answer",
                value={
                    "answer": "It makes a pipeline fail if any command in it fails.",
                    "backend": "openai",
                    "model": "gpt-5",
                },
                response_only=True,
                status_codes=["200"],
            ),
            VALIDATION_ERROR_EXAMPLE,
        ],
    )
    @action(detail=False, methods=["post"], url_path="sync")
    def sync(self, request: Request) -> Response:
        serializer = ChatRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        answer = answer_question(message=serializer.validated_data["message"])
        return Response(
            ChatAnswerSerializer(
                {"answer": answer.text, "backend": answer.backend, "model": answer.model}
            ).data
        )

    @extend_schema(
        summary="Queue a question; poll GET /chat/jobs/{job_id} for the answer",
        request=ChatRequestSerializer,
        responses={202: ChatJobSubmittedSerializer, 400: BAD_REQUEST, 503: ErrorSerializer},
        examples=[
            MESSAGE_EXAMPLE,
            OpenApiExample(
                "A queued job",
                value={"job_id": "0b6f9c8e-6d1c-4d59-9a43-3f0a2e4c1d7b", "status": "queued"},
                response_only=True,
                status_codes=["202"],
            ),
            VALIDATION_ERROR_EXAMPLE,
            OpenApiExample(
                "Queue down",
                value={"detail": "The job queue is unavailable; please try again later."},
                response_only=True,
                status_codes=["503"],
            ),
        ],
    )
    @action(detail=False, methods=["post"], url_path="async")
    def async_(self, request: Request) -> Response:
        serializer = ChatRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            chat_job = submit_chat(message=serializer.validated_data["message"])
        except QueueUnavailable as exc:
            raise ServiceUnavailable(str(exc)) from exc
        data = ChatJobSubmittedSerializer({"job_id": str(chat_job.id), "status": chat_job.status}).data
        return Response(data, status=status.HTTP_202_ACCEPTED)


class ChatJobViewSet(viewsets.GenericViewSet):
    """The state of a job queued by POST /chat/async."""

    serializer_class = ChatJobSerializer
    lookup_field = "job_id"
    # Match anything, so that every malformed id reaches the view and gets a JSON 404.
    lookup_value_regex = ".+?"

    @extend_schema(
        summary="Poll a chat job",
        parameters=[
            OpenApiParameter("job_id", str, OpenApiParameter.PATH, description="From POST /chat/async.")
        ],
        responses={200: ChatJobSerializer, 404: ErrorSerializer},
        examples=[
            OpenApiExample(
                "Finished",
                value={
                    "job_id": "0b6f9c8e-6d1c-4d59-9a43-3f0a2e4c1d7b",
                    "status": "finished",
                    "answer": "It makes a pipeline fail if any command in it fails.",
                    "error": None,
                    "backend": "openai",
                    "message": "What does `set -o pipefail` do?",
                    "created_at": "2026-11-25T10:00:00Z",
                    "started_at": "2026-11-25T10:00:01Z",
                    "finished_at": "2026-11-25T10:00:03Z",
                },
                response_only=True,
                status_codes=["200"],
            ),
            OpenApiExample(
                "Unknown id",
                value={"detail": "No chat job with this id."},
                response_only=True,
                status_codes=["404"],
            ),
        ],
    )
    def retrieve(self, request: Request, job_id: str) -> Response:
        chat_job = selectors.job_get(job_id=job_id)
        if chat_job is None:
            raise NotFound("No chat job with this id.")
        return Response(ChatJobSerializer(chat_job).data)
