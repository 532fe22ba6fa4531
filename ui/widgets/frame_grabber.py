"""FrameGrabber: a video's poster frame and a strip of frames across it, decoded in memory.

A second QMediaPlayer, with no audio and a QVideoSink instead of a screen, reads the same bytes through
its own QBuffer (the QByteArray is shared, not copied). Paused, each seek makes FFmpeg decode the one
frame at that position and hand it to the sink: the frames are taken one after the other, each with a
time limit, so a file that stops giving frames ends the strip early instead of hanging it. Decoding
runs on QtMultimedia's own threads; the UI thread only receives finished frames.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from ui.widgets.media_release import release

STRIP_FRAMES = 8
POSTER_EDGE = 960
STRIP_EDGE = 240
STEP_MS = 4000  # the longest wait for one frame
MAX_FRAME_PIXELS = 8192 * 4320  # 8K: a larger frame is not converted to a picture (a "frame bomb")
DARK = 24  # a poster whose pixels average below this (0-255) is taken for black


def brightness(image: QImage) -> float:
    """The mean grey level (0-255) of the picture, on a 16 × 16 reduction."""
    small = image.scaled(16, 16, Qt.AspectRatioMode.IgnoreAspectRatio).convertToFormat(
        QImage.Format.Format_Grayscale8
    )
    total = sum(small.pixelColor(x, y).value() for y in range(small.height()) for x in range(small.width()))
    return total / max(1, small.width() * small.height())


def usable(frame: QVideoFrame) -> bool:
    """A frame worth converting: valid, and not larger than 8K (its picture alone would be 140 MB)."""
    size = frame.size()
    return frame.isValid() and 0 < size.width() * size.height() <= MAX_FRAME_PIXELS


def fitted(image: QImage, edge: int) -> QImage:
    """The picture made smaller to fit ``edge`` (never larger)."""
    if max(image.width(), image.height()) <= edge:
        return image
    return image.scaled(
        edge, edge, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def poster_times(duration_ms: int) -> list[int]:
    """Where a poster is looked for: near 1 s or 10% in (the earlier), then further in if that is black."""
    first = min(1000, duration_ms // 10)
    later = [duration_ms * n // 100 for n in (25, 50, 75)]
    return [t for t in [first, *later] if t < duration_ms] or [0]


def strip_times(duration_ms: int, count: int = STRIP_FRAMES) -> list[int]:
    """``count`` positions spread evenly across the video, each in the middle of its share."""
    return [min(duration_ms - 1, (2 * i + 1) * duration_ms // (2 * count)) for i in range(count)]


class FrameGrabber(QObject):
    """Lives on the UI thread. ``start(data, hint)``; signals ``poster_ready(QImage)`` (the first
    picture that is not black, or the brightest tried), ``strip_ready(list)`` with ``(ms, QImage)``
    pairs, ``finished()`` once it has stopped, whether it got everything or not."""

    poster_ready = Signal(QImage)
    strip_ready = Signal(list)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._plan: list[tuple[str, int]] = []
        self._step: tuple[str, int] | None = None
        self._poster_tried: list[QImage] = []
        self._strip: list[tuple[int, QImage]] = []
        self._primed = False
        self._with_strip = True
        self.running = False

    def start(self, data: QByteArray, hint: QUrl, strip: bool = True) -> None:
        """Take the poster and (``strip``) the strip of frames from the video in ``data``."""
        self.stop()
        self.running = True
        self._with_strip = strip
        self._buffer = QBuffer(self)
        self._buffer.setData(data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(lambda *_: self._finish())
        self._timer.start(STEP_MS * 4)  # loading itself is limited too
        self._player.setSourceDevice(self._buffer, hint)

    def stop(self) -> None:
        self._timer.stop()
        self._plan, self._step = [], None
        self._poster_tried, self._strip, self._primed = [], [], False
        if self._player is not None and self._buffer is not None and self._sink is not None:
            release(self._player, self._buffer, self._sink)  # never waits for a file still opening
        self._player, self._sink, self._buffer = None, None, None
        self.running = False

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        player = self._player
        if player is None or self._primed:
            if status == QMediaPlayer.MediaStatus.InvalidMedia:
                self._finish()
            return
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._finish()
        elif status == QMediaPlayer.MediaStatus.LoadedMedia:
            duration = player.duration()
            if not player.hasVideo() or duration <= 0:
                self._finish()
                return
            self._primed = True
            self._plan = [("poster", t) for t in poster_times(duration)]
            if self._with_strip:
                self._plan += [("strip", t) for t in strip_times(duration)]
            self._step = ("prime", 0)
            self._timer.start(STEP_MS)
            player.pause()  # paused, the first frame is decoded: then each seek gives one frame

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._step is None or not frame.isValid():
            return
        kind, at = self._step
        if kind != "prime" and usable(frame):
            image = frame.toImage()
            if not image.isNull():
                self._take(kind, at, image)
        self._next()

    def _take(self, kind: str, at: int, image: QImage) -> None:
        if kind == "poster":
            poster = fitted(image, POSTER_EDGE)
            self._poster_tried.append(poster)
            if brightness(poster) >= DARK:
                self._plan = [step for step in self._plan if step[0] != "poster"]
                self._send_poster()
        else:
            self._strip.append((at, fitted(image, STRIP_EDGE)))

    def _send_poster(self) -> None:
        if self._poster_tried:
            self.poster_ready.emit(max(self._poster_tried, key=brightness))
            self._poster_tried = []

    def _next(self) -> None:
        if (
            self._step is not None
            and self._step[0] == "poster"
            and not any(step[0] == "poster" for step in self._plan)
        ):
            self._send_poster()  # every place tried was dark: the brightest of them
        if not self._plan or self._player is None:
            self._finish()
            return
        self._step = self._plan.pop(0)
        self._timer.start(STEP_MS)
        self._player.setPosition(self._step[1])

    def _on_timeout(self) -> None:
        if self._step is None:
            self._finish()  # never loaded
        else:
            self._next()  # no frame at this place: go on to the next

    def _finish(self) -> None:
        if not self.running:
            return
        self._send_poster()
        strip, self._strip = self._strip, []
        if strip:
            self.strip_ready.emit(strip)
        self.stop()
        self.finished.emit()
