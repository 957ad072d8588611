"""One engine, in this process: Django set up on a fresh SQLite or embedded PostgreSQL database,
the sets ingested (again per value, for the settings that cut passages), evaluated at every
value of --vary, the tables and the ingestion and search speed printed; the summary for --json.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from bench.retrieval.evaluation import SUMMARY_HEADER, evaluate
from bench.retrieval.sets import QuestionSet, ingest_set
from bench.stats import median
from bench.tables import print_table

# Settings that cut passages: --vary ingests the sets again for each of their values.
INGESTION_SETTINGS = frozenset({"CHUNK_SIZE", "CHUNK_OVERLAP"})


def run(args: argparse.Namespace, sets: list[QuestionSet], workdir: Path, database_url: str) -> dict:
    """Ingest and ask on one database; print the tables; the summary for --json."""
    from bench.inprocess import setup_django

    setup_django(workdir, database_url=database_url)
    from django.conf import settings
    from django.contrib.auth.models import User

    from chat.backends.embeddings import get_embeddings
    from chat.backends.llm import get_chat_model
    from chat.retrieval.engines import engine_path

    print(
        f"backends: chat={get_chat_model().name} embeddings={get_embeddings().name} "
        f"engine={engine_path().rsplit('.', 1)[-1]} "
        f"chunk={settings.CHUNK_SIZE}/{settings.CHUNK_OVERLAP} "
        f"k={settings.RETRIEVAL_TOP_K} gate={settings.RELEVANCE_THRESHOLD}/{settings.RELEVANCE_MIN_TERMS}",
        flush=True,
    )

    def ingest_all(suffix: str = "") -> list[tuple[QuestionSet, Any, dict[str, str]]]:
        nonlocal pages, text_seconds, vector_seconds
        pages, text_seconds, vector_seconds = 0, 0.0, 0.0  # of the last ingestion
        corpora = []
        for question_set in sets:
            owner = User.objects.create(username=f"bench-{question_set.name}{suffix}")
            doc_ids, timing = ingest_set(question_set, owner)
            pages += timing["pages"]
            text_seconds += timing["text_seconds"]
            vector_seconds += timing["vector_seconds"]
            corpora.append((question_set, owner, doc_ids))
        return corpora

    pages, text_seconds, vector_seconds = 0, 0.0, 0.0
    name, values = args.vary or ("FUSION_VECTOR_WEIGHT", args.vector_weights or [settings.FUSION_VECTOR_WEIGHT])
    corpora = [] if name in INGESTION_SETTINGS else ingest_all()
    latencies: list[float] = []
    halves = []
    for weight in values:
        if name in INGESTION_SETTINGS:  # passages cut otherwise: the sets ingested again, for owners of their own
            setattr(settings, name, int(weight))
            print(f"ingesting with {name}={int(weight)}", flush=True)
            corpora = ingest_all(f"-{name.lower()}-{int(weight)}")
        else:
            setattr(settings, name, weight)
        label = f" ({name}={weight})" if len(values) > 1 else ""
        result = evaluate(corpora, verbose=args.verbose, latencies=latencies)
        document_header = ["set", "pdf", "split", *SUMMARY_HEADER[2:-2]]
        print_table(document_header, result.per_document, left=3, title=f"=== per document{label}")
        language_header = ["set", "split", "lang", *SUMMARY_HEADER[2:-2]]
        print_table(language_header, result.per_language, left=3, title=f"=== per language{label}")
        print_table(SUMMARY_HEADER, result.per_half, left=2, title=f"=== per half{label}")
        halves += [[weight, *row] for row in result.per_half]
    summary = {
        "halves": [[str(cell) for cell in row] for row in halves],
        "pages": pages,
        "text_pages_per_s": pages / text_seconds if text_seconds else None,
        "vector_pages_per_s": pages / (text_seconds + vector_seconds) if get_embeddings().model_id else None,
        "latency_ms": (median(latencies) or 0) * 1000,
        "queries": len(latencies),
    }
    rate = summary["text_pages_per_s"] or 0
    print(f"\ningestion, text searchable: {pages} pages in {text_seconds:.2f} s = {rate:.0f} pages/s")
    if summary["vector_pages_per_s"]:
        print(f"ingestion with vectors ({get_embeddings().model_id}): {summary['vector_pages_per_s']:.1f} pages/s")
    print(f"search latency: median {summary['latency_ms']:.2f} ms over {len(latencies)} queries")
    return summary


def run_one_engine(args: argparse.Namespace, sets: list[QuestionSet]) -> int:
    with tempfile.TemporaryDirectory(prefix="pdfchat-retrieval-") as tmp:
        workdir = Path(tmp)
        server = None
        try:
            database_url = ""
            if args.database == "postgres":
                from scripts.embedded_postgres import EmbeddedPostgres

                server = EmbeddedPostgres(workdir / "pg")
                database_url = server.start()
            summary = run(args, sets, workdir, database_url)
        finally:
            if server is not None:
                server.stop()
    if args.json:
        args.json.write_text(json.dumps(summary))
    return 0
