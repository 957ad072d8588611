"""One run of the users scenario, an engine and a corpus size on a fresh stack: load, first
answers, alice's questions at rest, during bob's uploads and after them, memory. The `Run` it
fills is what the table (report.py) prints.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
import threading
import time
from dataclasses import dataclass, field

import httpx
import redis
from rq import Worker

from bench.scale.asking import Asked, Uploads, ask, slowest, upload_loop
from bench.scale.constants import ASKER, HEAVY, SETTINGS
from bench.scale.database import autovacuum_activity, database_mb, embedded_postgres, gin_pending_pages
from bench.scale.loader import run_loader
from bench.scale.memory import HorseSampler, mb
from bench.scale.plan import label
from bench.scale.web_workers import ACCESS_LOG, first_answers, wait_for_web_workers, warm_up_workers
from bench.stack import BenchError, Process, Stack, proc_status_kb, running_stack, start_web, wait_until
from bench.stats import percentile
from bench.tables import fmt
from scripts.processes import children


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
