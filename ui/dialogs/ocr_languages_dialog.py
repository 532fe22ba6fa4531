"""OcrLanguagesDialog: the languages text recognition (OCR) reads in this vault, and whether to read the
items already read again in them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

# Each language by its own name (no translation needed); the codes are Tesseract's.
NAMES = {
    "eng": "English",
    "fra": "Français",
    "ara": "العربية",
    "rus": "Русский",
    "spa": "Español",
    "por": "Português",
}


class OcrLanguagesDialog(QDialog):
    """Lives on the UI thread; shown with ``open()``. Signal ``languages_chosen(list, bool)`` on OK: the
    codes ticked (at least one) and whether to read again what was read before."""

    languages_chosen = Signal(list, bool)

    def __init__(self, current: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ocrLanguagesDialog")
        self.setWindowTitle(self.tr("Text recognition (OCR)"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Photographed and scanned pages are read in these languages:"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.boxes: dict[str, QCheckBox] = {}
        for code, name in NAMES.items():
            box = QCheckBox(name, self)
            box.setChecked(code in current)
            box.toggled.connect(self._update)
            self.boxes[code] = box
            layout.addWidget(box)
        self.again = QCheckBox(self.tr("Read the items already read again in these languages"), self)
        layout.addWidget(self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.chosen()))

    def _on_accepted(self) -> None:
        self.languages_chosen.emit(self.chosen(), self.again.isChecked())
        self.accept()
