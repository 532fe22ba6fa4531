"""JobRunner: starts a JobWorker on a thread it owns and hands its signals to the UI."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.public import VaultError
from app.service import VaultService
from ui.workers.job_worker import Job, JobWorker
from ui.workers.worker_thread import WorkerThread


class JobRunner(QObject):
    """Lives on the UI thread; one job at a time.

    Signals (on the UI thread): ``progressed(done, total)``, ``finished(result)``, ``cancelled()``,
    ``failed(message, error)`` — exactly one of the last three per job — and ``stopped()`` after any of
    them, once the job's thread has ended. ``cancel()`` asks the job to stop; ``stop()`` cancels and
    waits (locking calls it).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str, object)
    stopped = Signal()

    def __init__(self, service: VaultService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._thread: WorkerThread | None = None

    def busy(self) -> bool:
        return self._thread is not None

    def start(self, job: Job) -> bool:
        if self._thread is not None:
            return False
        worker = JobWorker(self._service, job)
        thread = WorkerThread(worker, "fieldvault-job", self)
        thread.qthread.started.connect(worker.on_started)
        worker.job_progressed.connect(self.progressed)
        worker.job_finished.connect(self.on_job_finished)
        worker.job_cancelled.connect(self.on_job_cancelled)
        worker.job_failed.connect(self.on_job_failed)
        self._thread = thread
        thread.start()
        return True

    def cancel(self) -> None:
        if self._thread is not None:
            worker = self._thread.worker
            if isinstance(worker, JobWorker):
                worker.cancel()

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.stop()
            self._thread.deleteLater()
            self._thread = None

    @Slot(object)
    def on_job_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)
        self.stopped.emit()

    @Slot()
    def on_job_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
        self.stopped.emit()

    @Slot(str, object)
    def on_job_failed(self, message: str, error: object) -> None:
        self._end()
        self.failed.emit(message, error if isinstance(error, VaultError) else None)
        self.stopped.emit()

    def stop(self) -> None:
        if self._thread is not None:
            self._thread.worker.blockSignals(True)
            self._end()
