"""EvidencePage: the thumbnail grid, drag-and-drop import with progress and cancel, and the metadata
and chain-of-custody panel of the selected item."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.service import ImportReport, VaultService
from ui.evidence_model import ICON, EvidenceModel
from ui.file_picker import PickMode, pick
from ui.import_panel import ImportPanel
from ui.import_worker import ImportWorker
from ui.metadata_panel import MetadataPanel
from ui.queries import Queries
from ui.reader_worker import ReaderWorker
from ui.record_model import IdRole
from ui.worker_thread import WorkerThread

MAX_FILES = 20_000


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files to import: each file as given, and the files inside each folder (sorted, no hidden ones)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
                if len(found) > MAX_FILES:
                    break
        else:
            found.append(path)
    return found[:MAX_FILES]


class EvidencePage(QWidget):
    """Lives on the UI thread and owns the import worker's thread while an import runs.

    Signals: ``view_requested(str)`` (open the viewer on an item); ``import_started(ImportWorker)``
    just before its thread starts (to follow its signals); ``import_done(ImportReport)``.
    """

    view_requested = Signal(str)
    import_started = Signal(object)
    import_done = Signal(object)

    def __init__(
        self, service: VaultService, reader: ReaderWorker, queries: Queries, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePage")
        self._service = service
        self._queries = queries
        self.setAcceptDrops(True)
        self.importing: WorkerThread | None = None
        self._shut = False  # after shutdown the service is closed: late signals must not reach it
        heading = QLabel(self.tr("Evidence"), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.import_button = QPushButton(self.tr("Import files…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(self.tr("Import files (Ctrl+I) — or drop files here"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Drop files here to import them"), self))
        top.addWidget(self.import_button)
        self.panel = ImportPanel(self)
        self.model = EvidenceModel(service, queries)
        self.grid = QListView(self)
        self.grid.setObjectName("evidenceGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(ICON)
        self.grid.setGridSize(QSize(ICON.width() + 28, ICON.height() + 44))
        self.grid.setUniformItemSizes(True)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setModel(self.model)
        self.metadata = MetadataPanel(service, queries, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.metadata)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel)
        layout.addWidget(splitter, 1)
        self.model.thumbnail_wanted.connect(reader.on_thumbnail_requested)
        reader.thumbnail_loaded.connect(self.model.on_thumbnail_loaded)
        reader.thumbnail_failed.connect(self.model.on_thumbnail_failed)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.grid.activated.connect(self._on_activated)
        self.import_button.clicked.connect(self.choose_files)
        self.panel.cancel_requested.connect(self.cancel_import)
        QShortcut(QKeySequence("Ctrl+I"), self).activated.connect(self.choose_files)
        self._update_count()

    def _update_count(self) -> None:
        self._queries.ask(lambda s: s.count("evidence"), self._on_counted)

    def _on_counted(self, n: int) -> None:
        self.count_label.setText(self.tr("{n} items").format(n=f"{n:,}"))

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = self.grid.selectionModel().selectedIndexes()
        if indexes:
            record_id = indexes[0].data(IdRole)
            self.metadata.show_item(record_id if isinstance(record_id, str) else None)

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = index.data(IdRole)
        if isinstance(record_id, str):
            self.view_requested.emit(record_id)

    def show_record(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.grid.setCurrentIndex(self.model.index(row))
        self.metadata.show_item(record_id)

    # --- import -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        picker = pick(PickMode.FILES, self)
        picker.paths_chosen.connect(self.start_import)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def is_importing(self) -> bool:
        return self.importing is not None

    def start_import(self, paths: list[Path]) -> bool:
        """Import files (folders are expanded) on a worker; False when an import is already running."""
        if self.importing is not None or self._shut:
            return False
        files = expand(paths)
        if not files:
            return False
        worker = ImportWorker(self._service, files)
        thread = WorkerThread(worker, "fieldvault-import", self)
        thread.qthread.started.connect(worker.on_started)
        worker.progress_changed.connect(self.panel.on_progress_changed)
        worker.item_imported.connect(self.model.add_imported)
        worker.item_imported.connect(self.panel.on_item_imported)
        worker.import_failed.connect(self.panel.on_import_failed)
        worker.import_crashed.connect(self.panel.on_import_crashed)
        worker.import_finished.connect(self._on_import_finished)
        self.importing = thread
        self.panel.begin(len(files))
        self.import_button.setEnabled(False)
        self.import_started.emit(worker)
        thread.start()
        return True

    def cancel_import(self) -> None:
        if self.importing is not None:
            worker = self.importing.worker
            if isinstance(worker, ImportWorker):
                worker.cancel()

    def _on_import_finished(self, report: ImportReport) -> None:
        if self._shut:
            return
        self.panel.on_import_finished(report)
        self._end_import()
        self._update_count()
        self.import_done.emit(report)

    def _end_import(self) -> None:
        if self.importing is not None:
            self.importing.stop()
            self.importing.deleteLater()
            self.importing = None
        self.import_button.setEnabled(True)

    def shutdown(self) -> None:
        """Stop an import in progress (the file being stored is rolled back) and wait for the worker."""
        self._shut = True
        if self.importing is not None:
            self.importing.worker.blockSignals(True)
            self.importing.stop()
            self.importing = None
        self.model.clear_cache()
