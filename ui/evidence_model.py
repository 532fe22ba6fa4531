"""EvidenceModel: the evidence grid's lazy list, with thumbnails decoded by the reader worker.

Thumbnails are asked for only when the view paints an item (``data`` for the decoration role), decoded
off the UI thread, and kept in memory only (a bounded cache that dies with the window).

A tile says what it is: a PDF's first page carries a "PDF" mark, a video's poster frame its type after
a ▶, and an item with no picture to show (a DOCX, a text file, a photograph that cannot be decoded)
gets a tile with its type and its caption or file name rather than a blank square. Types come from the
item's recorded media type (read, a page at a time, through the query worker), the file name's suffix
when there is none.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap

from app.public import Summary
from app.service import FileOutcome, VaultService
from ui.record_model import RecordListModel
from ui.workers.queries import Queries

MAX_CACHED = 2000
ICON = QSize(168, 168)

# Short names of the media types intake recognises (vault/intake/detect.py); a type's name is not
# translated, the word for "a file of unknown type" is.
TYPE_NAMES = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
    "image/heic": "HEIC",
    "image/avif": "AVIF",
    "image/webp": "WEBP",
    "image/gif": "GIF",
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
    "application/zip": "ZIP",
    "application/x-ole-storage": "DOC/XLS",
    "text/plain": "TXT",
    "video/mp4": "MP4",
    "video/quicktime": "MOV",
    "video/3gpp": "3GP",
    "video/webm": "WEBM",
    "video/x-matroska": "MKV",
}
UNKNOWN_TYPES = {None, "", "application/octet-stream"}


def placeholder(text: str) -> QPixmap:
    pixmap = QPixmap(ICON)
    pixmap.fill(QColor("#e6e6e2"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#77776f"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def type_tile(type_name: str, title: str, note: str) -> QPixmap:
    """A tile for an item without a picture: its type large, its caption or file name, and ``note``."""
    pixmap = QPixmap(ICON)
    pixmap.fill(QColor("#e6e6e2"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    w, h = ICON.width(), ICON.height()
    big = QFont(painter.font())
    big.setPixelSize(30)
    big.setBold(True)
    painter.setFont(big)
    painter.setPen(QColor("#4a4a44"))
    painter.drawText(QRect(8, 14, w - 16, 44), Qt.AlignmentFlag.AlignCenter, type_name)
    small = QFont(painter.font())
    small.setPixelSize(13)
    small.setBold(False)
    painter.setFont(small)
    painter.setPen(QColor("#303030"))
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere
    painter.drawText(QRect(10, 66, w - 20, h - 66 - 30), int(flags), _clipped(title, 90))
    painter.setPen(QColor("#77776f"))
    painter.drawText(QRect(8, h - 28, w - 16, 20), Qt.AlignmentFlag.AlignCenter, note)
    painter.end()
    return pixmap


def badged(image: QImage, type_name: str) -> QPixmap:
    """A thumbnail with its type in a corner (a PDF's white first page says it is a PDF)."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    font = QFont(painter.font())
    font.setPixelSize(max(11, min(pixmap.width(), pixmap.height()) // 9))
    font.setBold(True)
    painter.setFont(font)
    width = painter.fontMetrics().horizontalAdvance(type_name) + 10
    height = painter.fontMetrics().height() + 4
    box = QRect(pixmap.width() - width - 4, pixmap.height() - height - 4, width, height)
    painter.fillRect(box, QColor(40, 40, 40, 200))
    painter.setPen(QColor("#ffffff"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, type_name)
    painter.end()
    return pixmap


def _clipped(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EvidenceModel(RecordListModel):
    """Lives on the UI thread. Signal: ``thumbnail_wanted(str)`` (a record id) — connect it to the
    reader worker's ``on_thumbnail_requested``; feed its ``thumbnail_loaded`` to ``on_thumbnail_loaded``.
    ``types_loaded()`` after the types of a page of items have arrived."""

    thumbnail_wanted = Signal(str)
    types_loaded = Signal()

    def __init__(self, service: VaultService, queries: Queries | None = None) -> None:
        self._pixmaps: OrderedDict[str, QIcon] = OrderedDict()
        self._asked: set[str] = set()
        self._types: dict[str, tuple[str, str | None]] = {}  # id → (file name, media type)
        self._images: dict[str, QImage] = {}  # thumbnails waiting for their type (to mark a PDF)
        self._failed: set[str] = set()
        self._tile_text: dict[str, str] = {}
        super().__init__(service, "evidence", queries=queries)
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
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            summary = self.summary_at(index.row())
            if summary is not None and summary.id in self._types:
                return f"{summary.title} — {self.type_name(summary.id)}"
        return super().data(index, role)

    # --- types --------------------------------------------------------------------------------

    def _add_page(self, page: list[Summary]) -> None:
        super()._add_page(page)
        wanted = [s.id for s in page if s.id not in self._types]
        if wanted:
            self._ask_types(wanted)

    def _ask_types(self, ids: list[str]) -> None:
        if self._queries is None:
            self._on_types_loaded(self._service.evidence.evidence_types(ids))
            return
        self._queries.ask(
            lambda s: s.evidence.evidence_types(ids), self._on_types_loaded, lambda _m, _e: None
        )

    def _on_types_loaded(self, types: dict[str, tuple[str, str | None]]) -> None:
        self._types.update(types)
        for record_id in types:
            image = self._images.pop(record_id, None)
            if image is not None:
                self._set_thumbnail(record_id, image)
            elif record_id in self._failed:
                self.on_thumbnail_failed(record_id)
        self.types_loaded.emit()

    def type_name(self, record_id: str) -> str:
        """What the item is, in a word: "PDF", "JPEG", "DOCX"… (its suffix, or "file", when unknown)."""
        name, media_type = self._types.get(record_id, ("", None))
        if media_type not in UNKNOWN_TYPES:
            known = TYPE_NAMES.get(str(media_type))
            if known:
                return known
        suffix = name.rsplit(".", 1)[-1] if "." in name.strip(".") else ""
        if suffix and len(suffix) <= 5 and suffix.isalnum():
            return suffix.upper()
        return self.tr("file")

    def tile_text(self, record_id: str) -> str:
        """The words drawn on the item's tile (empty while it shows a picture without a mark)."""
        return self._tile_text.get(record_id, "")

    # --- thumbnails ---------------------------------------------------------------------------

    def on_thumbnail_loaded(self, record_id: str, image: QImage) -> None:
        self._failed.discard(record_id)
        if record_id not in self._types:
            self._images[record_id] = image  # shown as it is now; marked once its type is known
        self._set_thumbnail(record_id, image)

    def _set_thumbnail(self, record_id: str, image: QImage) -> None:
        media_type = str(self._types[record_id][1] or "") if record_id in self._types else ""
        if media_type == "application/pdf":
            self._tile_text[record_id] = "PDF"
            self._put(record_id, QIcon(badged(image, "PDF")))
        elif media_type.startswith("video/"):  # a poster frame: marked as a video's
            mark = f"▶ {self.type_name(record_id)}"
            self._tile_text[record_id] = mark
            self._put(record_id, QIcon(badged(image, mark)))
        else:
            self._tile_text.pop(record_id, None)
            self._put(record_id, QIcon(QPixmap.fromImage(image)))

    def on_thumbnail_failed(self, record_id: str) -> None:
        self._failed.add(record_id)
        row = self.row_of(record_id)
        summary = self.summary_at(row) if row is not None else None
        title = summary.title if summary is not None else self._types.get(record_id, ("", None))[0]
        kind = self.type_name(record_id) if record_id in self._types else ""
        note = self.tr("no preview")
        self._tile_text[record_id] = "\n".join(t for t in (kind, title, note) if t)
        self._put(record_id, QIcon(type_tile(kind, title, note)))

    def _put(self, record_id: str, icon: QIcon) -> None:
        self._pixmaps[record_id] = icon
        while len(self._pixmaps) > MAX_CACHED:
            old, _ = self._pixmaps.popitem(last=False)
            self._asked.discard(old)
            self._images.pop(old, None)
            self._tile_text.pop(old, None)
        row = self.row_of(record_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # --- rows ---------------------------------------------------------------------------------

    def add_imported(self, outcome: FileOutcome) -> None:
        if outcome.id is None:
            return
        if outcome.duplicate and self.row_of(outcome.id) is not None:
            return
        self._types[outcome.id] = (outcome.name, outcome.media_type)
        self.put_first(Summary(outcome.id, "evidence", outcome.name, False, False, "", None))

    def replace(self, summary: Summary) -> None:
        """Show a changed item where it is (a new caption), its tile redrawn if it shows its title."""
        row = self.row_of(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        if summary.id in self._failed:
            self.on_thumbnail_failed(summary.id)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def has_thumbnail(self, record_id: str) -> bool:
        return record_id in self._pixmaps

    def clear_cache(self) -> None:
        self._pixmaps.clear()
        self._asked.clear()
        self._images.clear()
        self._failed.clear()
        self._tile_text.clear()
