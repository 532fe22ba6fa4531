"""RecoveryPage: the recovery code, shown once, and "I have written it down" before going on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.public import RecoveryCode, recovery
from ui.widgets.clipboard_guard import ClipboardGuard


class RecoveryPage(QWidget):
    """Lives on the UI thread. Signal: ``confirmed()`` once the person says the code is written down.

    The code is shown as text only while this page is up; ``clear()`` wipes the page and the code.
    Copying goes through the clipboard guard, which clears the clipboard again shortly after.
    """

    confirmed = Signal()

    def __init__(self, clipboard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._code: RecoveryCode | None = None
        heading = QLabel(self.tr("Your recovery code"), self)
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        explain = QLabel(
            self.tr(
                "If you forget your passphrase, this code is the only other way into the vault. Write "
                "it on paper now and keep the paper apart from this computer. It is shown only once."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 6)
        mono.setWeight(QFont.Weight.DemiBold)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.copy_button = QPushButton(self.tr("Copy (cleared from the clipboard shortly after)"), self)
        self.copy_button.setObjectName("copyRecoveryCode")
        self.written = QCheckBox(self.tr("I have written it down"), self)
        self.written.setObjectName("writtenDown")
        self.continue_button = QPushButton(self.tr("Continue to the vault"), self)
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setEnabled(False)
        self.written.toggled.connect(self.continue_button.setEnabled)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(24)
        layout.addWidget(self.code_label)
        layout.addSpacing(24)
        layout.addWidget(self.written)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_code(self, code: RecoveryCode) -> None:
        self._code = code
        self.written.setChecked(False)
        self.code_label.setText(recovery.display(code))

    def _on_copy_clicked(self) -> None:
        if self._code is not None:
            self._clipboard.copy_protected(recovery.display(self._code))

    def _on_continue_clicked(self) -> None:
        if self.written.isChecked():
            self.clear()
            self.confirmed.emit()

    def clear(self) -> None:
        if self._code is not None:
            self._code.wipe()
            self._code = None
        self.code_label.clear()
        self.written.setChecked(False)
