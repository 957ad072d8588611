"""sam's requests (upload, delete, ask) through Django's test client, each timed: the URLconf,
authentication, permissions, serializers, services and database, everything but the network.
"""

from __future__ import annotations

import json
import time
from typing import Any

from bench.stack import BenchError


class Api:
    """sam's requests through Django's test client, each timed; any unexpected status is a BenchError."""

    def __init__(self, token: str) -> None:
        from django.test import Client

        self.client = Client(HTTP_AUTHORIZATION=f"Token {token}")

    def upload(self, name: str, data: bytes, collection_id: str | None) -> tuple[str, float]:
        from django.core.files.uploadedfile import SimpleUploadedFile

        form: dict[str, Any] = {"file": SimpleUploadedFile(name, data, content_type="application/pdf")}
        if collection_id is not None:
            form["collection_id"] = collection_id
        began = time.perf_counter()
        response = self.client.post("/documents", data=form)
        elapsed = time.perf_counter() - began
        if response.status_code != 202:
            raise BenchError(f"POST /documents answered {response.status_code}: {response.content[:300]!r}")
        return response.json()["document_id"], elapsed

    def delete(self, document_id: str) -> float:
        began = time.perf_counter()
        response = self.client.delete(f"/documents/{document_id}")
        elapsed = time.perf_counter() - began
        if response.status_code != 204:
            raise BenchError(f"DELETE /documents/{document_id} answered {response.status_code}")
        return elapsed

    def ask(self, question: str, collection_id: str) -> tuple[dict, float]:
        body = json.dumps({"message": question, "collection_ids": [collection_id]})
        began = time.perf_counter()
        response = self.client.post("/chat/sync", data=body, content_type="application/json")
        elapsed = time.perf_counter() - began
        if response.status_code != 200:
            raise BenchError(f"POST /chat/sync answered {response.status_code}: {response.content[:300]!r}")
        return response.json(), elapsed
