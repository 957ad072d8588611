"""The verify phase: with the servers stopped, the submissions, the drained jobs, the database
and Redis checked against each other; the load test's table, its checks and the logs' findings
printed; the exit status.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections import Counter

from bench.load.constants import CHAT_QUEUE, EXPECT_BACKEND
from bench.load.drain import Drain
from bench.load.records import read_redis, read_rows, scan_logs
from bench.load.submit import Submission
from bench.stack import Stack
from bench.stats import percentile
from bench.tables import fmt, print_table


def check(
    stack: Stack,
    args: argparse.Namespace,
    submissions: list[Submission],
    submit_seconds: float,
    drained: Drain,
    measures: dict[str, float | None] | None = None,
) -> int:
    """Stop the servers, verify the database and Redis, print the table; returns the exit status.
    The headline numbers are put in `measures` (for --compare-metrics)."""
    for process in [*stack.named("rqworker"), *stack.named("gunicorn")]:
        stack.stop(process)  # nothing can change while we look
    problems: list[str] = []

    # Submissions.
    errors = [sub for sub in submissions if sub.status != 202 or not sub.job_id]
    ids = [sub.job_id for sub in submissions if sub.job_id]
    id_counts = Counter(ids)
    duplicate_ids = {job_id for job_id, n in id_counts.items() if n > 1}
    unique_ids = list(id_counts)
    hex_ids = {uuid.UUID(job_id).hex: job_id for job_id in unique_ids}
    latencies = [sub.latency * 1000 for sub in submissions if sub.status is not None]
    if errors:
        problems.append(f"{len(errors)} submission(s) did not get 202 with a job_id")
        statuses = Counter(sub.status if sub.status is not None else "no response" for sub in errors)
        print(f"\nsubmission errors by status: {dict(statuses)}")
        for sub in errors[:10]:
            print(f"  #{sub.index}: {sub.status} {sub.error}")

    # Polling.
    final = drained.last
    finished_ids = {j for j in unique_ids if final.get(j, {}).get("status") == "finished"}
    failed_ids = {j for j in unique_ids if final.get(j, {}).get("status") == "failed"}
    unfinished_ids = {j for j in unique_ids if j in final and j not in finished_ids | failed_ids}
    bad_answers = [
        (j, final[j])
        for j in finished_ids
        if not (final[j].get("answer") or "").strip() or final[j].get("backend") != EXPECT_BACKEND
    ]
    no_sources = sum(1 for j in finished_ids if not final[j].get("sources"))
    for job_id in sorted(failed_ids)[:5]:
        print(f"  failed {job_id}: {final[job_id].get('error')}")
    for job_id, body in bad_answers[:5]:
        print(f"  bad answer {job_id}: backend={body.get('backend')!r} answer={(body.get('answer') or '')[:80]!r}")

    # The database, read directly.
    rows = read_rows(stack.db_path)
    row_ids = Counter(row.id for row in rows)
    rows_by_id = {row.id: row for row in rows}
    missing_rows = set(hex_ids) - set(row_ids)
    extra_rows = set(row_ids) - set(hex_ids)
    repeated_rows = {i for i, n in row_ids.items() if n > 1}  # impossible with a primary key; checked anyway
    started_rows = sum(1 for row in rows if row.started is not None)
    finished_rows = sum(1 for row in rows if row.status == "finished" and row.finished is not None)

    # Redis: RQ's finished registry and one result per run.
    facts = read_redis(stack.redis_url, unique_ids)
    not_in_registry = set(unique_ids) - facts.finished_registry
    extra_in_registry = facts.finished_registry - set(unique_ids)
    ran_twice = {j for j, n in facts.runs.items() if n > 1}
    never_ran = {j for j, n in facts.runs.items() if n == 0}

    lost = (set(drained.not_found) | {hex_ids[h] for h in missing_rows}) & set(unique_ids)
    lost |= {j for j in unique_ids if j not in final}  # never answered 200
    duplicated = duplicate_ids | ran_twice | {hex_ids[h] for h in repeated_rows if h in hex_ids}

    # Times: from the database's timestamps (the poll only sees them at its own pace).
    sent = [sub.started for sub in submissions if sub.status is not None]
    first_sent = min(sent) if sent else None
    last_sent_end = max((sub.started + sub.latency for sub in submissions if sub.status is not None), default=None)
    finishes = [rows_by_id[h].finished for h in hex_ids if h in rows_by_id and rows_by_id[h].finished is not None]
    last_finish = max(finishes) if finishes else None
    drain_from_first = last_finish - first_sent if last_finish and first_sent else None
    drain_after_submit = last_finish - last_sent_end if last_finish and last_sent_end else None
    incomplete = "" if len(finishes) == len(submissions) else f" (only {len(finishes)} finished)"
    in_job = [
        (r.finished - r.started) * 1000
        for h in hex_ids
        if (r := rows_by_id.get(h)) and r.started is not None and r.finished is not None
    ]
    waits = [(r.started - r.created) for h in hex_ids if (r := rows_by_id.get(h)) and r.started and r.created]
    starts = [r.started for h in hex_ids if (r := rows_by_id.get(h)) and r.started is not None]
    worker_rate = (
        len(finishes) / (last_finish - min(starts)) if finishes and starts and last_finish > min(starts) else None
    )

    accepted = len(submissions) - len(errors)
    rows_out = [
        ("submissions", f"{len(submissions)}"),
        ("clients", f"{args.clients}"),
        ("gunicorn workers / rq workers", f"{args.gunicorn_workers} / {args.rq_workers}"),
        ("submit phase wall time (s)", f"{submit_seconds:.2f}"),
        ("submissions/s", f"{len(submissions) / submit_seconds:.1f}" if submit_seconds else "-"),
        ("submit latency p50 (ms)", fmt(percentile(latencies, 50), ".1f")),
        ("submit latency p95 (ms)", fmt(percentile(latencies, 95), ".1f")),
        ("submit latency max (ms)", fmt(max(latencies, default=None), ".1f")),
        ("drain: first submission -> last job finished (s)", fmt(drain_from_first, ".2f") + incomplete),
        ("drain: submissions done -> last job finished (s)", fmt(drain_after_submit, ".2f") + incomplete),
        ("jobs finished per second (first start -> last finish)", fmt(worker_rate, ".1f")),
        ("jobs finished while submitting", f"{sum(1 for t in finishes if last_sent_end and t <= last_sent_end)}"),
        ("in-job time p50 / p95 (ms, started_at -> finished_at)",
         f"{fmt(percentile(in_job, 50), '.1f')} / {fmt(percentile(in_job, 95), '.1f')}"),
        ("queue wait max (s, created_at -> started_at)", fmt(max(waits, default=None), ".2f")),
        ("polls (GET /chat/jobs/{id}) / poll errors", f"{drained.polls} / {sum(drained.http_errors.values())}"),
        ("accepted (202 with job_id)", f"{accepted}"),
        ("jobs finished", f"{len(finished_ids)}"),
        ("jobs failed", f"{len(failed_ids)}"),
        ("jobs not done at --timeout", f"{len(unfinished_ids)}"),
        ("jobs lost", f"{len(lost)}"),
        ("jobs duplicated", f"{len(duplicated)}"),
        ("answers empty or not extractive", f"{len(bad_answers)}"),
        ("answers without sources (not an error)", f"{no_sources}"),
        ("errors (submissions not 202)", f"{len(errors)}"),
    ]  # fmt: skip
    print_table(["measure", "value"], rows_out, title="load test")
    if measures is not None:
        measures.update({
            "submissions/s": len(submissions) / submit_seconds if submit_seconds else None,
            "submit latency p50 (ms)": percentile(latencies, 50),
            "submit latency p95 (ms)": percentile(latencies, 95),
            "drain: first submission -> last job finished (s)": drain_from_first,
            "jobs finished per second": worker_rate,
            "in-job time p50 (ms)": percentile(in_job, 50),
        })  # fmt: skip

    print("\nchecks:")
    checks = [
        (f"job ids unique: {len(unique_ids)} distinct of {len(ids)}", not duplicate_ids),
        (f"ChatJob rows: {len(rows)} (submissions {len(submissions)}, accepted {accepted})", len(rows) == accepted),
        (f"  rows for every accepted id: {len(missing_rows)} missing, {len(extra_rows)} extra", not missing_rows),
        (f"  rows started / finished: {started_rows} / {finished_rows} of {len(rows)}",
         started_rows == finished_rows == len(rows)),
        (f"RQ finished registry ({CHAT_QUEUE}): {len(facts.finished_registry)} ids, {len(not_in_registry)} missing,"
         f" {len(extra_in_registry)} extra", not not_in_registry and not extra_in_registry),
        (f"RQ results per job (runs): {len(ran_twice)} ran more than once, {len(never_ran)} never",
         not ran_twice and not never_ran),
        (f"RQ queue left: {facts.queued} queued, {facts.started} started, {facts.failed} failed",
         not (facts.queued or facts.started or facts.failed)),
    ]  # fmt: skip
    for text, ok in checks:
        print(f"  {'ok  ' if ok else 'FAIL'}  {text}")
        if not ok:
            problems.append(text.strip())
    if drained.http_errors:
        print(f"  poll errors by kind: {dict(drained.http_errors)}")

    logs = scan_logs(stack.tmp)
    print("\nlogs: " + ("nothing notable" if not logs else ""))
    for name, counts in logs.items():
        print(f"  {name}: " + ", ".join(f"{pattern} x{n}" for pattern, n in counts.items()))

    for count, what in (
        (len(failed_ids), "job(s) failed"),
        (len(unfinished_ids), "job(s) not done at --timeout"),
        (len(lost), "job(s) lost"),
        (len(duplicated), "job(s) duplicated"),
        (len(bad_answers), "answer(s) empty or not by the extractive backend"),
    ):
        if count:
            problems.append(f"{count} {what}")
    if problems:
        print("\nFAILED:\n" + "\n".join(f"  - {p}" for p in dict.fromkeys(problems)), file=sys.stderr)
        return 1
    print("\nPASS: every submission accepted, every job finished once with an extractive answer")
    return 0
