"""The OpenAI-compatible surface: `POST /v1/chat/completions` and `GET /v1/models`.

An OpenAI client pointed at this service (base URL `http://host:5000/v1`, its API token as
the key) chats with the user's documents. Replies are the protocol's shapes, plus
`sources` and `backend`; errors are `{"error": {"message", "type", "code"}}` as OpenAI
clients expect. `stream: true` sends the protocol's SSE chunks as the answer is written.
"""

import json
import time
import uuid
from collections.abc import AsyncIterator

from django.conf import settings
from django.http import StreamingHttpResponse
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.request import Request
from rest_framework.response import Response

from chat.api import concurrency
from chat.api.answer_relay import Outcome, Piece, relay
from chat.api.event_streams import BearerTokenAuthentication, StreamView, event_stream, served_from_event_loop
from chat.api.openapi.streams import NO_FORMAT
from chat.api.serializers import StrictBooleanField
from chat.api.views import owner_of
from chat.services.answering import Answer
from chat.services.openai_compat import complete, message_text, question_index

MODEL_ID = "pdfchat"


ROLES = ["system", "developer", "user", "assistant", "tool"]


class BearerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "chat.api.event_streams.BearerTokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema: object) -> dict:
        return {"type": "http", "scheme": "bearer", "description": "The API token, as OpenAI clients send their key."}


class MessageSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=ROLES)
    content = serializers.JSONField(help_text="A string, or a list of content parts with text.")

    def validate_content(self, content: object) -> object:
        parts_ok = isinstance(content, list) and all(
            isinstance(part, dict) and isinstance(part.get("text", ""), str) for part in content
        )
        if not (isinstance(content, str) or parts_ok):
            raise serializers.ValidationError("A string, or a list of content parts with text.")
        if isinstance(content, list) and len(content) > settings.OPENAI_MAX_MESSAGES:
            raise serializers.ValidationError(f"At most {settings.OPENAI_MAX_MESSAGES} content parts a message.")
        if len(message_text(content)) > settings.OPENAI_MESSAGE_MAX_CHARS:
            raise serializers.ValidationError(
                f"A message may hold at most {settings.OPENAI_MESSAGE_MAX_CHARS} characters (OPENAI_MESSAGE_MAX_CHARS)."
            )
        return content


class AnyStringField(serializers.Field):
    """Any JSON string, empty or not, as it is (the protocol's `model` is only echoed)."""

    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            raise serializers.ValidationError("Must be a string.")
        return data

    def to_representation(self, value: str) -> str:
        return value


class CompletionRequestSerializer(serializers.Serializer):
    """The request, within the limits every answer has: as many messages and characters as
    settings allow, and a question no longer than /chat's (CHAT_MESSAGE_MAX_CHARS)."""

    model = AnyStringField(required=False, default=MODEL_ID, help_text=f'Any; answered as "{MODEL_ID}".')
    messages = MessageSerializer(many=True, allow_empty=False)
    stream = StrictBooleanField(required=False, default=False)

    def validate_messages(self, messages: list[dict]) -> list[dict]:
        if len(messages) > settings.OPENAI_MAX_MESSAGES:
            raise serializers.ValidationError(f"At most {settings.OPENAI_MAX_MESSAGES} messages (OPENAI_MAX_MESSAGES).")
        texts = [message_text(message["content"]) for message in messages]
        if sum(len(text) for text in texts) > settings.OPENAI_TOTAL_MAX_CHARS:
            raise serializers.ValidationError(
                f"The messages may hold at most {settings.OPENAI_TOTAL_MAX_CHARS} characters in all "
                "(OPENAI_TOTAL_MAX_CHARS)."
            )
        asked = question_index(messages)
        if asked is not None and len(texts[asked]) > settings.CHAT_MESSAGE_MAX_CHARS:
            raise serializers.ValidationError(
                f"The question (the last user message) may hold at most {settings.CHAT_MESSAGE_MAX_CHARS} "
                "characters (CHAT_MESSAGE_MAX_CHARS)."
            )
        return messages


# The request as JSON Schema (the serializer checks the same; its schema would be looser).
PART = {"type": "object", "properties": {"type": {"type": "string"}, "text": {"type": "string"}}}
CONTENT = {"oneOf": [{"type": "string"}, {"type": "array", "items": PART}]}
COMPLETION_REQUEST = {
    "type": "object",
    "required": ["messages"],
    "properties": {
        "model": {"type": "string"},
        "stream": {"type": "boolean"},
        "messages": {
            "type": "array",
            "minItems": 1,
            "items": {"type": "object", "required": ["role", "content"],
                      "properties": {"role": {"enum": ROLES}, "content": CONTENT}},
        },
    },
}  # fmt: skip
ERROR = {
    "type": "object",
    "properties": {"error": {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]}},
    "required": ["error"],
}


class OpenAIView(StreamView):
    authentication_classes = [BearerTokenAuthentication, TokenAuthentication, SessionAuthentication]

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
            413: ERROR,
            415: ERROR,
            429: ERROR,
            502: ERROR,
        },
    )
    def post(self, request: Request) -> Response | StreamingHttpResponse:
        serializer = CompletionRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        owner, messages = owner_of(request), serializer.validated_data["messages"]
        if serializer.validated_data["stream"]:
            leases = concurrency.take_all(request=request, caps=[concurrency.STREAMS, concurrency.ANSWERS])
            return _stream(owner=owner, messages=messages, leases=leases)
        with concurrency.holding(cap=concurrency.ANSWERS, request=request):
            answer = complete(owner=owner, messages=messages)
        return Response(_completion(answer))


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


def _completion(answer: Answer) -> dict:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "sources": answer.sources,
        "backend": answer.backend,
    }


def _stream(*, owner: object, messages: list[dict], leases: list[concurrency.Lease]) -> StreamingHttpResponse:
    """The answer as SSE chunks while it is written (in an answer thread, answer_relay.py:
    stopped if the client goes away), then a last chunk with the finish reason, `sources`
    and `backend`. An async iterator: the event loop relays it, no thread waits on the client."""
    stream_id, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())

    def chunk(delta: dict, finish: str | None = None, **extra: object) -> bytes:
        body = {"id": stream_id, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}  # fmt: skip
        return b"data: " + json.dumps(body).encode() + b"\n\n"

    async def events() -> AsyncIterator[bytes]:
        yield chunk({"role": "assistant", "content": ""})
        sent = False
        async for item in relay(lambda on_delta: complete(owner=owner, messages=messages, on_delta=on_delta)):
            if isinstance(item, Piece):
                sent = True
                yield chunk({"content": item.text})
            elif isinstance(item, Outcome) and item.error is not None:
                error = {"error": {"message": str(item.error), "type": "server_error"}}
                yield b"data: " + json.dumps(error).encode() + b"\n\n"
            elif isinstance(item, Outcome):
                answer = item.value
                if not sent:  # nothing relevant: the answer was not written by a model, send it whole
                    yield chunk({"content": answer.text})
                yield chunk({}, "stop", sources=answer.sources, backend=answer.backend)
        yield b"data: [DONE]\n\n"

    return event_stream(concurrency.released_after(events(), leases=leases))
