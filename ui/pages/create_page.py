"""CreatePage: where the new vault goes, and its passphrase typed twice with zxcvbn's strength meter
(a weak one is refused, as the CLI refuses it) or suggested as six random words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.public import Passphrase
from ui.widgets.feedback import error_label
from ui.widgets.file_picker import PickMode, pick
from ui.widgets.icons import icon
from ui.widgets.new_passphrase import NewPassphraseFields

SUFFIX = ".fvault"


class CreatePage(QWidget):
    """Lives on the UI thread.

    Signals: ``create_requested(Path, Passphrase)`` with the new vault's folder; ``back_requested()``.
    The page does not create anything itself: the controller runs the job on a worker and calls
    ``set_busy``/``show_error``.
    """

    create_requested = Signal(Path, Passphrase)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Create a new vault"), self)
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.location = QLineEdit(str(Path.home()), self)
        self.location.setObjectName("location")
        browse = QPushButton(self.tr("Ch&oose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.name = QLineEdit(self.tr("field-notes"), self)
        self.name.setObjectName("name")
        form = QFormLayout()
        location_label = QLabel(self.tr("&Keep it in"), self)
        location_label.setBuddy(self.location)
        form.addRow(location_label, where)
        form.addRow(self.tr("Vault &name"), self.name)
        self.fields = NewPassphraseFields(self, form)
        self.passphrase = self.fields.passphrase
        self.repeat = self.fields.repeat
        self.meter = self.fields.meter
        self.suggest_button = self.fields.suggest_button
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "Use several unrelated, uncommon words, or let Fieldvault suggest six. Nobody, including "
                "the Fieldvault developers, can recover a vault whose passphrase and recovery code are "
                "both lost."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setFormat(self.tr("Making the keys…"))
        self.error = error_label(self)
        self.create_button = QPushButton(icon("new-vault"), self.tr("&Create the vault"), self)
        self.create_button.setObjectName("createVaultButton")
        self.create_button.setDefault(True)
        self.back_button = QPushButton(icon("back"), self.tr("&Back"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(advice)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for edit in (self.location, self.name):
            edit.textChanged.connect(self._on_changed)
        self.name.textChanged.connect(self._on_name_changed)
        self.fields.changed.connect(self._on_changed)
        self.repeat.returnPressed.connect(self._on_create_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.back_button.clicked.connect(self.back_requested)
        self._on_name_changed(self.name.text())

    def folder(self) -> Path:
        name = self.name.text().strip()
        if not name.endswith(SUFFIX):
            name += SUFFIX
        return Path(self.location.text().strip()).expanduser() / name

    def _problem(self) -> str | None:
        if not self.name.text().strip() or "/" in self.name.text():
            return self.tr("Give the vault a name (it becomes a folder NAME.fvault).")
        if not Path(self.location.text().strip()).expanduser().is_dir():
            return self.tr("Choose an existing folder to keep the vault in.")
        if self.folder().exists():
            return self.tr("Something with that name is already there; choose another name.")
        return self.fields.problem()

    def _on_name_changed(self, name: str) -> None:
        self.fields.set_context((name.strip().removesuffix(SUFFIX),))  # emits changed

    def _on_changed(self) -> None:
        problem = self._problem()
        self.hint.setText(
            problem or self.tr("The vault will be created at {path}").format(path=self.folder())
        )
        self.create_button.setEnabled(problem is None and not self.busy.isVisible())

    def _on_browse_clicked(self) -> None:
        picker = pick(PickMode.FOLDER, self)
        picker.paths_chosen.connect(self._on_location_chosen)

    def _on_location_chosen(self, paths: list[Path]) -> None:
        if paths:
            self.location.setText(str(paths[0]))

    def _on_create_clicked(self) -> None:
        if self._problem() is not None or self.busy.isVisible():
            return
        passphrase = self.fields.take()
        self.error.clear()
        self.create_requested.emit(self.folder(), passphrase)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.location, self.name, self.back_button):
            w.setEnabled(not busy)
        self.fields.set_busy(busy)
        self._on_changed()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    def reset(self) -> None:
        """Forget what was typed (after success or when leaving the page)."""
        self.fields.clear()
        self.error.clear()
        self.set_busy(False)
