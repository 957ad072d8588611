"""What a run is made of: the dev PDFs and their questions, the engines, the two paths
(personal and shared), the target ratio, and the settings that would change what is measured.
In one place so that the run, the table and the command line agree on them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from bench.stack import ROOT

DATA = ROOT / "bench" / "data"
PDFS = [path.name for path in sorted((DATA / "pdfs").glob("*.pdf"))]
QUESTIONS_FILE = DATA / "dev_questions.jsonl"
ENGINES = ("sqlite", "postgresql")
PATHS = ("personal", "shared")
TARGET_RATIO = 1.05
# What would change what is measured, set explicitly (as bench/stack/environment.py's child_env does for a stack).
SETTINGS = {
    "API_AUTH_REQUIRED": "True",
    "EMBEDDINGS_BACKEND": "none",
    "CHAT_BACKEND": "auto",
    "OPENAI_API_KEY": "",
    "ALLOWED_HOSTS": "testserver",
    "DEBUG": "False",
    "THROTTLE_CHAT": "",
    "THROTTLE_UPLOAD": "",
    "ANSWERS_PER_USER": "0",
    "STREAMS_PER_USER": "0",
    "QUEUED_CHAT_JOBS_PER_USER": "0",
    "QUOTA_BYTES_PER_USER": "0",
    "QUOTA_PAGES_PER_USER": "0",
    "INGEST_RETRY_INTERVALS": "",
}


def questions(pdfs: Sequence[str], limit: int | None) -> list[str]:
    """The dev questions about `pdfs`, the first `limit` of them if given."""
    with QUESTIONS_FILE.open() as file:
        found = [json.loads(line) for line in file if line.strip()]
    return [q["question"] for q in found if q["pdf"] in pdfs][:limit]
