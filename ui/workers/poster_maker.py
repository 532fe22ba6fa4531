"""PosterMaker: a video's poster frame as its grid thumbnail, taken once and stored in the vault.

The reader worker says a video has no stored thumbnail (``poster_wanted``); videos are then taken one
at a time: their bytes are read on the reader's thread, the poster frame is decoded from memory by a
FrameGrabber (QtMultimedia's threads; never a file), made small, encoded as a JPEG and handed to the
service, which checks, re-encodes and stores it (encrypted, in the vault) on the query worker's
thread. The next time the grid asks, the stored thumbnail is shown: a video is decoded once.

A video that gives no picture (damaged, not decodable, slower than ``POSTER_LIMIT_MS``) keeps its
placeholder tile, and is remembered as such until the window closes (a lock): it is not tried again
on every scroll. The vault counts each attempt before the video is decoded (``begin_poster``): one
tried twice without a poster (it failed, or crashed or hung the app) is not decoded at later starts.
QtMultimedia is imported only when the first video needs a poster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage

from app.service_evidence import POSTER_EDGE
from ui.workers.queries import Queries
from ui.workers.reader_worker import Loaded

if TYPE_CHECKING:
    from ui.widgets.frame_grabber import FrameGrabber

POSTER_LIMIT_MS = 30_000  # reading the bytes, opening the video and finding a picture in it
JPEG_QUALITY = 85  # the vault re-encodes it at its own quality


def jpeg_of(image: QImage) -> bytes:
    """``image`` made to fit ``POSTER_EDGE`` and encoded as a JPEG, in memory."""
    if max(image.width(), image.height()) > POSTER_EDGE:
        image = image.scaled(
            POSTER_EDGE,
            POSTER_EDGE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPG", JPEG_QUALITY)  # type: ignore[call-overload]  # the stub says bytes; PySide6 wants str
    return bytes(buffer.data().data())


class PosterMaker(QObject):
    """Lives on the UI thread. Slots: ``want(id)`` (from the reader's ``poster_wanted``),
    ``on_source_loaded(Loaded)`` (from its ``poster_source_loaded``). Signals: ``source_wanted(id)``
    (to the reader's ``on_poster_source_requested``); ``poster_made(id, QImage)`` once the poster is
    stored; ``poster_failed(id)`` when the video gives none. ``stop()`` at a lock: nothing waits."""

    source_wanted = Signal(str)
    poster_made = Signal(str, QImage)
    poster_failed = Signal(str)

    def __init__(self, queries: Queries, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._queue: list[str] = []
        self._current: str | None = None
        self._poster: QImage | None = None
        self._grabber: FrameGrabber | None = None
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._give_up)
        self._stopped = False
        self.failed: set[str] = set()  # videos that gave no poster while this window is open
        self.tries: dict[str, int] = {}  # how many times each video was decoded for its poster

    def busy(self) -> bool:
        """True while a video is being opened for its poster."""
        return self._grabber is not None and self._grabber.running

    def want(self, record_id: str) -> None:
        if self._stopped:
            return
        if record_id in self.failed:
            self.poster_failed.emit(record_id)  # known to give none: not decoded again
            return
        if record_id != self._current and record_id not in self._queue:
            self._queue.append(record_id)
            self._next()

    def _next(self) -> None:
        if self._stopped or self._current is not None or not self._queue:
            return
        self._current = self._queue.pop(0)
        self._poster = None
        self._limit.start(POSTER_LIMIT_MS)
        self.source_wanted.emit(self._current)

    def on_source_loaded(self, loaded: Loaded) -> None:
        if self._stopped or loaded.record_id != self._current:
            return
        if loaded.kind != "video" or not loaded.data:
            self._done(None)
            return
        from ui.widgets.media_view import SUFFIXES  # QtMultimedia: loaded when first needed

        hint = QUrl(f"memory:evidence.{SUFFIXES.get(loaded.media_type, 'bin')}")
        self.tries[loaded.record_id] = self.tries.get(loaded.record_id, 0) + 1
        self._grabber_made().start(QByteArray(loaded.data), hint, strip=False)

    def _grabber_made(self) -> FrameGrabber:
        if self._grabber is None:
            from PySide6.QtMultimedia import QMediaPlayer

            from ui.media_logs import quiet_ffmpeg, quiet_qt_multimedia
            from ui.widgets.frame_grabber import FrameGrabber

            # FFmpeg prints a file's tags when it opens one: off before the first video is opened
            quiet_qt_multimedia()
            QMediaPlayer(self).deleteLater()  # FFmpeg is loaded with the first player
            quiet_ffmpeg()
            self._grabber = FrameGrabber(self)
            self._grabber.poster_ready.connect(self._on_poster)
            self._grabber.finished.connect(self._on_grabbed)
        return self._grabber

    def _on_poster(self, image: QImage) -> None:
        if self._current is not None and self._poster is None and not image.isNull():
            self._poster = image

    def _on_grabbed(self) -> None:
        self._done(self._poster)

    def _give_up(self) -> None:
        if self._grabber is not None:
            self._grabber.stop()  # never waits for a video still opening (ui/widgets/media_release.py)
        self._done(None)

    def _done(self, image: QImage | None) -> None:
        record_id, self._current = self._current, None
        self._limit.stop()
        if record_id is not None:
            if image is None:
                self._fail(record_id)
            else:
                self._store(record_id, image)
        QTimer.singleShot(0, self, self._next)  # not from inside the grabber's own signal

    def _store(self, record_id: str, image: QImage) -> None:
        data = jpeg_of(image)
        small = QImage.fromData(data)
        self._queries.ask(
            lambda service: service.evidence.store_poster(record_id, data),
            lambda _stored: self._stored(record_id, small),
            lambda _message, _error: self._fail(record_id),
        )

    def _stored(self, record_id: str, image: QImage) -> None:
        if not self._stopped:
            self.poster_made.emit(record_id, image)

    def _fail(self, record_id: str) -> None:
        self.failed.add(record_id)
        if not self._stopped:
            self.poster_failed.emit(record_id)

    def stop(self) -> None:
        self._stopped = True
        self._limit.stop()
        self._queue.clear()
        self._current = None
        if self._grabber is not None:
            self._grabber.stop()
