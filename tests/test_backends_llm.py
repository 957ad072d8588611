"""Chat models: the OpenAI one through real HTTP to the local stub, and the offline one."""

import pytest

from chat.backends.llm import ChatModelError, get_chat_model
from chat.services.answering import answer_question


def test_no_key_picks_the_offline_backend(settings):
    settings.OPENAI_API_KEY = ""
    settings.CHAT_BACKEND = "auto"
    answer = answer_question(message="anything")
    assert answer.backend == "extractive"
    assert answer.model == ""
    assert "No language model is configured" in answer.text


def test_backend_can_be_forced_by_setting(settings, openai_stub):
    settings.CHAT_BACKEND = "offline"
    assert get_chat_model().name == "extractive"
    settings.CHAT_BACKEND = "chat.backends.llm_openai.OpenAIChatModel"
    assert get_chat_model().name == "openai"


def test_openai_request_and_answer(openai_stub):
    answer = answer_question(message="What does pipefail do?")

    assert answer.backend == "openai"
    assert answer.model == "gpt-test"
    assert answer.text == "stub answer: What does pipefail do?"
    [request] = openai_stub.chat_requests()
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.body["model"] == "gpt-test"
    roles = [m["role"] for m in request.body["messages"]]
    assert roles == ["system", "user"]
    assert request.body["messages"][1]["content"] == "What does pipefail do?"


def test_unicode_survives_the_round_trip(openai_stub):
    question = "bashの -c オプションは何をしますか ünïcødé 🚀"
    assert answer_question(message=question).text == "stub answer: " + question


def test_401_fails_at_once_with_a_readable_error(openai_stub, settings):
    settings.OPENAI_MAX_RETRIES = 3
    openai_stub.fail_next(401, times=5, message="Incorrect API key provided")
    with pytest.raises(ChatModelError, match="rejected the API key"):
        answer_question(message="q")
    assert len(openai_stub.chat_requests()) == 1  # no retry on 401


def test_500_is_reported_with_status(openai_stub):
    openai_stub.fail_next(500, message="boom")
    with pytest.raises(ChatModelError, match="HTTP 500: boom"):
        answer_question(message="q")


def test_429_is_retried_when_retries_are_allowed(openai_stub, settings):
    settings.OPENAI_MAX_RETRIES = 2
    openai_stub.fail_next(429, times=1, message="slow down")
    answer = answer_question(message="q")
    assert answer.text == "stub answer: q"
    assert len(openai_stub.chat_requests()) == 2


def test_timeout_is_reported(openai_stub, settings):
    settings.OPENAI_TIMEOUT = 0.3
    openai_stub.delay = 1.5
    with pytest.raises(ChatModelError, match=r"did not answer within 0\.3 s"):
        answer_question(message="q")


def test_unreachable_server_is_reported(openai_stub, settings):
    from tests.conftest import free_port

    settings.OPENAI_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(ChatModelError, match="could not be reached"):
        answer_question(message="q")
