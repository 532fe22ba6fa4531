"""Letting go of a media player that is still opening its file, without ever waiting for it.

FFmpeg's threads read the QBuffer through its Python wrapper while a file opens, and each first read
of a method needs Python's lock. ``QMediaPlayer.stop``, ``setSourceDevice`` and deleting the player
wait for the opening on the UI thread, which holds that lock: stopping a player in that window can
hang the app — at a lock, the one moment it must never hang. So a player that is still opening is
not stopped: ``release`` takes it (with its buffer, sink and audio output) away from its widget,
silences it and keeps it alive here; a timer looks at it every ``POLL_MS`` and, once the opening has
ended either way, stops it, detaches and empties the buffer and deletes them all. A file whose opening
never ends is kept (never deleted, which could hang) and its bytes stay in memory until the app quits.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QObject, QTimer
from PySide6.QtMultimedia import QMediaPlayer

POLL_MS = 100


class _Released:
    """A player and what it reads from and writes to, waiting for its opening to end."""

    def __init__(self, player: QMediaPlayer, buffer: QBuffer, others: tuple[QObject, ...]) -> None:
        self.player = player
        self.buffer = buffer
        self.others = others


_waiting: list[_Released] = []
_timer: QTimer | None = None


def opening(player: QMediaPlayer) -> bool:
    """True while FFmpeg is still opening the player's file (stopping it now could hang)."""
    return player.mediaStatus() == QMediaPlayer.MediaStatus.LoadingMedia


def release(player: QMediaPlayer, buffer: QBuffer, *others: QObject) -> None:
    """Take ``player`` (and its ``buffer``, video sink, audio output) away from their parent and let
    go of them once the file has finished opening; at once when it is not opening. Never waits.
    Its signals are blocked: whoever used the player hears nothing more from it."""
    for thing in (player, buffer, *others):
        thing.blockSignals(True)
    if not opening(player):
        _stop(player, buffer)
        for thing in (player, *others, buffer):
            thing.deleteLater()  # later: this may run inside one of the player's own signals
        return
    for thing in (player, buffer, *others):
        thing.setParent(None)  # the window they lived in may be deleted before the opening ends
    audio = player.audioOutput()
    if audio is not None:
        audio.setMuted(True)
    _waiting.append(_Released(player, buffer, others))
    _watch()


def retired() -> int:
    """How many players are still opening, waiting to be let go of."""
    return len(_waiting)


def _watch() -> None:
    global _timer
    if _timer is None:
        _timer = QTimer()
        _timer.setInterval(POLL_MS)
        _timer.timeout.connect(_poll)
    if not _timer.isActive():
        _timer.start()


def _poll() -> None:
    done = [item for item in _waiting if not opening(item.player)]
    for item in done:
        _waiting.remove(item)
        _let_go(item)
    if not _waiting and _timer is not None:
        _timer.stop()


def _stop(player: QMediaPlayer, buffer: QBuffer) -> None:
    player.stop()
    player.setSourceDevice(None)  # type: ignore[arg-type]
    if buffer.isOpen():
        buffer.close()
    buffer.setData(QByteArray())


def _let_go(item: _Released) -> None:
    """Stop, detach and delete, in that order: the player first, the buffer it read last."""
    _stop(item.player, item.buffer)
    for thing in (item.player, *item.others, item.buffer):
        if shiboken6.isValid(thing):
            shiboken6.delete(thing)
