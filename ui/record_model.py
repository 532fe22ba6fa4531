"""RecordListModel: a lazy Qt list over ``service.records.list_records`` — pages fetched as the view scrolls.

A list of 100,000 records opens with one page (``PAGE`` rows); Qt asks for more through
``canFetchMore``/``fetchMore`` when the view nears the end. Rows are ``Summary`` dataclasses (id, kind,
title, …), never database rows. In the window, pages come from the query worker (``queries``): the UI
thread never waits on the database, so a long import's write lock cannot freeze a list; without
``queries`` (scripts, tests of the model alone) pages are read at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.public import Summary
from app.service import VaultService
from ui.workers.queries import Queries

PAGE = 200
IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RecordListModel(QAbstractListModel):
    """Lives on the UI thread. Signal: ``page_loaded(int)`` (rows now loaded) after each page arrives."""

    page_loaded = Signal(int)

    def __init__(
        self,
        service: VaultService,
        kind: str | None,
        investigation: str | None = None,
        queries: Queries | None = None,
    ) -> None:
        super().__init__()
        self._service = service
        self._queries = queries
        self.kind = kind
        self._investigation = investigation
        self._rows: list[Summary] = []
        self._row_of: dict[str, int] = {}
        self._exhausted = False
        self.loading = False
        self._generation = 0  # a reload drops the answer of a page asked for before it
        self.fetchMore()  # the first page at once: views and callers see rows without a layout pass

    # --- Qt's interface -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or self.loading:
            return
        kind, investigation, offset = self.kind, self._investigation, len(self._rows)
        if self._queries is None:
            self._add_page(self._service.records.list_records(kind, investigation, limit=PAGE, offset=offset))
            return
        self.loading = True
        generation = self._generation
        self._queries.ask(
            lambda s: s.records.list_records(kind, investigation, limit=PAGE, offset=offset),
            lambda page: self._on_page_loaded(generation, page),
            self._on_page_failed,
        )

    def _on_page_loaded(self, generation: int, page: list[Summary]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._add_page(page)

    def _on_page_failed(self, _message: str, _error: object) -> None:
        self.loading = False
        self._exhausted = True
        self.page_loaded.emit(len(self._rows))

    def _add_page(self, page: list[Summary]) -> None:
        page = [s for s in page if s.id not in self._row_of]
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            for i, summary in enumerate(page):
                self._row_of[summary.id] = first + i
            self._rows.extend(page)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.title
        if role == IdRole:
            return summary.id
        if role == SummaryRole:
            return summary
        return None

    # --- for the views --------------------------------------------------------------------------

    def display_text(self, summary: Summary) -> str:
        title = summary.title or self.tr("(untitled)")
        return title + ("  ⚠" if summary.conflicted else "")

    def summary_at(self, row: int) -> Summary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int | None:
        return self._row_of.get(record_id)

    def reload(self) -> None:
        """Drop every loaded row and start again from the first page."""
        self.beginResetModel()
        self._rows = []
        self._row_of = {}
        self._exhausted = False
        self.loading = False
        self._generation += 1
        self.endResetModel()
        self.fetchMore()

    def put_first(self, summary: Summary) -> None:
        """Show a record just created or changed at the top (lists are most recent first)."""
        old = self._row_of.get(summary.id)
        if old is not None:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._rows[old]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, summary)
        self.endInsertRows()
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}

    def remove(self, record_id: str) -> None:
        row = self._row_of.get(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}
