"""SourcesPage: every source by its code and protection mark — never by name — beside the source editor.

The table shows what may be shown of a source anywhere (``service.source_views``): code, protection
level as colour, shape and words, type, organisation, and whether its identity can be read here. The
identity itself appears only in the editor, after "Reveal identity" (logged for a protected source).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.service_model import SourceView
from ui import protection
from ui.clipboard_guard import ClipboardGuard
from ui.investigation_filter import InvestigationFilter
from ui.labels import choice_label
from ui.model_editor import ModelEditor
from ui.queries import Queries
from ui.sections import Section
from ui.tables import list_table

IdRole = Qt.ItemDataRole.UserRole + 1


class SourcesPage(QWidget):
    """Lives on the UI thread; reads through the query worker. No signals of its own (``loaded`` counts
    the table's refreshes). The main window calls ``show_record`` for a search hit."""

    def __init__(
        self, section: Section, queries: Queries, clipboard: ClipboardGuard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._queries = queries
        self.views: list[SourceView] = []
        self.loaded = 0  # how many times the table was filled (tests wait on it)
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.filter = InvestigationFilter(queries, self)
        self.new_button = QPushButton(self.tr("New source"), self)
        self.new_button.setObjectName("newButton")
        legend = QHBoxLayout()
        for level in protection.LEVELS:
            mark = QLabel(self)
            mark.setPixmap(protection.icon(level).pixmap(16, 16))
            words = QLabel(f"<b>{protection.name(level)}</b>: {protection.meaning(level)}", self)
            words.setStyleSheet(f"color: {protection.COLOURS[level]};")
            legend.addWidget(mark)
            legend.addWidget(words)
            legend.addSpacing(12)
        legend.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.filter)
        top.addWidget(self.new_button)
        self.table = list_table(
            self,
            "sourceTable",
            [
                self.tr("Code"),
                self.tr("Protection"),
                self.tr("Type"),
                self.tr("Organisation"),
                self.tr("Note"),
            ],
            stretch=3,
        )
        self.editor = ModelEditor(queries, self, clipboard=clipboard)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(splitter, 1)
        self.filter.investigation_chosen.connect(self.reload)
        self.new_button.clicked.connect(self.new_source)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.editor.record_saved.connect(lambda _s: self.reload())
        self.editor.record_deleted.connect(lambda _id: self.reload())
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_source)
        self.reload()

    def reload(self, _investigation: object = None) -> None:
        investigation = self.filter.current()
        self._queries.ask(lambda s: s.source_views(investigation), self._on_sources_loaded)

    def _on_sources_loaded(self, views: list[SourceView]) -> None:
        selected = self.selected_id()
        self.views = views
        self.table.blockSignals(True)
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            code = QTableWidgetItem(protection.icon(view.protection), view.code)
            code.setData(IdRole, view.id)
            code.setToolTip(f"{protection.name(view.protection)}: {protection.meaning(view.protection)}")
            level = QTableWidgetItem(protection.name(view.protection))
            level.setForeground(protection.colour(view.protection))
            notes = []
            if view.do_not_contact:
                notes.append(self.tr("do not contact"))
            if view.sealed and not view.readable:
                notes.append(self.tr("sealed to other experts"))
            elif view.sealed:
                notes.append(self.tr("sealed to {n} key(s)").format(n=len(view.recipients)))
            cells = [
                code,
                level,
                QTableWidgetItem(choice_label(view.type) if view.type else ""),
                QTableWidgetItem(view.organisation or ""),
                QTableWidgetItem(", ".join(notes)),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
            if view.id == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("{n} sources").format(n=len(views)))
        self.loaded += 1

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        item = self.table.item(items[0].row(), 0)
        rid = item.data(IdRole) if item is not None else None
        return rid if isinstance(rid, str) else None

    def _on_selection_changed(self) -> None:
        rid = self.selected_id()
        if rid is not None:
            self.editor.show_record(rid)

    def select(self, record_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(IdRole) == record_id:
                self.table.selectRow(row)
                return

    def show_record(self, record_id: str, _kind: str = "source") -> None:
        self.table.blockSignals(True)
        self.select(record_id)
        self.table.blockSignals(False)
        self.editor.show_record(record_id)

    def new_source(self) -> None:
        self.table.clearSelection()
        self.editor.new_record("source", self.filter.current())
