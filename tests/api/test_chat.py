"""The chat API through HTTP (DRF test client): contract, validation, errors."""

import uuid

import django_rq
import pytest
from rest_framework.test import APIClient

from chat.models import ChatJob
from chat.services.answering import NO_DOCUMENTS, NO_SELECTED_DOCUMENTS, NOT_COVERED
from scripts.processes import free_port
from tests.support.pdfs import OFF_TOPIC_QUESTION, REFCARD_QUESTION, REFCARD_QUESTION_PAGE

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> APIClient:
    return APIClient()


def post_json(client: APIClient, path: str, body: object):
    return client.post(path, body, format="json")


@pytest.mark.parametrize("path", ["/chat/sync", "/chat/sync/"])
def test_sync_answers_offline_from_the_documents_with_citations(client, path, refcard_rows):
    response = post_json(client, path, {"message": REFCARD_QUESTION})
    assert response.status_code == 200
    body = response.json()
    assert body["backend"] == "extractive"
    assert "semilogx" in body["answer"]
    assert f"[p. {REFCARD_QUESTION_PAGE}]" in body["answer"]
    first = body["sources"][0]
    assert first["document_id"] == str(refcard_rows.id)
    assert first["title"] == "Octave refcard"
    assert first["page"] == REFCARD_QUESTION_PAGE
    assert any("semilogx" in source["snippet"] for source in body["sources"])
    assert 0 < first["score"] <= 1


def test_sync_with_no_documents_says_so(client):
    body = post_json(client, "/chat/sync", {"message": REFCARD_QUESTION}).json()
    assert body == {"answer": NO_DOCUMENTS, "backend": "none", "model": "", "sources": []}


def test_off_topic_question_gets_no_sources(client, refcard_rows):
    body = post_json(client, "/chat/sync", {"message": OFF_TOPIC_QUESTION}).json()
    assert body["answer"] == NOT_COVERED
    assert body["sources"] == []


def test_document_ids_limit_the_search(client, refcard_rows):
    other = str(uuid.uuid4())
    body = post_json(client, "/chat/sync", {"message": REFCARD_QUESTION, "document_ids": [other]}).json()
    assert body["answer"] == NO_SELECTED_DOCUMENTS and body["sources"] == []
    body = post_json(client, "/chat/sync", {"message": REFCARD_QUESTION, "document_ids": [str(refcard_rows.id)]}).json()
    assert {source["document_id"] for source in body["sources"]} == {str(refcard_rows.id)}


@pytest.mark.parametrize("document_ids", [[], ["not-a-uuid"], "x", [1]])
def test_bad_document_ids_are_400(client, document_ids):
    response = post_json(client, "/chat/sync", {"message": "q", "document_ids": document_ids})
    assert response.status_code == 400
    assert "document_ids" in response.json()


@pytest.mark.parametrize("path", ["/chat/async", "/chat/async/"])
def test_async_returns_job_id_and_enqueues_after_commit(client, path, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_json(client, path, {"message": "hello"})
    assert response.status_code == 202
    job_id = response.json()["job_id"]
    assert response.json()["status"] == "queued"
    row = ChatJob.objects.get(id=job_id)
    assert row.status == ChatJob.Status.QUEUED and row.message == "hello"
    queue = django_rq.get_queue("chat")
    assert queue.job_ids == [job_id]
    rq_job = queue.fetch_job(job_id)
    assert rq_job.kwargs == {"chat_job_id": job_id}
    assert rq_job.origin == "chat"
    assert (rq_job.result_ttl, rq_job.failure_ttl, rq_job.timeout) == (86400, 7 * 86400, 300)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "message"),
        ({"message": ""}, "message"),
        ({"message": "   "}, "message"),
        ({"message": None}, "message"),
        ({"message": 42}, "message"),
        ({"message": True}, "message"),
        ({"message": ["a"]}, "message"),
        ({"message": {"text": "a"}}, "message"),
        (["message"], "non_field_errors"),
        ("just a string", "non_field_errors"),
    ],
)
@pytest.mark.parametrize("path", ["/chat/sync", "/chat/async"])
def test_bad_input_is_a_field_level_400(client, path, body, field):
    response = post_json(client, path, body)
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert not ChatJob.objects.exists()


@pytest.mark.parametrize("path", ["/chat/sync", "/chat/async"])
def test_message_over_the_length_limit_is_400(client, path, settings):
    settings.CHAT_MESSAGE_MAX_CHARS = 10
    response = post_json(client, path, {"message": "x" * 11})
    assert response.status_code == 400
    assert "no more than 10 characters" in response.json()["message"][0]
    assert post_json(client, "/chat/sync", {"message": "x" * 10}).status_code == 200


@pytest.mark.parametrize("path", ["/chat/sync", "/chat/async"])
def test_malformed_json_is_400_json(client, path):
    response = client.post(path, data='{"message": "unterminated', content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_non_json_body_is_415(client):
    response = client.post("/chat/sync", data="message=hi", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert "detail" in response.json()


def test_get_on_post_endpoint_is_405_json(client):
    response = client.get("/chat/sync")
    assert response.status_code == 405
    assert response.json()["detail"]


@pytest.mark.parametrize("job_id", [str(uuid.uuid4()), "not-a-uuid", "1", "%20", "..%2F..%2Fetc", "x" * 300])
def test_unknown_or_malformed_job_ids_are_404_json(client, job_id):
    for path in (f"/chat/jobs/{job_id}", f"/chat/jobs/{job_id}/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "No chat job with this id."}


def test_job_shows_answer_only_once_finished(client):
    job = ChatJob.objects.create(message="q", status=ChatJob.Status.STARTED, answer="partial")
    body = client.get(f"/chat/jobs/{job.id}").json()
    assert body["status"] == "started" and body["answer"] is None and body["error"] is None

    ChatJob.objects.filter(id=job.id).update(status=ChatJob.Status.FINISHED, answer="42", backend="openai")
    body = client.get(f"/chat/jobs/{job.id}/").json()
    assert body == {
        **body,
        "job_id": str(job.id),
        "status": "finished",
        "answer": "42",
        "backend": "openai",
        "error": None,
        "message": "q",
    }


def test_failed_job_carries_a_readable_error(client):
    job = ChatJob.objects.create(message="q", status=ChatJob.Status.FAILED, error="The model server answered 500")
    body = client.get(f"/chat/jobs/{job.id}").json()
    assert body["status"] == "failed"
    assert body["answer"] is None
    assert body["error"] == "The model server answered 500"


@pytest.mark.django_db(transaction=True)
def test_async_with_redis_down_is_503_and_leaves_a_failed_row(client, settings):
    dead = f"redis://127.0.0.1:{free_port()}/0"
    settings.RQ_QUEUES = {name: {**config, "URL": dead} for name, config in settings.RQ_QUEUES.items()}
    response = post_json(client, "/chat/async", {"message": "hello"})
    assert response.status_code == 503
    assert response.json() == {"detail": "The job queue is unavailable; please try again later."}
    row = ChatJob.objects.get()
    assert row.status == ChatJob.Status.FAILED
    assert "unavailable" in row.error
    # The sync path does not need Redis.
    assert post_json(client, "/chat/sync", {"message": "hello"}).status_code == 200


@pytest.mark.parametrize("path", ["/chat/jobs", "/chat", "/nothing/here", "/chat/jobs/a%0Ab"])
def test_unknown_paths_are_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["detail"]


def test_a_message_with_a_null_character_is_refused_as_the_schema_says(client):
    """And a blank one: the schema's pattern says both, so what it allows is accepted."""
    blank = client.post("/chat/sync", {"message": "\n"}, format="json")
    assert blank.status_code == 400 and "blank" in blank.json()["message"][0]
    response = client.post("/chat/sync", {"message": "pipe\x00fail"}, format="json")
    assert response.status_code == 400 and "Null characters" in response.json()["message"][0]
    schema = client.get("/schema?format=json").json()
    message = schema["components"]["schemas"]["ChatRequestRequest"]["properties"]["message"]
    assert message["pattern"] == "^(?=[^\\u0000]*$)[\\s\\S]*\\S"
