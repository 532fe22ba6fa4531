"""The read-only tables of the app's lists (sources, letters, the roster, a merge report)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def list_table(
    parent: QWidget, name: str, headers: Sequence[str], stretch: int, *, pick_rows: bool = True
) -> QTableWidget:
    """A table with ``headers``, no row numbers, cells not editable, column ``stretch`` taking the
    spare width; with ``pick_rows``, a click selects one whole row."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    if pick_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fit_to_contents(table: QTableWidget) -> None:
    """Size every column to its contents except the stretching ones, which keep taking the spare width
    (``resizeColumnsToContents`` would size those too, and they would stop stretching until the next
    resize of the window)."""
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    for column in range(table.columnCount()):
        stretching = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
        if not stretching and not (column == last and header.stretchLastSection()):
            table.resizeColumnToContents(column)
