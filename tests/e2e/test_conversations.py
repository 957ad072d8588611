"""A conversation through gunicorn, its follow-up answered by a real worker."""

import httpx
import pytest

from tests.support.processes import wait_until

SET_O_PAGE = 75  # bash.pdf: the `set -o` option list, where "pipefail  If set, ..." is


def pages(reply: dict) -> list[int]:
    return [source["page"] for source in reply["sources"]]


@pytest.mark.django_db(transaction=True)
def test_a_conversation_through_gunicorn_and_a_real_worker(gunicorn_server, start_worker, bash):
    start_worker("chat")
    first = httpx.post(gunicorn_server + "/chat/sync", json={"message": "What is pipefail?", "new_conversation": True})
    conversation_id = first.json()["conversation_id"]
    submitted = httpx.post(
        gunicorn_server + "/chat/async", json={"message": "How do I turn it on?", "conversation_id": conversation_id}
    ).json()

    def finished() -> dict | None:
        body = httpx.get(f"{gunicorn_server}/chat/jobs/{submitted['job_id']}").json()
        return body if body["status"] == "finished" else None

    assert SET_O_PAGE in pages(wait_until(finished, 60, "the follow-up's job"))
    detail = httpx.get(f"{gunicorn_server}/conversations/{conversation_id}").json()
    assert [m["role"] for m in detail["messages"]] == ["user", "assistant", "user", "assistant"]
