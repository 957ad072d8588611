"""The protocol's reply shapes: a whole `chat.completion`, or the SSE `chat.completion.chunk`s
of a streamed one, each with this service's extras (`sources`, `backend`)."""

import json
import time
import uuid
from collections.abc import AsyncIterator, Callable

from django.http import StreamingHttpResponse

from chat.api import concurrency
from chat.api.answer_relay import Outcome, Piece, relay
from chat.api.event_streams import event_stream
from chat.api.openai.serializers import MODEL_ID
from chat.selectors.access import Asker
from chat.services.answering import Answer
from chat.services.chat_completions import complete


def completion(answer: Answer) -> dict:
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


def stream(
    *, asker: Asker, messages: list[dict], collection_ids: list | None, leases: list[concurrency.Lease]
) -> StreamingHttpResponse:
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

        def write(on_delta: Callable[[str], None]) -> Answer:
            return complete(asker=asker, messages=messages, collection_ids=collection_ids, on_delta=on_delta)

        async for item in relay(write):
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
