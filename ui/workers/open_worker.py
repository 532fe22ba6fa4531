"""OpenWorker: runs one slow vault job (create, unlock, recover, build the demo) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from app.public import RecoveryCode, upgrade_progress
from app.service import VaultService
from ui.errors import failure


@dataclass(frozen=True)
class Opened:
    """A service opened on the worker thread, and the recovery code when the vault was just created.

    The service belongs to the worker thread: the UI thread takes its own with ``for_worker()`` and
    stops the worker's thread, which then detaches this one (see ``on_thread_finished``).
    """

    service: VaultService
    recovery_code: RecoveryCode | None = None


Job = Callable[[], Opened | None]


class OpenWorker(QObject):
    """Lives on its own QThread (ui.workers.worker_thread.WorkerThread).

    Signals: ``vault_opened(Opened)`` when the job produced a vault; ``job_done()`` when the job
    succeeded without one (building the demo); ``open_failed(str)`` with a user-safe message;
    ``schema_progress(int, int)``: rows done and in all of a long schema upgrade the opening runs.
    Slots: ``on_started`` (connect to the thread's ``started``) and ``on_thread_finished`` (connect with
    a direct connection to the thread's ``finished``: it runs on the worker thread and detaches).
    """

    vault_opened = Signal(object)
    job_done = Signal()
    open_failed = Signal(str)
    schema_progress = Signal(int, int)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._opened: Opened | None = None

    @Slot()
    def on_started(self) -> None:
        try:
            with upgrade_progress.reporting(self.schema_progress.emit):
                opened = self._job()
        except Exception as exc:  # every failure becomes a message; a bug is logged by type only
            self.open_failed.emit(failure(exc, "opening"))
            return
        if opened is None:
            self.job_done.emit()
            return
        self._opened = opened
        self.vault_opened.emit(opened)

    @Slot()
    def on_thread_finished(self) -> None:
        if self._opened is not None:
            self._opened.service.detach()
            self._opened = None
