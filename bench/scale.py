"""Search at scale: one user's questions while other users' chunks pile up, on SQLite and PostgreSQL;
and a user who reads 20 team collections of 500 against one whose scope is a personal collection.

    make bench-scale                                           # both scenarios, both engines
    make bench-scale ARGS="--sizes 2000 --engines sqlite"      # a quick run
    python -m bench.scale --sizes 10k,60k,250k --engines sqlite,postgresql --window 30 --rounds 3
    python -m bench.scale --scenarios collections --scope-chunks 2000,10000 --collections 500 --reads 20
    python -m bench.scale --tiny                               # 1,500 chunks, SQLite, seconds: proves it runs

The users scenario (--scenarios users). For each engine, a baseline (alice's and carol's
documents only, no bulk corpus) and then each corpus size, a fresh stack is built
(bench/stack.py: a private redis-server, gunicorn with --gunicorn-workers sync workers, one
`manage.py rqworker ingest`; the database is a SQLite file or an embedded PostgreSQL 18 +
pgvector, scripts/embedded_postgres.py, both in the temporary directory and given to every
child as DATABASE_URL). Then:

  load     A child process with Django runs the app's own code. Users `alice` and `bob` come
           from `create_api_user` (their tokens authenticate the HTTP calls below), 50 more users
           (carol, u01..u49) are created. alice's documents are the four dev PDFs
           (bench/data/pdfs; --pdfs), ingested for real (`store_upload` +
           bench/ingest.py `make_searchable`). The corpus: copies of those documents' chunks, as
           new Document rows for bob (~25% of the size) and u01..u49 (the rest, unevenly), whole
           documents or runs of their chunks, each copy made distinct by a word of its own added
           to every chunk. They are written by bench/ingest.py `store_chunks` (chat's own
           storing step), so index terms (`index_text` with the copy's owner), token counts, the
           FTS5 triggers or the generated tsvector column are the real ones, one transaction per
           document. Last,
           carol's four dev PDFs are ingested for real: ingestion pages/s at this size. The
           size counts every chunk: alice's, carol's and the copies.
  first    gunicorn is started afresh (with its access log, which names the worker that
           answered); once its workers have settled, alice's first question is sent by one
           client per worker at once, so each worker answers one: the cold worker's time (it
           imports the URLconf on its first request) and the warm one's (it answered the
           readiness check). The cold one is left out ("-") unless every worker answered.
  rest     after a warm-up (every question from one client per worker), alice asks the dev
           questions (bench/data/dev_questions.jsonl), one at a time, --rounds times:
           p50/p95/max.
  uploads  bob uploads the dev PDFs (made distinct bytes) through POST /documents, the next
           one as soon as the last is ready (the rqworker ingests them), for --window seconds,
           while alice keeps asking: p50/p95/max, how many of bob's documents became ready;
           the rqworker's work horse's memory is sampled meanwhile. The machine's load average
           is recorded too: other processes on the machine show up in these latencies.
  after    once bob's last upload is ready, alice asks every question once more: her answers
           and sources must be byte-identical to her first round at rest (also every answer
           given during the uploads).
  memory   VmRSS (/proc/PID/status) of the gunicorn workers (the largest) and of the rqworker,
           the work horse's peak (VmHWM); the database's size (SQLite file + WAL,
           PostgreSQL pg_database_size), and on PostgreSQL the GIN index's pending list, which
           every search scans whole (pgstatginindex, after the uploads).

One table at the end: engines side by side, postgresql/sqlite per row, each engine's baseline,
and the targets (p95 < 100 ms and max < 1 s at the largest size, at rest and during uploads;
RSS < 300 MB at every size). The exit status is non-zero if a target is MISSED, an answer
changed, or an upload failed.

The collections scenario (--scenarios collections; issue 19). For each engine and each
--scope-chunks size, a stack as above (no rqworker: nothing is uploaded) whose loader builds,
at the largest --sizes (250k):

  people   alice and dana (create_api_user: their tokens), 50 colleagues (carol, u01..u49)
           and 12 groups. The colleagues create --collections (500) team collections
           (`create_collection`, the creator is its manager), each with two more colleagues
           as viewers or editors, a third of them with a group too. dana is a member of
           --reads (20) of them: directly in half (an editor in the first), through group g01
           in a quarter and g02 in the rest (g01 is also an editor where she is a viewer);
           she has her (empty) personal collection besides. alice reads her personal
           collection only.
  scopes   the dev PDFs ingested for real into alice's personal collection and, one each,
           into four of dana's collections (reached each way), then the same copies of their
           chunks (as in the users scenario) into both scopes up to --scope-chunks each:
           alice's all in her collection, dana's spread unevenly over her 20. Both scopes
           hold the same text in the same order, so their answers must be the same but for
           the documents' and collections' ids. The rest of the size goes to the other 480
           collections, unevenly.
  profile  in the loader, per asker, the medians over the questions of `roles`,
           `search_scope` and `search` (where the time goes), and the scope's numbers:
           collections readable, index partitions and documents searched, chunks, the
           index terms a question looks up.
  asking   gunicorn as above, warmed up with every question from each asker; then alice and
           dana ask every dev question in turn (each first half of the time), --rounds
           times: /chat/sync p50/p95/max of each, and whether dana's answers equal alice's.

Its table: per engine, alice (personal), dana (20 of 500) and dana/alice, a row per measure
and scope. Target: p95 < 100 ms for both, at every scope size; the exit status is also
non-zero if dana's answers differ from alice's.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import redis
from rq import Worker

from bench import cli
from bench.stack import ROOT, BenchError, Process, Stack, proc_status_kb, running_stack, start_web, wait_until
from bench.stats import percentile
from bench.tables import Num, Ratio, fmt, print_table
from scripts.processes import children

DATA = ROOT / "bench" / "data"
PDFS = [path.name for path in sorted((DATA / "pdfs").glob("*.pdf"))]
QUESTIONS_FILE = DATA / "dev_questions.jsonl"
ASKER, HEAVY, PROBE = "alice", "bob", "carol"
OTHERS = [f"u{n:02d}" for n in range(1, 50)]  # with carol: 50 users besides alice and bob
HEAVY_SHARE = 0.25
# The collections scenario: dana reads --reads of --collections team collections (directly and
# through GROUPS[0] and GROUPS[1]); alice's personal collection holds as many chunks.
TEAM_ASKER = "dana"
GROUPS = [f"g{n:02d}" for n in range(1, 13)]
DEFAULT_COLLECTIONS, DEFAULT_READS, DEFAULT_SCOPES = 500, 20, "2000,10000"
ENGINES = ("sqlite", "postgresql")
DEFAULT_SIZES = "10000,60000,250000"
# Targets (at the largest size for latency, at every size for memory).
P95_TARGET_MS = 100.0
MAX_TARGET_MS = 1000.0
RSS_TARGET_MB = 300.0
SETTINGS = {
    "API_AUTH_REQUIRED": "True",
    # The engines' lexical side at scale; vectors (the local model, 2 cores) are measured by
    # bench/retrieval.py and bench/vectors.py.
    "EMBEDDINGS_BACKEND": "none",
    "INGEST_RETRY_INTERVALS": "",  # a failed upload shows as failed at once
}


# --- The corpus plan ---------------------------------------------------------------------


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    factor = 1000 if text.endswith("k") else 1_000_000 if text.endswith("m") else 1
    return int(float(text.rstrip("km")) * factor)


def label(size: int) -> str:
    if size == 0:
        return "base"
    return f"{size // 1000}k" if size % 1000 == 0 else f"{size:,}"


def uneven(total: int, keys: Sequence[object], rng: random.Random) -> dict:
    """`total` shared out among `keys` unevenly (each weighs 0.4 to 1.6), summing to `total` exactly."""
    weights = [rng.uniform(0.4, 1.6) for _ in keys]
    shares, left = {}, total
    for index, key in enumerate(keys):
        share = left if index == len(keys) - 1 else min(left, round(total * weights[index] / sum(weights)))
        shares[key], left = share, left - share
    return shares


def cut(budgets: dict, source_lengths: Sequence[int], rng: random.Random) -> list[tuple[object, int, int, int]]:
    """Each budget (chunks) as copies of the sources, taken in turn, whole or a run of their
    chunks: [(key, source, start, length)]."""
    copies, turn = [], 0
    for key, budget in budgets.items():
        while budget > 0:
            source = turn % len(source_lengths)
            turn += 1
            length = min(budget, source_lengths[source])
            start = rng.randrange(0, source_lengths[source] - length + 1)
            copies.append((key, source, start, length))
            budget -= length
    return copies


def plan_corpus(*, size: int, real_chunks: int, source_lengths: Sequence[int], seed: int) -> list[dict]:
    """Copies to write: [{"user", "source", "start", "length"}], bob's ~25% of `size`, the rest uneven.

    `real_chunks` (alice's and carol's, ingested for real) count towards the size.
    """
    bulk = max(0, size - real_chunks)
    heavy = min(bulk, round(size * HEAVY_SHARE))
    rng = random.Random(seed)
    budgets = {HEAVY: heavy, **uneven(bulk - heavy, OTHERS, rng)}
    return [
        {"user": user, "source": source, "start": start, "length": length}
        for user, source, start, length in cut(budgets, source_lengths, rng)
    ]


def plan_collections(
    *, size: int, collections: int, reads: int, scope: int, real_chunks: Sequence[int], source_lengths: Sequence[int],
    seed: int,
) -> dict:  # fmt: skip
    """The collections scenario's corpus and memberships (see the module's docstring), as JSON.

    `real_chunks` are the chunks of each dev PDF, ingested for real once into alice's personal
    collection and once into dana's collections (`real_slots`: which of her `reads` collections
    holds each). Both scopes then get the same copies (`scope_copies`, dana's spread unevenly
    over her collections: `slot`), so that they hold the same text in the same order and their
    answers can be compared; the rest of `size` goes to the other collections, unevenly.
    """
    if not 3 <= reads <= collections:
        raise BenchError(f"--reads {reads}: between 3 and --collections ({collections})")
    real = sum(real_chunks)
    if scope < real:
        raise BenchError(f"--scope-chunks {scope}: at least the dev PDFs' {real} chunks")
    if size < 2 * scope:
        raise BenchError(f"the collections scenario's size ({size:,}) must hold two scopes of {scope:,} chunks")
    rng = random.Random(seed)
    readable = sorted(rng.sample(range(collections), reads))
    taken = set(readable)
    others = [index for index in range(collections) if index not in taken]
    real_slots = [n * reads // len(real_chunks) for n in range(len(real_chunks))]
    scope_copies = [
        {"slot": slot, "source": source, "start": start, "length": length}
        for slot, source, start, length in cut(uneven(scope - real, range(reads), rng), source_lengths, rng)
    ]
    other_copies = [
        {"collection": index, "source": source, "start": start, "length": length}
        for index, source, start, length in cut(uneven(size - 2 * scope, others, rng), source_lengths, rng)
    ]
    creators = [PROBE, *OTHERS]
    # dana: a direct member of the first half of her collections, through GROUPS[0] and
    # GROUPS[1] of the rest; GROUPS[0] is also an editor where she is a viewer herself.
    half = reads // 2
    quarter = half + (reads - half) // 2
    members: list[dict] = []
    for position, index in enumerate(readable):
        if position < half:
            role = "editor" if position == 0 else "viewer"
            members.append({"collection": index, "user": TEAM_ASKER, "role": role})
        else:
            group = GROUPS[0] if position < quarter else GROUPS[1]
            members.append({"collection": index, "group": group, "role": "viewer"})
    members.append({"collection": readable[0], "group": GROUPS[0], "role": "editor"})
    for index in range(collections):  # everyone else: two colleagues, and sometimes a team
        creator = creators[index % len(creators)]
        for colleague in rng.sample([name for name in creators if name != creator], 2):
            members.append({"collection": index, "user": colleague, "role": rng.choice(["viewer", "editor"])})
        if index not in taken and rng.random() < 0.3:
            members.append({"collection": index, "group": rng.choice(GROUPS[2:]), "role": "viewer"})
    groups = {
        name: ([TEAM_ASKER] if n < 2 else []) + rng.sample(creators, 3 if n < 2 else rng.randint(5, 15))
        for n, name in enumerate(GROUPS)
    }
    return {
        "collections": collections,
        "creators": [creators[index % len(creators)] for index in range(collections)],
        "readable": readable,
        "real_slots": real_slots,
        "scope_copies": scope_copies,
        "other_copies": other_copies,
        "members": members,
        "groups": groups,
    }


# --- The loader (a child process with Django) --------------------------------------------


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


def profile_scopes(asked_questions: Sequence[str], askers: dict[str, Any]) -> dict:
    """Where a question's time goes, in this process, per asker: the medians (ms) of `roles`,
    `search_scope` and `search` over the questions (after one warm-up round), and the scope:
    collections read, partitions and documents searched, chunks, index terms looked up."""
    from django.conf import settings

    from chat.retrieval.search import search
    from chat.retrieval.terms import MAX_TOKEN_CHARS
    from chat.selectors.access import Asker, roles
    from chat.selectors.search import search_scope
    from chat.text import bigrams, katakana_words, question_words, tokenize

    def probes(question: str) -> int:  # the distinct tokens search() looks up (chat/retrieval/search.py)
        found = set(tokenize(question))
        for word in question_words(question):
            found.update(tokenize(word))
        for word in katakana_words(question):
            found.update(bigrams(word))
        return sum(len(token) <= MAX_TOKEN_CHARS for token in found)

    k = settings.RETRIEVAL_TOP_K * 3
    profile = {}
    for name, user in askers.items():
        asker = Asker(user=user)
        times: dict[str, list[float]] = {"roles": [], "search_scope": [], "search": []}
        for round_ in range(2):
            for question in asked_questions:
                t0 = time.perf_counter()
                readable = roles(asker=asker)
                t1 = time.perf_counter()
                scope = search_scope(asker=asker)
                t2 = time.perf_counter()
                search(query=question, scope=scope, k=k)
                t3 = time.perf_counter()
                if round_:  # the first round warms caches up
                    for key, seconds in (("roles", t1 - t0), ("search_scope", t2 - t1), ("search", t3 - t2)):
                        times[key].append(seconds * 1000)
        terms = sorted(probes(question) * len(scope.prefixes) for question in asked_questions)
        profile[name] = {
            **{f"{key}_ms": statistics.median(values) for key, values in times.items()},
            "readable": len(readable),
            "partitions": len(scope.prefixes),
            "documents": len(scope.document_ids),
            "chunks": scope.chunk_count,
            "terms": terms[len(terms) // 2],
        }
    return profile


# --- Measuring over HTTP -----------------------------------------------------------------


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


# --- Processes' memory ---------------------------------------------------------------------


class HorseSampler(threading.Thread):
    """Samples the peak resident memory (VmHWM) of the rqworker's work horses."""

    def __init__(self, worker_pid: int) -> None:
        super().__init__(daemon=True)
        self.worker_pid, self.peak_kb, self.seen = worker_pid, 0, set()
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.wait(0.02):
            for pid in children(self.worker_pid):
                kb = proc_status_kb(pid, "VmHWM")
                if kb:
                    self.seen.add(pid)
                    self.peak_kb = max(self.peak_kb, kb)


def mb(kb: int | None) -> float | None:
    return None if kb is None else kb / 1024


# --- One run: an engine, a size ------------------------------------------------------------


@dataclass
class Run:
    engine: str
    size: int
    chunks: int = 0
    documents: int = 0
    users: int = 0
    bulk_seconds: float | None = None
    bulk_rate: float | None = None
    ingest_empty_rate: float | None = None
    ingest_rate: float | None = None
    first_ms: float | None = None  # the slowest of the workers' first answers (a worker that never answered)
    first_warm_ms: float | None = None  # the fastest (the worker that answered the readiness check)
    first_autovacuum: list[str] = field(default_factory=list)  # PostgreSQL autovacuum at work then
    rest: list[float] = field(default_factory=list)  # ms
    during: list[float] = field(default_factory=list)  # ms
    uploads_ready: int = 0
    uploads_in_window: int = 0
    uploads_chunks: int = 0
    upload_failures: list[str] = field(default_factory=list)
    identical_after: int = 0
    compared_after: int = 0
    identical_during: int = 0
    compared_during: int = 0
    web_rss_mb: float | None = None
    worker_rss_mb: float | None = None
    horse_peak_mb: float | None = None
    horses_seen: int = 0
    db_mb: float | None = None  # the corpus, before bob's uploads
    db_after_mb: float | None = None
    gin_pending_pages: int | None = None  # PostgreSQL, after the uploads
    load_average: float | None = None  # the machine's 1-minute load average at the end of the window
    seconds: float = 0.0


@contextlib.contextmanager
def embedded_postgres(tmp: Path) -> Iterator[str]:
    """A PostgreSQL 18 + pgvector server in `tmp/pg` with a database `pdfchat`; its URL."""
    import psycopg

    from scripts.embedded_postgres import EmbeddedPostgres, EmbeddedPostgresError

    server = EmbeddedPostgres(tmp / "pg")
    try:
        try:
            server.start()
        except EmbeddedPostgresError as exc:
            raise BenchError(f"the embedded PostgreSQL did not start: {exc}") from exc
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute("CREATE DATABASE pdfchat")
        yield server.url_for("pdfchat")
    finally:
        server.stop()


def database_mb(stack: Stack, engine: str) -> float:
    if engine == "sqlite":
        files = [stack.db_path, stack.db_path.with_name(stack.db_path.name + "-wal")]
        return sum(f.stat().st_size for f in files if f.exists()) / 2**20
    import psycopg

    with psycopg.connect(stack.env["DATABASE_URL"]) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return row[0] / 2**20


def gin_pending_pages(stack: Stack, engine: str) -> int | None:
    """PostgreSQL: pages in the GIN index's pending list, which every search scans whole (pgstattuple)."""
    if engine != "postgresql":
        return None
    import psycopg

    with psycopg.connect(stack.env["DATABASE_URL"], autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        row = conn.execute("SELECT pending_pages FROM pgstatginindex('chat_chunk_search_vector_gin')").fetchone()
    return int(row[0])


def autovacuum_activity(stack: Stack, engine: str) -> list[str]:
    """PostgreSQL: what autovacuum workers are doing right now (they may slow a query down)."""
    if engine != "postgresql":
        return []
    import psycopg

    with psycopg.connect(stack.env["DATABASE_URL"]) as conn:
        rows = conn.execute(
            "SELECT query FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND query <> ''"
        ).fetchall()
    return [row[0] for row in rows]


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


def wait_for_worker(stack: Stack, worker: Process) -> None:
    with contextlib.closing(redis.Redis.from_url(stack.redis_url)) as client:

        def registered() -> bool:
            if not worker.alive():
                raise BenchError(f"{worker.name} exited:\n{worker.tail()}")
            return any("ingest" in w.queue_names() for w in Worker.all(connection=client))

        wait_until(registered, 60, "the ingest rqworker to register")


def measure(args: argparse.Namespace, engine: str, size: int, asked_questions: list[str]) -> Run:
    run = Run(engine=engine, size=size)
    began = time.monotonic()
    database = embedded_postgres if engine == "postgresql" else None
    say = print
    # The size without a thousands comma: PostgreSQL reads its socket directory (in there) as a list.
    prefix = f"pdfchat-scale-{engine}-{size}-"
    with running_stack(prefix=prefix, settings=SETTINGS, keep=args.keep, database=database) as stack:
        say(f"  [{engine} {label(size)}] stack up ({time.monotonic() - began:.0f} s); loading the corpus")
        plan = {"size": size, "seed": args.seed + size, "analyze": args.analyze, "pdfs": args.pdfs}
        loaded = run_loader(stack, plan)
        run.chunks, run.documents, run.users = loaded["chunks"], loaded["documents"], loaded["users"]
        if loaded["bulk"]["chunks"]:
            run.bulk_seconds = loaded["bulk"]["seconds"]
            run.bulk_rate = loaded["bulk"]["chunks"] / loaded["bulk"]["seconds"]
        run.ingest_empty_rate = loaded["ingest_empty"]["pages"] / loaded["ingest_empty"]["seconds"]
        run.ingest_rate = loaded["ingest_at_size"]["pages"] / loaded["ingest_at_size"]["seconds"]
        say(
            f"  [{engine} {label(size)}] {run.chunks:,} chunks, {run.documents:,} documents, {run.users} users "
            f"({loaded['engine']}); real ingestion {run.ingest_rate:,.0f} pages/s at this size"
        )
        run.db_mb = database_mb(stack, engine)
        stack.token = loaded["tokens"][ASKER]
        worker = stack.start("rqworker-ingest", [sys.executable, "manage.py", "rqworker", "ingest", "vectors"])
        web = start_web(stack, args.gunicorn_workers, ACCESS_LOG)  # the worker starts up meanwhile
        wait_for_worker(stack, worker)

        web_pids = wait_for_web_workers(web, args.gunicorn_workers)
        with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=60) as client:
            vacuuming = autovacuum_activity(stack, engine)
            firsts, answered = first_answers(stack, web, asked_questions[0], web_pids)
            run.first_warm_ms = min(firsts) * 1000
            # Only if every worker answered one is the slowest a cold worker's first answer.
            run.first_ms = max(firsts) * 1000 if answered == len(web_pids) else None
            run.first_autovacuum = sorted(set(vacuuming + autovacuum_activity(stack, engine)))
            during_vacuum = f"; meanwhile {'; '.join(run.first_autovacuum)}" if run.first_autovacuum else ""
            say(
                f"  [{engine} {label(size)}] first answers in a fresh gunicorn, one per worker: "
                f"{', '.join(f'{s * 1000:.0f}' for s in sorted(firsts))} ms "
                f"({answered} of {len(web_pids)} workers answered{during_vacuum})"
            )
            warm_up_workers(stack, asked_questions, args.gunicorn_workers)

            rest = Asked()
            for _ in range(args.rounds):
                for question in asked_questions:
                    ask(client, question, rest)
            run.rest = [s * 1000 for s in rest.latencies]
            reference = dict(rest.bodies[: len(asked_questions)])
            say(
                f"  [{engine} {label(size)}] at rest: p50 {fmt(percentile(run.rest, 50), '.1f')} ms, "
                f"p95 {fmt(percentile(run.rest, 95), '.1f')} ms, max {max(run.rest):.1f} ms "
                f"({len(run.rest)} questions; {slowest(rest, asked_questions)})"
            )

            uploads, stop, window_end = Uploads(), threading.Event(), [math.inf]
            sampler = HorseSampler(worker.popen.pid)
            sampler.start()
            uploader = threading.Thread(
                target=upload_loop,
                args=(stack, loaded["tokens"][HEAVY], args.pdfs, stop, window_end, uploads),
                daemon=True,
            )
            during = Asked()
            window_start = time.monotonic()
            window_end[0] = window_start + args.window
            uploader.start()
            try:
                while time.monotonic() < window_end[0] and uploader.is_alive():
                    for question in asked_questions:
                        if time.monotonic() >= window_end[0]:
                            break
                        ask(client, question, during)
            finally:
                stop.set()
                uploader.join(300)
                sampler.stop_event.set()
                sampler.join(5)
            if uploader.is_alive():
                raise BenchError("bob's last upload did not become ready within 300 s")
            run.load_average = os.getloadavg()[0]
            run.during = [s * 1000 for s in during.latencies]
            run.uploads_ready, run.uploads_in_window = uploads.ready, uploads.ready_in_window
            run.uploads_chunks, run.upload_failures = uploads.chunks, uploads.failed
            run.compared_during = len(during.bodies)
            run.identical_during = sum(body == reference[q] for q, body in during.bodies)
            say(
                f"  [{engine} {label(size)}] during uploads: p50 {fmt(percentile(run.during, 50), '.1f')} ms, "
                f"p95 {fmt(percentile(run.during, 95), '.1f')} ms, max {fmt(max(run.during, default=None), '.1f')}"
                f" ms ({len(run.during)} questions, {slowest(during, asked_questions)}; "
                f"{uploads.ready} of bob's uploads ready, "
                f"+{uploads.chunks:,} chunks{'; FAILED: ' + uploads.failed[0] if uploads.failed else ''})"
            )

            after = Asked()
            for question in asked_questions:
                ask(client, question, after)
            run.compared_after = len(after.bodies)
            run.identical_after = sum(body == reference[q] for q, body in after.bodies)

        web_kb = [proc_status_kb(pid, "VmRSS") or 0 for pid in children(web.popen.pid)]
        run.web_rss_mb = mb(max(web_kb, default=None))
        run.worker_rss_mb = mb(proc_status_kb(worker.popen.pid, "VmRSS"))
        run.horse_peak_mb = mb(sampler.peak_kb) if sampler.peak_kb else None
        run.horses_seen = len(sampler.seen)
        run.db_after_mb = database_mb(stack, engine)
        run.gin_pending_pages = gin_pending_pages(stack, engine)
        say(
            f"  [{engine} {label(size)}] identical answers after uploads {run.identical_after}/{run.compared_after};"
            f" RSS gunicorn worker {fmt(run.web_rss_mb, '.0f')} MB, rqworker {fmt(run.worker_rss_mb, '.0f')} MB,"
            f" work horse peak {fmt(run.horse_peak_mb, '.0f')} MB ({run.horses_seen} horses seen);"
            f" database {run.db_mb:.0f} MB, {run.db_after_mb:.0f} MB after the uploads"
        )
    run.seconds = time.monotonic() - began
    say(f"  [{engine} {label(size)}] done in {run.seconds:.0f} s")
    return run


def wait_for_web_workers(web: Process, workers: int) -> list[int]:
    """The gunicorn workers' pids, once all are forked and have loaded the WSGI app (their
    resident memory has stopped changing for a second; the URLconf is only imported on a
    worker's first request)."""
    deadline = time.monotonic() + 60
    last: list[tuple[int, int | None]] = []
    stable = 0
    while time.monotonic() < deadline:
        pids = sorted(children(web.popen.pid))
        memory = [(pid, proc_status_kb(pid, "VmRSS")) for pid in pids]
        stable = stable + 1 if len(pids) >= workers and memory == last else 0
        if stable >= 4:
            return pids
        last = memory
        time.sleep(0.25)
    raise BenchError(f"gunicorn's {workers} workers did not settle within 60 s")


# gunicorn's access log, with the pid of the worker that answered (start_web's extra arguments).
ACCESS_LOG = ["--access-logfile", "-", "--access-logformat", 'pid=%(p)s "%(r)s" %(s)s %(M)sms']


def chat_answered_by(web: Process) -> set[str]:
    """The pids (as logged) of the gunicorn workers that have answered POST /chat/sync so far."""
    pids = set()
    for line in web.log.read_text(errors="replace").splitlines():
        if '"POST /chat/sync ' in line and line.startswith("pid="):
            pids.add(line.split()[0])
    return pids


def first_answers(stack: Stack, web: Process, question: str, pids: list[int]) -> tuple[list[float], int]:
    """The same question from one concurrent client per gunicorn worker: each sync worker takes one,
    so every worker's first answer is timed (seconds). Also returns how many workers answered."""
    results: list[Asked] = [Asked() for _ in pids]

    def client_loop(asked: Asked) -> None:
        with httpx.Client(base_url=stack.base_url, headers=stack.headers, timeout=60) as client:
            ask(client, question, asked)

    threads = [threading.Thread(target=client_loop, args=(asked,), daemon=True) for asked in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    if any(not asked.latencies for asked in results):
        raise BenchError("a first question got no answer")
    deadline = time.monotonic() + 5  # the access log line is written after the response
    while len(chat_answered_by(web)) < len(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [asked.latencies[0] for asked in results], len(chat_answered_by(web))


def warm_up_workers(
    stack: Stack, asked_questions: list[str], workers: int, headers: dict[str, str] | None = None
) -> None:
    """Every question from as many concurrent clients as there are gunicorn workers, so that each
    worker has run every code path once (some load data on first use, e.g. wordfreq's word list).
    `headers`: whose questions (default: the stack's token)."""

    def client_loop(offset: int) -> None:
        with httpx.Client(base_url=stack.base_url, headers=headers or stack.headers, timeout=60) as client:
            for question in asked_questions[offset:] + asked_questions[:offset]:
                ask(client, question, Asked())

    step = max(1, len(asked_questions) // max(1, workers))
    threads = [threading.Thread(target=client_loop, args=(n * step,), daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)


# --- The collections scenario ---------------------------------------------------------------


@dataclass
class CollectionsRun:
    """One engine's collections scenario: alice (her personal collection) and dana (20 team
    collections of 500) asking the same questions, interleaved."""

    engine: str
    size: int
    scope: int  # chunks in each asker's scope
    chunks: int = 0
    documents: int = 0
    users: int = 0
    collections: int = 0
    team_collections: int = 0
    memberships: int = 0
    groups: int = 0
    bulk_seconds: float | None = None
    latencies: dict[str, list[float]] = field(default_factory=dict)  # asker -> ms
    profile: dict[str, dict] = field(default_factory=dict)  # asker -> profile_scopes' numbers
    identical: int = 0  # dana's answers equal to alice's but for document and collection ids
    compared: int = 0
    differing: list[str] = field(default_factory=list)  # the questions whose answers differ
    db_mb: float | None = None
    load_average: float | None = None
    seconds: float = 0.0


def without_ids(body: bytes) -> dict:
    """A /chat/sync reply without what differs between two copies of the same documents: their ids."""
    reply = json.loads(body)
    for source in reply.get("sources", []):
        source.pop("document_id", None)
        source.pop("collection_id", None)
    return reply


def measure_collections(
    args: argparse.Namespace, engine: str, size: int, scope: int, asked_questions: list[str]
) -> CollectionsRun:
    """A stack with the collections scenario's corpus (`scope` chunks for each asker); alice and
    dana ask every question in turn."""
    run = CollectionsRun(engine=engine, size=size, scope=scope)
    began = time.monotonic()
    database = embedded_postgres if engine == "postgresql" else None
    tag = f"[{engine} collections {label(size)}, scopes of {scope:,}]"
    with running_stack(prefix=f"pdfchat-scale-{engine}-collections-{scope}-", settings=SETTINGS, keep=args.keep,
                       database=database) as stack:  # fmt: skip
        print(f"  {tag} stack up ({time.monotonic() - began:.0f} s); loading the corpus", flush=True)
        plan = {
            "scenario": "collections", "size": size, "seed": args.seed + size, "analyze": args.analyze,
            "pdfs": args.pdfs, "collections": args.collections, "reads": args.reads, "scope": scope,
            "questions": asked_questions,
        }  # fmt: skip
        loaded = run_loader(stack, plan)
        for key in ("chunks", "documents", "users", "collections", "team_collections", "memberships", "groups"):
            setattr(run, key, loaded[key])
        run.bulk_seconds = loaded["bulk"]["seconds"]
        run.profile = loaded["profile"]
        run.db_mb = database_mb(stack, engine)
        print(
            f"  {tag} {run.chunks:,} chunks, {run.documents:,} documents, {run.collections} collections "
            f"({run.team_collections} team), {run.memberships:,} memberships, {run.groups} groups; "
            f"bulk load {run.bulk_seconds:.0f} s",
            flush=True,
        )
        for name in (ASKER, TEAM_ASKER):
            numbers = run.profile[name]
            print(
                f"  {tag} in-process, {name}: {numbers['readable']} collections readable, "
                f"{numbers['partitions']} partitions, {numbers['documents']} documents, {numbers['chunks']:,} chunks "
                f"searched, {numbers['terms']} index terms a question; medians roles {numbers['roles_ms']:.2f} ms, "
                f"search_scope {numbers['search_scope_ms']:.2f} ms, search {numbers['search_ms']:.2f} ms",
                flush=True,
            )
        stack.token = loaded["tokens"][ASKER]
        start_web(stack, args.gunicorn_workers)
        headers = {name: {"Authorization": f"Token {loaded['tokens'][name]}"} for name in (ASKER, TEAM_ASKER)}
        for name in (ASKER, TEAM_ASKER):
            warm_up_workers(stack, asked_questions, args.gunicorn_workers, headers[name])
        clients = {name: httpx.Client(base_url=stack.base_url, headers=headers[name], timeout=60) for name in headers}
        asked = {name: Asked() for name in clients}
        try:
            for round_ in range(args.rounds):
                for number, question in enumerate(asked_questions):
                    order = (ASKER, TEAM_ASKER) if (round_ + number) % 2 == 0 else (TEAM_ASKER, ASKER)
                    for name in order:  # each goes first half of the time
                        ask(clients[name], question, asked[name])
        finally:
            for client in clients.values():
                client.close()
        run.load_average = os.getloadavg()[0]
        run.latencies = {name: [s * 1000 for s in asked[name].latencies] for name in asked}
        for (question, personal), (_, team) in zip(asked[ASKER].bodies, asked[TEAM_ASKER].bodies, strict=True):
            run.compared += 1
            if without_ids(personal) == without_ids(team):
                run.identical += 1
            elif question not in run.differing:
                run.differing.append(question)
        for name in (ASKER, TEAM_ASKER):
            values = run.latencies[name]
            print(
                f"  {tag} {name}: p50 {fmt(percentile(values, 50), '.1f')} ms, p95 {fmt(percentile(values, 95), '.1f')}"
                f" ms, max {max(values):.1f} ms ({len(values)} questions; {slowest(asked[name], asked_questions)})",
                flush=True,
            )
    run.seconds = time.monotonic() - began
    print(f"  {tag} done in {run.seconds:.0f} s", flush=True)
    return run


def report_collections(
    runs: dict[tuple[str, int], CollectionsRun], engines: Sequence[str], scopes: Sequence[int], args: argparse.Namespace
) -> list[str]:
    """Print the collections scenario's table (per engine: alice, dana, dana/alice; a row per
    measure and scope); return the MISSED targets."""
    team = f"{args.reads} of {args.collections}"
    header = ["measure", "scope"]
    ratios = []
    for engine in engines:
        header += [f"{engine} personal", f"{engine} {team}"]
        ratios.append(Ratio(f"{engine} {team}", to=f"{engine} personal", title=f"{engine[:6]} ratio"))
    header.append("target")

    def latency(q: float | None) -> Callable[[CollectionsRun, str], float | None]:
        def get(run: CollectionsRun, name: str) -> float | None:
            values = run.latencies.get(name, [])
            return max(values, default=None) if q is None else percentile(values, q)

        return get

    def profiled(key: str) -> Callable[[CollectionsRun, str], float | None]:
        return lambda run, name: run.profile.get(name, {}).get(key)

    measures: list[tuple[str, Callable[[CollectionsRun, str], float | None], str, float | None]] = [
        ("collections readable", profiled("readable"), ",.0f", None),
        ("index partitions searched", profiled("partitions"), ",.0f", None),
        ("documents searched", profiled("documents"), ",.0f", None),
        ("chunks searched", profiled("chunks"), ",.0f", None),
        ("index terms looked up a question (median)", profiled("terms"), ",.0f", None),
        ("/chat/sync p50, ms", latency(50), ".1f", None),
        ("/chat/sync p95, ms", latency(95), ".1f", P95_TARGET_MS),
        ("/chat/sync max, ms", latency(None), ".1f", None),
        ("in-process roles(), median ms", profiled("roles_ms"), ".2f", None),
        ("in-process search_scope(), median ms", profiled("search_scope_ms"), ".2f", None),
        ("in-process search(), median ms", profiled("search_ms"), ".2f", None),
    ]
    table: list[list[object]] = []
    missed: list[str] = []
    for name, get, spec, limit in measures:
        for scope in scopes:
            cells: list[object] = [name, f"{scope:,}"]
            verdicts = []
            for engine in engines:
                run = runs.get((engine, scope))
                for asker in (ASKER, TEAM_ASKER):
                    value = get(run, asker) if run else None
                    cells.append(Num(value, spec))
                    if limit is not None and value is not None:
                        verdicts.append("ok" if value < limit else "MISSED")
                        if value >= limit:
                            missed.append(f"{name} of {asker} on {engine}, scopes of {scope:,} chunks")
            cells.append(f"< {limit:.0f}: {'/'.join(verdicts)}" if limit is not None else None)
            table.append(cells)
    for scope in scopes:
        answers: list[object] = ["dana's answers = alice's (but ids)", f"{scope:,}"]
        for engine in engines:
            run = runs.get((engine, scope))
            answers += [None, f"{run.identical}/{run.compared}" if run else None]
        table.append([*answers, None])
    title = (
        f"collections: alice's personal collection and dana's {team} team collections, "
        f"the same chunks (scope) in each; the askers take turns"
    )
    print_table(header, table, ratios=ratios, left=2, title=title)
    print()
    for (engine, scope), run in runs.items():
        print(
            f"{engine}, scopes of {scope:,}: {run.chunks:,} chunks, {run.documents:,} documents, "
            f"{run.collections} collections, {run.memberships:,} memberships, {run.groups} groups; "
            f"load avg {fmt(run.load_average, '.2f')}"
        )
        for question in run.differing:
            print(f"{engine}, scopes of {scope:,}: dana's answer differs from alice's: {question}")
    return missed


# --- The table ---------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    value: Callable[[Run], float | None]
    spec: str
    ratio: bool = True
    baseline: bool = True
    target: Callable[[Run], bool | None] | None = None  # None: no target for this row / run


def rows(largest: int) -> list[Row]:
    def at_largest(get: Callable[[Run], float | None], limit: float) -> Callable[[Run], bool | None]:
        return lambda run: None if run.size != largest or get(run) is None else get(run) < limit

    def rss(get: Callable[[Run], float | None]) -> Callable[[Run], bool | None]:
        return lambda run: None if get(run) is None else get(run) < RSS_TARGET_MB

    def p(values: Callable[[Run], list[float]], q: float) -> Callable[[Run], float | None]:
        return lambda run: percentile(values(run), q)

    def top(values: Callable[[Run], list[float]]) -> Callable[[Run], float | None]:
        return lambda run: max(values(run), default=None)

    def rest(run: Run) -> list[float]:
        return run.rest

    def during(run: Run) -> list[float]:
        return run.during

    return [
        Row("chunks in the database", lambda r: r.chunks, ",.0f"),
        Row("documents / users", lambda r: r.documents, ",.0f", ratio=False),
        Row("bulk load, chunks/s", lambda r: r.bulk_rate, ",.0f", baseline=False),
        Row("bulk load, s", lambda r: r.bulk_seconds, ".0f", baseline=False),
        Row("real ingestion at size, pages/s", lambda r: r.ingest_rate, ",.0f"),
        Row("first answer, fresh gunicorn (cold worker), ms", lambda r: r.first_ms, ",.0f"),
        Row("first answer, fresh gunicorn (warm worker), ms", lambda r: r.first_warm_ms, ",.0f"),
        Row("alice at rest p50, ms", p(rest, 50), ".1f"),
        Row("alice at rest p95, ms", p(rest, 95), ".1f", target=at_largest(p(rest, 95), P95_TARGET_MS)),
        Row("alice at rest max, ms", top(rest), ".1f", target=at_largest(top(rest), MAX_TARGET_MS)),
        Row("alice during uploads p50, ms", p(during, 50), ".1f"),
        Row("alice during uploads p95, ms", p(during, 95), ".1f", target=at_largest(p(during, 95), P95_TARGET_MS)),
        Row("alice during uploads max, ms", top(during), ".1f", target=at_largest(top(during), MAX_TARGET_MS)),
        Row("questions during uploads", lambda r: len(r.during), ",.0f"),
        Row("bob's uploads ready in the window", lambda r: r.uploads_in_window, ",.0f"),
        Row("chunks added by bob's uploads", lambda r: r.uploads_chunks, ",.0f"),
        Row("RSS gunicorn worker (largest), MB", lambda r: r.web_rss_mb, ".0f", target=rss(lambda r: r.web_rss_mb)),
        Row("RSS rqworker, MB", lambda r: r.worker_rss_mb, ".0f", target=rss(lambda r: r.worker_rss_mb)),
        Row("RSS work horse peak, MB", lambda r: r.horse_peak_mb, ".0f", target=rss(lambda r: r.horse_peak_mb)),
        Row("database size (the corpus), MB", lambda r: r.db_mb, ",.1f"),
        Row("database size after uploads, MB", lambda r: r.db_after_mb, ",.1f"),
        Row("GIN pending list after uploads, pages", lambda r: r.gin_pending_pages, ",.0f", ratio=False),
        Row("machine load avg (1 min, end of window)", lambda r: r.load_average, ".2f", ratio=False),
        Row("run time, s", lambda r: r.seconds, ".0f", ratio=False),
    ]


def report(runs: dict[tuple[str, int], Run], engines: Sequence[str], sizes: Sequence[int]) -> list[str]:
    """Print the table (engines side by side, postgresql/sqlite, each engine's baseline); return the MISSED targets."""
    largest = max(sizes) if sizes else 0
    header = ["metric", "corpus", *engines, *(f"base {e[:6]}" for e in engines), "target"]
    ratios = [Ratio("postgresql", to="sqlite", title="pg/sqlite")] if len(engines) == 2 else []
    table: list[list[object]] = []
    missed: list[str] = []
    for row in rows(largest):

        def cell(run: Run | None, row: Row = row) -> object:
            if run is None:
                return None
            if row.name.startswith("documents"):
                return f"{run.documents:,}/{run.users}"
            value = Num(row.value(run), row.spec)
            return value if row.ratio else str(value)  # text is never divided

        for size in sizes:
            cells = [row.name, label(size), *(cell(runs.get((engine, size))) for engine in engines)]
            cells += [cell(runs.get((engine, 0))) if row.baseline else None for engine in engines]
            verdicts = []
            for engine in engines:
                run = runs.get((engine, size))
                verdict = row.target(run) if (row.target and run) else None
                if verdict is not None:
                    verdicts.append("ok" if verdict else "MISSED")
                    if not verdict:
                        missed.append(f"{row.name} at {label(size)} on {engine}")
            table.append([*cells, "/".join(verdicts)])
    print_table(header, table, ratios=ratios, left=2)
    return missed


def summary(
    runs: dict[tuple[str, int], Run], engines: Sequence[str], sizes: Sequence[int], missed: list[str], targets: bool
) -> int:
    """Print the checks; exit status 1 if an answer changed, an upload failed or (`targets`) a target was missed."""
    failures: list[str] = []
    print()
    largest = max(sizes) if sizes else 0
    wanted = (
        f"p95 < {P95_TARGET_MS:.0f} ms and max < {MAX_TARGET_MS / 1000:.0f} s at {label(largest)} chunks, "
        f"at rest and during uploads; RSS < {RSS_TARGET_MB:.0f} MB at every size"
    )
    print(f"targets: {wanted}: {'ok' if not missed else 'MISSED: ' + '; '.join(missed)}")
    for engine in engines:
        engine_runs = [runs[(engine, s)] for s in [0, *sizes] if (engine, s) in runs]
        identical = sum(r.identical_after for r in engine_runs)
        compared = sum(r.compared_after for r in engine_runs)
        identical_during = sum(r.identical_during for r in engine_runs)
        compared_during = sum(r.compared_during for r in engine_runs)
        print(
            f"{engine}: alice's answers and sources byte-identical after bob's uploads {identical}/{compared}, "
            f"during them {identical_during}/{compared_during}"
        )
        if identical != compared or identical_during != compared_during:
            failures.append(f"{engine}: answers changed")
        for run in engine_runs:
            for failure in run.upload_failures:
                failures.append(f"{engine} {label(run.size)}: upload failed: {failure}")
        base = runs.get((engine, 0))
        top = runs.get((engine, largest))
        if base and top and base is not top:
            growth = [
                f"{name} {fmt(get(base), '.0f')} -> {fmt(get(top), '.0f')} MB"
                for name, get in (
                    ("gunicorn worker", lambda r: r.web_rss_mb),
                    ("rqworker", lambda r: r.worker_rss_mb),
                    ("work horse", lambda r: r.horse_peak_mb),
                )
            ]
            print(f"{engine}: RSS from baseline to {label(largest)}: {', '.join(growth)}")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures or (missed and targets) else 0


# --- Main ---------------------------------------------------------------------------------


# --tiny: one small corpus on SQLite, the two small dev PDFs, a few questions, a short window.
TINY = {
    "sizes": "1500",
    "engines": "sqlite",
    "no_baseline": True,
    "rounds": 1,
    "window": 2.0,
    "gunicorn_workers": 1,
    "pdfs": ["refcard-a4.pdf", "shared-mime-info-spec.pdf"],
    "questions": 4,
    "collections": 30,
    "reads": 5,
    "scope_chunks": "300",
}
SCENARIOS = ("users", "collections")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 3 and argv[0] == "_load":
        return load_main(Path(argv[1]), Path(argv[2]))
    parser = cli.parser(__doc__)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"corpus sizes in chunks (default {DEFAULT_SIZES})")
    parser.add_argument("--engines", default=",".join(ENGINES), help="sqlite, postgresql or both (default)")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help="users, collections or both (default)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the runs without a bulk corpus")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the dev questions at rest (default 3)")
    parser.add_argument("--window", type=float, default=30, help="seconds of questions during uploads (default 30)")
    parser.add_argument("--gunicorn-workers", type=int, default=2)
    parser.add_argument("--pdfs", nargs="+", default=PDFS, metavar="PDF", help="dev PDFs to ingest (default all)")
    parser.add_argument("--questions", type=int, help="ask only the first N dev questions about them")
    group = parser.add_argument_group("the collections scenario")
    group.add_argument("--collections", type=int, default=DEFAULT_COLLECTIONS, help="team collections (default 500)")
    group.add_argument("--reads", type=int, default=DEFAULT_READS, help="how many of them dana reads (default 20)")
    group.add_argument(
        "--scope-chunks",
        default=DEFAULT_SCOPES,
        help=f"chunks in each asker's scope, a run each (default {DEFAULT_SCOPES})",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--analyze", action="store_true", help="PostgreSQL: ANALYZE after the bulk load")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories (logs, databases)")
    parser.add_argument("--json", type=Path, help="also write every run's measurements to this file")
    args = cli.parse(parser, argv, TINY)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if not engines or any(e not in ENGINES for e in engines):
        parser.error(f"--engines: choose from {', '.join(ENGINES)}")
    engines = [e for e in ENGINES if e in engines]
    scenarios = {s.strip() for s in args.scenarios.split(",") if s.strip()}
    if not scenarios or scenarios - set(SCENARIOS):
        parser.error(f"--scenarios: choose from {', '.join(SCENARIOS)}")
    sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    if any(s <= 0 for s in sizes):
        parser.error("--sizes: positive numbers of chunks")
    if unknown := set(args.pdfs) - set(PDFS):
        parser.error(f"--pdfs: not in bench/data/pdfs: {', '.join(sorted(unknown))}")
    asked_questions = questions(args.pdfs, args.questions)
    if not asked_questions:
        parser.error("no dev questions about these PDFs")
    largest = max(sizes)
    scopes = sorted({parse_size(s) for s in args.scope_chunks.split(",") if s.strip()})
    if "collections" in scenarios and (not scopes or largest < 2 * max(scopes)):
        parser.error(f"--sizes: the collections scenario (at {label(largest)}) holds two of the largest scope")
    plan = ([] if args.no_baseline else [0]) + sizes if "users" in scenarios else []
    began = time.monotonic()
    print(
        f"bench/scale.py: engines {', '.join(engines)}; "
        + (
            f"users: corpus sizes {', '.join(label(s) for s in plan)}, {len(asked_questions)} questions x "
            f"{args.rounds} at rest, {args.window:.0f} s during uploads; "
            if plan
            else ""
        )
        + (
            f"collections: {label(largest)} chunks, {args.collections} collections, dana reads {args.reads}, "
            f"{', '.join(f'{scope:,}' for scope in scopes)} chunks in each scope"
            if "collections" in scenarios
            else ""
        ),
        flush=True,
    )
    runs: dict[tuple[str, int], Run] = {}
    for engine in engines:
        for size in plan:
            runs[(engine, size)] = measure(args, engine, size, asked_questions)
    shared: dict[tuple[str, int], CollectionsRun] = {}
    if "collections" in scenarios:
        for engine in engines:
            for scope in scopes:
                shared[(engine, scope)] = measure_collections(args, engine, largest, scope, asked_questions)
    status = 0
    if runs:
        print()
        missed = report(runs, engines, sizes)
        # A tiny run's times mean nothing: only changed answers and failed uploads fail it.
        status = summary(runs, engines, sizes, missed, targets=not args.tiny)
    if shared:
        status = max(status, collections_summary(shared, engines, scopes, args))
    print(f"wall time {time.monotonic() - began:.0f} s")
    if args.json:
        measured = {f"{e}:{s}": asdict(r) for (e, s), r in runs.items()}
        measured |= {f"{e}:collections:{s}": asdict(r) for (e, s), r in shared.items()}
        args.json.write_text(json.dumps(measured, indent=1))
    return status


def collections_summary(
    shared: dict[tuple[str, int], CollectionsRun], engines: Sequence[str], scopes: Sequence[int],
    args: argparse.Namespace,
) -> int:  # fmt: skip
    """Print the collections scenario's table and checks; exit status 1 if dana's answers differ
    from alice's or (not --tiny) a target was missed."""
    print()
    missed = report_collections(shared, engines, scopes, args)
    print(f"\ntargets (collections): p95 < {P95_TARGET_MS:.0f} ms for both askers: "
          f"{'ok' if not missed else 'MISSED: ' + '; '.join(missed)}")  # fmt: skip
    failures = [
        f"{engine}, scopes of {scope:,}: dana's answers differ from alice's"
        for (engine, scope), run in shared.items()
        if run.differing
    ]
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures or (missed and not args.tiny) else 0


if __name__ == "__main__":
    cli.run(main)
