"""What a dialog may say about a failure: the vault's own user-safe message, or a generic line.

``str()`` of a ``VaultError`` is fixed wording chosen by the vault; ``str()`` of anything else may carry
paths, content or library internals, so only its type name is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault.errors import VaultError


def user_message(exc: BaseException) -> str:
    if isinstance(exc, VaultError):
        return str(exc)
    return QCoreApplication.translate("errors", "unexpected internal error ({name})").format(
        name=type(exc).__name__
    )


def show_error(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A non-blocking error box (``open()``, not ``exec()``), returned so tests can find and close it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
