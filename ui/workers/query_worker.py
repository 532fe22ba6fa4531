"""QueryWorker: runs the window's small reads and writes (lists, search, saving) off the UI thread.

A long import holds the database's write lock for seconds at a time (rollback journal); a read or a
save on the UI thread would wait behind it and freeze the window. Every query therefore runs here, on
the worker's own connection, one after the other, and its answer comes back as a signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.public import VaultError
from app.service import VaultService
from ui.errors import failure

Query = Callable[[VaultService], object]


class QueryWorker(QObject):
    """Lives on its own QThread; opens its own service (``for_worker()``) on first use.

    Slots: ``on_query_requested(ticket, query)`` runs ``query(service)``; ``on_thread_finished`` (direct
    connection to the thread's ``finished``) detaches the service on this thread.
    Signals: ``query_answered(ticket, value)``; ``query_failed(ticket, message, error)`` with the
    user-safe message and, for a ``VaultError``, the error itself (its ``field`` or ``findings``), else None.
    """

    query_answered = Signal(int, object)
    query_failed = Signal(int, str, object)

    def __init__(self, service: VaultService) -> None:
        super().__init__()
        self._main = service
        self._service: VaultService | None = None

    @Slot(int, object)
    def on_query_requested(self, ticket: int, query: Query) -> None:
        try:
            if self._service is None:
                self._service = self._main.for_worker()
            value = query(self._service)
        except Exception as exc:  # every failure becomes a message; a bug is logged by type only
            self.query_failed.emit(
                ticket, failure(exc, "a query"), exc if isinstance(exc, VaultError) else None
            )
            return
        self.query_answered.emit(ticket, value)

    @Slot()
    def on_thread_finished(self) -> None:
        if self._service is not None:
            self._service.detach()
            self._service = None
