"""The loader: a child process with Django (`python -m bench.scale _load PLAN OUT`) that builds
one corpus in the stack's database with the app's own code, and `run_loader`, which starts it.
A child of its own because only it sets Django up, on the stack's DATABASE_URL; the benchmark
itself drives the stack over HTTP.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.scale.constants import ASKER, DATA, HEAVY, OTHERS, PROBE, TEAM_ASKER
from bench.scale.plan import plan_collections, plan_corpus
from bench.scale.profile import profile_scopes
from bench.stack import ROOT, BenchError, Stack


def load_main(plan_file: Path, out_file: Path) -> int:
    """`python -m bench.scale _load PLAN OUT`: build one corpus in the database of DATABASE_URL; results as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    plan = json.loads(plan_file.read_text())
    build = build_collections if plan.get("scenario") == "collections" else build_corpus
    out_file.write_text(json.dumps(build(plan)))
    return 0


def api_user(name: str) -> str:
    """A user made by `manage.py create_api_user` (with its personal collection); its token."""
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("create_api_user", name, stdout=out, stderr=StringIO())
    return out.getvalue().split()[-1]


def ingest_real(pdfs: Sequence[str], owner: Any, collections: Sequence[Any] | None = None) -> dict:
    """The PDFs uploaded by `owner` (into its personal collection, or the n-th into `collections[n]`)
    and made searchable for real: pages, chunks, seconds, document ids."""
    from bench.ingest import make_searchable
    from chat.services.documents import store_upload

    began = time.perf_counter()
    pages = chunks = 0
    ids = []
    for number, name in enumerate(pdfs):
        collection = collections[number] if collections else None
        with (DATA / "pdfs" / name).open("rb") as file:
            accepted = store_upload(file=file, filename=name, owner=owner, collection=collection)
        document = make_searchable(accepted.document.id)
        pages += document.pages_total or 0
        chunks += document.chunk_count
        ids.append(str(document.id))
    return {"pages": pages, "chunks": chunks, "seconds": time.perf_counter() - began, "ids": ids}


def write_copy(
    source: Any, chunks: Sequence[tuple[int, str]], *, word: str, title: str, owner: Any, collection: Any, seed: str
) -> int:
    """A new ready document of `collection` holding `chunks` of `source`, each with `word` added
    (so that every copy is distinct), stored by chat's own storing step; its chunk count."""
    from django.db import transaction

    from bench.ingest import store_chunks
    from chat.models import Document

    texts = [(page, f"{text}\n{word}") for page, text in chunks]
    with transaction.atomic():
        document = Document.objects.create(
            id=uuid.uuid4(),
            owner=owner,
            collection=collection,
            title=title,
            filename=source.filename,
            file=source.file.name,
            sha256=hashlib.sha256(seed.encode()).hexdigest(),
            size_bytes=source.size_bytes,
            status=Document.Status.PROCESSING,
            pages_total=source.pages_total,
            pages_done=source.pages_total,
        )
        store_chunks(document, texts)
    return len(texts)


class BulkProgress:
    """Prints the bulk load's progress every 15 s: chunks written of the total, chunks/s."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.began = self.last = time.perf_counter()

    def add(self, chunks: int, *, last: bool = False) -> None:
        self.done += chunks
        now = time.perf_counter()
        if now - self.last > 15 or last:
            self.last = now
            print(
                f"    bulk load: {self.done:,}/{self.total:,} chunks ({100 * self.done / max(1, self.total):.0f}%), "
                f"{self.done / (now - self.began):,.0f} chunks/s",
                flush=True,
            )

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.began


def sources_of(ids: Sequence[str]) -> list[tuple[Any, list[tuple[int, str]]]]:
    """The documents with these ids and their chunks' (page, text), in order: what copies copy."""
    from chat.models import Document

    documents = [Document.objects.get(id=doc_id) for doc_id in ids]
    return [(doc, list(doc.chunks.order_by("order").values_list("page", "text"))) for doc in documents]


def analyze(plan: dict) -> None:
    from django.db import connection

    if plan.get("analyze") and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def build_corpus(plan: dict) -> dict:
    from django.contrib.auth.models import User
    from django.db import connection

    from chat.models import Chunk, Document
    from chat.retrieval.engines import get_engine
    from chat.services.default_collections import personal_collection

    result: dict = {"engine": get_engine().name, "vendor": connection.vendor}
    result["tokens"] = {name: api_user(name) for name in (ASKER, HEAVY)}
    users = {name: User.objects.get_or_create(username=name)[0] for name in (ASKER, HEAVY, PROBE, *OTHERS)}
    result["ingest_empty"] = ingest_real(plan["pdfs"], users[ASKER])
    sources = sources_of(result["ingest_empty"]["ids"])
    copies = plan_corpus(
        size=plan["size"],
        real_chunks=2 * result["ingest_empty"]["chunks"],  # carol's are the same PDFs
        source_lengths=[len(chunks) for _, chunks in sources],
        seed=plan["seed"],
    )
    total = sum(copy["length"] for copy in copies)
    if total:
        print(f"    bulk load: {total:,} chunks in {len(copies):,} documents of {len(users) - 2} users", flush=True)
    progress = BulkProgress(total)
    for number, copy in enumerate(copies, start=1):
        source, chunks = sources[copy["source"]]
        owner = users[copy["user"]]
        written = write_copy(
            source,
            chunks[copy["start"] : copy["start"] + copy["length"]],
            word=f"zq{plan['seed']}x{number}",  # this copy's own word, in every chunk of it
            title=f"{source.title} (copy {number})",
            owner=owner,
            collection=personal_collection(user=owner),
            seed=f"{plan['seed']}-{number}",
        )
        progress.add(written, last=number == len(copies))
    result["bulk"] = {"chunks": progress.done, "documents": len(copies), "seconds": progress.seconds}
    analyze(plan)
    result["ingest_at_size"] = ingest_real(plan["pdfs"], users[PROBE])
    result["chunks"] = Chunk.objects.count()
    result["documents"] = Document.objects.count()
    result["users"] = User.objects.count()
    return result


def build_collections(plan: dict) -> dict:
    """The collections scenario: 500 team collections (by default) made by 50 colleagues, with
    members and groups; dana reads 20 of them, alice her personal collection of as many chunks."""
    from django.contrib.auth.models import Group, User
    from django.db import connection

    from chat.models import Chunk, Collection, Document, Membership
    from chat.retrieval.engines import get_engine
    from chat.selectors.access import Asker
    from chat.services.collections import create_collection
    from chat.services.default_collections import personal_collection

    result: dict = {"engine": get_engine().name, "vendor": connection.vendor}
    result["tokens"] = {name: api_user(name) for name in (ASKER, TEAM_ASKER)}
    users = {name: User.objects.get_or_create(username=name)[0] for name in (ASKER, TEAM_ASKER, PROBE, *OTHERS)}
    began = time.perf_counter()
    real = ingest_real(plan["pdfs"], users[ASKER])
    sources = sources_of(real["ids"])
    layout = plan_collections(
        size=plan["size"],
        collections=plan["collections"],
        reads=plan["reads"],
        scope=plan["scope"],
        real_chunks=[len(chunks) for _, chunks in sources],
        source_lengths=[len(chunks) for _, chunks in sources],
        seed=plan["seed"],
    )
    teams = [
        create_collection(asker=Asker(user=users[creator]), name=f"team {index:03d}")
        for index, creator in enumerate(layout["creators"])
    ]
    groups = {name: Group.objects.create(name=name) for name in layout["groups"]}
    for name, members in layout["groups"].items():
        groups[name].user_set.add(*(users[member] for member in members))
    Membership.objects.bulk_create(
        Membership(
            collection=teams[member["collection"]],
            user=users[member["user"]] if "user" in member else None,
            group=groups[member["group"]] if "group" in member else None,
            role=member["role"],
        )
        for member in layout["members"]
    )
    print(
        f"    {len(teams)} team collections, {Membership.objects.count():,} memberships, {len(groups)} groups "
        f"({time.perf_counter() - began:.0f} s)",
        flush=True,
    )
    readable = [teams[index] for index in layout["readable"]]
    creator_of = {team.pk: users[creator] for team, creator in zip(teams, layout["creators"], strict=True)}
    # dana's copies of the dev PDFs, ingested for real into her collections (by their creators).
    for number, slot in enumerate(layout["real_slots"]):
        team = readable[slot]
        ingest_real(plan["pdfs"][number : number + 1], creator_of[team.pk], [team])
    alice_home = personal_collection(user=users[ASKER])
    total = 2 * sum(c["length"] for c in layout["scope_copies"]) + sum(c["length"] for c in layout["other_copies"])
    print(f"    bulk load: {total:,} chunks", flush=True)
    progress = BulkProgress(total)
    number = 0
    # The scopes' copies side by side, so that both hold the same text in the same order: a copy
    # and its twin in the other scope have the same title and word (a word of their own still:
    # no other copy in either scope has it).
    for position, copy in enumerate(layout["scope_copies"], start=1):
        source, chunks = sources[copy["source"]]
        part = chunks[copy["start"] : copy["start"] + copy["length"]]
        team = readable[copy["slot"]]
        title, word = f"{source.title} (copy {position})", f"zq{plan['seed']}y{position}"
        for owner, collection in ((users[ASKER], alice_home), (creator_of[team.pk], team)):
            number += 1
            written = write_copy(source, part, word=word, title=title, owner=owner, collection=collection,
                                 seed=f"{plan['seed']}-{number}")  # fmt: skip
            progress.add(written)
    for copy in layout["other_copies"]:
        source, chunks = sources[copy["source"]]
        team = teams[copy["collection"]]
        number += 1
        written = write_copy(
            source, chunks[copy["start"] : copy["start"] + copy["length"]], word=f"zq{plan['seed']}x{number}",
            title=f"{source.title} (copy {number})", owner=creator_of[team.pk], collection=team,
            seed=f"{plan['seed']}-{number}",
        )  # fmt: skip
        progress.add(written)
    progress.add(0, last=True)
    result["bulk"] = {"chunks": progress.done, "documents": number, "seconds": progress.seconds}
    analyze(plan)
    result["chunks"] = Chunk.objects.count()
    result["documents"] = Document.objects.count()
    result["users"] = User.objects.count()
    result["collections"] = Collection.objects.count()
    result["team_collections"] = len(teams)
    result["memberships"] = Membership.objects.count()
    result["groups"] = len(groups)
    result["profile"] = profile_scopes(plan["questions"], {name: users[name] for name in (ASKER, TEAM_ASKER)})
    return result


def run_loader(stack: Stack, plan: dict) -> dict:
    plan_file, out_file = stack.tmp / "plan.json", stack.tmp / "loaded.json"
    plan_file.write_text(json.dumps(plan))
    env = {**stack.env, "LOG_LEVEL": "WARNING"}
    with (stack.tmp / "loader.log").open("ab") as log:
        done = subprocess.run(
            [sys.executable, "-m", "bench.scale", "_load", str(plan_file), str(out_file)],
            cwd=ROOT, env=env, stderr=log, check=False,
        )  # fmt: skip
    if done.returncode:
        raise BenchError(f"loading the corpus failed (exit {done.returncode})")
    return json.loads(out_file.read_text())
