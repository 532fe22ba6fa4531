"""JobWorker: one long job (a bundle, a merge, a handover, an annex, drafts) with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot

from app.public import Cancelled, VaultError
from app.service import VaultService
from ui.errors import failure
from ui.workers.service_worker import ServiceWorker

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Job = Callable[[VaultService, Progress, CancelCheck], object]


class JobWorker(ServiceWorker):
    """Lives on its own QThread (JobRunner owns it); opens its own service and detaches it.

    Slot ``on_started`` runs the job. Signals: ``job_progressed(done, total)``; ``job_finished(result)``;
    ``job_cancelled()``; ``job_failed(message, error)`` with the user-safe message and the
    ``VaultError`` itself (a leak guard's refusal carries its findings), or None for anything else.
    ``cancel()`` may be called from any thread.
    """

    job_progressed = Signal(int, int)
    job_finished = Signal(object)
    job_cancelled = Signal()
    job_failed = Signal(str, object)

    def __init__(self, service: VaultService, job: Job) -> None:
        super().__init__(service)
        self._job = job

    @Slot()
    def on_started(self) -> None:
        try:
            with self.own_service() as service:
                result = self._job(service, self.job_progressed.emit, self._cancel.is_set)
        except Cancelled:
            self.job_cancelled.emit()
            return
        except Exception as exc:
            self.job_failed.emit(failure(exc, "a job"), exc if isinstance(exc, VaultError) else None)
            return
        if self._cancel.is_set() and result is None:
            self.job_cancelled.emit()
        else:
            self.job_finished.emit(result)
