"""An encrypted PDF uploaded without its password, failed by a real worker: the readable
reason on the document, one WARNING line in the worker's log and no traceback."""

import io

import pytest
from rest_framework.test import APIClient

from chat.backends.pdf.pdfium import NEEDS_PASSWORD
from tests.support.processes import wait_until


def upload(client, path, **extra):
    file = io.BytesIO(path.read_bytes())
    file.name = path.name
    return client.post("/documents", {"file": file, **extra}, format="multipart")


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_fails_it_without_an_error_traceback(start_worker, media_root, locked):
    worker = start_worker("ingest", MEDIA_ROOT=str(media_root))
    client = APIClient()
    document_id = upload(client, locked).json()["document_id"]
    document = wait_until(
        lambda: (body := client.get(f"/documents/{document_id}").json())["status"] == "failed" and body,
        60,
        "the document to fail",
        interval=0.1,
    )
    assert document["error"] == NEEDS_PASSWORD
    log = wait_until(lambda: "failed: The PDF is encrypted" in (out := worker.output()) and out, 10, "the log line")
    assert "WARNING" in log and "Traceback" not in log and " ERROR " not in log
