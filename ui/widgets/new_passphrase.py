"""NewPassphraseFields: a new passphrase typed twice, its strength, and a suggested one of random words.

Used by the create page and the change-passphrase dialog. A passphrase zxcvbn scores below 3
(vault/keys/passphrase_strength.py) is refused, as the CLI refuses it. "The two passphrases differ" is said
only once the second field has been typed in and is not merely still being typed (a beginning of the
first), or was left.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.public import MIN_PASSPHRASE_CHARS, Passphrase, passphrase_strength
from ui.widgets.feedback import secret_line
from ui.widgets.icons import icon
from ui.widgets.strength_meter import StrengthMeter


class NewPassphraseFields(QObject):
    """Lives on the UI thread; its widgets belong to ``host`` and take their rows in the host's ``form``
    (so their labels line up with the host's own). Signal: ``changed()`` whenever what ``problem()``
    says may have changed.

    ``set_context`` words (a vault's name) count as known to an attacker. ``take()`` returns the
    passphrase as a Passphrase; the fields keep nothing after ``clear()``.
    """

    changed = Signal()

    def __init__(self, host: QWidget, form: QFormLayout) -> None:
        super().__init__(host)
        self._context: tuple[str, ...] = ()
        self._repeat_left = False
        self._suggested: str | None = None
        self.passphrase = secret_line(host, "passphrase")
        self.repeat = secret_line(host, "repeat")
        self.meter = StrengthMeter(host)
        self.show_box = QCheckBox(self.tr("S&how"), host)
        self.show_box.setObjectName("showPassphrase")
        self.show_box.setToolTip(self.tr("Show the passphrase as you type it"))
        self.suggest_button = QPushButton(icon("suggest"), self.tr("Su&ggest a passphrase"), host)
        self.suggest_button.setObjectName("suggestPassphrase")
        self.suggest_button.setToolTip(
            self.tr("Six words drawn at random from a list of 7,776: hard to guess, easy to type")
        )
        self.suggestion_note = QLabel(host)
        self.suggestion_note.setObjectName("suggestionNote")
        self.suggestion_note.setWordWrap(True)
        self.suggestion_note.setVisible(False)
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.passphrase, 1)
        first.addWidget(self.show_box)
        first.addWidget(self.suggest_button)
        form.addRow(self.tr("&Passphrase"), first)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow("", self.suggestion_note)
        form.addRow(self.tr("&Repeat it"), self.repeat)
        label = form.labelForField(first)
        if isinstance(label, QLabel):
            label.setBuddy(self.passphrase)
        self.passphrase.textChanged.connect(self._on_passphrase_changed)
        self.repeat.textChanged.connect(self._on_repeat_changed)
        self.repeat.editingFinished.connect(self._on_repeat_left)
        self.show_box.toggled.connect(self._on_show_toggled)
        self.suggest_button.clicked.connect(self.suggest)

    # --- what is typed ---------------------------------------------------------------------------

    def set_context(self, words: Sequence[str]) -> None:
        self._context = tuple(w for w in words if w)
        self.meter.update_for(self.passphrase.text(), self._context)
        self.changed.emit()

    def text(self) -> str:
        return self.passphrase.text()

    def take(self) -> Passphrase:
        return Passphrase.from_text(self.passphrase.text())

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None."""
        text, again = self.passphrase.text(), self.repeat.text()
        if not text:
            return self.tr("Type a passphrase, or let Fieldvault suggest one.")
        if len(text) < MIN_PASSPHRASE_CHARS:
            return self.tr("A passphrase needs at least %n character(s).", "", MIN_PASSPHRASE_CHARS)
        if not self.meter.strength.acceptable:
            return self.tr(
                "This passphrase is too easy to guess: follow the advice under the strength bar, or let "
                "Fieldvault suggest one."
            )
        if again == text:
            return None
        if self.differ():
            return self.tr("The two passphrases differ.")
        return self.tr("Type the passphrase again under “Repeat it” to confirm it.")

    def differ(self) -> bool:
        """True once the second field is typed in and does not match: not while it is empty, nor while
        it is a beginning of the first that is still being typed."""
        text, again = self.passphrase.text(), self.repeat.text()
        if not again or again == text:
            return False
        return self._repeat_left or not text.startswith(again)

    # --- suggesting ------------------------------------------------------------------------------

    def suggest(self) -> str:
        """Fill both fields with six random words, shown in clear so they can be written down."""
        phrase = passphrase_strength.suggest()
        self._suggested = phrase
        self.show_box.setChecked(True)
        self.passphrase.setText(phrase)
        self.repeat.setText(phrase)
        self.suggestion_note.setText(
            self.tr(
                "Six words drawn at random. Learn them or write them down now, and keep the paper apart "
                "from this computer: Fieldvault does not show them again."
            )
        )
        self.suggestion_note.setVisible(True)
        return phrase

    # --- state -----------------------------------------------------------------------------------

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.show_box.setChecked(False)
        self._suggested = None
        self._repeat_left = False
        self.suggestion_note.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        for w in (self.passphrase, self.repeat, self.show_box, self.suggest_button):
            w.setEnabled(not busy)

    def _on_passphrase_changed(self, text: str) -> None:
        if self._suggested is not None and text != self._suggested:
            self._suggested = None
            self.suggestion_note.setVisible(False)
        self.meter.update_for(text, self._context)
        self.changed.emit()

    def _on_repeat_changed(self, text: str) -> None:
        if not text:
            self._repeat_left = False
        self.changed.emit()

    def _on_repeat_left(self) -> None:
        if self.repeat.text():
            self._repeat_left = True
            self.changed.emit()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)
