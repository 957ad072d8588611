"""Conversations: threads of questions whose follow-ups are understood in context."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from chat.models import ChatJob, Conversation, Message
from tests.support.factories import api_token
from tests.support.processes import run_chat_queue

SET_O_PAGE = 75  # bash.pdf: the `set -o` option list, where "pipefail  If set, ..." is
transactional = pytest.mark.django_db(transaction=True)


def ask(client: APIClient, message: str, path: str = "/chat/sync", **extra) -> dict:
    response = client.post(path, {"message": message, **extra}, format="json")
    assert response.status_code in (200, 202), response.content
    return response.json()


def pages(reply: dict) -> list[int]:
    return [source["page"] for source in reply["sources"]]


@pytest.mark.django_db
def test_without_a_conversation_the_seed_shapes_stay_as_they_were(bash_rows):
    client = APIClient()
    assert set(ask(client, "What is pipefail?")) == {"answer", "backend", "model", "sources"}
    submitted = ask(client, "What is pipefail?", "/chat/async")
    assert set(submitted) == {"job_id", "status"}
    run_chat_queue()
    assert "conversation_id" not in client.get(f"/chat/jobs/{submitted['job_id']}").json()
    assert not Conversation.objects.exists() and not Message.objects.exists()


@pytest.mark.django_db
def test_a_follow_up_retrieves_what_it_means_offline(answering_bash):
    client = APIClient()
    first = ask(client, "What is pipefail?", new_conversation=True)
    conversation_id = first["conversation_id"]
    follow_up = ask(client, "How do I turn it on?", conversation_id=conversation_id)
    assert follow_up["conversation_id"] == conversation_id
    assert SET_O_PAGE in pages(follow_up)
    assert "pipefail" in follow_up["answer"]
    # Alone, the same words answer something else: the conversation is what helps.
    alone = ask(client, "How do I turn it on?")
    assert "pipefail" not in alone["answer"]
    question = Message.objects.get(conversation_id=conversation_id, text="How do I turn it on?")
    assert "pipefail" in question.search_query


@transactional  # /v1 answers in a thread of its own, on its own connection
def test_the_openai_endpoint_understands_the_same_follow_up(answering_bash):
    """The README's example through /v1: the earlier messages are the conversation."""
    messages = [
        {"role": "user", "content": "What is pipefail?"},
        {"role": "assistant", "content": "A bash option about pipelines."},
        {"role": "user", "content": "How do I turn it on?"},
    ]
    response = APIClient().post("/v1/chat/completions", {"messages": messages}, format="json")
    assert response.status_code == 200, response.content
    assert SET_O_PAGE in pages(response.json()), str(response.json())
    assert "pipefail" in response.json()["choices"][0]["message"]["content"]


@pytest.mark.django_db
def test_an_unrelated_follow_up_does_not_drag_the_old_sources_along(answering_bash):
    client = APIClient()
    first = ask(client, "What is pipefail?", new_conversation=True)
    other = ask(
        client, "How many commands does HISTSIZE keep in the history?", conversation_id=first["conversation_id"]
    )
    # The old topic may trail at the end (with vectors, the combined query still means it a
    # little: bench/followups.py measures how often), never lead.
    assert other["sources"] and not any("pipefail" in s["snippet"] for s in other["sources"][:3])
    assert "HISTSIZE" in other["sources"][0]["snippet"]
    assert Message.objects.get(text__startswith="How many commands").search_query.startswith("How many commands")


@pytest.mark.django_db
def test_conversations_are_listed_read_and_deleted(bash):
    client = APIClient()
    conversation_id = ask(client, "What is pipefail?", new_conversation=True)["conversation_id"]
    ask(client, "How do I turn it on?", conversation_id=conversation_id)

    listed = client.get("/conversations").json()
    assert listed["count"] == 1
    assert listed["results"][0] | {"created_at": None, "last_message_at": None} == {
        "conversation_id": conversation_id,
        "title": "What is pipefail?",
        "messages": 4,
        "created_at": None,
        "last_message_at": None,
    }
    detail = client.get(f"/conversations/{conversation_id}").json()
    assert [(m["role"], m["text"][:20]) for m in detail["messages"]][::2] == [
        ("user", "What is pipefail?"),
        ("user", "How do I turn it on?"),
    ]
    answer = detail["messages"][3]
    assert answer["role"] == "assistant" and answer["backend"] == "extractive" and SET_O_PAGE in pages(answer)

    assert client.delete(f"/conversations/{conversation_id}").status_code == 204
    assert client.get(f"/conversations/{conversation_id}").status_code == 404
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_bad_and_foreign_conversation_ids(bash_rows, settings):
    client = APIClient()
    assert client.post("/chat/sync", {"message": "q", "new_conversation": 1}, format="json").status_code == 400
    unknown = client.post("/chat/sync", {"message": "q", "conversation_id": str(bash_rows.id)}, format="json")
    assert unknown.status_code == 404 and unknown.json() == {"detail": "No conversation with this id."}
    assert (
        client.post("/chat/async", {"message": "q", "conversation_id": str(bash_rows.id)}, format="json").status_code
        == 404
    )
    assert not ChatJob.objects.exists()  # nothing queued for a refused question

    settings.API_AUTH_REQUIRED = True
    alice, bob = (APIClient() for _ in range(2))
    alice.credentials(HTTP_AUTHORIZATION=f"Token {api_token(User.objects.create(username='a'))}")
    bob.credentials(HTTP_AUTHORIZATION=f"Token {api_token(User.objects.create(username='b'))}")
    mine = ask(alice, "What is pipefail?", new_conversation=True)["conversation_id"]
    assert bob.get(f"/conversations/{mine}").status_code == 404
    assert bob.delete(f"/conversations/{mine}").status_code == 404
    assert bob.post("/chat/sync", {"message": "q", "conversation_id": mine}, format="json").status_code == 404
    assert bob.get("/conversations").json()["count"] == 0


@transactional
def test_an_async_follow_up_is_answered_in_its_conversation(bash):
    client = APIClient()
    conversation_id = ask(client, "What is pipefail?", new_conversation=True)["conversation_id"]
    submitted = ask(client, "How do I turn it on?", "/chat/async", conversation_id=conversation_id)
    assert submitted["conversation_id"] == conversation_id
    run_chat_queue()
    polled = client.get(f"/chat/jobs/{submitted['job_id']}").json()
    assert polled["status"] == "finished" and polled["conversation_id"] == conversation_id
    assert SET_O_PAGE in pages(polled)
    messages = client.get(f"/conversations/{conversation_id}").json()["messages"]
    assert [m["job_id"] for m in messages[2:]] == [submitted["job_id"]] * 2


@pytest.mark.django_db
def test_with_a_model_the_follow_up_is_rewritten_and_the_history_sent(openai_stub, bash, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    client = APIClient()
    conversation_id = ask(client, "What is pipefail?", new_conversation=True)["conversation_id"]
    openai_stub.reset()
    openai_stub.reply_next("How do I enable the pipefail option of bash?", "Use set -o pipefail [p. 75].")
    reply = ask(client, "How do I turn it on?", conversation_id=conversation_id)

    rewrite, answer = openai_stub.chat_requests()
    assert rewrite.body["messages"][0]["content"].startswith("Rewrite the user's follow-up")
    assert "user: What is pipefail?" in rewrite.body["messages"][1]["content"]
    roles = [m["role"] for m in answer.body["messages"]]
    assert roles == ["system", "user", "assistant", "user"]  # the history, then excerpts and question
    assert "Question: How do I enable the pipefail option of bash?" in answer.body["messages"][-1]["content"]
    assert reply["answer"] == "Use set -o pipefail [p. 75]." and SET_O_PAGE in pages(reply)


@pytest.mark.django_db
def test_the_history_the_model_sees_is_bounded(openai_stub, bash_rows, settings):
    settings.EMBEDDINGS_BACKEND = "none"
    settings.CONVERSATION_HISTORY_CHARS = 300
    client = APIClient()
    conversation_id = ask(client, "What is pipefail?", new_conversation=True)["conversation_id"]
    for _ in range(3):
        ask(client, "What is pipefail? " + "x" * 100, conversation_id=conversation_id)
    openai_stub.reset()
    openai_stub.reply_next("What is HISTSIZE?")  # the rewrite; the answer is the echo
    ask(client, "And HISTSIZE?", conversation_id=conversation_id)
    history = openai_stub.chat_requests()[-1].body["messages"][1:-1]
    assert len(history) >= 1 and sum(len(m["content"]) for m in history) <= 300


@pytest.mark.django_db
def test_idle_conversations_are_purged(bash_rows, capsys):
    client = APIClient()
    old = ask(client, "What is pipefail?", new_conversation=True)["conversation_id"]
    recent = ask(client, "What is pipefail?", new_conversation=True)["conversation_id"]
    Conversation.objects.filter(id=old).update(last_message_at=timezone.now() - timedelta(days=100))
    call_command("purge_conversations", "--days", "90")
    assert "deleted 1 conversation" in capsys.readouterr().out
    assert list(Conversation.objects.values_list("id", flat=True)) == [Conversation.objects.get(id=recent).id]


@pytest.mark.django_db
def test_conversations_in_the_admin(bash_rows, admin_client):
    conversation_id = ask(APIClient(), "What is pipefail?", new_conversation=True)["conversation_id"]
    assert admin_client.get("/admin/chat/conversation/").status_code == 200
    page = admin_client.get(f"/admin/chat/conversation/{conversation_id}/change/")
    assert page.status_code == 200 and "What is pipefail?" in page.content.decode()
