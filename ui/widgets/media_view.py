"""MediaView: a video or an audio file played from memory with QtMultimedia, never from a file.

The decrypted bytes go to a QBuffer that QMediaPlayer reads (``setSourceDevice``); FFmpeg reads them
through Qt's I/O callbacks, so nothing of the file is written anywhere. The URL handed beside the buffer
only names the container's usual extension (FFmpeg's hint), never the item's name. Frames come to a
QVideoSink and are drawn here; a poster frame and a strip of frames across the video come from a second
player (FrameGrabber); clicking a frame of the strip goes there. Decoding an untrusted file happens in
this (the GUI) process, on QtMultimedia's threads, as PDFium does for PDFs: a file that cannot be
decoded gives a message, and one that never finishes loading is given up after ``LOAD_LIMIT_MS``.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.media import clock
from ui.media_logs import quiet_ffmpeg, quiet_qt_multimedia
from ui.widgets.frame_grabber import FrameGrabber, usable
from ui.widgets.media_release import opening, release

LOAD_LIMIT_MS = 30_000
# FFmpeg's hint for the container, from the media type intake found by reading it
SUFFIXES = {
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/3gpp": "3gp",
    "audio/mp4": "m4a",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
    "audio/ogg": "ogg",
    "audio/mpeg": "mp3",
    "audio/aac": "aac",
    "audio/wav": "wav",
    "audio/amr": "amr",
    "audio/flac": "flac",
}


class FrameScreen(QWidget):
    """Draws one picture (a poster or the playing frame) scaled to fit, on black."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("videoScreen")
        self.image = QImage()
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self.image.isNull():
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (self.width() - size.width()) // 2
            y = (self.height() - size.height()) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.rect().adjusted(x, y, -x, -y), self.image)
        painter.end()


class MediaView(QWidget):
    """Lives on the UI thread. ``load(data, kind, media_type)``, ``unload()``, ``play()``, ``pause()``,
    ``seek(ms)``. Signals: ``loaded(int)`` with the duration in ms once the file is open; ``failed(str)``
    with a message to show when it cannot be played; ``frames_ready()`` once the poster and the strip
    are shown (or the grabber gave up)."""

    loaded = Signal(int)
    failed = Signal(str)
    frames_ready = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mediaView")
        quiet_qt_multimedia()
        self.player, self.sink, self.audio, self._buffer = self._make_player()
        quiet_ffmpeg()  # FFmpeg is loaded with the first player
        self._data = QByteArray()
        self._hint = QUrl()
        self._kind = ""
        self._dragging = False
        self._open = False
        self.poster = QImage()
        self.strip_times: list[int] = []
        self.strip_images: list[QImage] = []
        self.grabber = FrameGrabber(self)
        self.grabber.poster_ready.connect(self._on_poster)
        self.grabber.strip_ready.connect(self._on_strip)
        self.grabber.finished.connect(self.frames_ready)
        self._latest: QVideoFrame | None = None
        self._drawing = QTimer(self)
        self._drawing.setSingleShot(True)
        self._drawing.timeout.connect(self._draw_latest)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._on_too_long)

        self.frame_screen = FrameScreen(self)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("playButton")
        self.play_button.setEnabled(False)
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("positionSlider")
        self.slider.setEnabled(False)
        self.slider.sliderPressed.connect(lambda: setattr(self, "_dragging", True))
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.slider.sliderMoved.connect(self._show_time)
        self.time = QLabel("0:00 / 0:00", self)
        self.time.setObjectName("mediaTime")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.strip = QWidget(self)
        self.strip.setObjectName("frameStrip")
        self._strip_layout = QHBoxLayout(self.strip)
        self._strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_buttons: list[QToolButton] = []
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame_screen, 1)
        layout.addLayout(controls)
        layout.addWidget(self.note)
        layout.addWidget(self.strip)

    def _make_player(self) -> tuple[QMediaPlayer, QVideoSink, QAudioOutput | None, QBuffer]:
        player = QMediaPlayer(self)
        sink = QVideoSink(self)
        player.setVideoSink(sink)
        audio: QAudioOutput | None = None
        if QMediaDevices.audioOutputs():
            audio = QAudioOutput(self)
            player.setAudioOutput(audio)
        sink.videoFrameChanged.connect(self._on_frame)
        player.durationChanged.connect(self._on_duration)
        player.positionChanged.connect(self._on_position)
        player.playbackStateChanged.connect(self._on_state)
        player.mediaStatusChanged.connect(self._on_status)
        player.errorOccurred.connect(self._on_error)
        return player, sink, audio, QBuffer(self)

    # loading -------------------------------------------------------------------------------------------

    def load(self, data: bytes, kind: str, media_type: str) -> None:
        self.unload()
        self._kind = kind
        self._data = QByteArray(data)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._hint = QUrl(f"memory:evidence.{SUFFIXES.get(media_type, 'bin')}")
        self.frame_screen.setVisible(kind == "video")
        self.strip.setVisible(kind == "video")
        if self.audio is None:
            self._say(self.tr("This computer has no audio output: the sound cannot be heard here."))
        self._open = True
        self._limit.start(LOAD_LIMIT_MS)
        self.player.setSourceDevice(self._buffer, self._hint)

    def unload(self) -> None:
        self._limit.stop()
        self._drawing.stop()
        self._latest = None
        was_open, self._open = self._open, False
        self.grabber.stop()
        if was_open and opening(self.player):
            # stopping it now could hang (media_release.py): it is let go of once it has opened
            others = (self.sink,) if self.audio is None else (self.sink, self.audio)
            release(self.player, self._buffer, *others)
            self.player, self.sink, self.audio, self._buffer = self._make_player()
        else:
            self.player.stop()
            self.player.setSourceDevice(None)  # type: ignore[arg-type]
            if self._buffer.isOpen():
                self._buffer.close()
            self._buffer.setData(QByteArray())
        self._data = QByteArray()
        self.poster = QImage()
        self.frame_screen.set_image(QImage())
        self._clear_strip()
        self.note.setVisible(False)
        self.play_button.setEnabled(False)
        self.slider.setEnabled(False)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if not self._open:
            return
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(self.tr("the file is damaged, or its format or codec is not one this viewer can play"))
        elif status == QMediaPlayer.MediaStatus.LoadedMedia and self._limit.isActive():
            self._limit.stop()
            if self._kind == "video" and not self.player.hasVideo():
                self.frame_screen.setVisible(False)
                self.strip.setVisible(False)
            self.play_button.setEnabled(True)
            self.slider.setEnabled(True)
            self.loaded.emit(self.player.duration())
            if self._kind == "video" and self.player.hasVideo():
                self.grabber.start(self._data, self._hint)
            else:
                self.frames_ready.emit()

    def _on_error(self, error: QMediaPlayer.Error, _detail: str) -> None:
        # Qt's own wording is not shown: it may repeat what FFmpeg read from the file.
        if not self._open or error == QMediaPlayer.Error.NoError:
            return
        if error == QMediaPlayer.Error.FormatError:
            self._fail(self.tr("its format or codec is not one this viewer can play, or it is damaged"))
        else:
            self._fail(self.tr("the file could not be read (damaged or cut short)"))

    def _on_too_long(self) -> None:
        self._fail(self.tr("it did not finish opening within 30 seconds"))

    def _fail(self, why: str) -> None:
        if not self._open:
            return
        self.unload()
        self.failed.emit(self.tr("This item cannot be played: {why}.").format(why=why))

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    # playing -------------------------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if self._open:
            if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
                self.player.setPosition(0)
            self.player.play()

    def pause(self) -> None:
        if self._open:
            self.player.pause()

    def seek(self, ms: int) -> None:
        if not self._open:
            return
        if self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
            self.player.pause()  # paused, the frame at the new place is shown
        self.player.setPosition(ms)

    def _on_frame(self, frame: QVideoFrame) -> None:
        # Frames arrive queued from the decoder's thread at the video's rate; converting each one here
        # could fall behind and starve the UI. Only the latest is kept, and turned into a picture once
        # the frames already waiting have been seen.
        if not self._open or not usable(frame):
            return
        self._latest = frame
        if not self._drawing.isActive():
            self._drawing.start(0)

    def _draw_latest(self) -> None:
        frame, self._latest = self._latest, None
        if self._open and frame is not None:
            image = frame.toImage()
            if not image.isNull():
                self.frame_screen.set_image(image)

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _on_duration(self, duration: int) -> None:
        self.slider.setRange(0, max(0, duration))
        self._show_time(self.player.position())

    def _on_position(self, position: int) -> None:
        if not self._dragging:
            self.slider.setValue(position)
        self._show_time(position)

    def _on_slider_released(self) -> None:
        self._dragging = False
        self.seek(self.slider.value())

    def _show_time(self, position: int) -> None:
        self.time.setText(f"{clock(position)} / {clock(self.player.duration())}")

    # poster and strip ----------------------------------------------------------------------------------

    def _on_poster(self, image: QImage) -> None:
        self.poster = image
        if self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
            self.frame_screen.set_image(image)

    def _on_strip(self, frames: list[tuple[int, QImage]]) -> None:
        self._clear_strip()
        for at, image in frames:
            button = QToolButton(self.strip)
            button.setIcon(QIcon(QPixmap.fromImage(image)))
            button.setIconSize(image.size().scaled(QSize(96, 72), Qt.AspectRatioMode.KeepAspectRatio))
            button.setToolTip(self.tr("Go to {time}").format(time=clock(at)))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, ms=at: self.seek(ms))
            self._strip_layout.addWidget(button)
            self.strip_buttons.append(button)
        self._strip_layout.addStretch(1)
        self.strip_times = [at for at, _ in frames]
        self.strip_images = [image for _, image in frames]

    def _clear_strip(self) -> None:
        while (item := self._strip_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.strip_buttons = []
        self.strip_times = []
        self.strip_images = []
