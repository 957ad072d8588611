"""The load test's fixed inputs: the PDF and the user it is ingested for, the queue, the
questions and the children's settings. In one place so that the set-up, the phases and the
checks agree on them.
"""

from __future__ import annotations

from bench.stack import ROOT

PDF = ROOT / "bench" / "data" / "pdfs" / "refcard-a4.pdf"
USERNAME = "loadtest"
CHAT_QUEUE = "chat"
EXPECT_BACKEND = "extractive"
# Questions the Octave reference card answers; the index makes every message distinct.
QUESTIONS = (
    "How do I plot data with a logarithmic x axis?",
    "How do I plot data with a logarithmic x axis but a linear y axis?",
    "How do I make a plot with logarithmic scales on both axes?",
    "Which command plots with a logarithmic y axis?",
)
# The children's own settings (see stack.child_env).
SETTINGS = {
    # Token authentication as in production (the default with DEBUG off), said explicitly.
    "API_AUTH_REQUIRED": "True",
    # One run per job: a failure shows as failed at once (no scheduler needed for retries).
    "CHAT_RETRY_INTERVALS": "",
}
