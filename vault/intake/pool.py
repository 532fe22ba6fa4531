"""Worker processes that examine files in parallel while the caller stores them.

Each worker is a fresh interpreter (``python -m vault.intake.worker``) joined by two pipes; file bytes
go out, JSON findings come back (vault/intake/wire.py). Nothing is written to disk on the way. A worker
that takes longer than the timeout is killed; one that dies (a crashing decoder) is replaced; either
way that file is flagged "could not be read" and the rest go on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import TracebackType

from vault.attachments import CancelCheck
from vault.errors import Cancelled
from vault.intake import detect, limits, wire
from vault.intake.findings import Findings
from vault.intake.worker import DEFAULT_HANDLER

_POLL_S = 0.1
_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the ``vault`` package


@dataclass
class _Worker:
    proc: subprocess.Popen[bytes]
    to_child: Connection
    from_child: Connection
    key: int | None = None
    started: float = 0.0


def default_workers() -> int:
    """One worker per core: the parent's own work (hashing, encrypting, writing) overlaps with them."""
    return max(1, min(os.cpu_count() or 1, 8))


def _child_env() -> dict[str, str]:
    # The worker needs no secret: passphrases given through the environment stay with the parent.
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDVAULT_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


class ExaminerPool:
    """Examine files in ``workers`` processes; results are collected by the key given at submission.

    Use as a context manager (workers are stopped on exit). Not thread-safe: one pool per thread.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout_s: float = limits.EXAMINE_TIMEOUT_S,
        handler: str = DEFAULT_HANDLER,
    ) -> None:
        self._size = max(1, workers or default_workers())
        self._timeout = timeout_s
        self._handler = handler
        self._slots: list[_Worker | None] = [None] * self._size
        self._queue: deque[tuple[int, bytes]] = deque()
        self._kinds: dict[int, str] = {}  # the type judged from the first bytes, for failed workers
        self._results: dict[int, Findings] = {}

    def __enter__(self) -> ExaminerPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- the caller's side --------------------------------------------------------------------------

    def submit(self, key: int, data: bytes) -> None:
        """Queue ``data`` for examination; start it at once if a worker is free."""
        self._kinds[key] = detect.media_type(data[:4096])
        self._queue.append((key, data))
        self._dispatch()

    def pending(self) -> int:
        """Files submitted whose results have not been taken yet."""
        return len(self._kinds)

    def result(self, key: int, cancelled: CancelCheck | None = None) -> Findings:
        """Wait for the findings of ``key``; raises Cancelled when ``cancelled()`` turns true."""
        while key not in self._results:
            if cancelled is not None and cancelled():
                raise Cancelled("cancelled")
            self._dispatch()
            self._collect(_POLL_S)
        self._kinds.pop(key, None)
        return self._results.pop(key)

    def close(self) -> None:
        """Stop every worker (they exit when their pipe closes; stragglers are killed)."""
        for index, worker in enumerate(self._slots):
            if worker is not None:
                self._stop(worker, kill=worker.key is not None)
                self._slots[index] = None
        self._queue.clear()

    # --- workers ------------------------------------------------------------------------------------

    def _start(self) -> _Worker:
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        try:
            proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module, no shell
                [sys.executable, "-m", "vault.intake.worker", str(down_read), str(up_write), self._handler],
                pass_fds=(down_read, up_write),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=_child_env(),
                cwd=_ROOT,
            )
        finally:
            os.close(down_read)
            os.close(up_write)
        return _Worker(proc, Connection(down_write, readable=False), Connection(up_read, writable=False))

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        worker.to_child.close()
        if kill:
            worker.proc.kill()
        try:
            worker.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            worker.proc.kill()
            worker.proc.wait()
        worker.from_child.close()

    def _dispatch(self) -> None:
        for index in range(self._size):
            if not self._queue:
                return
            worker = self._slots[index]
            if worker is not None and worker.key is not None:
                continue
            key, data = self._queue.popleft()
            for _attempt in range(2):  # an idle worker that died on its own gets one replacement
                if worker is None:
                    worker = self._slots[index] = self._start()
                try:
                    worker.to_child.send_bytes(data)
                except OSError:
                    self._stop(worker, kill=True)
                    worker = self._slots[index] = None
                    continue
                worker.key, worker.started = key, time.monotonic()
                break
            else:
                self._fail(key, "the reader could not be started")

    def _collect(self, timeout: float) -> None:
        busy = {w.from_child: w for w in self._slots if w is not None and w.key is not None}
        if not busy:
            return
        for conn in wait(list(busy), timeout):
            worker = busy[conn]  # type: ignore[index]
            key = worker.key
            if key is None:
                continue
            try:
                message = worker.from_child.recv_bytes(wire.MAX_MESSAGE)
                self._results[key] = wire.decode(message)
                worker.key = None
            except (EOFError, OSError):
                self._replace(worker, key, "the file made the reader crash")
            except wire.BadMessage:
                self._replace(worker, key, "the reader returned a malformed result")
        now = time.monotonic()
        for slot in list(self._slots):
            if slot is not None and slot.key is not None and now - slot.started > self._timeout:
                self._replace(slot, slot.key, f"examining it took longer than {self._timeout:.0f} s")

    def _replace(self, worker: _Worker, key: int, reason: str) -> None:
        self._stop(worker, kill=True)
        self._slots[self._slots.index(worker)] = None
        self._fail(key, reason)

    def _fail(self, key: int, reason: str) -> None:
        self._results[key] = Findings(self._kinds.get(key, detect.UNKNOWN), problem=reason)
