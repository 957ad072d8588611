"""With a model, retrieval also searches what the model suggests (a hypothetical answer and
rephrasings: HyDE). The model is the OpenAI-protocol stub the tests start; the Bash manual is real."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

SET_O_PAGE = 75  # bash.pdf: the `set -o` option list, where "pipefail  If set, ..." is
PIPEFAIL_PAGES = {4, SET_O_PAGE}  # and the pipelines section, which says what it changes
PROBLEM = "The exit code only reflects the last program when I chain programs, how to change this"
EXPANSION = (
    "The pipefail option (set -o pipefail) makes the return value of a pipeline the status of the "
    "last command to exit with a non-zero status.\nHow do I enable pipefail with set -o?\n"
    "Which shell option makes a pipeline fail?"
)


def ask(message: str) -> dict:
    response = APIClient().post("/chat/sync", {"message": message}, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def test_the_models_expansion_finds_the_page_that_names_the_option(openai_stub, bash, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.QUERY_EXPANSION = False
    alone = [source["page"] for source in ask(PROBLEM)["sources"]]
    assert alone[0] not in PIPEFAIL_PAGES, alone  # the question's own words lead elsewhere

    settings.QUERY_EXPANSION = True
    openai_stub.reset()
    openai_stub.reply_next(EXPANSION, "Use set -o pipefail [p. 75].")
    expanded = ask(PROBLEM)
    assert expanded["sources"][0]["page"] in PIPEFAIL_PAGES
    expand, answer = openai_stub.chat_requests()
    assert PROBLEM in expand.body["messages"][-1]["content"] and 200 in (
        expand.body.get("max_tokens"),
        expand.body.get("max_completion_tokens"),
    )
    assert answer.body["messages"][-1]["content"].endswith(f"Question: {PROBLEM}")  # asked as written


def test_an_expansion_cannot_make_an_off_topic_question_covered(openai_stub, bash, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.QUERY_EXPANSION = True
    openai_stub.reply_next(EXPANSION)  # the model insists on the manual's words
    reply = ask("What is a good recipe for a vegetarian lasagne?")
    assert reply["sources"] == [] and reply["backend"] == "none"
    assert len(openai_stub.chat_requests()) == 1  # the expansion only: no answer was asked for


def test_a_failing_expansion_leaves_the_question_searched_alone(openai_stub, bash, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.QUERY_EXPANSION = True
    openai_stub.fail_next(500, times=1, message="expansion crashed")
    reply = ask("What is pipefail?")
    assert SET_O_PAGE in [source["page"] for source in reply["sources"]] and reply["backend"] == "openai"
