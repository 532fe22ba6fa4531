"""RecordsPage: one section of the main window as a lazy list of records beside a detail editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.service import VaultService
from ui.clipboard_guard import ClipboardGuard
from ui.record_editor import RecordEditor
from ui.record_model import IdRole, RecordListModel
from ui.sections import Section, kind_label
from vault.records import Summary


class RecordsPage(QWidget):
    """Lives on the UI thread. No signals; the main window calls ``show_record`` and ``new_note``."""

    def __init__(
        self,
        section: Section,
        service: VaultService,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._service = service
        # Kinds shown: those the vault understands, plus any it holds records of (what exists).
        self.kinds = [k for k in section.kinds if k in section.available_kinds() or service.count(k) > 0]
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.kind_box = QComboBox(self)
        for kind in self.kinds:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.setVisible(len(self.kinds) > 1)
        self.new_button = QPushButton(self.tr("New meeting note"), self)
        self.new_button.setObjectName("newNoteButton")
        self.new_button.setToolTip(self.tr("New meeting note (Ctrl+N)"))
        self.new_button.setVisible("note" in self.kinds)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.kind_box)
        top.addWidget(self.new_button)
        self.coming = QLabel(self)
        self.coming.setObjectName("comingLabel")
        self.coming.setWordWrap(True)
        self.coming.setStyleSheet("padding: 12px; background: palette(alternate-base); border-radius: 6px;")
        lit = section.lit(service)
        self.coming.setVisible(not lit)
        if not lit:
            self.coming.setText(
                self.tr(
                    "Not available in this version yet. {what} Records of this kind received from "
                    "others are listed here already."
                ).format(what=self.tr(section.coming) if section.coming else "")
            )
        self.model: RecordListModel | None = None
        self.list_view = QListView(self)
        self.list_view.setObjectName("recordList")
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.editor = RecordEditor(service, clipboard, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.coming)
        layout.addWidget(splitter, 1)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.new_button.clicked.connect(self.new_note)
        self.editor.record_saved.connect(self._on_record_saved)
        self.editor.record_deleted.connect(self._on_record_deleted)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_note)
        self._on_kind_changed()

    def current_kind(self) -> str | None:
        data = self.kind_box.currentData()
        return data if isinstance(data, str) else (self.kinds[0] if self.kinds else None)

    def _on_kind_changed(self) -> None:
        kind = self.current_kind()
        if kind is None:
            self.list_view.setModel(None)
            self.model = None
            self.count_label.setText(self.tr("nothing yet"))
            return
        self.model = RecordListModel(self._service, kind)
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._update_count()
        self.editor.clear()

    def _update_count(self) -> None:
        kind = self.current_kind()
        n = self._service.count(kind) if kind else 0
        self.count_label.setText(self.tr("{n} records").format(n=f"{n:,}"))

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            record_id = indexes[0].data(IdRole)
            if isinstance(record_id, str):
                self.editor.show_record(record_id)

    def show_record(self, record_id: str, kind: str) -> None:
        """Show a record (from search): switch to its kind, select it if loaded, open it in the editor."""
        if kind in self.kinds and kind != self.current_kind():
            self.kind_box.setCurrentIndex(self.kinds.index(kind))
        if self.model is not None:
            row = self.model.row_of(record_id)
            if row is not None:
                self.list_view.setCurrentIndex(self.model.index(row))
        self.editor.show_record(record_id)

    def new_note(self) -> None:
        if "note" not in self.kinds:
            return
        if self.current_kind() != "note":
            self.kind_box.setCurrentIndex(self.kinds.index("note"))
        self.list_view.clearSelection()
        self.editor.new_note()

    def _on_record_saved(self, summary: Summary) -> None:
        if self.model is not None and summary.kind == self.model.kind:
            self.list_view.selectionModel().blockSignals(True)
            self.model.put_first(summary)
            self.list_view.setCurrentIndex(self.model.index(0))
            self.list_view.selectionModel().blockSignals(False)
        self._update_count()

    def _on_record_deleted(self, record_id: str) -> None:
        if self.model is not None:
            self.model.remove(record_id)
        self._update_count()
