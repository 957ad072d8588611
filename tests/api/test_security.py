"""Access control: sign-in, ownership, rate limits."""

import io
import subprocess
import sys

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from chat.models import ChatJob, Document
from chat.services.answering import NO_DOCUMENTS
from scripts.processes import ROOT
from tests.support.factories import REFCARD_TEXTS, DocumentFactory
from tests.support.pdfs import REFCARD, REFCARD_QUESTION
from tests.support.processes import child_env, openai_env

pytestmark = pytest.mark.django_db


@pytest.fixture
def auth_on(settings) -> None:
    settings.API_AUTH_REQUIRED = True


def token_client(username: str, capsys) -> APIClient:
    call_command("create_api_user", username)
    token = capsys.readouterr().out.strip()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/chat/sync"),
        ("post", "/chat/async"),
        ("get", "/chat/jobs/00000000-0000-0000-0000-000000000000"),
        ("get", "/documents"),
        ("post", "/documents"),
        ("get", "/documents/00000000-0000-0000-0000-000000000000"),
    ],
)
def test_anonymous_requests_are_refused_when_auth_is_on(auth_on, method, path):
    response = getattr(APIClient(), method)(path, {"message": "hi"}, format="json")
    assert response.status_code == 401
    assert response.json()["detail"] == "Authentication credentials were not provided."
    assert response["WWW-Authenticate"] == "Token"


def test_bad_token_is_401(auth_on):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.post("/chat/sync", {"message": "hi"}, format="json").status_code == 401


def test_schema_and_docs_stay_public(auth_on):
    assert APIClient().get("/schema").status_code == 200
    assert APIClient().get("/docs").status_code == 200


def test_tokens_from_the_command_work_side_by_side_until_rotated(auth_on, capsys):
    alice = token_client("alice", capsys)
    assert alice.post("/chat/sync", {"message": "hi"}, format="json").status_code == 200
    second = token_client("alice", capsys)  # a second named token: the first keeps working
    assert second._credentials != alice._credentials
    assert alice.post("/chat/sync", {"message": "hi"}, format="json").status_code == 200
    call_command("create_api_user", "alice", "--rotate")  # revokes both, prints a third
    capsys.readouterr()
    for old in (alice, second):
        assert old.post("/chat/sync", {"message": "hi"}, format="json").status_code == 401


def test_documents_and_jobs_belong_to_their_owner(auth_on, capsys, media_root, django_capture_on_commit_callbacks):
    alice, bob = token_client("alice", capsys), token_client("bob", capsys)
    file = io.BytesIO(REFCARD.read_bytes())
    file.name = "refcard.pdf"
    document_id = alice.post("/documents", {"file": file}, format="multipart").json()["document_id"]
    with django_capture_on_commit_callbacks(execute=True):
        job_id = alice.post("/chat/async", {"message": "hi"}, format="json").json()["job_id"]

    assert alice.get(f"/documents/{document_id}").status_code == 200
    assert bob.get(f"/documents/{document_id}").status_code == 404
    assert bob.delete(f"/documents/{document_id}").status_code == 404
    assert Document.objects.filter(id=document_id).exists()
    assert bob.get("/documents").json()["count"] == 0
    assert alice.get("/documents").json()["count"] == 1
    assert alice.get(f"/chat/jobs/{job_id}").status_code == 200
    assert bob.get(f"/chat/jobs/{job_id}").status_code == 404
    assert ChatJob.objects.get(id=job_id).owner.username == "alice"


def test_retrieval_only_searches_the_callers_documents(auth_on, capsys, media_root):
    alice, bob = token_client("alice", capsys), token_client("bob", capsys)
    from django.contrib.auth.models import User

    document = DocumentFactory(owner=User.objects.get(username="alice"), pages_total=3, chunks=REFCARD_TEXTS)

    mine = alice.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()
    assert mine["sources"] and mine["backend"] == "extractive"
    theirs = bob.post("/chat/sync", {"message": REFCARD_QUESTION}, format="json").json()
    assert theirs == {"answer": NO_DOCUMENTS, "backend": "none", "model": "", "sources": []}
    doc_ids = bob.post(
        "/chat/sync", {"message": REFCARD_QUESTION, "document_ids": [str(document.id)]}, format="json"
    ).json()
    assert doc_ids["sources"] == []


def test_same_pdf_from_two_users_is_two_documents_sharing_one_file(auth_on, capsys, media_root):
    alice, bob = token_client("alice", capsys), token_client("bob", capsys)
    ids = []
    for client in (alice, bob):
        file = io.BytesIO(REFCARD.read_bytes())
        file.name = "refcard.pdf"
        response = client.post("/documents", {"file": file}, format="multipart")
        assert response.status_code == 202
        ids.append(response.json()["document_id"])
    assert ids[0] != ids[1]
    assert len(list((media_root / "documents").iterdir())) == 1
    assert alice.delete(f"/documents/{ids[0]}").status_code == 204
    assert len(list((media_root / "documents").iterdir())) == 1  # bob's document still uses it
    assert bob.delete(f"/documents/{ids[1]}").status_code == 204
    assert list((media_root / "documents").iterdir()) == []


def test_chat_and_upload_are_rate_limited(settings, capsys, media_root):
    settings.API_THROTTLE_RATES = {"chat": "2/day", "upload": "1/day"}  # windows no test run crosses
    client = APIClient()
    codes = [client.post("/chat/sync", {"message": "hi"}, format="json").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert "Request was throttled" in client.post("/chat/async", {"message": "hi"}, format="json").json()["detail"]
    assert client.get("/chat/jobs/00000000-0000-0000-0000-000000000000").status_code == 404  # polling is free
    uploads = []
    for _ in range(2):
        file = io.BytesIO(REFCARD.read_bytes())
        file.name = "r.pdf"
        uploads.append(client.post("/documents", {"file": file}, format="multipart").status_code)
    assert uploads == [202, 429]
    assert client.get("/documents").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_cli_ask_prints_the_answer_and_no_log_lines(openai_stub, refcard_rows):
    # A real `manage.py ask` against the model stub: its HTTP client logs each request at INFO.
    env = child_env(**openai_env(openai_stub), EMBEDDINGS_BACKEND="none", LOG_LEVEL="INFO")
    done = subprocess.run(
        [sys.executable, "manage.py", "ask", REFCARD_QUESTION], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "stub answer" in done.stdout and "(backend: openai, model: gpt-test)" in done.stdout
    assert done.stderr == "" and " INFO " not in done.stdout


def test_cli_ingest_and_ask_for_an_owner(capsys, media_root):
    from django.core.management import CommandError

    call_command("create_api_user", "carol")
    capsys.readouterr()
    call_command("ingest", str(REFCARD), "--owner", "carol")
    assert Document.objects.get().owner.username == "carol"
    call_command("ask", REFCARD_QUESTION, "--owner", "carol")
    assert "semilogx" in capsys.readouterr().out
    call_command("ask", REFCARD_QUESTION)  # the library: none, and which collections have some
    out, err = capsys.readouterr()
    assert NO_DOCUMENTS in out
    assert "searched only the library" in err and "carol's documents" in err and "--owner" in err
    with pytest.raises(CommandError, match="No user 'dave'"):
        call_command("ask", "q", "--owner", "dave")
