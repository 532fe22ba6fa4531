"""OcrPanel: reading the text of photographed and scanned pages behind the import, with progress and
Cancel; it says plainly when OCR is not available on this computer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.public import VaultError
from app.service import VaultService
from app.service_ocr import OcrRun, OcrStatus
from ui.dialogs.ocr_languages_dialog import OcrLanguagesDialog
from ui.errors import vault_text
from ui.workers.job_runner import JobRunner
from ui.workers.queries import Queries


def _read_all(
    service: VaultService, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
) -> OcrRun:
    return service.ocr.run(progress=progress, cancelled=cancelled)


class OcrPanel(QWidget):
    """Lives on the UI thread; hidden while nothing waits. ``refresh()`` asks what waits (and starts
    reading when ``auto`` and OCR can run); ``start()`` reads; Cancel stops after the page being read
    (what was read is kept; the next start resumes). Signal ``text_recognised()`` after a run read any
    page (the search index holds the new text)."""

    text_recognised = Signal()

    def __init__(self, service: VaultService, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ocrPanel")
        self._queries = queries
        self.runner = JobRunner(service, self)
        self.status = QLabel(self)
        self.status.setObjectName("ocrStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("ocrProgress")
        self.start_button = QPushButton(self.tr("Read text now"), self)
        self.start_button.setObjectName("startOcr")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelOcr")
        self.dialog: OcrLanguagesDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 2)
        row.addWidget(self.bar, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.progressed.connect(self._on_progressed)
        self.runner.finished.connect(self._on_finished)
        self.runner.cancelled.connect(self.refresh)
        self.runner.failed.connect(self._on_failed)
        self.last: OcrStatus | None = None
        self.auto = False  # set after an import: what it stored is read behind it
        self.setVisible(False)

    def refresh(self) -> None:
        if not self.runner.busy():
            self._queries.ask(lambda s: s.ocr.status(), self._on_status)

    def _on_status(self, status: OcrStatus) -> None:
        self.last = status
        if self.runner.busy():
            return
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        if not status.queued:
            self.setVisible(False)
            return
        self.setVisible(True)
        if not status.available:
            self.status.setText(
                self.tr(
                    "%n item(s) wait for text recognition (OCR), which is not available here ({problem}). "
                    "They cannot leave the vault until they are read.",
                    "",
                    status.queued,
                ).format(problem=vault_text(status.problem or ""))
            )
            self.start_button.setVisible(False)
            return
        self.status.setText(self.tr("%n item(s) wait for text recognition (OCR).", "", status.queued))
        self.start_button.setVisible(True)
        if self.auto:
            self.start()

    def start(self) -> bool:
        if not self.runner.start(_read_all):
            return False
        self.setVisible(True)
        self.status.setText(self.tr("Reading the text of photographed and scanned pages…"))
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.start_button.setVisible(False)
        self.cancel_button.setVisible(True)
        return True

    def _on_progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(
            self.tr("Reading text (OCR): {done} of {total} page(s)").format(done=done, total=total)
        )

    def _on_finished(self, run: object) -> None:
        if isinstance(run, OcrRun) and run.pages:
            self.text_recognised.emit()
        if isinstance(run, OcrRun) and run.cancelled:
            self.auto = False  # the expert stopped it: wait for "Read text now"
        self.refresh()

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.auto = False
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.start_button.setVisible(True)
        self.status.setText(message)

    def choose_languages(self) -> None:
        """Open the dialog of the vault's OCR languages (what it reads in, and reading again)."""
        self._queries.ask(lambda s: s.ocr.status(), self._open_dialog)

    def _open_dialog(self, status: OcrStatus) -> None:
        self.dialog = OcrLanguagesDialog(status.languages, self.window())
        self.dialog.languages_chosen.connect(self._on_languages_chosen)
        self.dialog.open()

    def _on_languages_chosen(self, codes: list[str], again: bool) -> None:
        def apply(service: VaultService) -> int:
            service.ocr.set_languages(codes)
            return service.ocr.read_again() if again else 0

        self._queries.ask(apply, lambda _n: self._after_languages(), self._on_failed)

    def _after_languages(self) -> None:
        self.auto = True  # what waits now is read in the new languages
        self.refresh()

    def shutdown(self) -> None:
        """Stop reading (the page being read is dropped; every page read is kept) and wait for it."""
        self.runner.stop()
