"""Sharing's overhead: uploads and questions through a shared team collection against the same
in the uploader's personal collection, in the same run, interleaved.

    python -m bench.sharing                        # SQLite and PostgreSQL side by side
    python -m bench.sharing --database sqlite      # one engine
    python -m bench.sharing --rounds 20 --question-rounds 10
    python -m bench.sharing --tiny                 # one small PDF, a few questions, SQLite: proves it runs

One process per engine (Django is set up once per process) runs the app's code in-process on
a throw-away database (bench/inprocess.py; PostgreSQL: the embedded PostgreSQL 18 + pgvector,
scripts/embedded_postgres.py) with a private redis-server, where each upload queues its
ingestion job; no worker runs it: the benchmark ingests the upload itself right after the
request (bench/ingest.py `make_searchable`, what the worker's job does first), so an upload
is timed until its document is ready and searchable, without a worker's fork and polling
in between. Sign-in is on; `sam` sends every request with an API token through Django's
test client: the URLconf, DRF's authentication, permissions and serializers, the services
and the database, everything but the network. BM25 alone (EMBEDDINGS_BACKEND=none): the
path measured is access, upload and search, not the embedding model.

  set-up    mia creates the team collection "Manuals" and makes the group "engineering" its
            editor; sam is in that group, so his role there comes through it (the longer way
            round in `roles`). 20 more users, 12 more team collections with members and 3 more
            groups keep the membership tables from being trivial.
  warm-up   every PDF uploaded and every question asked once each way, not timed (what a
            process loads on first use would otherwise land in whichever way goes first).
  uploads   --rounds times, each dev PDF (bench/data/pdfs; --pdfs) is uploaded by sam twice:
            POST /documents without collection_id (his personal collection, the default) and
            with Manuals' collection_id, the two in turn (which goes first alternates), each
            with bytes of its own (a comment appended: never deduplicated, a file written each
            time); each is then made searchable. Timed: the request (202), and the request
            plus the ingestion (ready). Each round's documents but the last are then deleted
            (DELETE /documents/{id}, in turn too), so both collections end with one copy of
            each PDF.
  questions --question-rounds times, every dev question about those PDFs: POST /chat/sync
            with collection_ids [personal] and [Manuals] in turn. Both hold the same
            documents, so the answers must be the same but for their ids.

The table: per engine, each measure through the personal and the shared collection and
their ratio; the totals are sums over the same PDFs and questions. Target (issue 19): uploads
until ready and questions through the shared collection within 5% of the personal ones
(shared/personal <= 1.05). A paired view below it (the median of the per-pair ratios) is
less sensitive to a noisy neighbour on the machine. The exit status is non-zero if a target
is missed (not with --tiny), an upload failed, or the answers differ.
"""

# The modules, one concern each:
#   constants.py     the dev PDFs and their questions, the engines, the two paths, the target, the settings
#   measured.py      what one engine's run measured, request by request
#   services.py      a private redis-server and, for PostgreSQL, the embedded server
#   people.py        the set-up: sam, mia, their groups and collections, sam's token
#   api.py           sam's requests through Django's test client, each timed
#   one_engine.py    one engine, in this process: the warm-up, the uploads and the questions
#   report.py        the table and the checks, the exit status
#   both_engines.py  --database both: a child process per engine, then side by side
#   __main__.py      the command line
