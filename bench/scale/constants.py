"""The scale benchmark's fixed inputs: the dev data files, the cast of users and groups, the
defaults, the targets and the stacks' settings. In one place so that the plan, the loader, the runs
and the tables agree on them.
"""

from __future__ import annotations

from bench.stack import ROOT

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
    # bench/retrieval/ and bench/embedding.py (SQLite's vector scan against sqlite-vec: docs/decisions/).
    "EMBEDDINGS_BACKEND": "none",
    "INGEST_RETRY_INTERVALS": "",  # a failed upload shows as failed at once
}
