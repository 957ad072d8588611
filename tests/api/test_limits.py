"""Limits on every path: request bodies (before anything is read), /v1's messages, and the
per-user caps on open streams, answers in progress and queued questions."""

import asyncio
import json
import socket
import threading
import time

import httpx
import pytest
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from chat.api.body_limit import BodyLimit
from chat.models import ChatJob
from chat.queue import events as job_events
from tests.conftest import REFCARD_QUESTION, openai_env, wait_until

# --- The body limit, as ASGI middleware ------------------------------------------------------


def run_asgi(app, scope: dict, chunks: list[bytes]) -> tuple[list[dict], int]:
    """Call an ASGI app with a body in `chunks`; (what it sent, how many body bytes it was given)."""
    sent: list[dict] = []
    given = 0
    queue = list(chunks)

    async def receive() -> dict:
        nonlocal given
        if not queue:
            return {"type": "http.disconnect"}
        body = queue.pop(0)
        given += len(body)
        return {"type": "http.request", "body": body, "more_body": bool(queue)}

    async def send(message: dict) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent, given


def http_scope(path: str, method: str = "POST", length: int | None = None) -> dict:
    headers = [(b"content-type", b"application/json")]
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    return {"type": "http", "path": path, "method": method, "headers": headers}


class ReadingApp:
    """Reads the whole body, then answers 200: what Django's ASGI handler does first."""

    def __init__(self) -> None:
        self.read = 0
        self.called = False

    async def __call__(self, scope, receive, send) -> None:
        self.called = True
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            self.read += len(message.get("body", b""))
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def test_a_declared_body_past_the_limit_is_refused_before_a_byte_is_read(settings):
    settings.REQUEST_MAX_BYTES = 1000
    app = ReadingApp()
    sent, given = run_asgi(BodyLimit(app), http_scope("/chat/stream", length=30 * 1024**3), [b"x" * 100] * 5)
    assert not app.called and given == 0
    assert sent[0]["status"] == 413
    assert json.loads(sent[1]["body"]) == {"detail": "The request body is larger than the limit of 1000 bytes."}


def test_a_chunked_body_is_cut_where_it_passes_the_limit(settings):
    settings.REQUEST_MAX_BYTES = 1000
    app = ReadingApp()
    sent, given = run_asgi(BodyLimit(app), http_scope("/v1/chat/completions"), [b"x" * 300] * 100)
    assert app.read <= 1000 and given <= 1200  # the application never saw more than the limit
    assert [m["status"] for m in sent if m["type"] == "http.response.start"] == [413]  # its own 200 went nowhere
    assert json.loads(sent[1]["body"])["error"]["code"] == 413  # the OpenAI protocol's error shape on /v1


def test_bodies_within_the_limit_pass_and_uploads_have_theirs(settings):
    settings.REQUEST_MAX_BYTES, settings.DOCUMENT_MAX_BYTES = 1000, 5000
    app = ReadingApp()
    sent, _ = run_asgi(BodyLimit(app), http_scope("/chat/sync", length=900), [b"x" * 900])
    assert sent[0]["status"] == 200 and app.read == 900
    upload = http_scope("/documents", length=5000)
    assert run_asgi(BodyLimit(ReadingApp()), upload, [b"x" * 5000])[0][0]["status"] == 200
    too_big = http_scope("/documents", length=5000 + 2 * 1024 * 1024)
    assert run_asgi(BodyLimit(ReadingApp()), too_big, [])[0][0]["status"] == 413


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_an_anonymous_30_gb_body_is_refused_before_10_mb_is_read(start_web):
    url = start_web(API_AUTH_REQUIRED="true")
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(
            b"POST /chat/stream HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Content-Length: 32212254720\r\n\r\n"
        )
        sent, reply = 0, b""
        connection.setblocking(False)
        deadline = time.monotonic() + 20
        while b"\r\n\r\n" not in reply and time.monotonic() < deadline and sent < 10 * 1024 * 1024:
            try:
                sent += connection.send(b"x" * 65536)
            except (BlockingIOError, ConnectionResetError, BrokenPipeError):
                time.sleep(0.01)
            try:
                reply += connection.recv(65536)
            except BlockingIOError:
                pass
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert sent < 10 * 1024 * 1024


# --- /v1/chat/completions: messages, characters, the question, the history ---------------------


def v1(client: APIClient, messages: list[dict]) -> tuple[int, dict]:
    response = client.post("/v1/chat/completions", {"messages": messages}, format="json")
    return response.status_code, response.json()


@pytest.mark.django_db
def test_v1_limits_messages_characters_and_the_question(settings):
    settings.OPENAI_MAX_MESSAGES, settings.OPENAI_TOTAL_MAX_CHARS, settings.OPENAI_MESSAGE_MAX_CHARS = 5, 3000, 2000
    settings.CHAT_MESSAGE_MAX_CHARS = 1000
    client = APIClient()
    user = {"role": "user", "content": "What is pipefail?"}
    status, body = v1(client, [user] * 6)
    assert status == 400 and "At most 5 messages" in body["error"]["message"]
    assert body["error"]["type"] == "invalid_request_error"
    status, body = v1(client, [{"role": "assistant", "content": "x" * 1900}] * 2 + [user])
    assert status == 400 and "OPENAI_TOTAL_MAX_CHARS" in body["error"]["message"]
    status, body = v1(client, [{"role": "system", "content": "x" * 2001}, user])
    assert status == 400 and "OPENAI_MESSAGE_MAX_CHARS" in body["error"]["message"]
    status, body = v1(client, [{"role": "user", "content": [{"type": "text", "text": "x"}] * 6}])
    assert status == 400 and "content parts" in body["error"]["message"]
    status, body = v1(client, [{"role": "user", "content": "why " * 300}])
    assert status == 400 and "CHAT_MESSAGE_MAX_CHARS" in body["error"]["message"]
    status, body = v1(client, [user])
    assert status == 200 and body["object"] == "chat.completion"


@pytest.mark.django_db(transaction=True)  # the view runs in an answer thread, on its own connection
def test_v1_trims_the_history_as_conversations_do(settings, openai_stub, refcard):
    settings.CONVERSATION_HISTORY_TURNS, settings.CONVERSATION_HISTORY_CHARS = 2, 10_000
    history = [{"role": "user" if n % 2 == 0 else "assistant", "content": f"turn {n}"} for n in range(10)]
    settings.EMBEDDINGS_BACKEND = "none"
    status, body = v1(APIClient(), [*history, {"role": "user", "content": REFCARD_QUESTION}])
    assert status == 200, body
    sent = json.dumps(openai_stub.chat_requests()[-1].body["messages"])
    assert "turn 9" in sent and "turn 8" in sent and "turn 7" not in sent


# --- Streams inside DRF's pipeline ----------------------------------------------------------------


def _token(username: str) -> str:
    return Token.objects.create(user=User.objects.create(username=username)).key


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_streams_are_rate_limited_like_their_json_twins(start_web):
    url = start_web(API_AUTH_REQUIRED="true", THROTTLE_CHAT="10/min", ANSWERS_PER_USER="0", STREAMS_PER_USER="0")
    headers = {"Authorization": f"Token {_token('ann')}"}
    requests = [
        ("/chat/stream", {"message": "What is pipefail?"}, {}),
        ("/chat/sync", {"message": "What is pipefail?"}, {"Accept": "text/event-stream"}),
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": "What is pipefail?"}], "stream": True}, {}),
    ]
    codes = []
    for n in range(36):  # 12 rounds of the three: the chat scope is counted over all of them
        path, body, extra = requests[n % 3]
        response = httpx.post(url + path, json=body, headers={**headers, **extra}, timeout=30)
        codes.append(response.status_code)
        if response.status_code == 429:
            assert int(response.headers["Retry-After"]) > 0
            assert "throttled" in json.dumps(response.json())
    assert codes[:10] == [200] * 10 and set(codes[10:]) == {429}
    assert httpx.post(url + "/chat/stream", json={"message": 5}, headers=headers).status_code == 429  # still


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_stream_errors_come_from_the_api_pipeline(start_web):
    url = start_web(API_AUTH_REQUIRED="true")
    headers = {"Authorization": f"Token {_token('bo')}", "Accept": "text/event-stream"}
    anonymous = httpx.post(url + "/chat/stream", json={"message": "hi"}, headers={"Accept": "text/event-stream"})
    assert anonymous.status_code == 401 and anonymous.headers["content-type"] == "application/json"
    invalid = httpx.post(url + "/chat/sync", json={"message": ""}, headers=headers)
    assert invalid.status_code == 400 and "message" in invalid.json()
    not_json = httpx.post(url + "/chat/stream", content=b"message=hi", headers=headers)
    assert not_json.status_code == 415


def test_the_streams_are_in_the_schema():
    schema = APIClient().get("/schema", HTTP_ACCEPT="application/json").json()
    stream = schema["paths"]["/chat/stream"]["post"]
    assert "text/event-stream" in stream["responses"]["200"]["content"]
    assert {"400", "401", "429"} <= set(stream["responses"])
    events = schema["paths"]["/chat/jobs/{job_id}/events"]["get"]
    assert "text/event-stream" in events["responses"]["200"]["content"]
    assert any(p["name"] == "Last-Event-ID" and p["in"] == "header" for p in events["parameters"])
    assert {"400", "404", "429"} <= set(events["responses"])
    assert "413" in schema["paths"]["/v1/chat/completions"]["post"]["responses"]


# --- Job event streams end ---------------------------------------------------------------------------


def _events_lines(url: str, job_id: str, headers: dict) -> list[str]:
    with httpx.stream("GET", f"{url}/chat/jobs/{job_id}/events", headers=headers, timeout=20) as response:
        assert response.status_code == 200
        return list(response.iter_lines())


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_a_job_stream_ends_after_its_end_also_when_resumed_past_it(start_web):
    url = start_web(JOB_EVENTS_HEARTBEAT="0.2")
    job = ChatJob.objects.create(message="q")  # never queued: its events are written here
    job_events.append(job_id=str(job.id), type="status", data={"status": "started"})
    job_events.append(job_id=str(job.id), type="done", data={"answer": "a", "sources": []})
    ids = [line.removeprefix("id: ") for line in _events_lines(url, str(job.id), {}) if line.startswith("id: ")]
    assert len(ids) == 2
    started = time.perf_counter()
    assert not any(line.startswith("event:") for line in _events_lines(url, str(job.id), {"Last-Event-ID": ids[-1]}))
    past = _events_lines(url, str(job.id), {"Last-Event-ID": "99999999999999-0"})
    assert not any(line.startswith("event:") for line in past)
    assert time.perf_counter() - started < 10  # it ended: it did not wait for the events to expire

    bad = httpx.get(f"{url}/chat/jobs/{job.id}/events", headers={"Last-Event-ID": "1-2-3"})
    assert bad.status_code == 400 and "Last-Event-ID" in bad.json()["detail"]
    assert httpx.get(f"{url}/chat/jobs/{job.id}/events", headers={"Last-Event-ID": "abc"}).status_code == 400


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_a_stream_resumed_past_a_waiting_jobs_events_ends_with_the_job(start_web):
    url = start_web(JOB_EVENTS_HEARTBEAT="0.2")
    job = ChatJob.objects.create(message="q")
    job_events.append(job_id=str(job.id), type="status", data={"status": "queued"})
    lines: list[str] = []
    reader = threading.Thread(
        target=lambda: lines.extend(_events_lines(url, str(job.id), {"Last-Event-ID": "99999999999999-0"}))
    )
    reader.start()
    time.sleep(1)
    assert reader.is_alive()  # the job has not ended: the stream waits
    job_events.append(job_id=str(job.id), type="done", data={"answer": "a", "sources": []})
    reader.join(10)
    assert not reader.is_alive()


# --- Per-user caps ------------------------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_open_streams_per_user_are_capped(start_web):
    url = start_web(API_AUTH_REQUIRED="true", STREAMS_PER_USER="2", JOB_EVENTS_HEARTBEAT="0.2")
    owner = User.objects.create(username="cy")
    headers = {"Authorization": f"Token {Token.objects.create(user=owner).key}"}
    job = ChatJob.objects.create(message="q", owner=owner)  # waits for ever
    path = f"{url}/chat/jobs/{job.id}/events"
    with httpx.stream("GET", path, headers=headers, timeout=20) as first, httpx.stream("GET", path, headers=headers):
        assert first.status_code == 200
        third = httpx.get(path, headers=headers)
        assert third.status_code == 429 and int(third.headers["Retry-After"]) > 0
        assert "STREAMS_PER_USER" in third.json()["detail"]
        other = {"Authorization": f"Token {_token('dee')}"}  # another user is not held up
        assert httpx.post(f"{url}/chat/stream", json={"message": "hi"}, headers=other).status_code == 200

    def reopened() -> bool:
        with httpx.stream("GET", path, headers=headers, timeout=20) as response:
            return response.status_code == 200

    wait_until(reopened, 10, "a closed stream's place to be given back")


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_answers_in_progress_per_user_are_capped(start_web, openai_stub, refcard):
    openai_stub.delay = 2.0
    url = start_web(**openai_env(openai_stub), ANSWERS_PER_USER="1", EMBEDDINGS_BACKEND="none")
    slow = threading.Thread(
        target=lambda: httpx.post(f"{url}/chat/sync", json={"message": REFCARD_QUESTION}, timeout=30)
    )
    slow.start()
    wait_until(lambda: openai_stub.chat_requests(), 10, "the first answer to reach the model")
    for path, body in [
        ("/chat/sync", {"message": REFCARD_QUESTION}),
        ("/chat/stream", {"message": REFCARD_QUESTION}),
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": REFCARD_QUESTION}]}),
    ]:
        refused = httpx.post(url + path, json=body, timeout=30)
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0, path
        assert "ANSWERS_PER_USER" in json.dumps(refused.json())
    slow.join(30)
    assert httpx.post(f"{url}/chat/sync", json={"message": REFCARD_QUESTION}, timeout=30).status_code == 200


@pytest.mark.django_db
def test_queued_questions_per_user_are_capped(settings):
    settings.QUEUED_CHAT_JOBS_PER_USER = 2
    client = APIClient()
    assert [client.post("/chat/async", {"message": "q"}, format="json").status_code for _ in range(2)] == [202, 202]
    refused = client.post("/chat/async", {"message": "q"}, format="json")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "QUEUED_CHAT_JOBS_PER_USER" in refused.json()["detail"]
    ChatJob.objects.update(status=ChatJob.Status.FINISHED)
    assert client.post("/chat/async", {"message": "q"}, format="json").status_code == 202


@pytest.mark.django_db(transaction=True)
def test_one_users_questions_do_not_hold_up_anothers(settings):
    """Of the chat queue, one user holds CHAT_OWNER_SLOTS places; the next user's question is
    answered before the rest of the first user's backlog."""
    from rq import SimpleWorker

    from chat.queue.connection import get_queue
    from chat.services.chat_jobs import submit_chat

    settings.CHAT_OWNER_SLOTS = 2
    alice, bob = User.objects.create(username="alice"), User.objects.create(username="bob")
    backlog = [submit_chat(message=f"question {n}", owner=alice) for n in range(6)]
    asked = submit_chat(message="my one question", owner=bob)
    queue = get_queue("chat")
    assert queue.job_ids == [str(backlog[0].id), str(backlog[1].id), str(asked.id)]
    SimpleWorker([queue], connection=queue.connection).work(burst=True)
    answered = [job.id for job in ChatJob.objects.order_by("finished_at")]
    assert all(job.status == ChatJob.Status.FINISHED for job in ChatJob.objects.all())
    assert answered.index(asked.id) == 2  # without the slots: 6, behind all of Alice's
