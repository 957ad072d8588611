"""The OpenAI-compatible endpoint, driven by the official `openai` client against gunicorn."""

import openai
import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient

from tests.support.factories import api_token
from tests.support.ingestion import ingest_inline
from tests.support.pdfs import BASH, REFCARD, REFCARD_QUESTION, REFCARD_QUESTION_PAGE
from tests.support.processes import openai_env

pytestmark = pytest.mark.django_db(transaction=True)
SET_O_PAGE = 75  # bash.pdf: the `set -o` option list


@pytest.fixture
def carol(media_root) -> tuple[User, str]:
    user = User.objects.create(username="carol")
    ingest_inline(REFCARD, title="Octave refcard", owner=user)
    ingest_inline(BASH, title="bash", owner=user)
    return user, api_token(user)


def client_for(url: str, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0, timeout=30)


def test_the_official_client_chats_with_the_users_documents(start_web, carol):
    url = start_web(API_AUTH_REQUIRED="true")
    client = client_for(url, carol[1])
    assert [model.id for model in client.models.list()] == ["pdfchat"]

    completion = client.chat.completions.create(
        model="pdfchat", messages=[{"role": "user", "content": REFCARD_QUESTION}]
    )
    content = completion.choices[0].message.content
    assert "semilogx" in content and "[p. 3]" in content
    sources = completion.model_extra["sources"]
    assert sources[0]["page"] == REFCARD_QUESTION_PAGE and completion.model_extra["backend"] == "extractive"

    chunks = list(
        client.chat.completions.create(
            model="pdfchat", messages=[{"role": "user", "content": REFCARD_QUESTION}], stream=True
        )
    )
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in chunks)
    assert streamed == content  # the same answer, line by line
    assert len([c for c in chunks if c.choices[0].delta.content]) > 2
    assert chunks[-1].choices[0].finish_reason == "stop" and chunks[-1].model_extra["sources"] == sources

    with pytest.raises(openai.AuthenticationError):
        client_for(url, "not-a-token").models.list()


def test_earlier_messages_are_the_conversation(start_web, carol):
    client = client_for(start_web(API_AUTH_REQUIRED="true"), carol[1])
    messages = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "What is pipefail?"},
        {"role": "assistant", "content": "A bash option about pipelines."},
        {"role": "user", "content": [{"type": "text", "text": "How do I turn it on?"}]},
    ]
    completion = client.chat.completions.create(model="anything", messages=messages)
    assert SET_O_PAGE in [source["page"] for source in completion.model_extra["sources"]]
    nothing = client.chat.completions.create(model="pdfchat", messages=[{"role": "system", "content": "hi"}])
    assert "no question" in nothing.choices[0].message.content and nothing.model_extra["sources"] == []


def test_with_a_model_the_tokens_stream_through(start_web, carol, openai_stub):
    openai_stub.token_delay = 0.01
    url = start_web(API_AUTH_REQUIRED="true", **openai_env(openai_stub), EMBEDDINGS_BACKEND="none")
    chunks = list(
        client_for(url, carol[1]).chat.completions.create(
            model="pdfchat", messages=[{"role": "user", "content": REFCARD_QUESTION}], stream=True
        )
    )
    pieces = [chunk.choices[0].delta.content for chunk in chunks if chunk.choices[0].delta.content]
    assert len(pieces) > 20  # the stub's words, relayed as they came
    assert "".join(pieces).startswith("stub answer: ") and "semilogx" in "".join(pieces)
    assert chunks[-1].model_extra["backend"] == "openai"
    assert openai_stub.chat_requests()[-1].body["stream"] is True


def test_a_failing_model_server_is_a_502_with_a_readable_detail(openai_stub, refcard, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    openai_stub.fail_next(500, times=5, message="model crashed")
    response = APIClient().post("/chat/sync", {"message": REFCARD_QUESTION}, format="json")
    assert response.status_code == 502
    assert response.json() == {"detail": "The model server answered HTTP 500: model crashed"}
    openai_stub.fail_next(500, times=5, message="model crashed")
    completion = APIClient().post(
        "/v1/chat/completions", {"messages": [{"role": "user", "content": REFCARD_QUESTION}]}, format="json"
    )
    assert completion.status_code == 502
    assert completion.json()["error"]["message"] == "The model server answered HTTP 500: model crashed"
