"""EvidencePage: the thumbnail grid, drag-and-drop import with progress and cancel, and the metadata
and chain-of-custody panel of the selected item.

A folder (dropped, or chosen in the picker) is not imported at once: what it holds — how many files, of
which types, how large — is shown first, and imported on Import. Items are attributed and corrected in
the panel (caption, source, investigation, date taken) or from the grid's context menu, which acts on
every selected item and works from the keyboard (its shortcuts, the Menu key, Shift+F10).
"""

from __future__ import annotations

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

from app.public import Record, VaultError
from app.service import ImportReport, VaultService
from app.service_evidence import MAX_IMPORT_FILES, ImportPlan, collect_files
from ui.dialogs.attribution_dialog import AttributionDialog
from ui.dialogs.delete_evidence_dialog import DeleteEvidenceDialog
from ui.dialogs.import_confirm import ImportConfirm
from ui.evidence_model import ICON, EvidenceModel
from ui.panels.import_panel import ImportPanel
from ui.panels.metadata_panel import MetadataPanel
from ui.panels.ocr_panel import OcrPanel
from ui.panels.record_editor import summary_of
from ui.record_model import IdRole
from ui.widgets.evidence_menu import EvidenceMenu
from ui.widgets.file_picker import PickMode, pick
from ui.workers.import_worker import ImportWorker
from ui.workers.poster_maker import PosterMaker
from ui.workers.queries import Queries
from ui.workers.reader_worker import ReaderWorker
from ui.workers.worker_thread import WorkerThread

MAX_FILES = MAX_IMPORT_FILES


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files to import: each file as given, and the files inside each folder (sorted, no hidden ones)."""
    return collect_files(paths, MAX_FILES)[0]


class EvidencePage(QWidget):
    """Lives on the UI thread and owns the import worker's thread while an import runs.

    Signals: ``view_requested(str)`` (open the viewer on an item); ``import_planned(ImportPlan)`` when
    what a folder holds is shown for confirmation; ``import_started(ImportWorker)`` just before its
    thread starts (to follow its signals); ``import_done(ImportReport)``; ``items_changed(list[str])``
    after items were attributed; ``items_deleted(list[str])``.
    """

    view_requested = Signal(str)
    import_planned = Signal(object)
    import_started = Signal(object)
    import_done = Signal(object)
    items_changed = Signal(list)
    items_deleted = Signal(list)

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
        self.import_button.setToolTip(self.tr("Import files or a folder (Ctrl+I) — or drop them here"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Drop files or folders here to import them"), self))
        top.addWidget(self.import_button)
        self.ocr_button = QPushButton(self.tr("Text recognition…"), self)
        self.ocr_button.setObjectName("ocrLanguagesButton")
        self.ocr_button.setToolTip(self.tr("The languages photographed and scanned pages are read in (OCR)"))
        top.addWidget(self.ocr_button)
        self.confirm = ImportConfirm(self)
        self.panel = ImportPanel(self)
        self.ocr = OcrPanel(service, queries, self)
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
        self.menu = EvidenceMenu(self.grid)
        self.menu.attach(self.grid)
        self.metadata = MetadataPanel(service, queries, self)
        self.dialog: AttributionDialog | DeleteEvidenceDialog | None = None  # the one open, if any
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.metadata)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.confirm)
        layout.addWidget(self.panel)
        layout.addWidget(self.ocr)
        layout.addWidget(splitter, 1)
        self.model.thumbnail_wanted.connect(reader.on_thumbnail_requested)
        reader.thumbnail_loaded.connect(self.model.on_thumbnail_loaded)
        reader.thumbnail_failed.connect(self.model.on_thumbnail_failed)
        self.posters = PosterMaker(queries, self)  # a video's poster frame as its thumbnail
        reader.poster_wanted.connect(self.posters.want)
        self.posters.source_wanted.connect(reader.on_poster_source_requested)
        reader.poster_source_loaded.connect(self.posters.on_source_loaded)
        self.posters.poster_made.connect(self.model.on_thumbnail_loaded)
        self.posters.poster_failed.connect(self.model.on_thumbnail_failed)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.grid.activated.connect(self._on_activated)
        self.import_button.clicked.connect(self.choose_files)
        self.ocr_button.clicked.connect(self.ocr.choose_languages)
        self.panel.cancel_requested.connect(self.cancel_import)
        self.confirm.import_confirmed.connect(self._on_import_confirmed)
        self.menu.open_requested.connect(self._on_open_requested)
        self.menu.attribute_requested.connect(self.attribute_selected)
        self.menu.delete_requested.connect(self.delete_selected)
        self.metadata.item_changed.connect(self._on_item_changed)
        self.metadata.item_deleted.connect(lambda rid: self._on_deleted([rid]))
        QShortcut(QKeySequence("Ctrl+I"), self).activated.connect(self.choose_files)
        self._update_count()
        self.ocr.refresh()

    def _update_count(self) -> None:
        self._queries.ask(lambda s: s.records.count("evidence"), self._on_counted)

    def _on_counted(self, n: int) -> None:
        self.count_label.setText(self.tr("%n item(s)", "", n))

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = self.grid.selectionModel().selectedIndexes()
        self.menu.set_selection(len(indexes))
        if indexes:
            record_id = indexes[0].data(IdRole)
            self.metadata.show_item(record_id if isinstance(record_id, str) else None)

    def selected_ids(self) -> list[str]:
        """The selected items' ids, in grid order."""
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        ids = [self.model.index(r).data(IdRole) for r in rows]
        return [i for i in ids if isinstance(i, str)]

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = index.data(IdRole)
        if isinstance(record_id, str):
            self.view_requested.emit(record_id)

    def _on_open_requested(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.view_requested.emit(ids[0])

    # --- attribution and deletion ---------------------------------------------------------------

    def attribute_selected(self, field: str) -> AttributionDialog | None:
        """Set ``field`` (caption, source, investigation, taken_at) on the selected items, in a dialog."""
        ids = self.selected_ids()
        if not ids or self._shut:
            return None
        dialog = AttributionDialog(self._queries, field, ids, self)
        dialog.attributed.connect(self._on_attributed)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> DeleteEvidenceDialog | None:
        """Delete the selected items with a reason the person types, in a dialog."""
        ids = self.selected_ids()
        if not ids or self._shut:
            return None
        dialog = DeleteEvidenceDialog(self._queries, ids, self)
        dialog.deleted.connect(self._on_deleted)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _on_attributed(self, saved: list[Record]) -> None:
        for record in saved:
            self._on_item_changed(record)
        if self.metadata.record_id in {r.id for r in saved}:
            self.metadata.show_item(self.metadata.record_id)
        self.items_changed.emit([r.id for r in saved])

    def _on_item_changed(self, record: object) -> None:
        if isinstance(record, Record):
            self.model.replace(summary_of(record))

    def on_item_changed(self, record: object) -> None:
        """An item was attributed elsewhere (a viewer window): show its new caption in the grid."""
        self._on_item_changed(record)
        if isinstance(record, Record) and self.metadata.record_id == record.id:
            self.metadata.show_item(record.id)

    def on_item_deleted(self, record_id: str) -> None:
        """An item was deleted elsewhere (a viewer window)."""
        self._on_deleted([record_id])

    def _on_deleted(self, ids: list[str]) -> None:
        for rid in ids:
            self.model.remove(rid)
            if self.metadata.record_id == rid:
                self.metadata.show_item(None)
        self._update_count()
        self.items_deleted.emit(ids)

    def show_record(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.grid.setCurrentIndex(self.model.index(row))
        self.metadata.show_item(record_id)

    # --- import -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        picker = pick(PickMode.FILES, self, title=self.tr("Choose files or folders to import"))
        picker.paths_chosen.connect(self.request_import)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.request_import(paths)

    def is_importing(self) -> bool:
        return self.importing is not None

    def request_import(self, paths: list[Path]) -> None:
        """Files dropped or chosen: imported at once; with a folder among them, what would be imported
        is shown first (``import_planned``) and imported on Import."""
        paths = [Path(p) for p in paths]
        if not any(p.is_dir() for p in paths):
            self.start_import(paths)
            return
        if self._shut:
            return
        # Walking a large folder takes a while: on the query worker, not here.
        self._queries.ask(lambda s: s.evidence.plan_import(paths), self._on_planned, self._on_plan_failed)

    def _on_planned(self, plan: ImportPlan) -> None:
        if self._shut:
            return
        if not plan.files:
            self.panel.show_message(self.tr("Nothing to import: the folder holds no files."))
        else:
            self.confirm.ask(plan)
        self.import_planned.emit(plan)

    def _on_plan_failed(self, message: str, _error: VaultError | None) -> None:
        self.panel.show_message(message)

    def _on_import_confirmed(self, files: list[Path]) -> None:
        if self.importing is not None:
            self.panel.show_message(self.tr("Another import is running: drop the folder again when it ends."))
            return
        self.start_import(files)

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
        self.ocr.auto = True  # what was stored is read behind the import
        self.ocr.refresh()
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
        self.posters.stop()
        self.ocr.shutdown()
        if self.importing is not None:
            self.importing.worker.blockSignals(True)
            self.importing.stop()
            self.importing = None
        self.model.clear_cache()
