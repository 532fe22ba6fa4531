"""UnlockPage: a vault folder and its passphrase (or its recovery code). A vault that lets the OS keyring
unlock it gets a button for that. For the demo vault and the demo group archive, whose passphrase is
public, the page says it and offers to fill it in."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.public import Passphrase
from ui.widgets.feedback import busy_bar, error_label, secret_line
from ui.widgets.file_picker import VAULT_SUFFIX, PickMode, pick
from ui.widgets.icons import icon


class UnlockPage(QWidget):
    """Lives on the UI thread.

    Signals: ``unlock_requested(Path, Passphrase)``, ``recover_requested(Path, str)`` (the recovery code
    as typed), ``keyring_requested(Path)``, ``back_requested()``. The controller runs the job and calls
    ``set_busy``/``show_error``, names the demo vaults (``set_demo_vaults``) whose passphrase the page may
    show, and says how to tell a vault the OS keyring may unlock (``set_keyring_check``).
    """

    unlock_requested = Signal(Path, Passphrase)
    keyring_requested = Signal(Path)
    recover_requested = Signal(Path, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Open a vault"), self)
        self.heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self._demos: dict[Path, str] = {}
        self._keyring_check: Callable[[Path], bool] = lambda _folder: False
        self.demo_hint = QLabel(self)
        self.demo_hint.setObjectName("demoPassphrase")
        self.demo_hint.setTextFormat(Qt.TextFormat.RichText)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_fill = QPushButton(self.tr("&Fill in the demo passphrase"), self)
        self.demo_fill.setObjectName("fillDemoPassphrase")
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_hint, 1)
        demo_row.addWidget(self.demo_fill)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("folder")
        self.folder_edit.setPlaceholderText(self.tr("a folder whose name ends in .fvault"))
        browse = QPushButton(self.tr("Ch&oose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.folder_edit, 1)
        where.addWidget(browse)
        self.secret = secret_line(self, "passphrase")
        self.use_code = QCheckBox(self.tr("I &lost the passphrase: use the recovery code"), self)
        self.use_code.setObjectName("useRecoveryCode")
        self.secret_label = QLabel(self.tr("&Passphrase"), self)
        self.secret_label.setBuddy(self.secret)
        vault_label = QLabel(self.tr("&Vault"), self)
        vault_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.addRow(vault_label, where)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.use_code)
        self.busy = busy_bar(self)
        self.error = error_label(self)
        self.unlock_button = QPushButton(icon("unlock"), self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.keyring_button = QPushButton(icon("passphrase"), self.tr("Unlock with the OS &keyring"), self)
        self.keyring_button.setObjectName("keyringUnlockButton")
        self.keyring_button.setToolTip(
            self.tr("This vault lets the keyring of your computer account unlock it, without the passphrase.")
        )
        self.back_button = QPushButton(icon("back"), self.tr("&Back"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keyring_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addLayout(demo_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.folder_edit.textChanged.connect(self._on_changed)
        self.folder_edit.textChanged.connect(self._update_demo_hint)
        self.folder_edit.textChanged.connect(self._update_keyring)
        self.secret.textChanged.connect(self._on_changed)
        self.demo_fill.clicked.connect(self._on_fill_demo_clicked)
        self.use_code.toggled.connect(self._on_mode_toggled)
        self.secret.returnPressed.connect(self._on_unlock_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.keyring_button.clicked.connect(self._on_keyring_clicked)
        self.back_button.clicked.connect(self.back_requested)
        self._on_changed()
        self._update_demo_hint()
        self._update_keyring()

    def set_keyring_check(self, check: Callable[[Path], bool]) -> None:
        """How to tell whether a folder is a vault the OS keyring may unlock (reads no secret)."""
        self._keyring_check = check
        self._update_keyring()

    def _update_keyring(self) -> None:
        text = self.folder_edit.text().strip()
        offered = text.endswith(VAULT_SUFFIX) and self._keyring_check(self.folder())
        self.keyring_button.setVisible(offered)

    def _on_keyring_clicked(self) -> None:
        self.error.clear()
        self.keyring_requested.emit(self.folder())

    def set_demo_vaults(self, demos: dict[Path, str]) -> None:
        """The demo vaults' folders and their public passphrase: shown when one of them is chosen."""
        self._demos = {self._key(p): phrase for p, phrase in demos.items()}
        self._update_demo_hint()

    @staticmethod
    def _key(path: Path) -> Path:
        return Path(str(path).rstrip("/")).expanduser().absolute()

    def demo_passphrase(self) -> str | None:
        """The passphrase of the chosen folder when it is a demo vault (public by design), else None."""
        text = self.folder_edit.text().strip()
        return self._demos.get(self._key(Path(text))) if text else None

    def _update_demo_hint(self) -> None:
        phrase = self.demo_passphrase()
        shown = phrase is not None and not self.use_code.isChecked()
        if phrase is not None:
            self.demo_hint.setText(
                self.tr("This is a demo vault; its passphrase is public: <b>{passphrase}</b>").format(
                    passphrase=html.escape(phrase)
                )
            )
        self.demo_hint.setVisible(shown)
        self.demo_fill.setVisible(shown)

    def _on_fill_demo_clicked(self) -> None:
        phrase = self.demo_passphrase()
        if phrase is not None:
            self.secret.setText(phrase)
            self.unlock_button.setFocus()

    def prepare(self, folder: Path | None, notice: str = "") -> None:
        """Show the page for ``folder`` (or an empty one), with an optional notice (e.g. "locked")."""
        self.folder_edit.setText(str(folder) if folder else "")
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.secret.clear()
        self.error.clear()
        self.use_code.setChecked(False)
        self.set_busy(False)
        self._update_keyring()  # the same folder may have been given a keyring slot since
        self.secret.setFocus()

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def _on_mode_toggled(self, use_code: bool) -> None:
        self.secret.clear()
        self.secret_label.setText(self.tr("&Recovery code") if use_code else self.tr("&Passphrase"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if use_code else QLineEdit.EchoMode.Password)
        self._update_demo_hint()

    def _on_changed(self) -> None:
        ok = self.folder_edit.text().strip().endswith(VAULT_SUFFIX) and bool(self.secret.text())
        self.unlock_button.setEnabled(ok and not self.busy.isVisible())

    def _on_browse_clicked(self) -> None:
        picker = pick(PickMode.VAULT, self)
        picker.paths_chosen.connect(self._on_folder_chosen)

    def _on_folder_chosen(self, paths: list[Path]) -> None:
        if paths:
            self.folder_edit.setText(str(paths[0]))
            self.secret.setFocus()

    def _on_unlock_clicked(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.error.clear()
        text = self.secret.text()
        self.secret.clear()
        if self.use_code.isChecked():
            self.recover_requested.emit(self.folder(), text)
        else:
            self.unlock_requested.emit(self.folder(), Passphrase.from_text(text))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy.setRange(0, 0)  # indeterminate until an upgrade says how far it has gone
        self.busy.setTextVisible(False)
        fields = (self.folder_edit, self.secret, self.use_code, self.back_button, self.demo_fill)
        for w in (*fields, self.keyring_button):
            w.setEnabled(not busy)
        self._on_changed()

    def show_upgrade(self, done: int, total: int) -> None:
        """A schema upgrade run by the unlock (a large archive: minutes): how far it has gone."""
        if total <= 0:
            return
        self.busy.setRange(0, total)
        self.busy.setValue(min(done, total))
        self.busy.setTextVisible(True)
        self.busy.setFormat(
            self.tr("Upgrading this vault for this version: {done} of {total} records").format(
                done=self.locale().toString(done), total=self.locale().toString(total)
            )
        )

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.secret.setFocus()
