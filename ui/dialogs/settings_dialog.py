"""SettingsDialog: how soon the vault locks when idle, how soon a copied protected field is cleared, and
the language of the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import (
    MAX_CLIPBOARD_SECONDS,
    MAX_IDLE_MINUTES,
    MIN_CLIPBOARD_SECONDS,
    MIN_IDLE_MINUTES,
    Settings,
)
from ui.translations import LANGUAGES


class SettingsDialog(QDialog):
    """Lives on the UI thread; shown with ``open()``. Signal: ``settings_chosen(Settings)`` on OK."""

    settings_chosen = Signal(object)

    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        self.idle = QSpinBox(self)
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(current.idle_lock_minutes)
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(MIN_CLIPBOARD_SECONDS, MAX_CLIPBOARD_SECONDS)
        self.clipboard.setSuffix(self.tr(" seconds"))
        self.clipboard.setValue(current.clipboard_clear_seconds)
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        language_note = QLabel(
            self.tr(
                "A new language applies at once: the window is rebuilt in it (after an import or export "
                "in progress, at the next unlock)."
            ),
            self,
        )
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: palette(mid);")
        note = QLabel(
            self.tr("Fieldvault keeps no list of recent vaults: settings never name a vault or a file."), self
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Lock when idle for"), self.idle)
        form.addRow(self.tr("&Clear copied protected fields after"), self.clipboard)
        form.addRow(self.tr("L&anguage"), self.language)
        form.addRow(language_note)  # the whole width: nothing squeezed into the field column
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
        language = self.language.currentData()
        chosen = Settings(
            self.idle.value(), self.clipboard.value(), language if isinstance(language, str) else "en"
        )
        self.settings_chosen.emit(chosen.clamped())
