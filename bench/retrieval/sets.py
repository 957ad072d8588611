"""The question sets: which PDFs and questions (and off-topic questions) each holds, and their
PDFs uploaded and ingested for a user of the set's own. Every other part of the benchmark takes
a set from here, so a set is read and ingested one way.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.stack import ROOT

DATA = ROOT / "bench" / "data"


@dataclass(frozen=True)
class QuestionSet:
    """PDFs and their questions; questions without a `split` belong to `default_split`."""

    name: str
    pdfs: Path
    questions: Path
    off_topic: Path | None
    default_split: str
    only: tuple[str, ...] = ()  # these PDFs (file names) alone, and their questions

    def pdf_paths(self) -> list[Path]:
        return [path for path in sorted(self.pdfs.glob("*.pdf")) if not self.only or path.name in self.only]

    def read_questions(self, split: str | None = None) -> list[dict]:
        """The questions of the chosen PDFs (of one split, if given)."""
        wanted = {path.name for path in self.pdf_paths()}
        found = [q for q in read_jsonl(self.questions) if q["pdf"] in wanted]
        return [q for q in found if split is None or q.get("split", self.default_split) == split]

    def read_off_topic(self, split: str | None = None) -> list[dict]:
        if not self.off_topic or not self.off_topic.exists():
            return []
        found = read_jsonl(self.off_topic)
        return [q for q in found if split is None or q.get("split", self.default_split) == split]


SETS = {
    "dev": QuestionSet("dev", DATA / "pdfs", DATA / "dev_questions.jsonl", DATA / "offtopic_questions.jsonl", "tune"),
    "broad": QuestionSet(
        "broad", DATA / "broad" / "pdfs", DATA / "broad" / "questions.jsonl", DATA / "broad" / "offtopic.jsonl", "test"
    ),
}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def ingest_set(question_set: QuestionSet, owner: Any, *, vectors: bool = True) -> tuple[dict[str, str], dict]:
    """Upload and ingest the set's PDFs for `owner` (text first, then vectors, timed apart):
    ({document id: file name}, {"pages", "text_seconds", "vector_seconds"})."""
    from bench.ingest import make_searchable
    from bench.inprocess import upload
    from chat.services.vectors import embed_document

    doc_ids: dict[str, str] = {}
    timing = {"pages": 0, "text_seconds": 0.0, "vector_seconds": 0.0}
    for path in question_set.pdf_paths():
        document = upload(path, owner=owner).document
        started = time.perf_counter()
        document = make_searchable(document.id)
        timing["text_seconds"] += time.perf_counter() - started
        if vectors:
            started = time.perf_counter()
            embed_document(document_id=document.id)
            timing["vector_seconds"] += time.perf_counter() - started
        doc_ids[str(document.id)] = path.name
        timing["pages"] += document.pages_total or 0
        print(f"  {question_set.name}: {path.name}: {document.pages_total} pages, {document.chunk_count} chunks")
    return doc_ids, timing
