"""The relay between an answer written in a thread and a streamed response, and what answering
does for many answers at once: bounded searches, no database connection while the model writes."""

import asyncio
import threading
import time

import pytest
from django.db import connection

from chat.api.answer_relay import AnswerStopped, Outcome, Piece, Started, relay
from chat.errors import ReadableError
from chat.selectors.access import Asker
from chat.services import answering
from chat.services.answering import answer_question
from tests.support.pdfs import REFCARD_QUESTION

# The answer threads check their database connections before and after (as Django does
# around a request), and a pool thread may hold one from an earlier test.
pytestmark = pytest.mark.django_db


async def collect(write) -> list:
    return [item async for item in relay(write)]


def test_the_relay_hands_on_pieces_then_the_outcome():
    def write(on_delta):
        for word in ("a ", "b ", "c"):
            on_delta(word)
            time.sleep(0.01)  # the loop keeps up: a piece an event
        return "a b c"

    items = asyncio.run(collect(write))
    assert items[0] == Started() and items[-1] == Outcome(value="a b c")
    assert "".join(item.text for item in items if isinstance(item, Piece)) == "a b c"


def test_a_readable_error_ends_the_relay_as_an_outcome():
    def write(on_delta):
        raise ReadableError("the model server answered HTTP 503")

    *_, last = asyncio.run(collect(write))
    assert isinstance(last, Outcome) and str(last.error) == "the model server answered HTTP 503"


def test_closing_the_relay_early_stops_the_writer_at_its_next_piece():
    stopped, written = threading.Event(), []

    def write(on_delta):
        try:
            for n in range(200):
                on_delta(f"w{n} ")
                written.append(n)
                time.sleep(0.01)
        except AnswerStopped:
            stopped.set()
            raise
        return "all"

    async def read_three():
        stream = relay(write)
        async for item in stream:
            if isinstance(item, Piece) and item.text.startswith("w2"):
                break
        await stream.aclose()  # what Django does to a response whose client went away

    asyncio.run(read_three())
    assert stopped.wait(2) and len(written) < 10


@pytest.mark.django_db(transaction=True)
def test_no_database_connection_is_held_while_the_model_writes(openai_stub, refcard_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    openai_stub.reply_next("one two three")
    held = []
    answer = answer_question(
        asker=Asker(user=None), message=REFCARD_QUESTION, on_delta=lambda text: held.append(connection.connection)
    )
    assert answer.backend == "openai" and held and all(c is None for c in held)


@pytest.mark.django_db(transaction=True)
def test_searches_at_once_are_bounded_per_process(refcard_rows, monkeypatch):
    running, most, lock = [0], [0], threading.Lock()
    search = answering.search

    def counted(**kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        try:
            return search(**kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(answering, "search", counted)
    monkeypatch.setattr(answering, "SEARCH_SLOTS", threading.BoundedSemaphore(2))
    threads = [
        threading.Thread(target=answer_question, kwargs={"message": REFCARD_QUESTION, "asker": Asker(user=None)})
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert most[0] == 2
