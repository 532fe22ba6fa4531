"""MergePanel: merging experts' bundles into the group archive on a worker, with progress and cancel,
then a report per bundle — new records, updated, already present, conflicts, or refused and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.public import VaultError
from app.service import VaultService
from app.service_bundles import MergeReport
from ui.errors import vault_text
from ui.widgets.file_picker import PickMode, pick
from ui.widgets.tables import fit_to_contents, list_table
from ui.workers.job_runner import JobRunner
from ui.workers.job_worker import CancelCheck, Job, Progress

STEPS = 1000

# Why a bundle was refused, by reason code (vault.exchange.bundle_errors.REASONS), in the user's language; the
# vault's own sentence (English, more precise) is the cell's tooltip.
REASONS = {
    "decryption": QT_TRANSLATE_NOOP("MergePanel", "Not encrypted to this archive, or damaged"),
    "signature": QT_TRANSLATE_NOOP("MergePanel", "The signature does not verify"),
    "hash": QT_TRANSLATE_NOOP("MergePanel", "Content does not match its signed checksum"),
    "roster": QT_TRANSLATE_NOOP("MergePanel", "Signed by a key not on the roster"),
    "revoked": QT_TRANSLATE_NOOP("MergePanel", "Signed with a revoked key"),
    "size": QT_TRANSLATE_NOOP("MergePanel", "A size is out of bounds"),
    "path": QT_TRANSLATE_NOOP("MergePanel", "A file name outside the bundle format"),
    "duplicate": QT_TRANSLATE_NOOP("MergePanel", "Something appears twice"),
    "format": QT_TRANSLATE_NOOP("MergePanel", "Malformed bundle"),
    "conflict": QT_TRANSLATE_NOOP("MergePanel", "Contradicts a bundle already merged"),
    "recipient": QT_TRANSLATE_NOOP("MergePanel", "Addressed to another archive"),
    "author": QT_TRANSLATE_NOOP("MergePanel", "Carries work by a key the archive does not accept"),
    "scope": QT_TRANSLATE_NOOP("MergePanel", "Touches records outside what it declares"),
}


def merge_job(paths: Sequence[Path]) -> Job:
    """The job the worker runs: every bundle, each in its own transaction."""
    count = max(1, len(paths))

    def job(service: VaultService, progress: Progress, cancelled: CancelCheck) -> list[MergeReport]:
        # Merging fills 90% of the bar; examining the received originals (text, thumbnails) the rest.
        def step(index: int, done: int, total: int) -> None:
            progress(int(0.9 * STEPS * (index + (done / total if total else 1)) / count), STEPS)

        def examined(done: int, total: int) -> None:
            progress(int(STEPS * (0.9 + 0.1 * done / total)), STEPS)

        return service.bundles.merge_bundles(
            list(paths), progress=step, examined=examined, cancelled=cancelled
        )

    return job


class MergePanel(QWidget):
    """Lives on the UI thread; owns the job runner of a merge.

    Signals: ``merge_done(list)`` with the reports; ``merge_stopped(str)`` when cancelled or failed.
    """

    merge_done = Signal(list)
    merge_stopped = Signal(str)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = JobRunner(service, self)
        self.paths: list[Path] = []
        self.reports: list[MergeReport] = []
        intro = QLabel(
            self.tr(
                "Each bundle is verified (signature, roster, checksums) and merged in one transaction; a "
                "refused one changes nothing. Merging the same bundle again changes nothing either."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose bundles to merge…"), self)
        self.choose_button.setObjectName("chooseBundles")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelMerge")
        self.cancel_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setObjectName("mergeStatus")
        self.status.setWordWrap(True)
        self.table = list_table(
            self,
            "mergeReport",
            [
                self.tr("Bundle"),
                self.tr("Outcome"),
                self.tr("From"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Already present"),
                self.tr("Conflicts"),
                self.tr("Why refused"),
            ],
            stretch=7,
            pick_rows=False,
        )
        self.table.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.progressed.connect(self._on_progressed)
        self.runner.finished.connect(self._on_finished)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.failed.connect(self._on_failed)

    def busy(self) -> bool:
        return self.runner.busy()

    def _on_choose_clicked(self) -> None:
        picker = pick(PickMode.FILES, self, title=self.tr("Choose bundles to merge"))
        picker.paths_chosen.connect(self.merge)

    def merge(self, paths: Sequence[Path]) -> bool:
        if self.runner.busy() or not paths:
            return False
        self.paths = [Path(p) for p in paths]
        self.progress.setValue(0)
        self.status.setText(self.tr("Merging %n bundle(s)…", "", len(self.paths)))
        self.choose_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        return self.runner.start(merge_job(self.paths))

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.choose_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_finished(self, reports: object) -> None:
        self._idle()
        self.reports = list(reports) if isinstance(reports, list) else []
        self.progress.setValue(self.progress.maximum())
        self.show_reports(self.paths, self.reports)
        merged = sum(1 for r in self.reports if r.status == "merged")
        refused = sum(1 for r in self.reports if r.status == "refused")
        self.status.setText(
            self.tr("{merged} merged, {same} already merged, {refused} refused.").format(
                merged=merged, same=len(self.reports) - merged - refused, refused=refused
            )
        )
        self.merge_done.emit(self.reports)

    def _on_cancelled(self) -> None:
        self._idle()
        message = self.tr("Cancelled: the bundle being merged was rolled back; those merged before stay.")
        self.status.setText(message)
        self.merge_stopped.emit(message)

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self._idle()
        self.status.setText(message)
        self.merge_stopped.emit(message)

    def show_reports(self, paths: Sequence[Path], reports: Sequence[MergeReport]) -> None:
        outcomes = {
            "merged": self.tr("merged"),
            "already merged": self.tr("already merged"),
            "refused": self.tr("refused"),
        }
        self.table.setRowCount(len(reports))
        for row, (path, r) in enumerate(zip(paths, reports, strict=False)):
            outcome = QTableWidgetItem(outcomes.get(r.status, r.status))
            if r.status == "refused":
                outcome.setForeground(QColor("#b3261e"))
            elif r.conflicts:
                outcome.setForeground(QColor("#b26a00"))
            present = len(r.unchanged_records)
            cells = [
                QTableWidgetItem(path.name),
                outcome,
                QTableWidgetItem(r.sender_name or ""),
                QTableWidgetItem(str(len(r.new_records))),
                QTableWidgetItem(str(len(r.updated_records))),
                QTableWidgetItem(str(present)),
                QTableWidgetItem(str(len(r.conflicts))),
                self._why(r),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        fit_to_contents(self.table)  # "Why refused" keeps the spare width, and wraps
        self.table.resizeRowsToContents()

    def _why(self, r: MergeReport) -> QTableWidgetItem:
        source = REASONS.get(r.reason or "")
        item = QTableWidgetItem(
            QCoreApplication.translate("MergePanel", str(source)) if source else (r.message or "")
        )
        item.setToolTip(vault_text(r.message) if r.message else item.text())  # the whole reason
        return item

    def shutdown(self) -> None:
        self.runner.stop()
