"""Processes' memory: the rqworker's work horses' peak (VmHWM), sampled in a thread while bob's
uploads run, since a horse lives only as long as its job.
"""

from __future__ import annotations

import threading

from bench.stack import proc_status_kb
from scripts.processes import children


class HorseSampler(threading.Thread):
    """Samples the peak resident memory (VmHWM) of the rqworker's work horses."""

    def __init__(self, worker_pid: int) -> None:
        super().__init__(daemon=True)
        self.worker_pid, self.peak_kb, self.seen = worker_pid, 0, set()
        self.stop_event = threading.Event()

    def run(self) -> None:
        while not self.stop_event.wait(0.02):
            for pid in children(self.worker_pid):
                kb = proc_status_kb(pid, "VmHWM")
                if kb:
                    self.seen.add(pid)
                    self.peak_kb = max(self.peak_kb, kb)


def mb(kb: int | None) -> float | None:
    return None if kb is None else kb / 1024
