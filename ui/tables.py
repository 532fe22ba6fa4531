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
