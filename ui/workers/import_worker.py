"""ImportWorker: stores dropped files as evidence off the UI thread, reporting each file as it lands."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal, Slot

from app.service import FileOutcome, ImportReport, VaultService
from ui.errors import failure
from ui.workers.service_worker import ServiceWorker


class ImportWorker(ServiceWorker):
    """Lives on its own QThread; opens its own service (``for_worker()``) and detaches it when done.

    Signals (all emitted on the worker thread, delivered queued to the UI):
    ``progress_changed(ImportProgress)`` as bytes are stored; ``item_imported(FileOutcome)`` for each
    stored file (warnings included); ``import_failed(FileOutcome)`` for each refused file (its
    ``error`` says why); ``import_finished(ImportReport)`` once, at the end, also after a cancel or a
    crash; ``import_crashed(str)`` with a user-safe message when the batch could not go on.
    ``cancel()`` may be called from any thread: the file in progress is rolled back, stored files stay.
    """

    progress_changed = Signal(object)
    item_imported = Signal(object)
    import_failed = Signal(object)
    import_finished = Signal(object)
    import_crashed = Signal(str)

    def __init__(
        self, service: VaultService, paths: Sequence[Path], investigation: str | None = None
    ) -> None:
        super().__init__(service)
        self._paths = tuple(paths)
        self._investigation = investigation

    @Slot()
    def on_started(self) -> None:
        outcomes: list[FileOutcome] = []
        cancelled = False
        try:
            # One batch (the examiner pool is reused across it); each file is reported the moment it is
            # committed, so the grid fills as the import goes.
            def outcome_decided(outcome: FileOutcome) -> None:
                outcomes.append(outcome)
                if outcome.error is None:
                    self.item_imported.emit(outcome)
                else:
                    self.import_failed.emit(outcome)

            with self.own_service() as service:
                result = service.evidence.import_files(
                    self._paths,
                    investigation=self._investigation,
                    progress=self.progress_changed.emit,
                    cancelled=self._cancel.is_set,
                    on_outcome=outcome_decided,
                )
            cancelled = result.cancelled
        except Exception as exc:
            self.import_crashed.emit(failure(exc, "an import"))
        self.import_finished.emit(ImportReport(tuple(outcomes), cancelled=cancelled))
