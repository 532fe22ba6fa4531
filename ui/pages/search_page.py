"""SearchPage: the results of the one search box, across every kind, best match first (newest first
when a query is too broad to rank)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.public import Found, Hit, VaultError, search
from ui.sections import kind_label
from ui.workers.queries import Queries

LIMIT = 200
HitRole = Qt.ItemDataRole.UserRole + 1


class SearchPage(QWidget):
    """Lives on the UI thread; searches through the query worker.

    Signals: ``hit_activated(Hit)`` when a result is opened (Enter, a click); ``search_done(list)``
    with the hits once the results are shown.
    """

    hit_activated = Signal(object)
    search_done = Signal(list)

    def __init__(self, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._ticket = 0
        self.hits: list[Hit] = []
        self.last_text = ""
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

    def run(self, text: str) -> None:
        """Search for ``text``; the results replace the list when the query worker answers."""
        self._queries.forget(self._ticket)  # a newer search replaces an older one still running
        self._ticket = self._queries.ask(
            lambda s: s.records.find(text, limit=LIMIT),
            lambda found: self._show(text, found),
            self._on_search_failed,
        )

    def _on_search_failed(self, message: str, _error: VaultError | None) -> None:
        self.results.clear()
        self.hits = []
        self.heading.setText(message)
        self.search_done.emit([])

    def _show(self, text: str, found: Found) -> None:
        self.last_text = text  # what the hits were found for (the viewer marks those words)
        self.results.clear()
        self.hits = found.hits
        if not self.hits:
            self.heading.setText(self.tr("Nothing matches “{text}”").format(text=text))
        elif not found.ranked:
            self.heading.setText(
                self.tr(
                    "More than {n} results for “{text}”: the newest {shown} first. "
                    "Add a word to rank them by relevance."
                ).format(n=search.RANKED_AT_MOST, text=text, shown=len(self.hits))
            )
        else:
            more = self.tr(" (the best {n})").format(n=LIMIT) if len(self.hits) >= LIMIT else ""
            self.heading.setText(
                self.tr("%n result(s) for “{text}”", "", len(self.hits)).format(text=text) + more
            )
        for hit in self.hits:
            item = QListWidgetItem(f"{kind_label(hit.kind)} · {hit.title or self.tr('(untitled)')}")
            item.setData(HitRole, hit)
            self.results.addItem(item)
        if self.hits:
            self.results.setCurrentRow(0)
        self.search_done.emit(self.hits)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if isinstance(hit, Hit):
            self.hit_activated.emit(hit)
