"""PathField: a path typed or chosen with the history-free picker (an input file, or a new output)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.widgets.file_picker import PickMode, pick


class PathField(QWidget):
    """Lives on the UI thread. Signal: ``path_changed(str)``. ``title``: the picker's title."""

    path_changed = Signal(str)

    def __init__(
        self, mode: PickMode, suggested: str = "", parent: QWidget | None = None, *, title: str = ""
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._suggested = suggested
        self._title = title  # the picker's title: what this field's path is
        self.edit = QLineEdit(self)
        self.button = QPushButton(self.tr("Choose…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.textChanged.connect(self.path_changed)
        self.button.clicked.connect(self._on_choose_clicked)

    def _on_choose_clicked(self) -> None:
        picker = pick(self._mode, self, self._suggested, title=self._title)
        picker.paths_chosen.connect(lambda paths: self.edit.setText(str(paths[0])))

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))
