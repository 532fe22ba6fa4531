"""ConflictsPanel: records two authors edited concurrently, their versions side by side field by field
(differences marked), and keeping one of them as the resolution (a revision with both parents)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.public import VaultError
from app.service import VaultService
from app.service_bundles import Conflict
from ui.labels import field_label
from ui.sections import kind_label
from ui.workers.queries import Queries

DIFFERENT = QColor("#fff4e5")
IdRole = Qt.ItemDataRole.UserRole + 1


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _shown(value: Any, titles: Mapping[str, str]) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return titles.get(value, value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(titles.get(v, v) for v in value)
    return json.dumps(value, ensure_ascii=False)


def _load(service: VaultService) -> tuple[list[Conflict], dict[str, str]]:
    """The open conflicts and the titles of the records their versions link to (query worker)."""
    conflicts = service.bundles.conflicts()
    ids = {
        v
        for c in conflicts
        for h in c.heads
        for value in h.body.values()
        for v in (value if isinstance(value, list) else [value])
        if isinstance(v, str) and _UUID.match(v)
    }
    titles: dict[str, str] = {}
    for rid in ids:
        try:
            linked = service.get(rid)
        except VaultError:
            continue
        titles[rid] = str(linked.body.get("code", "")) if linked.kind == "source" else linked.title
    return conflicts, titles


class ConflictsPanel(QWidget):
    """Lives on the UI thread; reads and resolves through the query worker.

    Signals: ``conflicts_loaded(int)`` with how many are open; ``conflict_resolved(str)`` (record id).
    """

    conflicts_loaded = Signal(int)
    conflict_resolved = Signal(str)

    def __init__(self, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self.conflicts: list[Conflict] = []
        self._titles: dict[str, str] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("conflictHeads")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Both versions are kept until you choose; the one shown elsewhere is picked by a fixed rule. "
                "Keeping one writes a revision that follows both, so the history shows the choice."
            ),
            self,
        )
        explain.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(explain)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(self.buttons)
        right_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.reload()

    def reload(self) -> None:
        self._queries.ask(_load, self._on_loaded, self._on_failed)

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.message.setText(message)

    def _on_loaded(self, loaded: tuple[list[Conflict], dict[str, str]]) -> None:
        conflicts, self._titles = loaded
        self.conflicts = conflicts
        self.list.blockSignals(True)
        self.list.clear()
        for c in conflicts:
            item = QListWidgetItem(f"{kind_label(c.kind)}: {c.title}")
            item.setData(IdRole, c.record_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(None)
        self.conflicts_loaded.emit(len(conflicts))

    def _on_row_changed(self, row: int) -> None:
        self._show(self.conflicts[row] if 0 <= row < len(self.conflicts) else None)

    def _show(self, conflict: Conflict | None) -> None:
        while self.buttons.count():
            taken = self.buttons.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if conflict is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.message.setText(self.tr("No conflicts: every record has one current version."))
            return
        heads = conflict.heads
        fields = sorted({f for h in heads for f in h.body})
        self.table.setColumnCount(len(heads))
        self.table.setRowCount(len(fields))
        self.table.setHorizontalHeaderLabels(
            [h.author_name + (" " + self.tr("(deleted)") if h.tombstone else "") for h in heads]
        )
        self.table.setVerticalHeaderLabels([field_label(f) for f in fields])
        for row, field in enumerate(fields):
            values = [_shown(h.body.get(field), self._titles) for h in heads]
            differ = len(set(values)) > 1
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if differ:
                    item.setBackground(DIFFERENT)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        for column, head in enumerate(heads):
            keep = QPushButton(self.tr("Keep {who}'s version").format(who=head.author_name), self)
            keep.setObjectName(f"keepHead{column}")
            keep.clicked.connect(lambda _=False, c=conflict, h=head.hash: self.keep(c.record_id, h))
            self.buttons.addWidget(keep)
        self.message.clear()

    def keep(self, record_id: str, head_hash: str) -> None:
        def resolved(_record: object) -> None:
            self.message.setText(self.tr("Resolved: the version kept is now the current one."))
            self.reload()
            self.conflict_resolved.emit(record_id)

        self._queries.ask(
            lambda s: s.bundles.resolve_conflict(record_id, take=head_hash), resolved, self._on_failed
        )
