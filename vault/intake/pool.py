"""Worker processes that examine files in parallel while the caller stores them.

Each worker is a fresh interpreter (``python -m vault.intake.worker``) joined by two pipes; file bytes
go out, JSON findings come back (vault/intake/wire.py). Nothing is written to disk on the way. Each
worker has a feeder thread in this process that hands it the next queued file as soon as it is free,
so the workers stay busy while the caller's thread is writing to the database. A worker that takes
longer than the timeout is killed; one that dies (a crashing decoder) is replaced; either way that file
is flagged "could not be read" and the rest go on.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType

from vault.errors import Cancelled
from vault.intake import detect, limits, wire
from vault.intake import worker as worker_module
from vault.intake.findings import Findings
from vault.intake.worker import DEFAULT_HANDLER
from vault.messages import Text
from vault.storage.attachments import CancelCheck

_POLL_S = 0.1
# The child runs ``python -m vault.intake.worker`` from the folder holding the ``vault`` package: ``-m``
# puts that folder first on its path, so it runs this very code (a packaged app runs the module itself:
# scripts/fieldvault_entry.py).
_ROOT = Path(__file__).resolve().parents[2]


@dataclass(eq=False)  # kept in a set: hashed by identity
class _Worker:
    proc: subprocess.Popen[bytes]
    to_child: Connection
    from_child: Connection


def default_workers() -> int:
    """One worker per core: the parent's own work (hashing, encrypting, writing) overlaps with them."""
    return max(1, min(os.cpu_count() or 1, 8))


def _child_env() -> dict[str, str]:
    # The worker needs no secret: passphrases given through the environment stay with the parent.
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDVAULT_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


class ExaminerPool:
    """Examine files in ``workers`` processes; results are collected by the key given at submission.

    ``submit`` may be called from any thread; ``result`` and ``close`` from the owner's. Use as a
    context manager (workers are stopped on exit). Workers start when the first file is submitted.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout_s: float = limits.EXAMINE_TIMEOUT_S,
        handler: str = DEFAULT_HANDLER,
        paused: Callable[[], bool] | None = None,
    ) -> None:
        """``paused``: while it returns True, no worker starts a new file (work behind an import)."""
        self._size = max(1, workers or default_workers())
        self._paused = paused
        self._timeout = timeout_s
        self._handler = handler
        self._queue: queue.Queue[tuple[int, bytes] | None] = queue.Queue()
        self._done = threading.Condition()
        self._results: dict[int, Findings] = {}
        self._kinds: dict[int, str] = {}  # the type judged from the first bytes, for failed workers
        self._forgotten: set[int] = set()
        self._threads: list[threading.Thread] = []
        self._live: set[_Worker] = set()
        self._closing = False

    def __enter__(self) -> ExaminerPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- the caller's side --------------------------------------------------------------------------

    def submit(self, key: int, data: bytes) -> None:
        """Queue ``data`` for examination (thread-safe)."""
        with self._done:
            if self._closing:
                return
            self._kinds[key] = detect.media_type(data[:4096])
            if not self._threads:
                for n in range(self._size):
                    thread = threading.Thread(target=self._feed, name=f"fieldvault-examiner-{n}", daemon=True)
                    thread.start()
                    self._threads.append(thread)
        self._queue.put((key, data))

    def result(self, key: int, cancelled: CancelCheck | None = None) -> Findings:
        """Wait for the findings of ``key``; raises Cancelled when ``cancelled()`` turns true."""
        with self._done:
            while True:
                if cancelled is not None and cancelled():  # checked first: a cancel wins over a result
                    raise Cancelled(Text("cancelled"))
                if key in self._results:
                    break
                if self._threads and not any(t.is_alive() for t in self._threads):
                    return Findings(self._kinds.pop(key, detect.UNKNOWN), problem=Text("the reader stopped"))
                self._done.wait(_POLL_S)
            self._kinds.pop(key, None)
            return self._results.pop(key)

    def forget(self, key: int) -> None:
        """The caller no longer needs ``key``'s findings (e.g. the content was already in the vault)."""
        with self._done:
            self._kinds.pop(key, None)
            if self._results.pop(key, None) is None:
                self._forgotten.add(key)

    def close(self) -> None:
        """Stop every worker: idle ones exit when their pipe closes, busy ones are killed."""
        with self._done:
            self._closing = True
            live = list(self._live)
        while True:  # drop files not yet started
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        for _ in self._threads:
            self._queue.put(None)
        for worker in live:
            worker.proc.kill()  # unblocks a feeder waiting on a busy worker
        for thread in self._threads:
            thread.join()
        self._threads.clear()

    # --- feeder threads -----------------------------------------------------------------------------

    def _feed(self) -> None:
        worker: _Worker | None = None
        try:
            while True:
                item = self._queue.get()
                if item is None:
                    return
                key, data = item
                with self._done:
                    while self._paused is not None and not self._closing and self._paused():
                        self._done.wait(_POLL_S)
                    if key in self._forgotten or self._closing:
                        self._forgotten.discard(key)
                        continue
                try:
                    worker, findings = self._examine(worker, data)
                except Exception:  # noqa: BLE001 - a bug here must cost one file, never hang the import
                    if worker is not None:
                        self._stop(worker, kill=True)
                    worker, findings = None, None
                with self._done:
                    if key in self._forgotten:
                        self._forgotten.discard(key)
                    else:
                        self._results[key] = findings or Findings(
                            self._kinds.get(key, detect.UNKNOWN), problem=Text("the reader stopped")
                        )
                    self._done.notify_all()
        finally:
            if worker is not None:
                self._stop(worker, kill=False)

    def _examine(self, worker: _Worker | None, data: bytes) -> tuple[_Worker | None, Findings | None]:
        """Send ``data`` to this thread's worker and wait for its answer (replacing the worker if needed)."""
        for _attempt in range(2):  # an idle worker that died on its own gets one replacement
            if worker is None:
                worker = self._start()
                if worker is None:
                    return None, None
            try:
                worker.to_child.send_bytes(data)
                break
            except OSError:
                self._stop(worker, kill=True)
                worker = None
        else:
            return None, Findings(detect.UNKNOWN, problem=Text("the reader could not be started"))
        kind = detect.media_type(data[:4096])
        try:
            if not worker.from_child.poll(self._timeout):
                self._stop(worker, kill=True)
                return None, Findings(
                    kind, problem=Text("examining it took longer than {seconds:.0f} s", seconds=self._timeout)
                )
            return worker, wire.decode(worker.from_child.recv_bytes(wire.MAX_MESSAGE))
        except (EOFError, OSError):
            self._stop(worker, kill=True)
            return None, Findings(kind, problem=Text("the file made the reader crash"))
        except wire.BadMessage:
            self._stop(worker, kill=True)
            return None, Findings(kind, problem=Text("the reader returned a malformed result"))

    def _start(self) -> _Worker | None:
        with self._done:
            if self._closing:
                return None
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        try:
            proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module, no shell
                [sys.executable, "-m", worker_module.__name__, str(down_read), str(up_write), self._handler],
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
        worker = _Worker(proc, Connection(down_write, readable=False), Connection(up_read, writable=False))
        with self._done:
            self._live.add(worker)
        return worker

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        with self._done:
            self._live.discard(worker)
        worker.to_child.close()
        if kill:
            worker.proc.kill()
        try:
            worker.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            worker.proc.kill()
            worker.proc.wait()
        worker.from_child.close()
