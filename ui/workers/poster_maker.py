"""PosterMaker: a video's poster frame as its grid thumbnail, taken once, in a confined child process,
and stored in the vault.

The reader worker says a video has no stored thumbnail (``poster_wanted``); videos are then taken one
at a time: their bytes are read on the reader's thread and handed on a pipe to a child process
(ui/poster_child.py: a fresh interpreter, confined, no secrets in its environment, stderr discarded)
that decodes the poster frame from memory with QtMultimedia and sends back a small JPEG. FFmpeg thus
never decodes an imported video automatically in the process that holds the vault's key. The JPEG is
handed to the service, which checks, re-encodes and stores it (encrypted, in the vault) on the query
worker's thread. The next time the grid asks, the stored thumbnail is shown: a video is decoded once.
The child runs asynchronously (QProcess): the UI thread never waits for it. One child per video (a
decoder taken over by a hostile video sees no other); the next videos' children are started ahead
(``SPARES``), so their start (~0.2 s of processor time) overlaps the decoding of the videos before.

A video that gives no picture (damaged, not decodable, crashing or hanging the child, slower than
``POSTER_LIMIT_MS``: the child is killed) keeps its placeholder tile, and is remembered as such until
the window closes (a lock): it is not tried again on every scroll. The vault counts each attempt before
the video is decoded (``begin_poster``): one tried twice without a poster is not decoded at later
starts. ``stop()`` (a lock, the window closing) kills a running child.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QProcess, QProcessEnvironment, QTimer, Signal
from PySide6.QtGui import QImage

from app.service import VaultService
from app.service_evidence import POSTER_EDGE
from ui import poster_child
from ui.workers.queries import Queries
from ui.workers.reader_worker import Loaded

POSTER_LIMIT_MS = 30_000  # reading the bytes, starting the child, opening the video, finding a picture
MAX_POSTER_BYTES = 1024 * 1024  # what is read back from the child (a 320-pixel JPEG is ~30 KB)
# ``python -m ui.poster_child`` from the folder holding the ``ui`` package (-m puts it first on the path);
# a packaged app runs that module itself when started so (scripts/fieldvault_entry.py).
CHILD = ["-m", poster_child.__name__]
_ROOT = Path(__file__).resolve().parents[2]
SPARES = 2  # children started ahead: each one's start overlaps the videos before it


def jpeg_of(image: QImage) -> bytes:
    """``image`` made to fit ``POSTER_EDGE`` and encoded as a JPEG, in memory."""
    return poster_child.jpeg_fitted(image, POSTER_EDGE)


def child_environment() -> QProcessEnvironment:
    """The app's environment without its FIELDVAULT_* settings (a passphrase may be there), offscreen."""
    env = QProcessEnvironment()
    for name, value in os.environ.items():
        if not name.startswith("FIELDVAULT_"):
            env.insert(name, value)
    env.insert("QT_QPA_PLATFORM", "offscreen")
    env.insert("PYTHONDONTWRITEBYTECODE", "1")
    env.insert("MALLOC_ARENA_MAX", "2")  # a bounded address space: not 64 MB reserved per thread
    return env


class PosterMaker(QObject):
    """Lives on the UI thread. Slots: ``want(id)`` (from the reader's ``poster_wanted``),
    ``on_source_loaded(Loaded)`` (from its ``poster_source_loaded``). Signals: ``source_wanted(id)``
    (to the reader's ``on_poster_source_requested``); ``poster_made(id, QImage)`` once the poster is
    stored; ``poster_failed(id)`` when the video gives none. ``stop()`` at a lock: the child is killed.
    ``child``: the interpreter's arguments that run the child (tests put a stand-in there)."""

    source_wanted = Signal(str)
    poster_made = Signal(str, QImage)
    poster_failed = Signal(str)

    def __init__(self, queries: Queries, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._queue: list[str] = []
        self._current: str | None = None
        self._process: QProcess | None = None  # the child taking the current video's poster
        self._spares: list[QProcess] = []  # children started ahead for the next videos
        self._out = QByteArray()
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._give_up)
        self._stopped = False
        self.child = list(CHILD)
        self.limit_ms = POSTER_LIMIT_MS
        self.failed: set[str] = set()  # videos that gave no poster while this window is open
        self.tries: dict[str, int] = {}  # how many times each video was decoded for its poster

    def busy(self) -> bool:
        """True while a child process is taking a video's poster."""
        return self._process is not None

    def child_pids(self) -> list[int]:
        """The process ids of the children running: the current video's, one started for the next."""
        return [int(p.processId()) for p in (self._process, *self._spares) if p is not None and p.processId()]

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
        self._limit.start(self.limit_ms)
        self.source_wanted.emit(self._current)

    def on_source_loaded(self, loaded: Loaded) -> None:
        if self._stopped or loaded.record_id != self._current:
            return
        if loaded.kind != "video" or not loaded.data:
            self._done(None)
            return
        self.tries[loaded.record_id] = self.tries.get(loaded.record_id, 0) + 1
        self._start(loaded.data, loaded.media_type)

    def _start(self, data: bytes, media_type: str) -> None:
        for spare in [p for p in self._spares if p.state() == QProcess.ProcessState.NotRunning]:
            self._drop_spare(spare)  # one that died while waiting (its "finished" not yet handled)
        process = self._spares.pop(0) if self._spares else self._spawn()
        self._process, self._out = process, QByteArray()
        process.write(QByteArray(poster_child.request(media_type, data)))
        process.closeWriteChannel()  # the child reads the video to its end
        # the next videos' children start (Python, Qt, FFmpeg: ~0.2 s of processor time each) meanwhile
        while len(self._spares) < min(SPARES, len(self._queue)):
            self._spares.append(self._spawn())

    def _spawn(self) -> QProcess:
        """A new child, started: it loads Qt and FFmpeg, then waits for its video on stdin."""
        process = QProcess(self)
        process.setProcessEnvironment(child_environment())
        process.setWorkingDirectory(str(_ROOT))
        process.setStandardErrorFile(QProcess.nullDevice())  # FFmpeg prints titles and GPS positions
        # each handler is told which child spoke (a killed one is disconnected first)
        process.readyReadStandardOutput.connect(lambda: self._on_output(process))
        process.finished.connect(lambda code, status: self._on_finished(process, code, status))
        process.errorOccurred.connect(lambda error: self._on_error(process, error))
        process.start(sys.executable, [*self.child, str(POSTER_EDGE)])
        return process

    def _on_output(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._out.append(process.readAllStandardOutput())
        if self._out.size() > MAX_POSTER_BYTES:
            self._kill()  # not a thumbnail: the child is not trusted
            self._done(None)

    def _on_finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if process in self._spares:
            self._drop_spare(process)  # died before its video came: the next starts anew
            return
        if process is not self._process:
            return
        self._out.append(process.readAllStandardOutput())
        self._forget()
        jpeg = bytes(self._out.data())
        ok = status == QProcess.ExitStatus.NormalExit and code == 0 and len(jpeg) <= MAX_POSTER_BYTES
        # not decoded here: the vault checks and re-encodes it, and the grid shows what the vault kept
        self._done(jpeg if ok and jpeg.startswith(b"\xff\xd8\xff") else None)

    def _on_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return  # a crash or a write to a child already gone: "finished" follows and ends it
        if process in self._spares:
            self._drop_spare(process)
        elif process is self._process:
            self._forget()
            self._done(None)  # "finished" never comes for a child that did not start

    def _give_up(self) -> None:
        self._kill()
        self._done(None)

    def _forget(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()

    def _kill(self) -> None:
        """The running child killed (SIGKILL: it dies at once, its exit is collected right away)."""
        process, self._process = self._process, None
        if process is not None:
            self._drop(process)

    def _drop_spare(self, spare: QProcess) -> None:
        self._spares.remove(spare)
        self._drop(spare)

    @staticmethod
    def _drop(process: QProcess) -> None:
        for signal in (process.readyReadStandardOutput, process.finished, process.errorOccurred):
            signal.disconnect()
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)
        process.deleteLater()

    def _done(self, jpeg: bytes | None) -> None:
        record_id, self._current = self._current, None
        self._limit.stop()
        if record_id is not None:
            if jpeg is None:
                self._fail(record_id)
            else:
                self._store(record_id, jpeg)
        QTimer.singleShot(0, self, self._next)  # not from inside the process's own signal

    def _store(self, record_id: str, data: bytes) -> None:
        def kept(service: VaultService) -> bytes | None:
            service.evidence.store_poster(record_id, data)
            return service.evidence.thumbnail(record_id)

        self._queries.ask(
            kept,
            lambda stored: self._stored(record_id, QImage.fromData(stored or b"")),
            lambda _message, _error: self._fail(record_id),
        )

    def _stored(self, record_id: str, image: QImage) -> None:
        if image.isNull():
            self._fail(record_id)
        elif not self._stopped:
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
        self._kill()
        while self._spares:
            self._drop_spare(self._spares[0])
