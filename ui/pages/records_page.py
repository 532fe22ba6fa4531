"""RecordsPage: one section of the main window as a lazy list of records beside a detail editor.

Meeting notes use the plain editor (title, date, text); every kind of the investigation model uses the
form-driven ModelEditor. Lists, counts, loading and saving all go through the query worker.
"""

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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.public import Summary
from app.service import VaultService
from ui.panels.model_editor import ModelEditor
from ui.panels.record_editor import RecordEditor
from ui.record_model import IdRole, RecordListModel
from ui.sections import Section, kind_label
from ui.widgets.clipboard_guard import ClipboardGuard
from ui.wizards.list_document_wizard import DossierWizard
from ui.workers.queries import Queries

PLAIN_KINDS = ("note", "evidence")


class RecordsPage(QWidget):
    """Lives on the UI thread. No signals; the main window calls ``show_record`` and ``new_note``.

    ``count_label`` shows the number of records of the kind shown once the query worker has counted.
    """

    def __init__(
        self,
        section: Section,
        service: VaultService,
        clipboard: ClipboardGuard,
        queries: Queries,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._service = service
        self._queries = queries
        self.kinds = list(section.available_kinds())
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.kind_box = QComboBox(self)
        for kind in self.kinds:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.setVisible(len(self.kinds) > 1)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newButton")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.kind_box)
        top.addWidget(self.new_button)
        self.model: RecordListModel | None = None
        self.list_view = QListView(self)
        self.list_view.setObjectName("recordList")
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.note_editor = RecordEditor(service, clipboard, queries, self)
        self.model_editor = ModelEditor(queries, self)
        self.model_editor.designation_requested.connect(self.propose_designation)
        self.wizard: DossierWizard | None = None
        self.editors = QStackedWidget(self)
        self.editors.addWidget(self.note_editor)
        self.editors.addWidget(self.model_editor)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.editors)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.new_button.clicked.connect(self.new_record)
        for editor in (self.note_editor, self.model_editor):
            editor.record_saved.connect(self._on_record_saved)
            editor.record_deleted.connect(self._on_record_deleted)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_record)
        self._on_kind_changed()

    @property
    def editor(self) -> RecordEditor | ModelEditor:
        """The editor for the kind shown."""
        return self.note_editor if self.current_kind() in PLAIN_KINDS else self.model_editor

    def current_kind(self) -> str | None:
        data = self.kind_box.currentData()
        return data if isinstance(data, str) else (self.kinds[0] if self.kinds else None)

    def _on_kind_changed(self) -> None:
        kind = self.current_kind()
        self.editors.setCurrentWidget(self.editor)
        if kind is None:
            self.list_view.setModel(None)
            self.model = None
            self.count_label.setText(self.tr("nothing yet"))
            self.new_button.setVisible(False)
            return
        self.new_button.setVisible(kind != "evidence")
        self.new_button.setText(
            self.tr("New meeting note")
            if kind == "note"
            else self.tr("New {kind}").format(kind=kind_label(kind).lower())
        )
        self.new_button.setToolTip(self.new_button.text() + " (Ctrl+N)")
        self.model = RecordListModel(self._service, kind, queries=self._queries)
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._update_count()
        self.note_editor.clear()
        self.model_editor.clear()

    def _update_count(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        self._queries.ask(lambda s: s.records.count(kind), self._on_counted)

    def _on_counted(self, n: int) -> None:
        self.count_label.setText(self.tr("%Ln record(s)", "", n))

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
                self.list_view.selectionModel().blockSignals(True)
                self.list_view.setCurrentIndex(self.model.index(row))
                self.list_view.selectionModel().blockSignals(False)
        self.editor.show_record(record_id)

    def propose_designation(self, entity_id: str) -> DossierWizard:
        """Open the wizard writing a designation proposal for ``entity_id``."""
        wizard = DossierWizard(self._service, self._queries, entity_id, self)
        wizard.setObjectName("dossierWizard")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        self.wizard = wizard
        return wizard

    def new_record(self) -> None:
        kind = self.current_kind()
        if kind is None or kind == "evidence":
            return
        self.list_view.clearSelection()
        if kind == "note":
            self.note_editor.new_note()
        else:
            self.model_editor.new_record(kind)

    def new_note(self) -> None:
        if "note" not in self.kinds:
            return
        if self.current_kind() != "note":
            self.kind_box.setCurrentIndex(self.kinds.index("note"))
        self.new_record()

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
