"""SettingsDialog: how soon the vault locks when idle, how soon a copied protected field is cleared."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.settings import (
    MAX_CLIPBOARD_SECONDS,
    MAX_IDLE_MINUTES,
    MIN_CLIPBOARD_SECONDS,
    MIN_IDLE_MINUTES,
    Settings,
)


class SettingsDialog(QDialog):
    """Lives on the UI thread; shown with ``open()``. Signal: ``settings_chosen(Settings)`` on OK."""

    settings_chosen = Signal(object)

    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.idle = QSpinBox(self)
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(current.idle_lock_minutes)
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(MIN_CLIPBOARD_SECONDS, MAX_CLIPBOARD_SECONDS)
        self.clipboard.setSuffix(self.tr(" seconds"))
        self.clipboard.setValue(current.clipboard_clear_seconds)
        note = QLabel(
            self.tr("Fieldvault keeps no list of recent vaults: settings never name a vault or a file."), self
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lock when idle for"), self.idle)
        form.addRow(self.tr("Clear copied protected fields after"), self.clipboard)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _on_accepted(self) -> None:
        self.accept()
        self.settings_chosen.emit(Settings(self.idle.value(), self.clipboard.value()).clamped())
