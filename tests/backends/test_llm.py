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
    settings.CHAT_BACKEND = "chat.backends.llm.openai.OpenAIChatModel"
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
    from scripts.processes import free_port

    settings.OPENAI_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(ChatModelError, match="could not be reached"):
        ask_model(message="q")


@pytest.fixture
def sleeps(monkeypatch) -> list[float]:
    """The delays the retry loop asks for (the clock, not the server, is what is recorded)."""
    asked: list[float] = []
    monkeypatch.setattr("chat.backends.openai_client.time.sleep", asked.append)
    return asked


def test_backoff_doubles_up_to_the_limit_and_gives_up_after_the_retries(openai_stub, settings, sleeps):
    settings.OPENAI_MAX_RETRIES = 3
    settings.OPENAI_RETRY_BASE_DELAY = 1.0
    settings.OPENAI_RETRY_MAX_DELAY = 3.0
    openai_stub.fail_next(500, times=10, message="down")
    with pytest.raises(ChatModelError, match="HTTP 500: down") as failure:
        ask_model(message="q")
    assert failure.value.transient
    assert len(openai_stub.chat_requests()) == 4
    base = [1.0, 2.0, 3.0]  # doubled, capped at 3; jitter takes each to between half and all of it
    assert all(b / 2 <= s <= b for s, b in zip(sleeps, base, strict=True))


def test_retry_after_is_honoured(openai_stub, settings, sleeps):
    settings.OPENAI_MAX_RETRIES = 2
    openai_stub.fail_next(429, times=1, message="slow down", headers={"Retry-After": "1.5"})
    assert ask_model(message="q").text.endswith("Question: q")
    assert sleeps == [1.5]


def test_connection_errors_are_retried(openai_stub, settings, sleeps):
    from scripts.processes import free_port

    settings.OPENAI_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    settings.OPENAI_MAX_RETRIES = 2
    with pytest.raises(ChatModelError, match="could not be reached"):
        ask_model(message="q")
    assert len(sleeps) == 2
