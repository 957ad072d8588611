"""GET /chat/jobs/{id}/events: a job's events as server-sent events, from the live server."""

import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from chat.models import ChatJob
from chat.queue import events as job_events
from tests.support.pdfs import REFCARD_QUESTION
from tests.support.processes import openai_env, wait_until

pytestmark = pytest.mark.django_db(transaction=True)


def sse_events(method: str, url: str, **request: object) -> Iterator[dict]:
    """The server-sent events of a response, parsed, as they arrive, until it ends."""
    current: dict = {}
    with httpx.stream(method, url, timeout=60, **request) as response:
        assert response.status_code == 200, response.read()
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["x-accel-buffering"] == "no"
        for line in response.iter_lines():
            if not line:
                if "event" in current:
                    yield current
                current = {}
            elif line.startswith(("id: ", "event: ", "data: ")):
                field, _, value = line.partition(": ")
                current[field] = json.loads(value) if field == "data" else value


def read_events(url: str, job_id: str, headers: dict | None = None) -> list[dict]:
    return list(sse_events("GET", f"{url}/chat/jobs/{job_id}/events", headers=headers or {}))


def submit(url: str) -> str:
    return httpx.post(url + "/chat/async", json={"message": REFCARD_QUESTION}).json()["job_id"]


def test_a_job_streams_its_status_answer_and_sources_as_they_come(start_web, start_worker, openai_stub, refcard):
    openai_stub.reply_next(" ".join(f"word{n}" for n in range(100)))
    openai_stub.token_delay = 0.01  # 100 tokens over about a second
    env = {**openai_env(openai_stub), "EMBEDDINGS_BACKEND": "none"}
    url = start_web(**env)
    job_id = submit(url)  # queued: the stream waits for the worker
    got: list = []
    reader = threading.Thread(target=lambda: got.extend(read_events(url, job_id)))
    reader.start()
    time.sleep(0.5)
    start_worker("chat", **env)
    reader.join(60)

    kinds = [event["event"] for event in got]
    assert kinds[:2] == ["status", "status"]
    assert [got[0]["data"], got[1]["data"]] == [{"status": "queued"}, {"status": "started"}]
    assert kinds[-2:] == ["sources", "done"] and kinds.count("delta") >= 10
    answer = "".join(event["data"]["text"] for event in got if event["event"] == "delta")
    assert answer == got[-1]["data"]["answer"] == ChatJob.objects.get(id=job_id).answer

    # Reconnecting with the last id seen: exactly the rest.
    again = read_events(url, job_id, headers={"Last-Event-ID": got[5]["id"]})
    assert [event["id"] for event in again] == [event["id"] for event in got[6:]]


def test_a_finished_job_whose_events_expired_is_replayed_from_its_row(start_web, start_worker, refcard, redis_client):
    url = start_web()
    start_worker("chat")
    job_id = submit(url)
    wait_until(lambda: ChatJob.objects.get(id=job_id).status == ChatJob.Status.FINISHED, 60, "the job")
    redis_client.delete(job_events.stream_key(job_id))
    [done] = read_events(url, job_id)
    assert done["event"] == "done" and done["data"]["answer"] == ChatJob.objects.get(id=job_id).answer


def test_heartbeats_keep_a_waiting_stream_open_and_ids_are_checked(start_web, settings):
    url = start_web(JOB_EVENTS_HEARTBEAT="0.2", API_AUTH_REQUIRED="true")
    from django.contrib.auth.models import User

    from tests.support.factories import api_token

    user = User.objects.create(username="dana")
    token = api_token(user)
    job = ChatJob.objects.create(message="q", owner=user)  # never queued: it just waits
    lines = []
    with httpx.stream("GET", f"{url}/chat/jobs/{job.id}/events", headers={"Authorization": f"Token {token}"}) as r:
        for line in r.iter_lines():
            lines.append(line)
            if lines.count(": keep-alive") == 3:
                break
    assert lines[0] == "retry: 2000"
    assert httpx.get(f"{url}/chat/jobs/{job.id}/events").status_code == 401
    other = api_token(User.objects.create(username="eve"))
    assert httpx.get(f"{url}/chat/jobs/{job.id}/events", headers={"Authorization": f"Token {other}"}).status_code == 404
    assert httpx.get(f"{url}/chat/jobs/nope/events", headers={"Authorization": f"Token {token}"}).status_code == 404


def stream_post(url: str, body: dict, headers: dict | None = None) -> tuple[list[dict], float]:
    """POST /chat/stream: its events, and the seconds to the first `delta`."""
    events, first = [], None
    started = time.perf_counter()
    for event in sse_events("POST", f"{url}/chat/stream", json=body, headers=headers or {}):
        events.append(event)
        if event["event"] == "delta" and first is None:
            first = time.perf_counter() - started
    return events, first


def test_chat_stream_writes_a_synchronous_answer_as_it_comes(start_web, openai_stub, refcard):
    openai_stub.reply_next(" ".join(f"word{n}" for n in range(100)))
    openai_stub.token_delay = 0.01
    url = start_web(**openai_env(openai_stub), EMBEDDINGS_BACKEND="none")
    events, first = stream_post(url, {"message": REFCARD_QUESTION})
    kinds = [event["event"] for event in events]
    assert kinds[-2:] == ["sources", "done"] and kinds.count("delta") >= 10
    done = events[-1]["data"]
    assert set(done) == {"answer", "backend", "model", "sources"} and done["backend"] == "openai"
    assert "".join(e["data"]["text"] for e in events if e["event"] == "delta") == done["answer"]
    assert first < 0.5  # the first words long before the answer's second

    # /chat/sync streams the same way when asked to; without the header it is the seed's reply.
    asked = list(sse_events("POST", f"{url}/chat/sync", json={"message": REFCARD_QUESTION},
                            headers={"Accept": "text/event-stream"}))  # fmt: skip
    assert asked[-1]["event"] == "done" and [e["event"] for e in asked].count("delta") >= 10
    plain = httpx.post(f"{url}/chat/sync", json={"message": REFCARD_QUESTION}, timeout=30)
    assert plain.headers["content-type"] == "application/json" and set(plain.json()) >= {"answer"}

    bad = httpx.post(f"{url}/chat/stream", json={"message": 5})
    assert bad.status_code == 400 and "message" in bad.json()
    offline, _ = stream_post(start_web(), {"message": REFCARD_QUESTION, "new_conversation": True})
    assert offline[-1]["event"] == "done" and "conversation_id" in offline[-1]["data"]
    assert "semilogx" in offline[-1]["data"]["answer"]


@pytest.mark.parametrize(
    "path, body",
    [
        ("/chat/stream", {"message": REFCARD_QUESTION}),
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": REFCARD_QUESTION}], "stream": True}),
    ],
)
def test_a_client_that_goes_away_stops_the_model_call(start_web, openai_stub, refcard, path, body):
    openai_stub.reply_next(" ".join(f"word{n}" for n in range(400)))
    openai_stub.token_delay = 0.02  # 8 s to the end
    url = start_web(**openai_env(openai_stub), EMBEDDINGS_BACKEND="none")
    with httpx.stream("POST", url + path, json=body, timeout=30) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if "word5" in line:
                break  # and hang up
    wait_until(lambda: openai_stub.streams_cut == 1, 4, "the model call to be cut off")


def test_a_replayed_job_leaves_out_the_sources_of_a_collection_its_asker_left(start_web, start_worker, media_root):
    from chat.models import Collection, Membership, Role
    from tests.support.factories import REFCARD_TEXTS, DocumentFactory, UserFactory, api_token

    url = start_web(API_AUTH_REQUIRED="true")
    start_worker("chat")
    bob = UserFactory()
    shared = Collection.objects.create(name="Shared")
    Membership.objects.create(collection=shared, user=bob, role=Role.VIEWER)
    DocumentFactory(collection=shared, chunks=REFCARD_TEXTS)
    headers = {"Authorization": f"Token {api_token(bob)}"}
    job_id = httpx.post(url + "/chat/async", json={"message": REFCARD_QUESTION}, headers=headers).json()["job_id"]
    wait_until(lambda: ChatJob.objects.get(id=job_id).status == ChatJob.Status.FINISHED, 60, "the job")
    before = {event["event"]: event["data"] for event in read_events(url, job_id, headers=headers)}
    assert before["sources"]["sources"] and before["done"]["sources"]
    assert {source["collection_id"] for source in before["done"]["sources"]} == {str(shared.key)}

    Membership.objects.filter(collection=shared, user=bob).delete()
    after = {event["event"]: event["data"] for event in read_events(url, job_id, headers=headers)}
    assert after["sources"]["sources"] == [] and after["done"]["sources"] == []
    assert after["done"]["answer"] == before["done"]["answer"]  # the record of what was said stays
