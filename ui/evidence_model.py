"""EvidenceModel: the evidence grid's lazy list, with thumbnails decoded by the reader worker.

Thumbnails are asked for only when the view paints an item (``data`` for the decoration role), decoded
off the UI thread, and kept in memory only (a bounded cache that dies with the window).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from app.service import FileOutcome, VaultService
from ui.queries import Queries
from ui.record_model import RecordListModel
from vault.records import Summary

MAX_CACHED = 2000
ICON = QSize(168, 168)


def placeholder(text: str) -> QPixmap:
    pixmap = QPixmap(ICON)
    pixmap.fill(QColor("#e6e6e2"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#77776f"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class EvidenceModel(RecordListModel):
    """Lives on the UI thread. Signal: ``thumbnail_wanted(str)`` (a record id) — connect it to the
    reader worker's ``on_thumbnail_requested``; feed its ``thumbnail_loaded`` to ``on_thumbnail_loaded``."""

    thumbnail_wanted = Signal(str)

    def __init__(self, service: VaultService, queries: Queries | None = None) -> None:
        super().__init__(service, "evidence", queries=queries)
        self._pixmaps: OrderedDict[str, QIcon] = OrderedDict()
        self._asked: set[str] = set()
        self._waiting = QIcon(placeholder(self.tr("…")))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid():
            summary = self.summary_at(index.row())
            if summary is None:
                return None
            icon = self._pixmaps.get(summary.id)
            if icon is not None:
                self._pixmaps.move_to_end(summary.id)
                return icon
            if summary.id not in self._asked:
                self._asked.add(summary.id)
                self.thumbnail_wanted.emit(summary.id)
            return self._waiting
        return super().data(index, role)

    def on_thumbnail_loaded(self, record_id: str, image: QImage) -> None:
        self._pixmaps[record_id] = QIcon(QPixmap.fromImage(image))
        while len(self._pixmaps) > MAX_CACHED:
            old, _ = self._pixmaps.popitem(last=False)
            self._asked.discard(old)
        row = self.row_of(record_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def on_thumbnail_failed(self, record_id: str) -> None:
        self._pixmaps[record_id] = QIcon(placeholder(self.tr("no preview")))
        row = self.row_of(record_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def add_imported(self, outcome: FileOutcome) -> None:
        if outcome.id is None:
            return
        if outcome.duplicate and self.row_of(outcome.id) is not None:
            return
        self.put_first(Summary(outcome.id, "evidence", outcome.name, False, False, "", None))

    def has_thumbnail(self, record_id: str) -> bool:
        return record_id in self._pixmaps

    def clear_cache(self) -> None:
        self._pixmaps.clear()
        self._asked.clear()
