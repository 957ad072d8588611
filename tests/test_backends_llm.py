"""Chat models: the OpenAI one through real HTTP to the local stub, and the offline one."""

import pytest

from chat.backends.llm import ChatModelError, Passage, get_chat_model

PASSAGES = [
    Passage(
        document_id="d1",
        title="Bash manual",
        page=75,
        text="pipefail: the pipeline fails if any command fails.",
        score=0.9,
    ),
    Passage(
        document_id="d1",
        title="Bash manual",
        page=4,
        text="The return status of a pipeline is the exit status.",
        score=0.5,
    ),
]


def ask_model(*, message: str) -> object:
    """Ask the configured chat model directly, with fixed passages (no retrieval)."""
    from types import SimpleNamespace

    model = get_chat_model()
    return SimpleNamespace(
        text=model.answer(question=message, passages=PASSAGES), backend=model.name, model=model.model
    )


def test_no_key_picks_the_offline_backend(settings):
    settings.OPENAI_API_KEY = ""
    settings.CHAT_BACKEND = "auto"
    answer = ask_model(message="What does pipefail do?")
    assert answer.backend == "extractive"
    assert answer.model == ""
    assert "extractive answer, no language model" in answer.text
    assert "pipefail: the pipeline fails if any command fails. (Bash manual, [p. 75])" in answer.text


def test_backend_can_be_forced_by_setting(settings, openai_stub):
    settings.CHAT_BACKEND = "offline"
    assert get_chat_model().name == "extractive"
    settings.CHAT_BACKEND = "chat.backends.llm_openai.OpenAIChatModel"
    assert get_chat_model().name == "openai"


def test_openai_request_and_answer(openai_stub):
    answer = ask_model(message="What does pipefail do?")

    assert answer.backend == "openai"
    assert answer.model == "gpt-test"
    [request] = openai_stub.chat_requests()
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.body["model"] == "gpt-test"
    system, user = request.body["messages"]
    assert (system["role"], user["role"]) == ("system", "user")
    assert "[p. 12]" in system["content"] and "do not cover" in system["content"]
    assert user["content"] == (
        'Excerpts:\n\n[1] "Bash manual", page 75:\npipefail: the pipeline fails if any command fails.\n\n'
        '[2] "Bash manual", page 4:\nThe return status of a pipeline is the exit status.\n\n'
        "Question: What does pipefail do?"
    )
    assert answer.text == "stub answer: " + user["content"]


def test_unicode_survives_the_round_trip(openai_stub):
    question = "bashの -c オプションは何をしますか ünïcødé 🚀"
    assert ask_model(message=question).text.endswith("Question: " + question)


def test_401_fails_at_once_with_a_readable_error(openai_stub, settings):
    settings.OPENAI_MAX_RETRIES = 3
    openai_stub.fail_next(401, times=5, message="Incorrect API key provided")
    with pytest.raises(ChatModelError, match="rejected the API key"):
        ask_model(message="q")
    assert len(openai_stub.chat_requests()) == 1  # no retry on 401


def test_500_is_reported_with_status(openai_stub):
    openai_stub.fail_next(500, message="boom")
    with pytest.raises(ChatModelError, match="HTTP 500: boom"):
        ask_model(message="q")


def test_429_is_retried_when_retries_are_allowed(openai_stub, settings):
    settings.OPENAI_MAX_RETRIES = 2
    openai_stub.fail_next(429, times=1, message="slow down")
    answer = ask_model(message="q")
    assert answer.text.endswith("Question: q")
    assert len(openai_stub.chat_requests()) == 2


def test_timeout_is_reported(openai_stub, settings):
    settings.OPENAI_TIMEOUT = 0.3
    openai_stub.delay = 1.5
    with pytest.raises(ChatModelError, match=r"did not answer within 0\.3 s"):
        ask_model(message="q")


def test_unreachable_server_is_reported(openai_stub, settings):
    from tests.conftest import free_port

    settings.OPENAI_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(ChatModelError, match="could not be reached"):
        ask_model(message="q")
