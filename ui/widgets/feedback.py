"""Small widgets the pages share: the red error line, the busy bar, the hidden line for a secret."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

ERROR_COLOUR = "#b3261e"


def error_label(parent: QWidget) -> QLabel:
    """An empty, wrapping error line in the app's error colour (objectName ``error``, for tests)."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    return label


def busy_bar(parent: QWidget) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setVisible(False)
    return bar


def secret_line(parent: QWidget, name: str) -> QLineEdit:
    """A line for a passphrase or code that shows dots as it is typed (objectName ``name``, for tests)."""
    line = QLineEdit(parent)
    line.setObjectName(name)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line
