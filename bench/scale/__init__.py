"""Search at scale: one user's questions while other users' chunks pile up, on SQLite and PostgreSQL;
and a user who reads 20 team collections of 500 against one whose scope is a personal collection.

    make bench-scale                                           # both scenarios, both engines
    make bench-scale ARGS="--sizes 2000 --engines sqlite"      # a quick run
    python -m bench.scale --sizes 10k,60k,250k --engines sqlite,postgresql --window 30 --rounds 3
    python -m bench.scale --scenarios collections --scope-chunks 2000,10000 --collections 500 --reads 20
    python -m bench.scale --tiny                               # 1,500 chunks, SQLite, seconds: proves it runs

The users scenario (--scenarios users). For each engine, a baseline (alice's and carol's
documents only, no bulk corpus) and then each corpus size, a fresh stack is built
(bench/stack/: a private redis-server, gunicorn with --gunicorn-workers sync workers, one
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

# The modules, one concern each:
#   constants.py             data files, the cast of users and groups, defaults, targets, settings
#   plan.py                  the corpus plan (who gets which copies), seeded, without Django
#   loader.py                the loader child (`python -m bench.scale _load`), with Django
#   profile.py               where a question's time goes, in the loader's process
#   asking.py                questions and uploads over HTTP, timed
#   web_workers.py           gunicorn's workers: settled, first answers, warm-up
#   memory.py                the work horses' peak memory
#   database.py              the embedded PostgreSQL and what is read of a database
#   run.py                   one run of the users scenario: an engine, a size
#   report.py                the users scenario's table and checks
#   collections_scenario.py  the collections scenario: its runs, table and checks
#   __main__.py              the command line
