"""Load test of the async chat path: many concurrent POST /chat/async, then drain and verify.

    make bench-load                     # 1000 submissions from 50 clients
    python -m bench.load --rq-workers 2 --submissions 2000 --clients 100
    python -m bench.load --tiny         # 8 submissions from 2 clients: proves it runs
    python -m bench.load --compare-metrics   # the same load with metrics on, then off, side by side

Everything runs on loopback ports and in a temporary directory, and is torn down at the end
(also on Ctrl-C or a failure): a private redis-server; a fresh SQLite database (migrated,
static files collected, an API user `loadtest` and its token from `manage.py
create_api_user`, the Octave reference card ingested for that user with `manage.py
ingest`); gunicorn (DEBUG off, token authentication on, throttling off) and --rq-workers
`manage.py rqworker chat` processes. No OPENAI_* variable reaches the children, so the
offline extractive backend answers, with the bundled embedding model (each forked work horse
starts its own onnxruntime session, about 0.3 s a job on 2 cores: 1,000 jobs drain in about
7 minutes, hence --timeout 900). Retries are off (CHAT_RETRY_INTERVALS=""), so a job runs
exactly once and any failure shows as `failed` at once. Per-user caps are lifted
(bench/stack/): 1,000 questions of one user would otherwise meet QUEUED_CHAT_JOBS_PER_USER.

Phases:

  submit  --clients threads, each with its own httpx.Client, POST /chat/async with
          `Authorization: Token <key>` until --submissions distinct questions are sent.
          Each must answer 202 with a job_id; anything else (or a transport error) is an
          error. Latency is measured per request.
  drain   --pollers threads GET /chat/jobs/{id} for the oldest unfinished jobs only (the
          queue is FIFO): a round polls about --pollers ids more than finished in the
          previous one (up to --poll-window), pausing --poll-interval while the head of the
          queue is unfinished, until every job is finished or failed, or --timeout (counted
          from the first submission) has passed. Ids never seen by then get one last GET.
  verify  with the workers and gunicorn stopped: every id answered 202 once and is a
          distinct id; every job is `finished` with a non-empty answer from the
          `extractive` backend; the ChatJob table (read with sqlite3) holds exactly the
          submitted ids, each started and finished; RQ's finished registry of the `chat`
          queue holds exactly those ids; each job has exactly one RQ result (one run); the
          queue and its started/failed registries are empty. The logs are scanned for
          "database is locked", tracebacks and gunicorn worker timeouts.

With --compare-metrics the whole run is made twice, each on a fresh stack: metrics on as `make
run` has them (PROMETHEUS_MULTIPROC_DIR set for every child: each process writes its counts to
files there), then off (METRICS_ENABLED=false: no request middleware, and no
PROMETHEUS_MULTIPROC_DIR); a last table puts the two side by side with their ratio (the
target: on within 5% of off).

The exit status is non-zero if a submission errored, or a job failed, was lost, ran or was
stored twice, did not finish in time, or got an empty or non-extractive answer.
"""

# The modules, one concern each:
#   constants.py          the PDF, the user, the queue, the questions, the children's settings
#   stack_setup.py        the user and its document, gunicorn and the rq workers, started
#   submit.py             the submit phase: concurrent POST /chat/async, timed
#   drain.py              the drain phase: polling the oldest unfinished jobs until done
#   records.py            what a run leaves behind: ChatJob rows, RQ's registries, the logs
#   verify.py             the verify phase: the checks, the table and the exit status
#   run.py                one load run on a fresh stack
#   metrics_comparison.py --compare-metrics: the two modes and their side-by-side table
#   __main__.py           the command line
