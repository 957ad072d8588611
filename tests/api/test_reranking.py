"""With a model, it orders the pages the search found before answering from the first five
(MODEL_RERANK: chat/services/reranking.py). The model is the OpenAI-protocol stub the tests
start, told what to reply; the Bash manual is real."""

import pytest
from rest_framework.test import APIClient

from chat.backends.llm.openai import MAX_RANK_REPLY_CHARS, ranking_of

pytestmark = pytest.mark.django_db

QUESTION = "How do I make a pipeline fail when any command in it fails?"


def ask(message: str = QUESTION) -> dict:
    response = APIClient().post("/chat/sync", {"message": message}, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def pages(reply: dict) -> list[int]:
    return [source["page"] for source in reply["sources"]]


@pytest.fixture(params=["none", "auto"], ids=["bm25", "default-model"])
def searched(request, openai_stub, bash, settings) -> list[int]:
    """The first ten pages the search finds for QUESTION, in its order (no reranking): by BM25
    alone, and as a user with a key runs it (the model server's embeddings, ingested with them)."""
    settings.EMBEDDINGS_BACKEND = request.param
    settings.MODEL_RERANK = False
    settings.RETRIEVAL_TOP_K = 10
    ten = pages(ask())
    assert len(ten) == 10 and len(set(ten)) == 10, ten
    settings.RETRIEVAL_TOP_K = 5
    settings.MODEL_RERANK = True
    openai_stub.reset()
    return ten


def test_the_pages_the_model_names_come_first_in_its_order(openai_stub, searched):
    openai_stub.reply_next("7, 2", "Pipefail makes a pipeline fail [p. 75].")
    reply = ask()
    # The seventh page of the search is a source now, first; the rest follow in the search's order.
    assert pages(reply) == [searched[6], searched[1], searched[0], searched[2], searched[3]]
    assert reply["backend"] == "openai" and reply["answer"] == "Pipefail makes a pipeline fail [p. 75]."
    rank, answer = openai_stub.chat_requests()
    ranking_prompt = rank.body["messages"][-1]["content"]
    assert "[10]" in ranking_prompt and "[11]" not in ranking_prompt  # MODEL_RERANK_CANDIDATES pages
    assert ranking_prompt.endswith(f"Question: {QUESTION}")
    assert 60 in (rank.body.get("max_tokens"), rank.body.get("max_completion_tokens"))
    # The answer is written from the sources in their new order.
    answer_prompt = answer.body["messages"][-1]["content"]
    assert f"page {searched[6]}:" in answer_prompt.split("[2]")[0]


def test_the_model_reads_at_least_as_many_pages_as_there_are_sources(openai_stub, searched, settings):
    settings.RETRIEVAL_TOP_K, settings.MODEL_RERANK_CANDIDATES = 8, 5
    openai_stub.reply_next("7")
    assert pages(ask()) == [searched[6], *searched[:6], searched[7]]


@pytest.mark.parametrize("reply", ["None of them help.", "0, 11, 42", ""])
def test_a_reply_that_names_no_candidate_keeps_the_search_order(openai_stub, searched, reply):
    openai_stub.reply_next(reply)
    assert pages(ask()) == searched[:5]


def test_a_failed_ranking_call_keeps_the_search_order_and_still_answers(openai_stub, searched):
    openai_stub.fail_next(500, times=1, message="ranking crashed", path="/chat/completions")
    reply = ask()
    assert pages(reply) == searched[:5] and reply["backend"] == "openai"
    assert len(openai_stub.chat_requests()) == 2  # the failed ranking, then the answer


def test_turned_off_no_ranking_call_is_made(openai_stub, searched, settings):
    settings.MODEL_RERANK = False
    assert pages(ask()) == searched[:5]
    assert len(openai_stub.chat_requests()) == 1  # the answer only


def test_an_off_topic_question_costs_no_ranking_call(openai_stub, searched):
    reply = ask("What is a good recipe for a vegetarian lasagne?")
    assert reply["sources"] == [] and openai_stub.chat_requests() == []


def test_offline_the_sources_are_the_searchs_first_five(bash, settings):
    settings.MODEL_RERANK = True
    ranked = ask()
    assert ranked["backend"] == "extractive"
    settings.RETRIEVAL_TOP_K = 10
    assert pages(ranked) == pages(ask())[:5]


@pytest.mark.parametrize(
    ("reply", "order"),
    [
        ("3, 1, 7", [2, 0, 6]),
        ("[4] then [4] and 2", [3, 1]),  # each once
        ("Excerpts 12 and 0 do not help; 5 does.", [4]),  # out of range: ignored
        ("1" * 5000, []),  # one long number, not excerpt 1
        ("9, " * 1000 + "2", [8]),  # only the reply's start is read
    ],
)
def test_the_ranking_is_read_from_the_models_reply(reply, order):
    assert ranking_of(reply, count=10) == order
    assert MAX_RANK_REPLY_CHARS < 5000
