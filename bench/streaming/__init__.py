"""Streamed answers: how soon the first words and the end arrive, and how many streams at once
one `make run` holds.

    make bench-streaming                               # 50 questions from 10 clients; 100 and 200 at once
    python -m bench.streaming --open 200 400
    python -m bench.streaming --tiny                   # 3 questions, 4 streams, 2 workers: proves it runs

A private stack (bench/stack/: redis-server, a fresh SQLite database with the Octave
reference card ingested) configured as `make run` starts it: gunicorn with config/gunicorn.py
(2 uvicorn processes) and `rqworker-pool chat default` with 8 workers (--chat-workers). The
model is the tests' OpenAI-protocol stub (tests/support/openai_stub.py) in a process of its
own, streaming every answer as --tokens words --token-delay s apart (60 x 0.05 s = 3 s).

Three ways to read an answer, each timed from the client's first byte sent:

  model    the stub, streamed straight to the client (openai protocol): the baseline
  stream   POST /chat/stream (retrieval, the model's stream relayed as SSE)
  job      POST /chat/async, then GET /chat/jobs/{id}/events (queued for a worker, the
           worker's events relayed from Redis)

  latency  --questions questions from --clients clients for each: time to the first event,
           to the first answer text (delta) and to done; p50 and p95, and the ratio of each
           p50 to the model's own.
  open     for each --open N: N clients, each opening one stream, all at once and then
           spread over --ramp s (each stream stays open 3 s or more, so all N are open
           together either way); first event,
           first delta and done (p50, p95, max), and how many streams ended with `done`.
           Jobs are all queued first (8 workers answer them 8 at a time), and each stream
           is timed from its opening: N streams held open while the answers come.
           Target: 200 streams with the first event under 500 ms (p95).

The exit status is non-zero if a stream failed or an answer did not come from the model.
"""

# The modules, one concern each:
#   timing.py    the three ways to read an answer, and what is timed of one stream
#   model.py     the model: the tests' OpenAI-protocol stub, in a process of its own
#   clients.py   the clients: streams opened, read and timed, so many at a time
#   cells.py     the tables' cells: p50/p95 of one moment of the streams, against the model's
#   __main__.py  the command line, the stack, the latency and open runs, the tables
