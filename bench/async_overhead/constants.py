"""The async overhead benchmark's fixed inputs: the queues and the task of the bare path, the
PDF and its question, the worker classes, the paths, the target and the children's settings.
In one place so that both paths, the report and the command line agree on them.
"""

from __future__ import annotations

from bench.stack import ROOT

TARGET_RATIO = 1.5
BARE_QUEUE = "default"
CHAT_QUEUE = "chat"
BARE_TASK = "chat.services.answering.answer_question"
# A fixture the e2e tests ask about too; the answer is on page 14.
PDF = ROOT / "tests" / "fixtures" / "shared-mime-info-spec.pdf"
QUESTION = "Is there an extended attribute that can store a file's MIME type?"
SIMPLE_WORKER = "rq.worker.SimpleWorker"
PATHS = ("bare", "full")
# The children's own settings (see stack.child_env): anonymous, as the full path is measured without a token.
SETTINGS = {"API_AUTH_REQUIRED": "False"}
