"""Limits on every path: request bodies (before anything is read), /v1's messages, and the
per-user caps on queued questions; in process. Through gunicorn (a 30 GB body, streams rate
limited and capped, answers in progress capped): tests/e2e/test_limits.py."""

import asyncio
import json

import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from chat.api.body_limit import BodyLimit
from chat.models import ChatJob
from chat.selectors.access import Asker
from tests.support.pdfs import REFCARD_QUESTION

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
def test_v1_trims_the_history_as_conversations_do(settings, openai_stub, refcard_rows):
    settings.CONVERSATION_HISTORY_TURNS, settings.CONVERSATION_HISTORY_CHARS = 2, 10_000
    history = [{"role": "user" if n % 2 == 0 else "assistant", "content": f"turn {n}"} for n in range(10)]
    settings.EMBEDDINGS_BACKEND = "none"
    status, body = v1(APIClient(), [*history, {"role": "user", "content": REFCARD_QUESTION}])
    assert status == 200, body
    sent = json.dumps(openai_stub.chat_requests()[-1].body["messages"])
    assert "turn 9" in sent and "turn 8" in sent and "turn 7" not in sent


# --- Streams inside DRF's pipeline: in the schema --------------------------------------------------


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


# --- Per-user caps ------------------------------------------------------------------------------


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
    backlog = [submit_chat(message=f"question {n}", asker=Asker(user=alice)) for n in range(6)]
    asked = submit_chat(message="my one question", asker=Asker(user=bob))
    queue = get_queue("chat")
    assert queue.job_ids == [str(backlog[0].id), str(backlog[1].id), str(asked.id)]
    SimpleWorker([queue], connection=queue.connection).work(burst=True)
    answered = [job.id for job in ChatJob.objects.order_by("finished_at")]
    assert all(job.status == ChatJob.Status.FINISHED for job in ChatJob.objects.all())
    assert answered.index(asked.id) == 2  # without the slots: 6, behind all of Alice's
