"""Measuring over HTTP: the dev questions, one timed POST /chat/sync, and bob's uploads through
POST /documents while alice asks. Both scenarios send their requests through these, so their
latencies are measured the same way.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx

from bench.scale.constants import DATA, QUESTIONS_FILE
from bench.stack import BenchError, Stack


def questions(pdfs: Sequence[str], limit: int | None) -> list[str]:
    """The dev questions about `pdfs`, the first `limit` of them if given."""
    with QUESTIONS_FILE.open() as file:
        found = [json.loads(line) for line in file if line.strip()]
    return [q["question"] for q in found if q["pdf"] in pdfs][:limit]


@dataclass
class Asked:
    latencies: list[float] = field(default_factory=list)  # seconds
    bodies: list[tuple[str, bytes]] = field(default_factory=list)  # (question, response body)


def ask(client: httpx.Client, question: str, asked: Asked) -> None:
    began = time.perf_counter()
    response = client.post("/chat/sync", json={"message": question})
    elapsed = time.perf_counter() - began
    if response.status_code != 200:
        raise BenchError(f"POST /chat/sync answered {response.status_code}: {response.text[:300]}")
    asked.latencies.append(elapsed)
    asked.bodies.append((question, response.content))


def slowest(asked: Asked, asked_questions: list[str]) -> str:
    """Which dev question was slowest, e.g. "q3 74 ms"."""
    if not asked.latencies:
        return "-"
    index = max(range(len(asked.latencies)), key=asked.latencies.__getitem__)
    return f"slowest q{asked_questions.index(asked.bodies[index][0])} {asked.latencies[index] * 1000:.0f} ms"


@dataclass
class Uploads:
    ready: int = 0
    ready_in_window: int = 0
    chunks: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)  # upload -> ready


def upload_loop(
    stack: Stack, token: str, pdfs: Sequence[str], stop: threading.Event, window_end: list[float], uploads: Uploads
) -> None:
    """bob's uploads, one after the other as each becomes ready, until `stop`; distinct bytes each."""
    headers = {"Authorization": f"Token {token}"}
    with httpx.Client(base_url=stack.base_url, headers=headers, timeout=60) as client:
        number = 0
        while not stop.is_set():
            pdf = DATA / "pdfs" / pdfs[number % len(pdfs)]
            data = pdf.read_bytes() + f"\n%pdfchat bench upload {uuid.uuid4()}\n".encode()
            number += 1
            began = time.monotonic()
            response = client.post("/documents", files={"file": (pdf.name, data, "application/pdf")})
            if response.status_code != 202:
                uploads.failed.append(f"POST /documents {response.status_code}: {response.text[:200]}")
                return
            document_id = response.json()["document_id"]
            deadline = began + 300
            while True:
                body = client.get(f"/documents/{document_id}").json()
                if body["status"] in ("ready", "failed") or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            if body["status"] != "ready":
                uploads.failed.append(f"{pdf.name}: {body['status']} {body.get('error') or ''}")
                return
            now = time.monotonic()
            uploads.ready += 1
            uploads.ready_in_window += now <= window_end[0]
            uploads.chunks += body["chunks"]
            uploads.seconds.append(now - began)
