"""A small OpenAI-protocol HTTP server for tests: real HTTP on 127.0.0.1, no cloud.

It answers `POST /v1/chat/completions` (echoing the last user message, so tests can see
what the app sent) and `POST /v1/embeddings` (deterministic vectors), records every request,
and can be told to fail: `stub.fail_next(status, times)` makes the next requests (or, with
`path="/chat/completions"`, the next such requests) answer that HTTP status, `stub.delay = 2.0`
makes every reply slow; `stub.reply_next(text)` scripts the next chat completion's text. With
`"stream": true` the reply comes as the protocol's SSE chunks (`stub.token_delay` s apart), ending with `data: [DONE]`;
`stub.streams_cut` counts the streams whose client hung up before the end.
"""

import base64
import hashlib
import json
import math
import re
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict
    body: dict


@dataclass
class OpenAIStub:
    """State shared between the test and the server thread."""

    host: str = "127.0.0.1"
    port: int = 0
    requests: list[RecordedRequest] = field(default_factory=list)
    failures: deque = field(default_factory=deque)
    delay: float = 0.0
    reply_prefix: str = "stub answer: "
    replies: deque = field(default_factory=deque)  # scripted replies, used before the echo
    token_delay: float = 0.0  # seconds between the chunks of a streamed reply
    streams_cut: int = 0  # streamed replies the client hung up on before the end
    embedding_dim: int = 64

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def fail_next(
        self,
        status: int,
        times: int = 1,
        message: str = "stub failure",
        headers: dict | None = None,
        path: str = "",
    ) -> None:
        """The next `times` requests (only those whose path ends with `path`, if given) fail."""
        for _ in range(times):
            self.failures.append((status, message, headers or {}, path))

    def reply_next(self, *texts: str) -> None:
        """The next chat completions answer these texts, in order (then the echo again)."""
        self.replies.extend(texts)

    def reset(self) -> None:
        self.requests.clear()
        self.failures.clear()
        self.replies.clear()
        self.delay = 0.0
        self.token_delay = 0.0
        self.streams_cut = 0

    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]


def fake_embedding(text: str, dim: int) -> list[float]:
    """A deterministic unit vector: hashed bag of words, so texts sharing words are similar."""
    values = [0.0] * dim
    for word in re.findall(r"\w+", text.lower()):
        values[int(hashlib.sha256(word.encode()).hexdigest(), 16) % dim] += 1.0
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def _handler_for(stub: OpenAIStub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = {"_raw": raw.decode(errors="replace")}
            stub.requests.append(
                RecordedRequest("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            )
            if stub.delay:
                time.sleep(stub.delay)
            if stub.failures and self.path.endswith(stub.failures[0][3]):
                status, message, headers, _ = stub.failures.popleft()
                self._send(status, {"error": {"message": message, "type": "stub_error", "code": None}}, headers)
                return
            if self.path.endswith("/chat/completions") and body.get("stream"):
                self._stream(self._chat_completion(body))
            elif self.path.endswith("/chat/completions"):
                self._send(200, self._chat_completion(body))
            elif self.path.endswith("/embeddings"):
                self._send(200, self._embeddings(body))
            else:
                self._send(404, {"error": {"message": f"unknown path {self.path}", "type": "not_found"}})

        def _chat_completion(self, body: dict) -> dict:
            user_messages = [m for m in body.get("messages", []) if m.get("role") == "user"]
            last = user_messages[-1]["content"] if user_messages else ""
            if isinstance(last, list):
                last = " ".join(part.get("text", "") for part in last)
            content = stub.replies.popleft() if stub.replies else stub.reply_prefix + last
            return {
                "id": "chatcmpl-stub",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", ""),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }

        def _embeddings(self, body: dict) -> dict:
            inputs = body.get("input", [])
            if isinstance(inputs, str):
                inputs = [inputs]
            as_base64 = body.get("encoding_format") == "base64"  # the openai client's default
            data = []
            for i, text in enumerate(inputs):
                vector = fake_embedding(str(text), stub.embedding_dim)
                if as_base64:
                    vector = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
                data.append({"object": "embedding", "index": i, "embedding": vector})
            return {"object": "list", "data": data, "model": body.get("model", ""), "usage": {}}

        def _stream(self, completion: dict) -> None:
            """The completion as the protocol streams it: SSE chunks of a few characters, then [DONE]."""
            text = completion["choices"][0]["message"]["content"]
            pieces = re.findall(r"\S+\s*|\s+", text) or [""]
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                self._write_chunks(completion, pieces)
            except (BrokenPipeError, ConnectionResetError):
                stub.streams_cut += 1
            self.close_connection = True

        def _write_chunks(self, completion: dict, pieces: list[str]) -> None:
            for n, piece in enumerate(pieces):
                delta = {"role": "assistant", "content": piece} if n == 0 else {"content": piece}
                chunk = {**completion, "object": "chat.completion.chunk",
                         "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}  # fmt: skip
                chunk.pop("usage", None)
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                self.wfile.flush()
                if stub.token_delay:
                    time.sleep(stub.token_delay)
            last = {**completion, "object": "chat.completion.chunk",
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}  # fmt: skip
            last.pop("usage", None)
            self.wfile.write(b"data: " + json.dumps(last).encode() + b"\n\ndata: [DONE]\n\n")
            self.wfile.flush()

        def _send(self, status: int, payload: dict, headers: dict | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # listen backlog: many clients connecting at once (the default 5 drops SYNs)

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that timed out and hung up is what the timeout tests want; stay quiet.
        pass


class OpenAIStubServer:
    """Runs an `OpenAIStub` in a background thread; use as a context manager."""

    def __init__(self) -> None:
        self.stub = OpenAIStub()
        self._server = _QuietServer((self.stub.host, 0), _handler_for(self.stub))
        self.stub.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> OpenAIStub:
        self._thread.start()
        return self.stub

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
