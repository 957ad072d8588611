"""The OpenAI-compatible surface: `POST /v1/chat/completions` and `GET /v1/models`.

An OpenAI client pointed at this service (base URL `http://host:5000/v1`, its API token as
the key) chats with the user's documents. Replies are the protocol's shapes, plus
`sources` and `backend`; errors are `{"error": {"message", "type", "code"}}` as OpenAI
clients expect. `stream: true` sends the protocol's SSE chunks as the answer is written.
"""

import json

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.authentication import SessionAuthentication
from rest_framework.request import Request
from rest_framework.response import Response

from chat.api import concurrency
from chat.api.authentication import BearerTokenAuthentication
from chat.api.event_streams import StreamView, served_from_event_loop
from chat.api.openai import messages
from chat.api.openai.serializers import COMPLETION_REQUEST, ERROR, MODEL_ID, CompletionRequestSerializer
from chat.api.openapi.streams import NO_FORMAT
from chat.api.permissions import asker_of
from chat.selectors.access import readable_pks
from chat.services.chat_completions import complete


class OpenAIView(StreamView):
    authentication_classes = [BearerTokenAuthentication, SessionAuthentication]

    def handle_exception(self, exc: Exception) -> Response:
        """The API's errors, in the protocol's shape."""
        exc_response = super().handle_exception(exc)
        detail = exc_response.data.get("detail") if isinstance(exc_response.data, dict) else None
        exc_response.data = {
            "error": {
                "message": str(detail) if detail else json.dumps(exc_response.data),
                "type": "invalid_request_error" if exc_response.status_code < 500 else "server_error",
                "code": exc_response.status_code,
            }
        }
        return exc_response


class ChatCompletionsView(OpenAIView):
    throttle_scope = "chat"

    @extend_schema(
        summary="OpenAI-compatible chat completions over your documents",
        description="The last user message with text is the question, the turns before it its history. "
        "With stream: true, the protocol's SSE chunks (text/event-stream); the last chunk carries sources.",
        request={"application/json": COMPLETION_REQUEST},
        parameters=[NO_FORMAT],
        responses={
            (200, "application/json"): OpenApiTypes.OBJECT,
            (200, "text/event-stream"): OpenApiTypes.ANY,  # each event: a chunk, then [DONE]
            400: ERROR,
            401: ERROR,
            403: ERROR,  # a token without the ask scope
            404: ERROR,  # a collection in collection_ids the asker may not read
            413: ERROR,
            415: ERROR,
            429: ERROR,
            502: ERROR,
        },
    )
    def post(self, request: Request) -> Response | StreamingHttpResponse:
        serializer = CompletionRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        asker, asked = asker_of(request), serializer.validated_data["messages"]
        collection_ids = serializer.validated_data.get("collection_ids")
        if collection_ids is not None:  # a 404 in the protocol's shape now, not an error chunk after a 200
            readable_pks(asker=asker, keys=collection_ids)
        if serializer.validated_data["stream"]:
            leases = concurrency.take_all(request=request, caps=[concurrency.STREAMS, concurrency.ANSWERS])
            return messages.stream(asker=asker, messages=asked, collection_ids=collection_ids, leases=leases)
        with concurrency.holding(cap=concurrency.ANSWERS, request=request):
            answer = complete(asker=asker, messages=asked, collection_ids=collection_ids)
        return Response(messages.completion(answer))


# Under Django's ASGI handler (config/asgi.py): the view runs in an answer thread, a stream
# it returns is relayed by the event loop.
chat_completions = served_from_event_loop(ChatCompletionsView)


class ModelsView(OpenAIView):
    @extend_schema(
        summary="The one model this service offers (OpenAI-compatible)",
        parameters=[NO_FORMAT],
        responses={200: OpenApiTypes.OBJECT, 401: ERROR},
    )
    def get(self, request: Request) -> Response:
        return Response(
            {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "pdfchat"}]}
        )
