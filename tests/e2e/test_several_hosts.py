"""Several hosts: two web servers and two workers sharing one PostgreSQL, one Redis, one MEDIA_ROOT.

What the README's "Several hosts" section promises, run for real: documents uploaded to
one web server are ingested by whichever worker is free and searched from the other web
server at once; deletions are seen everywhere at once; users never see each other's
documents; nothing is held per process.
"""

import httpx
import pytest
from django.contrib.auth.models import User
from django.db import connection

from tests.support.factories import api_token
from tests.support.pdfs import MIME_SPEC, REFCARD, REFCARD_QUESTION, REFCARD_QUESTION_PAGE
from tests.support.processes import wait_until

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="several hosts share a PostgreSQL database"),
]

MIME_QUESTION = "Is there an extended attribute that can store a file's MIME type?"


def client_for(url: str, user: User) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"Authorization": f"Token {api_token(user)}"}, timeout=30)


def upload(client: httpx.Client, path) -> str:
    with path.open("rb") as file:
        response = client.post("/documents", files={"file": (path.name, file, "application/pdf")})
    assert response.status_code == 202, response.text
    return response.json()["document_id"]


def wait_ready(client: httpx.Client, document_id: str) -> dict:
    """Wait until the document is searchable *and* its vectors are done.

    Ready text alone is not enough here: the vectors finish a moment later and change the
    ranking, so a question asked before and one asked after could differ.
    """

    def settled():
        body = client.get(f"/documents/{document_id}").json()
        if body["status"] == "failed" or (
            body["status"] == "ready" and body["vector_status"] in ("ready", "failed", "off")
        ):
            return body
        return None

    document = wait_until(settled, 120, "the document and its vectors", interval=0.2)
    assert document["status"] == "ready" and document["vector_status"] in ("ready", "off"), document
    return document


def test_two_web_servers_and_two_workers_on_one_postgresql(start_web, start_worker, media_root):
    shared = {"MEDIA_ROOT": str(media_root), "API_AUTH_REQUIRED": "true"}
    web_a, web_b = start_web(workers=1, **shared), start_web(workers=1, **shared)
    for _ in range(2):
        start_worker("ingest", "vectors", "chat", **shared)
    alice, bob = User.objects.create(username="alice"), User.objects.create(username="bob")
    alice_a, alice_b = client_for(web_a, alice), client_for(web_b, alice)
    bob_b = client_for(web_b, bob)

    workers = {"chat": 2, "ingest": 2, "vectors": 2, "default": 0}
    wait_until(lambda: alice_a.get("/health").json()["workers"] == workers, 30, "both workers")
    refcard_id = upload(alice_a, REFCARD)  # through web server A ...
    spec_id = upload(bob_b, MIME_SPEC)  # ... and B, ingested by whichever worker is free
    wait_ready(alice_b, refcard_id)
    wait_ready(bob_b, spec_id)

    # Alice asks on B about what she uploaded on A; the sync and async answers agree.
    sync = alice_b.post("/chat/sync", json={"message": REFCARD_QUESTION}).json()
    assert sync["sources"][0]["page"] == REFCARD_QUESTION_PAGE
    assert {s["document_id"] for s in sync["sources"]} == {refcard_id}
    job_id = alice_a.post("/chat/async", json={"message": REFCARD_QUESTION}).json()["job_id"]
    job = wait_until(
        lambda: (body := alice_b.get(f"/chat/jobs/{job_id}").json())["status"] == "finished" and body,
        60,
        "the chat job",
        interval=0.1,
    )
    assert job["answer"] == sync["answer"] and job["sources"] == sync["sources"]

    # Bob's document is his alone, whichever server is asked.
    assert alice_a.post("/chat/sync", json={"message": MIME_QUESTION}).json()["backend"] == "none"
    bob_answer = bob_b.post("/chat/sync", json={"message": MIME_QUESTION}).json()
    assert {s["document_id"] for s in bob_answer["sources"]} == {spec_id}
    assert alice_a.get(f"/documents/{spec_id}").status_code == 404

    # Deleted on B: gone from A's answers at once.
    assert alice_b.delete(f"/documents/{refcard_id}").status_code == 204
    after = alice_a.post("/chat/sync", json={"message": REFCARD_QUESTION}).json()
    assert after["sources"] == [] and after["backend"] == "none"
