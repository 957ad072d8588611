"""One measurement of one path with one worker class: what it is given (Settings), what it gives
back (Run), and the check every answer passes, alike for the bare and the full path.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.stack import BenchError


@dataclass
class Run:
    path: str
    worker_class: str
    jobs: int
    seconds: float
    submit_seconds: float
    worker_startup: float | None
    polls: int
    exec_ms: float | None
    gap_ms: float | None

    @property
    def rate(self) -> float:
        return self.jobs / self.seconds


@dataclass
class Settings:
    jobs: int
    question: str
    poll: float
    timeout: float
    concurrency: int
    expect_backend: str


def check_answer(what: str, text: str | None, backend: str | None, cfg: Settings) -> None:
    if not text or backend != cfg.expect_backend:
        raise BenchError(f"{what} answered {(text or '')[:120]!r} from backend {backend!r}, not {cfg.expect_backend!r}")
