"""LinkList: the records a link field names (sources by code, with their protection mark), editable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import protection
from ui.choice import Choice
from ui.sections import kind_label

IdRole = Qt.ItemDataRole.UserRole + 1


class LinkList(QWidget):
    """Lives on the UI thread. Signal: ``changed()`` when a link is added or removed."""

    changed = Signal()

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = {c.id: c for c in choices}
        self.list = QListWidget(self)
        self.list.setMaximumHeight(110)
        self.picker = QComboBox(self)
        self.picker.setObjectName("linkPicker")
        self.picker.setMinimumContentsLength(18)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._refill_picker()

    def _label(self, choice: Choice) -> str:
        if choice.kind in ("source",):
            return choice.label
        return f"{kind_label(choice.kind)}: {choice.label}"

    def _refill_picker(self) -> None:
        chosen = set(self.ids())
        self.picker.clear()
        for choice in self._choices.values():
            if choice.id in chosen:
                continue
            if choice.protection:
                self.picker.addItem(protection.icon(choice.protection), self._label(choice), choice.id)
            else:
                self.picker.addItem(self._label(choice), choice.id)
        self.add_button.setEnabled(self.picker.count() > 0 and self.isEnabled())

    def set_ids(self, ids: Sequence[str]) -> None:
        self.list.clear()
        for rid in ids:
            choice = self._choices.get(rid) or Choice(rid, rid[:8], "record")
            item = QListWidgetItem(self._label(choice))
            if choice.protection:
                item.setIcon(protection.icon(choice.protection))
                item.setToolTip(protection.name(choice.protection))
            item.setData(IdRole, rid)
            self.list.addItem(item)
        self._refill_picker()

    def ids(self) -> list[str]:
        found = []
        for row in range(self.list.count()):
            rid = self.list.item(row).data(IdRole)
            if isinstance(rid, str):
                found.append(rid)
        return found

    def set_editable(self, editable: bool) -> None:
        for w in (self.picker, self.add_button, self.remove_button):
            w.setVisible(editable)

    def add(self, record_id: str) -> None:
        if record_id not in self.ids():
            self.set_ids([*self.ids(), record_id])
            self.changed.emit()

    def _on_add_clicked(self) -> None:
        rid = self.picker.currentData()
        if isinstance(rid, str):
            self.add(rid)

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            ids = self.ids()
            del ids[row]
            self.set_ids(ids)
            self.changed.emit()
