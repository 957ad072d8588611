"""One engine, in this process: Django set up on a fresh database, then the warm-up, the upload
rounds (each upload made searchable right after its request) and the question rounds, the two
paths in turn; what was measured.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path

from bench.sharing.api import Api
from bench.sharing.constants import DATA, PATHS, SETTINGS, questions
from bench.sharing.measured import Measured
from bench.sharing.people import set_up_people
from bench.sharing.services import services


def distinct_bytes(path: Path) -> bytes:
    """The PDF with a comment of its own at the end: other bytes (no deduplication), the same text."""
    return path.read_bytes() + f"\n%pdfchat bench sharing {uuid.uuid4()}\n".encode()


def in_turn(number: int) -> tuple[str, str]:
    """The two paths, the personal one first every other time."""
    return PATHS if number % 2 == 0 else PATHS[::-1]


def without_ids(reply: dict) -> dict:
    """A /chat/sync reply without what differs between two copies of the same documents: their ids."""
    sources = [{k: v for k, v in s.items() if k not in ("document_id", "collection_id")} for s in reply["sources"]]
    return {**reply, "sources": sources}


def measure(args: argparse.Namespace, engine: str, workdir: Path) -> Measured:
    """Set up Django on a fresh database of `engine`, then upload, delete and ask through both paths."""
    from bench.inprocess import setup_django

    began = time.monotonic()
    (workdir / "staticfiles").mkdir()  # where the static files would be (none are served here)
    with services(workdir, engine) as (database_url, redis_url):
        setup_django(workdir, database_url=database_url, REDIS_URL=redis_url, **SETTINGS)
        from bench.ingest import make_searchable
        from chat.models import Chunk, Document

        people = set_up_people()
        api = Api(people["token"])
        target = {"personal": None, "shared": people["shared"]}  # an upload without collection_id: personal
        scope = {"personal": people["personal"], "shared": people["shared"]}
        measured = Measured(engine=engine)
        asked = questions(args.pdfs, args.questions)

        # Warm-up, not timed: every PDF uploaded and every question asked once through each path
        # (then the documents deleted), so that what a process loads on first use (imports, word
        # lists, the CJK tokenizer) lands in neither path's times; else it lands in whichever
        # path happens to go first.
        warm = []
        for name in args.pdfs:
            for path in PATHS:
                document_id, _ = api.upload(name, distinct_bytes(DATA / "pdfs" / name), target[path])
                make_searchable(document_id)
                warm.append(document_id)
        for question in asked:
            for path in PATHS:
                api.ask(question, scope[path])
        for document_id in warm:
            api.delete(document_id)

        pair = 0
        for round_ in range(args.rounds):
            made: dict[str, list[str]] = {path: [] for path in PATHS}
            for name in args.pdfs:
                for path in in_turn(pair):
                    began_upload = time.perf_counter()
                    document_id, request = api.upload(name, distinct_bytes(DATA / "pdfs" / name), target[path])
                    document = make_searchable(document_id)
                    ready = time.perf_counter() - began_upload
                    if document is None or document.status != Document.Status.READY:
                        measured.failures.append(f"{path} {name}: {getattr(document, 'error', 'deleted')}")
                        continue
                    measured.upload_request[path].append(request)
                    measured.upload_ready[path].append(ready)
                    made[path].append(document_id)
                    if path == "personal" and round_ == 0:
                        measured.pages += document.pages_total or 0
                pair += 1
            if round_ < args.rounds - 1:
                for ids in zip(made["personal"], made["shared"], strict=True):
                    for path in in_turn(pair):
                        measured.delete[path].append(api.delete(ids[PATHS.index(path)]))
                    pair += 1
            print(f"  [{engine}] upload round {round_ + 1}/{args.rounds} done", flush=True)
        measured.chunks = Chunk.objects.filter(document__collection__key=people["shared"]).count()

        for _ in range(args.question_rounds):
            for question in asked:
                replies = {}
                for path in in_turn(pair):
                    replies[path], seconds = api.ask(question, scope[path])
                    measured.question[path].append(seconds)
                pair += 1
                measured.compared += 1
                if without_ids(replies["personal"]) == without_ids(replies["shared"]):
                    measured.identical += 1
                elif question not in measured.differing:
                    measured.differing.append(question)
        measured.load_average = os.getloadavg()[0]
    measured.seconds = time.monotonic() - began
    return measured


def run_here(args: argparse.Namespace, engine: str) -> Measured:
    with tempfile.TemporaryDirectory(prefix=f"pdfchat-sharing-{engine}-") as tmp:
        return measure(args, engine, Path(tmp))
