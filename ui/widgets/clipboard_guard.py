"""ClipboardGuard: copies a protected value and takes it back off the clipboard soon after."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard(QObject):
    """Lives on the UI thread. Signal: ``clipboard_cleared()`` when it removed a value it had put there.

    It clears only if the clipboard still holds what it copied (the person may have copied something
    else since), after ``clear_after_ms`` or at once on ``clear_now()`` (the vault locks). It remembers a
    hash of the value, not the value. The copy carries ``x-kde-passwordManagerHint: secret`` so that
    clipboard managers that honour it keep no history of it.
    """

    clipboard_cleared = Signal()

    def __init__(self, clear_after_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)
        self._copied: bytes | None = None

    def set_clear_after(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def copy_protected(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData("x-kde-passwordManagerHint", b"secret")
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = _digest(text)
        self._timer.start()

    def clear_now(self) -> None:
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if _digest(clipboard.text()) == self._copied:
            clipboard.clear()
            self.clipboard_cleared.emit()
        self._copied = None
