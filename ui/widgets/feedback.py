"""Small widgets the pages share to give feedback: the red error line and the busy bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

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
