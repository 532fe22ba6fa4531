"""A QThread the UI owns, with one worker QObject moved onto it, stopped with quit() + wait().

Never ``terminate()``: a worker in the middle of a transaction must roll back, not be killed. A worker
doing long work in one slot exposes ``cancel()`` (thread-safe: it sets a flag the work checks), which
``stop()`` calls before quitting the thread's event loop.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QThread


class Cancellable(Protocol):
    def cancel(self) -> None: ...


class WorkerThread(QObject):
    """Lives on the UI thread. Owns ``qthread`` and the ``worker`` moved to it. No signals of its own.

    A worker that holds a service connects ``thread.finished`` to its own cleanup slot with a direct
    connection: QThread emits ``finished`` from the worker thread after its event loop has ended, so the
    cleanup (``detach()``) runs on the thread that opened the connection.
    """

    def __init__(self, worker: QObject, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.qthread = QThread()
        self.qthread.setObjectName(name)
        worker.moveToThread(self.qthread)

    def start(self) -> None:
        self.qthread.start()

    def is_running(self) -> bool:
        return self.qthread.isRunning()

    def stop(self) -> None:
        """Cancel the worker's current job, end the thread's event loop and wait for it."""
        cancel = getattr(self.worker, "cancel", None)
        if callable(cancel):
            cancel()
        self.qthread.quit()
        self.qthread.wait()
