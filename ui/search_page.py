"""SearchPage: the results of the one search box, across every kind, best match first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.service import VaultService
from ui.sections import kind_label
from vault.errors import VaultError
from vault.search import Hit

LIMIT = 200
HitRole = Qt.ItemDataRole.UserRole + 1


class SearchPage(QWidget):
    """Lives on the UI thread. Signal: ``hit_activated(Hit)`` when a result is opened (Enter, a click)."""

    hit_activated = Signal(object)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.hits: list[Hit] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("searchHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)
        self.results.itemActivated.connect(self._on_item_activated)

    def run(self, text: str) -> list[Hit]:
        self.results.clear()
        try:
            self.hits = self._service.search(text, limit=LIMIT)
        except VaultError as exc:
            self.hits = []
            self.heading.setText(str(exc))
            return []
        if not self.hits:
            self.heading.setText(self.tr("Nothing matches “{text}”").format(text=text))
        else:
            more = self.tr(" (the best {n})").format(n=LIMIT) if len(self.hits) >= LIMIT else ""
            self.heading.setText(
                self.tr("{n} results for “{text}”").format(n=len(self.hits), text=text) + more
            )
        for hit in self.hits:
            item = QListWidgetItem(f"{kind_label(hit.kind)} · {hit.title or self.tr('(untitled)')}")
            item.setData(HitRole, hit)
            self.results.addItem(item)
        if self.hits:
            self.results.setCurrentRow(0)
        return self.hits

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if isinstance(hit, Hit):
            self.hit_activated.emit(hit)
