"""Limits through gunicorn: a body too large is refused before it is read, streams are rate
limited and their errors come from the API's pipeline, job event streams end, and per-user
caps on open streams and answers in progress. In process: tests/api/test_limits.py."""

import json
import socket
import threading
import time

import httpx
import pytest
from django.contrib.auth.models import User

from chat.models import ChatJob
from chat.queue import events as job_events
from tests.support.factories import api_token
from tests.support.pdfs import REFCARD_QUESTION
from tests.support.processes import openai_env, wait_until

# --- Request bodies ---------------------------------------------------------------------------------


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


# --- Streams inside DRF's pipeline ----------------------------------------------------------------


def _token(username: str) -> str:
    return api_token(User.objects.create(username=username))


@pytest.mark.django_db(transaction=True)
def test_streams_are_rate_limited_like_their_json_twins(start_web):
    # Per hour, not per minute: a slow machine may take more than a minute over the 36 requests,
    # and a minute's window would let the first request's slot free again (seen in CI, PostgreSQL).
    url = start_web(API_AUTH_REQUIRED="true", THROTTLE_CHAT="10/hour", ANSWERS_PER_USER="0", STREAMS_PER_USER="0")
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


# --- Job event streams end ---------------------------------------------------------------------------


def _events_lines(url: str, job_id: str, headers: dict) -> list[str]:
    with httpx.stream("GET", f"{url}/chat/jobs/{job_id}/events", headers=headers, timeout=20) as response:
        assert response.status_code == 200
        return list(response.iter_lines())


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


@pytest.mark.django_db(transaction=True)
def test_open_streams_per_user_are_capped(start_web):
    url = start_web(API_AUTH_REQUIRED="true", STREAMS_PER_USER="2", JOB_EVENTS_HEARTBEAT="0.2")
    owner = User.objects.create(username="cy")
    headers = {"Authorization": f"Token {api_token(owner)}"}
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
