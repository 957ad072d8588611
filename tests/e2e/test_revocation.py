"""Revocation takes effect on work already under way (docs/access.md), with real processes:
gunicorn, an RQ worker, Redis, the OpenAI stub.

- A question queued with a token that is revoked before a worker picks it up fails saying so,
  and stores no answer; one queued for a collection its asker is then removed from fails too
  (and one that named no collection is answered without it).
- An answer being streamed stops, with an `error` event saying access was removed and no
  `done`, when its asker is removed from a collection it searched or its token is revoked:
  access is checked again every ACCESS_RECHECK_SECONDS while the model writes.
"""

import json
from collections.abc import Iterator

import httpx
import pytest

from chat.models import ChatJob, Message
from chat.selectors.access import Asker
from chat.services import collections as collection_services
from chat.services.tokens import create_token, revoke_token
from tests.support.factories import REFCARD_TEXTS, DocumentFactory, UserFactory
from tests.support.pdfs import REFCARD_QUESTION
from tests.support.processes import openai_env, wait_until

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shared(media_root) -> dict:
    """Bob's collection X holds the reference card; Alice reads it (a viewer) with two tokens."""
    alice, bob = UserFactory(username="alice"), UserFactory(username="bob")
    x = collection_services.create_collection(asker=Asker(user=bob), name="X")
    collection_services.set_member(asker=Asker(user=bob), collection_id=str(x.key), username="alice", role="viewer")
    DocumentFactory(owner=bob, collection=x, title="Octave refcard", chunks=REFCARD_TEXTS)
    _, bot = create_token(user=alice, name="bot", scopes=["ask"])
    _, poller = create_token(user=alice, name="poller", scopes=["ask"])
    return {"alice": alice, "bob": bob, "x": x, "bot": bot, "poller": poller}


def sse_events(url: str, body: dict, headers: dict) -> Iterator[dict]:
    """POST /chat/stream's events, parsed, as they arrive, until the stream ends."""
    current: dict = {}
    with httpx.stream("POST", url, json=body, headers=headers, timeout=60) as response:
        assert response.status_code == 200, response.read()
        for line in response.iter_lines():
            if not line:
                if "event" in current:
                    yield current
                current = {}
            elif line.startswith(("event: ", "data: ")):
                field, _, value = line.partition(": ")
                current[field] = json.loads(value) if field == "data" else value


def auth(key: str) -> dict:
    return {"Authorization": f"Token {key}"}


def submit(url: str, key: str, **body) -> str:
    response = httpx.post(f"{url}/chat/async", json={"message": REFCARD_QUESTION, **body}, headers=auth(key))
    assert response.status_code == 202, response.text
    return response.json()["job_id"]


def outcome(url: str, key: str, job_id: str) -> dict:
    """The job as its asker polls it, once a worker has settled it."""

    def settled() -> dict | None:
        body = httpx.get(f"{url}/chat/jobs/{job_id}", headers=auth(key)).json()
        return body if body["status"] in ("finished", "failed") else None

    return wait_until(settled, 60, f"job {job_id} to be settled", interval=0.1)


def test_a_queued_job_whose_token_was_revoked_fails_and_stores_no_answer(start_web, start_worker, shared):
    url = start_web(API_AUTH_REQUIRED="true")
    alice = shared["alice"]
    revoked = submit(url, shared["bot"])
    still_good = submit(url, shared["poller"])
    assert ChatJob.objects.get(id=revoked).status == ChatJob.Status.QUEUED  # no worker yet
    revoke_token(user=alice, token_id=ChatJob.objects.get(id=revoked).token_id)
    assert httpx.get(f"{url}/chat/jobs/{revoked}", headers=auth(shared["bot"])).status_code == 401

    worker = start_worker("chat")
    failed = outcome(url, shared["poller"], revoked)
    assert failed["status"] == "failed", worker.output()
    assert failed["error"] == "Not answered: the API token 'bot' was revoked."
    assert failed["answer"] is None and failed["sources"] == []
    row = ChatJob.objects.get(id=revoked)
    assert (row.status, row.answer, row.result) == (ChatJob.Status.FAILED, "", {})
    # The other token's question, queued alongside, is answered.
    answered = outcome(url, shared["poller"], still_good)
    assert answered["status"] == "finished" and "semilogx" in answered["answer"]


def test_a_queued_job_of_a_member_removed_meanwhile_does_not_read_the_collection(start_web, start_worker, shared):
    url = start_web(API_AUTH_REQUIRED="true")
    x_key = str(shared["x"].key)
    named = submit(url, shared["bot"], collection_ids=[x_key], new_conversation=True)
    unnamed = submit(url, shared["bot"])
    collection_services.remove_member(asker=Asker(user=shared["bob"]), collection_id=x_key, username="alice")

    worker = start_worker("chat")
    failed = outcome(url, shared["poller"], named)
    assert failed["status"] == "failed", worker.output()
    assert failed["error"] == f"No collection with id {x_key} that you may read."
    row = ChatJob.objects.get(id=named)
    assert row.answer == "" and row.result == {}
    assert not Message.objects.filter(role=Message.Role.ASSISTANT).exists()
    # Asked of every collection she may read: those are read when the job runs, without X.
    answered = outcome(url, shared["poller"], unnamed)
    assert answered["status"] == "finished" and answered["sources"] == [] and "semilogx" not in answered["answer"]


@pytest.mark.parametrize("taken_away", ["membership", "token"])
def test_an_open_stream_ends_with_an_error_when_access_is_taken_away(start_web, openai_stub, shared, taken_away):
    openai_stub.reply_next(" ".join(f"word{n}" for n in range(400)))
    openai_stub.token_delay = 0.02  # 8 s to the end
    url = start_web(**openai_env(openai_stub), EMBEDDINGS_BACKEND="none", API_AUTH_REQUIRED="true",
                    ACCESS_RECHECK_SECONDS="0.2")  # fmt: skip
    body = {"message": REFCARD_QUESTION, "new_conversation": True}
    events, taken = [], False
    for event in sse_events(f"{url}/chat/stream", body, auth(shared["bot"])):
        events.append(event)
        if not taken and [e["event"] for e in events].count("delta") == 5:  # being written: take access away
            taken = True
            if taken_away == "membership":
                collection_services.remove_member(asker=Asker(user=shared["bob"]), collection_id=str(shared["x"].key),
                                                  username="alice")  # fmt: skip
            else:
                revoke_token(user=shared["alice"], token_id=shared["alice"].api_tokens.get(name="bot").pk)

    kinds = [event["event"] for event in events]
    assert kinds[-1] == "error" and "done" not in kinds and "sources" not in kinds, kinds
    why = {
        "membership": "you are no longer a member of a collection it searched.",
        "token": "the API token 'bot' was revoked.",
    }[taken_away]
    assert events[-1]["data"] == {"error": f"Access was removed while this answer was written: {why}"}
    written = "".join(e["data"]["text"] for e in events if e["event"] == "delta")
    assert "word399" not in written  # it stopped well before the model's end
    wait_until(lambda: openai_stub.streams_cut == 1, 5, "the model call to be cut off")
    # The question is in the conversation; no answer is.
    assert list(Message.objects.values_list("role", flat=True)) == [Message.Role.USER]
