"""A chat job's events in its Redis Stream: status, the answer as it is written, sources, done."""

import pytest

from chat.queue import events as job_events
from chat.selectors.access import Asker
from chat.services.chat_jobs import submit_chat
from tests.support.pdfs import REFCARD_QUESTION
from tests.support.processes import run_chat_queue, start_redis

transactional = pytest.mark.django_db(transaction=True)


def types(events: list) -> list[str]:
    return [event.type for event in events]


@transactional
def test_an_offline_job_streams_its_answer(refcard_rows):
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()
    events = job_events.read(job_id=str(chat_job.id))
    assert types(events)[:2] == ["status", "status"]
    assert [events[0].data, events[1].data] == [{"status": "queued"}, {"status": "started"}]
    assert types(events)[-2:] == ["sources", "done"]
    deltas = [event.data["text"] for event in events if event.type == "delta"]
    done = events[-1].data
    assert deltas and "".join(deltas) == done["answer"]  # written at once offline: few events
    assert done["sources"] == events[-2].data["sources"] and done["backend"] == "extractive"
    # A reader that saw some events asks for what follows its last id: nothing is missed.
    assert job_events.read(job_id=str(chat_job.id), after=events[2].id) == events[3:]
    ids = [event.id for event in events]
    assert ids == sorted(ids, key=lambda i: tuple(map(int, i.split("-"))))


@transactional
def test_with_a_model_the_tokens_are_events(openai_stub, refcard_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    answer = " ".join(f"word{n}" for n in range(60)) + " [p. 3]"
    openai_stub.reply_next(answer)
    openai_stub.token_delay = 0.01  # 60 tokens over about 0.6 s
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()
    events = job_events.read(job_id=str(chat_job.id))
    deltas = [event.data["text"] for event in events if event.type == "delta"]
    assert 5 <= len(deltas) < 61  # as they came, a few tokens to an event
    assert "".join(deltas) == answer == events[-1].data["answer"]
    assert events[-1].type == "done" and events[-1].data["backend"] == "openai"


@transactional
def test_a_failed_job_ends_with_an_error_and_a_retry_says_so(openai_stub, refcard_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CHAT_RETRY_INTERVALS = [0]
    openai_stub.fail_next(503, times=10, message="overloaded")
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()
    events = job_events.read(job_id=str(chat_job.id))
    assert types(events) == ["status", "status", "status", "status", "error"]
    assert events[2].data == {"status": "queued", "error": "The model server answered HTTP 503: overloaded"}
    assert events[-1].data == {"error": "The model server answered HTTP 503: overloaded"}


@transactional
def test_events_expire_are_capped_and_never_fail_a_job(refcard_rows, settings, redis_client, tmp_path):
    settings.JOB_EVENTS_MAX = 10
    chat_job = submit_chat(asker=Asker(user=None), message=REFCARD_QUESTION)
    run_chat_queue()
    key = job_events.stream_key(str(chat_job.id))
    assert 0 < redis_client.ttl(key) <= settings.JOB_EVENTS_TTL
    for n in range(200):
        job_events.append(job_id=str(chat_job.id), type="delta", data={"text": str(n)})
    assert redis_client.xlen(key) < 200  # trimmed (approximately, as Redis does it cheaply)

    own_redis, url = start_redis(tmp_path)
    own_redis.stop()  # a Redis that is gone
    settings.RQ_QUEUES = {name: {**config, "URL": url} for name, config in settings.RQ_QUEUES.items()}
    job_events.append(job_id="x", type="delta", data={"text": "lost"})  # logged, not raised
