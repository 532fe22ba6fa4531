"""ImportPanel: the progress of an evidence import, its Cancel button, and each file's warnings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.service import FileOutcome, ImportProgress, ImportReport
from ui.errors import vault_text

STEPS = 1000


class ImportPanel(QWidget):
    """Lives on the UI thread. Signal: ``cancel_requested()``. Slots ``on_*`` take the import worker's
    signals (connected by the evidence page)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, STEPS)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setMaximumHeight(120)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.bar, 2)
        row.addWidget(self.cancel_button)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.dismiss_button.clicked.connect(self.hide)
        self.stored = 0
        self.refused = 0
        self.setVisible(False)

    def begin(self, total: int) -> None:
        self.stored = 0
        self.refused = 0
        self.problems.clear()
        self.problems.setVisible(False)
        self.bar.setValue(0)
        self.bar.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        self.dismiss_button.setVisible(False)
        self.status.setText(self.tr("Importing %n file(s)…", "", total))
        self.setVisible(True)

    def show_message(self, text: str) -> None:
        """A line about an import that did not start (nothing in the folder, one already running)."""
        if self.cancel_button.isVisible() and self.cancel_button.isEnabled() and self.bar.isVisible():
            self._problem(text)  # an import is under way: its status line stays
            return
        self.status.setText(text)
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self.problems.setVisible(self.problems.count() > 0)
        self.dismiss_button.setVisible(True)
        self.setVisible(True)

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def on_progress_changed(self, p: ImportProgress) -> None:
        fraction = p.bytes_done / p.bytes_total if p.bytes_total else 0.0
        self.bar.setValue(int(STEPS * (p.index + fraction) / max(p.total, 1)))
        if self.cancel_button.isEnabled():
            self.status.setText(
                self.tr("Importing {i} of {n}: {name}").format(i=p.index + 1, n=p.total, name=p.name)
            )

    def on_item_imported(self, outcome: FileOutcome) -> None:
        self.stored += 1
        if outcome.duplicate:
            self._problem(
                self.tr("{name}: already in the vault (linked, not stored twice)").format(name=outcome.name)
            )
        for warning in outcome.warnings:
            self._problem(self.tr("{name}: {warning}").format(name=outcome.name, warning=vault_text(warning)))
        for note in getattr(outcome, "notes", ()):  # limits reached that are not failures
            self._problem(self.tr("{name}: {note}").format(name=outcome.name, note=vault_text(note)))

    def on_import_failed(self, outcome: FileOutcome) -> None:
        self.refused += 1
        self._problem(
            self.tr("{name} was not imported: {error}").format(
                name=outcome.name, error=vault_text(outcome.error or "")
            )
        )

    def on_import_crashed(self, message: str) -> None:
        self._problem(self.tr("The import stopped: {message}").format(message=message))

    def on_import_finished(self, report: ImportReport) -> None:
        self.bar.setValue(STEPS if not report.cancelled else self.bar.value())
        self.cancel_button.setVisible(False)
        self.dismiss_button.setVisible(True)
        if report.cancelled:
            text = self.tr("Cancelled: {stored} stored before stopping; the file in progress was not kept.")
        else:
            text = self.tr("Done: {stored} stored, {refused} not imported.")
        self.status.setText(text.format(stored=self.stored, refused=self.refused))

    def _problem(self, text: str) -> None:
        self.problems.addItem(text)
        self.problems.setVisible(True)
