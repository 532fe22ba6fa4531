"""What a dialog may say about a failure: the vault's own user-safe message, or a generic line.

``str()`` of a ``VaultError`` is fixed wording chosen by the vault; ``str()`` of anything else may carry
paths, content or library internals, so only its type name is shown. The vault's sentences arrive as
``vault.messages.Text`` and are shown in the user's language (:func:`vault_text`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.public import Text, VaultError, WrongPassphrase, message_of
from ui import stored_sentences

log = logging.getLogger("fieldvault.ui")


def vault_text(text: str) -> str:
    """A sentence from the vault in the user's language: a ``Text`` by its template (parameters that
    are Texts too are translated first); a plain string by the catalogue entry it is, or was formatted
    from (ui/stored_sentences.py), else unchanged. A translation that does not fit its parameters falls
    back to the English."""
    if not isinstance(text, Text):
        return _plain(text)
    params = {k: vault_text(v) if isinstance(v, Text) else v for k, v in text.params.items()}
    translated = QCoreApplication.translate("vault", text.template)
    try:
        return translated.format(**params) if params else translated
    except (KeyError, IndexError, ValueError):
        return str(text)


def title_text(title: str) -> str:
    """A record's title in the user's language when the vault made it (a ``Text``: "Note verbale to
    {addressee}"); a title someone typed is content, shown as typed even when it is a word the catalogue
    translates ("Name" stays "Name" in French)."""
    return vault_text(title) if isinstance(title, Text) else title


def _plain(text: str) -> str:
    """A sentence the vault made that reached here as plain text (stored, or formatted into another):
    translated only when it is a sentence, never a single word. The catalogue holds single words too
    (labels: "Name", "draft"), which the vault hands over as ``Text``; a plain word here is content
    someone typed (a title, a file's name put in a sentence), shown as typed."""
    if not text or " " not in text.strip():
        return text
    exact = QCoreApplication.translate("vault", text)
    if exact != text:
        return exact
    recognised = stored_sentences.recognise(text)
    if recognised is None:
        return text
    template, values = recognised
    translated = QCoreApplication.translate("vault", template)
    if translated == template:
        return text
    filled = stored_sentences.fill(translated, {k: _plain(v) for k, v in values.items()})
    return text if filled is None else filled


def failure(exc: BaseException, what: str) -> str:
    """What a worker reports when its call raised: the user-safe message; a failure that is not the
    vault's own (a bug) is logged too, by its type only (``what`` names the call: "a query", "a job")."""
    if not isinstance(exc, VaultError):
        log.warning("%s failed unexpectedly (%s)", what, type(exc).__name__)
    return user_message(exc)


def user_message(exc: BaseException) -> str:
    if isinstance(exc, WrongPassphrase) and message_of(exc).startswith("wrong passphrase"):
        # The CLI's sentence also says the key file may have been altered; a person at the lock screen
        # most likely mistyped, and the tamper case is for ``fieldvault verify`` to say.
        return QCoreApplication.translate("errors", "Wrong passphrase")
    if isinstance(exc, VaultError):
        return vault_text(message_of(exc))
    return QCoreApplication.translate("errors", "unexpected internal error ({name})").format(
        name=type(exc).__name__
    )


def show_error(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A non-blocking error box (``open()``, not ``exec()``), returned so tests can find and close it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
