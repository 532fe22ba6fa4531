"""SourcesPage: every source by its code and protection mark — never by name — beside the source editor.

The table shows what may be shown of a source anywhere (``service.model.source_views``): code, protection
level as colour, shape and words, type, organisation, and whether its identity can be read here. The
identity itself appears only in the editor, after "Reveal identity" (logged for a protected source).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.service_model import SourceView
from ui import protection
from ui.labels import choice_label
from ui.panels.model_editor import ModelEditor
from ui.sections import Section
from ui.widgets.clipboard_guard import ClipboardGuard
from ui.widgets.icons import icon
from ui.widgets.investigation_filter import InvestigationFilter
from ui.widgets.tables import fit_to_contents, list_table
from ui.workers.queries import Queries

IdRole = Qt.ItemDataRole.UserRole + 1
ORGANISATION = 3  # the column that gives way when the table is narrow


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
        self.new_button = QPushButton(icon("new"), self.tr("&New source"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(self.tr("A new source (Ctrl+N)"))
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
        em = self.fontMetrics().horizontalAdvance("M")
        # Code, protection, type and note show whole; a long organisation gives way, elided (tooltip).
        self.table.setMinimumWidth(em * 36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.editor = ModelEditor(queries, self, clipboard=clipboard)
        self.editor.setMinimumWidth(em * 46)  # a source's whole form, whichever is selected
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([em * 48, em * 54])
        splitter.splitterMoved.connect(self._refit)
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
        self._queries.ask(lambda s: s.model.source_views(investigation), self._on_sources_loaded)

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
                notes.append(self.tr("sealed to %n key(s)", "", len(view.recipients)))
            cells = [
                code,
                level,
                QTableWidgetItem(choice_label(view.type) if view.type else ""),
                QTableWidgetItem(view.organisation or ""),
                QTableWidgetItem(", ".join(notes)),
            ]
            for column, item in enumerate(cells):
                if column:
                    item.setToolTip(item.text())  # a narrow column elides; the whole text is here
                self.table.setItem(row, column, item)
            if view.id == selected:
                self.table.selectRow(row)
        fit_to_contents(self.table)
        self._fit_organisation()
        self.table.blockSignals(False)
        self.count_label.setText(self.tr("%n source(s)", "", len(views)))
        self.loaded += 1

    def _fit_organisation(self) -> None:
        """The organisation column takes the room the others leave (at least a few letters): the note
        after it is never pushed out of sight."""
        others = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()) if c != ORGANISATION)
        room = self.table.viewport().width() - others
        least = self.fontMetrics().horizontalAdvance("M") * 6
        self.table.setColumnWidth(ORGANISATION, max(least, min(self.table.columnWidth(ORGANISATION), room)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._refit()

    def _refit(self, *_moved: object) -> None:
        if self.table.rowCount():
            self.table.resizeColumnToContents(ORGANISATION)
            self._fit_organisation()

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
