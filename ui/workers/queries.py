"""Queries: the UI thread's way to ask the query worker something and be called back with the answer."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.public import VaultError
from app.service import VaultService
from ui.workers.query_worker import Query, QueryWorker
from ui.workers.worker_thread import WorkerThread

Answer = Callable[[Any], None]
Failure = Callable[[str, VaultError | None], None]


class Queries(QObject):
    """Lives on the UI thread; owns the query worker's thread (one per main window).

    ``ask(query, on_answer, on_error)`` queues ``query(service)`` on the worker and calls ``on_answer``
    (or ``on_error(message, error)``) here when it is done. Queries run one at a time, in order.
    Signals: ``query_requested(ticket, query)`` (to the worker); ``all_answered()`` whenever nothing
    is left pending (tests and scripts wait on it). ``stop()`` ends the thread; answers arriving after
    it are dropped (the window is closing).
    """

    query_requested = Signal(int, object)
    all_answered = Signal()

    def __init__(self, service: VaultService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = QueryWorker(service)
        self._thread = WorkerThread(self.worker, "fieldvault-queries", self)
        self._thread.qthread.finished.connect(
            self.worker.on_thread_finished, Qt.ConnectionType.DirectConnection
        )
        self.query_requested.connect(self.worker.on_query_requested)
        self.worker.query_answered.connect(self.on_query_answered)
        self.worker.query_failed.connect(self.on_query_failed)
        self._tickets = itertools.count(1)
        self._waiting: dict[int, tuple[Answer, Failure | None]] = {}
        self._stopped = False
        self._thread.start()

    @property
    def pending(self) -> int:
        return len(self._waiting)

    def ask(self, query: Query, on_answer: Answer, on_error: Failure | None = None) -> int:
        if self._stopped:
            return 0
        ticket = next(self._tickets)
        self._waiting[ticket] = (on_answer, on_error)
        self.query_requested.emit(ticket, query)
        return ticket

    def forget(self, ticket: int) -> None:
        """Drop the callbacks of a query whose answer is no longer wanted (it still runs)."""
        self._waiting.pop(ticket, None)
        if not self._waiting:
            self.all_answered.emit()

    @Slot(int, object)
    def on_query_answered(self, ticket: int, value: object) -> None:
        callbacks = self._waiting.pop(ticket, None)
        if callbacks is not None and not self._stopped:
            callbacks[0](value)
        if not self._waiting:
            self.all_answered.emit()

    @Slot(int, str, object)
    def on_query_failed(self, ticket: int, message: str, error: object) -> None:
        callbacks = self._waiting.pop(ticket, None)
        if callbacks is not None and callbacks[1] is not None and not self._stopped:
            callbacks[1](message, error if isinstance(error, VaultError) else None)
        if not self._waiting:
            self.all_answered.emit()

    def stop(self) -> None:
        self._stopped = True
        self._waiting.clear()
        self.worker.blockSignals(True)
        self._thread.stop()
