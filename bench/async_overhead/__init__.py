"""How much the full async chat path costs on top of a bare RQ loop, measured in one run.

    make bench                    # or: python -m bench.async_overhead --jobs 500 --repeat 3
    python -m bench.async_overhead --tiny     # 3 jobs, one worker class: proves it runs

Everything runs on loopback ports and in a temporary directory, and is torn down at the end
(also on Ctrl-C or a failure): a private redis-server, a fresh SQLite database (migrated,
static files collected, a fixture PDF ingested with `manage.py ingest`), gunicorn with 2
sync workers and DEBUG off, and for each measurement one `manage.py rqworker` process. Every
job asks the same question, which the PDF answers: the offline extractive backend answers it
(no OPENAI_* variable reaches the children) after the same retrieval in both paths.

For each worker class (the one `manage.py rqworker` uses, i.e. settings.RQ["WORKER_CLASS"]
or RQ's forking `Worker`; then `rq.worker.SimpleWorker`, which runs jobs in-process):

  bare  enqueue `chat.services.answering.answer_question(message=...)` N times straight into
        Redis with rq, then poll each job in order until its result can be fetched. The
        queue is "default" because `manage.py rqworker` only serves queues in RQ_QUEUES, and
        the bare loop must run in the same worker process as the full path.
  full  POST /chat/async N times over HTTP (ChatJob row, then `chat.tasks.run_chat` enqueued,
        which mirrors start and finish into the row), then poll GET /chat/jobs/{id} in order.

Both clocks run from the first submission to the last job seen finished and include the
worker's start-up: the worker is spawned just before the first submission, alike in both
paths. jobs/s = N / that time. Submissions are sequential by default (--concurrency 1): one
client, like the bare loop's single enqueuing process. Each pair is measured --repeat times
(default 1, about 2 minutes on 2 CPUs; use 3 on a busy machine), alternating which path goes
first, and the medians are reported. The target is the full path
within 1.5x of bare (bare/full jobs/s <= 1.5). The exit status is 0 whether or not the target
is met; it is non-zero only if the benchmark cannot run or a job is lost, fails, or is not
answered by the expected backend.
"""

# The modules, one concern each:
#   constants.py     the queues, the task, the PDF and its question, the worker classes, the target
#   measurement.py   what a measurement is given (Settings) and gives back (Run), the answer check
#   worker.py        the one rq worker of a measurement: its class, started, stopped, its jobs timed
#   bare_path.py     the bare path: rq enqueue straight into Redis, then poll each job
#   full_path.py     the full path: POST /chat/async over HTTP, then poll GET /chat/jobs/{id}
#   report.py        the two tables: bare against full, and where the time goes
#   __main__.py      the command line, the stack, the runs in alternating order
