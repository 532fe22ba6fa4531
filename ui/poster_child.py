"""A video's poster frame taken in a confined child process: ``python -m ui.poster_child EDGE``.

Started by ui/workers/poster_maker.py for each video shown in the grid, so that FFmpeg never decodes an
imported (possibly hostile) video automatically in the process that holds the vault's key. A fresh
interpreter (never forked: it holds no copy of the key, and its environment no FIELDVAULT_* secret)
loads QtMultimedia's FFmpeg (so a child started ahead of need is ready when its video comes), then
reads the video's media type (a line) and bytes on stdin, takes its poster frame from memory
(FrameGrabber, offscreen, no window), and writes a JPEG of at most ``EDGE`` pixels on its own copy of
stdout; nothing else is ever written there (fd 1 itself is pointed at a read-only /dev/null, as is
stderr: FFmpeg prints a file's title and GPS position). It exits 0 with a poster, ``NO_POSTER``
without one.

Before reading anything it confines itself (``confine``): no core dumps (they would hold the video in
plaintext), no file writes of any size, a bounded address space and processor time, a lower priority.
The parent kills it after a wall-clock limit, at a lock, and when the window closes.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import warnings

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage

from app.confinement import confine_process

NO_POSTER = 3
MAX_VIDEO_BYTES = 256 * 1024**2  # what the child accepts (the grid reads no larger video for a poster)
MAX_TYPE_BYTES = 100
# The address space: measured on 2 cores, a 4K H.264 video's poster needs 640-768 MB (Python, Qt and
# FFmpeg's libraries, FFmpeg's threads' 8 MB stacks, their frames), a 640 × 360 one under 512 MB. More
# cores mean more decoding threads, each with its frames: 2 GB leaves them room (the parent also caps
# glibc's per-thread heaps, MALLOC_ARENA_MAX, which would otherwise reserve 64 MB each).
MEMORY_BYTES = 2 * 1024**3
CPU_SECONDS = 60  # processor time, all its threads together (the parent's wall-clock limit is shorter)
JPEG_QUALITY = 85  # the vault re-encodes it at its own quality


def confine(memory_bytes: int = MEMORY_BYTES, cpu_seconds: int = CPU_SECONDS) -> None:
    """Limit this process as the intake's workers are (vault/intake/worker.py), and its processor time."""
    confine_process(memory_bytes, cpu_seconds)


def jpeg_fitted(image: QImage, edge: int, quality: int = JPEG_QUALITY) -> bytes:
    """``image`` made to fit ``edge`` (never larger) and encoded as a JPEG, in memory."""
    if max(image.width(), image.height()) > edge:
        image = image.scaled(
            edge, edge, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPG", quality)  # type: ignore[call-overload]  # the stub says bytes; PySide6 wants str
    return bytes(buffer.data().data())


def _read_all(fd: int, limit: int) -> bytes | None:
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > limit:
            return None
        parts.append(chunk)


def _read_line(fd: int, limit: int) -> str | None:
    """A line of at most ``limit`` bytes, without its newline (None: longer, or the input ended)."""
    line = bytearray()
    while len(line) <= limit:
        byte = os.read(fd, 1)
        if not byte:
            return None
        if byte == b"\n":
            return line.decode("ascii", "replace")
        line += byte
    return None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _load_ffmpeg() -> None:
    """QtMultimedia's FFmpeg loaded, and silenced (done before the video arrives: a child started
    ahead of need is ready when it does)."""
    from PySide6.QtMultimedia import QMediaPlayer

    from ui.media_logs import quiet_ffmpeg, quiet_qt_multimedia

    quiet_qt_multimedia()  # stderr goes nowhere, but nothing of the file is printed at all
    QMediaPlayer().deleteLater()  # FFmpeg is loaded with the first player
    quiet_ffmpeg()


def _poster(data: bytes, media_type: str) -> QImage | None:
    """The poster frame of the video in ``data`` (FrameGrabber's choice), or None."""
    from PySide6.QtCore import QByteArray, QEventLoop, QTimer, QUrl

    from ui.widgets.frame_grabber import FrameGrabber
    from ui.widgets.media_view import SUFFIXES

    grabber = FrameGrabber()
    taken: list[QImage] = []
    grabber.poster_ready.connect(lambda image: taken.append(image) if not image.isNull() else None)
    loop = QEventLoop()
    grabber.finished.connect(loop.quit)
    hint = QUrl(f"memory:evidence.{SUFFIXES.get(media_type, 'bin')}")
    QTimer.singleShot(0, lambda: grabber.start(QByteArray(data), hint, strip=False))
    loop.exec()
    return taken[0] if taken else None


def request(media_type: str, data: bytes) -> bytes:
    """What the parent writes on the child's stdin: the media type on a line, then the video."""
    return media_type.encode("ascii", "replace")[:MAX_TYPE_BYTES] + b"\n" + data


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when this stops
    out = os.dup(1)  # the JPEG's way out; fd 1 and 2 go nowhere (libraries print there):
    devnull = os.open(os.devnull, os.O_RDONLY)  # read-only, so anything written there is refused
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    confine()
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    edge = int(argv[0]) if argv else 320
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["fieldvault-poster"])
    _load_ffmpeg()
    media_type = _read_line(0, MAX_TYPE_BYTES)
    data = _read_all(0, MAX_VIDEO_BYTES) if media_type is not None else None
    if not data or media_type is None:
        return NO_POSTER
    image = _poster(data, media_type)
    del data
    if image is None:
        return NO_POSTER
    _write_all(out, jpeg_fitted(image, edge))
    os.close(out)
    del app
    return 0


if __name__ == "__main__":
    # never through Qt's and FFmpeg's teardown (a player still opening a file can hold it up)
    os._exit(main(sys.argv[1:]))
