"""ReaderWorker: decrypts and decodes evidence for display (thumbnails, the viewer), off the UI thread.

Everything stays in memory: bytes come from ``read_attachment`` and go to a QImage or, for a PDF, to
the viewer as bytes it loads through a QBuffer. Nothing is written to disk, and nothing is cached
beyond the window's lifetime (locking deletes the window and with it every decoded picture).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument

from app.public import VaultError
from app.service import VaultService
from ui import media
from ui.errors import user_message

log = logging.getLogger("fieldvault.ui")

THUMB_EDGE = 224
MAX_THUMBNAIL_SOURCE = 64 * 1024 * 1024
MAX_VIEW_BYTES = 512 * 1024 * 1024
MAX_POSTER_SOURCE = 256 * 1024 * 1024  # a larger video gets its poster when it is first viewed
VIDEO = QImage()  # what ``_thumbnail`` says of a video without a stored thumbnail: a poster is wanted


@dataclass(frozen=True)
class Loaded:
    """An item's content for the viewer: a decoded image, or the bytes of a PDF, a video or an audio
    file, or neither (``other``)."""

    record_id: str
    kind: media.MediaKind
    image: QImage | None = None
    data: bytes = b""
    media_type: str = ""  # as intake found it by reading the file (FFmpeg's hint for video and audio)


def _decode_image(data: bytes, max_edge: int | None) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # EXIF orientation, as the camera meant it
    if max_edge is not None:
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > max_edge:
            reader.setScaledSize(size.scaled(max_edge, max_edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image


def _pdf_first_page(data: bytes, max_edge: int) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        return QImage()
    page = doc.pagePointSize(0).toSize()
    if page.isEmpty():
        return QImage()
    target = page.scaled(max_edge, max_edge, Qt.AspectRatioMode.KeepAspectRatio)
    rendered = doc.render(0, target)
    doc.close()
    # PDF pages render with a transparent background; thumbnails show paper.
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


class ReaderWorker(QObject):
    """Lives on its own QThread (one per main window) and opens its own service on first use.

    Slots (connect UI signals to them; they run on the worker thread): ``on_thumbnail_requested(id)``,
    ``on_attachment_requested(id)``; ``on_thread_finished`` (direct connection to the thread's
    ``finished``) detaches the service on this thread.
    Signals: ``thumbnail_loaded(id, QImage)``; ``thumbnail_failed(id)`` when there is no picture to
    show (not an image or a PDF, or one that cannot be decoded); ``poster_wanted(id)`` for a video
    without a stored thumbnail (ui/workers/poster_maker.py makes one); ``attachment_loaded(Loaded)``;
    ``poster_source_loaded(Loaded)`` (``on_poster_source_requested``: the video's bytes, or kind
    ``other`` when they cannot be read); ``read_failed(id, message)`` when reading failed (user-safe).
    """

    thumbnail_loaded = Signal(str, QImage)
    thumbnail_failed = Signal(str)
    poster_wanted = Signal(str)
    poster_source_loaded = Signal(object)
    attachment_loaded = Signal(object)
    read_failed = Signal(str, str)

    def __init__(self, service: VaultService) -> None:
        super().__init__()
        self._main = service
        self._service: VaultService | None = None

    def _own(self) -> VaultService:
        if self._service is None:
            self._service = self._main.for_worker()
        return self._service

    @Slot(str)
    def on_thumbnail_requested(self, record_id: str) -> None:
        try:
            image = self._thumbnail(record_id)
        except Exception as exc:
            self._failed(record_id, exc)
            self.thumbnail_failed.emit(record_id)
            return
        if image is VIDEO:
            self.poster_wanted.emit(record_id)
        elif image is not None and not image.isNull():
            self.thumbnail_loaded.emit(record_id, image)
        else:
            self.thumbnail_failed.emit(record_id)

    def _thumbnail(self, record_id: str) -> QImage | None:
        service = self._own()
        stored = service.evidence.thumbnail(record_id)  # the intake pipeline's stored thumbnail
        if stored:
            return _decode_image(bytes(stored), THUMB_EDGE)
        body = service.get(record_id).body
        sha = body.get("sha256")
        size = body.get("size", 0)
        hint = media.hinted(body)
        if isinstance(sha, str) and media.played(body) == "video":
            return VIDEO
        if not isinstance(sha, str) or hint == "other" or not isinstance(size, int):
            return None
        if size > MAX_THUMBNAIL_SOURCE:
            return None
        data = service.evidence.read_attachment(sha, MAX_THUMBNAIL_SOURCE)
        kind = media.sniff(data[:16])
        if kind == "image":
            return _decode_image(data, THUMB_EDGE)
        if kind == "pdf":
            return _pdf_first_page(data, THUMB_EDGE)
        return None

    @Slot(str)
    def on_attachment_requested(self, record_id: str) -> None:
        try:
            service = self._own()
            body = service.get(record_id).body
            sha = body.get("sha256")
            if not isinstance(sha, str):
                self.attachment_loaded.emit(Loaded(record_id, "other"))
                return
            data = service.evidence.read_attachment(sha, MAX_VIEW_BYTES)
            kind = media.sniff(data[:16])
            if kind == "other":
                kind = media.played(body)  # video or audio: the viewer plays the bytes from memory
            if kind != "other":
                self._record_view(service, record_id)
            if kind in ("video", "audio"):
                media_type = str(body.get("media_type") or "")
                self.attachment_loaded.emit(Loaded(record_id, kind, data=data, media_type=media_type))
            elif kind == "image":
                image = _decode_image(data, None)
                if image.isNull():
                    self.attachment_loaded.emit(Loaded(record_id, "other"))
                else:
                    self.attachment_loaded.emit(Loaded(record_id, "image", image=image))
            elif kind == "pdf":
                self.attachment_loaded.emit(Loaded(record_id, "pdf", data=data))
            else:
                self.attachment_loaded.emit(Loaded(record_id, "other"))
        except Exception as exc:
            self._failed(record_id, exc)

    @Slot(str)
    def on_poster_source_requested(self, record_id: str) -> None:
        """A video's bytes, to take its poster frame from (no custody "view": nobody sees it played)."""
        try:
            service = self._own()
            body = service.get(record_id).body
            sha = body.get("sha256")
            size = body.get("size", 0)
            if (
                isinstance(sha, str)
                and media.played(body) == "video"
                and isinstance(size, int)
                and size <= MAX_POSTER_SOURCE
                and service.evidence.begin_poster(record_id)  # counted first: a crash is not retried
            ):
                data = service.evidence.read_attachment(sha, MAX_POSTER_SOURCE)
                media_type = str(body.get("media_type") or "")
                self.poster_source_loaded.emit(Loaded(record_id, "video", data=data, media_type=media_type))
                return
        except Exception as exc:
            log.warning("reading a video for its poster failed (%s)", type(exc).__name__)
        self.poster_source_loaded.emit(Loaded(record_id, "other"))

    @staticmethod
    def _record_view(service: VaultService, record_id: str) -> None:
        """A custody "view" event, written here: a write may wait for an import's transaction, and
        that wait belongs on this thread, not the UI's."""
        service.evidence.record_view(record_id)

    def _failed(self, record_id: str, exc: Exception) -> None:
        if not isinstance(exc, VaultError):
            log.warning("reading %s failed (%s)", record_id, type(exc).__name__)
        self.read_failed.emit(record_id, user_message(exc))

    @Slot()
    def on_thread_finished(self) -> None:
        if self._service is not None:
            self._service.detach()
            self._service = None
