"""InvestigationFilter: "All investigations" or one of them, for the views that can be narrowed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.public import Summary
from ui.workers.queries import Queries


class InvestigationFilter(QComboBox):
    """Lives on the UI thread; fills itself through the query worker.

    Signals: ``investigation_chosen(object)`` with an investigation id or None (all);
    ``investigations_loaded()`` once the list is filled.
    """

    investigation_chosen = Signal(object)
    investigations_loaded = Signal()

    def __init__(self, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("investigationFilter")
        self.setMinimumContentsLength(24)
        self.addItem(self.tr("All investigations"), None)
        self.currentIndexChanged.connect(self._on_index_changed)
        queries.ask(lambda s: s.records.list_records("investigation", limit=500), self._on_loaded)

    def _on_loaded(self, found: list[Summary]) -> None:
        self.blockSignals(True)
        for summary in found:
            self.addItem(summary.title, summary.id)
        self.blockSignals(False)
        self.investigations_loaded.emit()

    def current(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def choose(self, investigation: str | None) -> None:
        index = self.findData(investigation)
        self.setCurrentIndex(max(index, 0))

    def _on_index_changed(self) -> None:
        self.investigation_chosen.emit(self.current())
