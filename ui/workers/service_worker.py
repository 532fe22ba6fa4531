"""ServiceWorker: what the workers that use the vault share — their own service for the length of one
job (a connection of their own, the same key), opened and closed on the worker's thread, and a
``cancel()`` that any thread may call."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from PySide6.QtCore import QObject

from app.service import VaultService


class ServiceWorker(QObject):
    """Lives on its own QThread (see WorkerThread). No signals of its own: each worker says what it did."""

    def __init__(self, service: VaultService) -> None:
        super().__init__()
        self._main = service
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @contextlib.contextmanager
    def own_service(self) -> Iterator[VaultService]:
        """A service for this thread, detached (its connection closed, the key kept) when the block ends."""
        service = self._main.for_worker()
        try:
            yield service
        finally:
            service.detach()
