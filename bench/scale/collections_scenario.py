"""The collections scenario (issue 19): alice asking in her personal collection and dana in 20
team collections of 500, the same chunks in each scope, on a stack per engine and scope size;
its table and checks. Apart from the users scenario: its own corpus, askers and table.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx

from bench.scale.asking import Asked, ask, slowest
from bench.scale.constants import ASKER, P95_TARGET_MS, SETTINGS, TEAM_ASKER
from bench.scale.database import database_mb, embedded_postgres
from bench.scale.loader import run_loader
from bench.scale.plan import label
from bench.scale.web_workers import warm_up_workers
from bench.stack import running_stack, start_web
from bench.stats import percentile
from bench.tables import Num, Ratio, fmt, print_table


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
