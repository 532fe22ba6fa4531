"""DeleteEvidenceDialog: delete evidence items with a reason the person types (a tombstone each; the
history stays). A reason the vault refuses — one naming a protected source — is shown, nothing deleted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.public import VaultError
from app.service import VaultService
from ui.workers.queries import Queries


def _delete(service: VaultService, ids: Sequence[str], reason: str) -> list[str]:
    """Delete each item with ``reason`` (on the query worker); the ids deleted."""
    for rid in ids:
        service.records.delete_record(rid, reason)
    return list(ids)


class DeleteEvidenceDialog(QDialog):
    """Lives on the UI thread; shown with ``open()``. Deletes through the query worker.

    Signals: ``deleted(list[str])`` with the ids deleted (the dialog then closes); ``refused(str)``
    with the vault's reason, shown in the dialog, which stays open to change the text.
    """

    deleted = Signal(list)
    refused = Signal(str)

    def __init__(self, queries: Queries, ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteEvidenceDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._queries = queries
        self.ids = tuple(ids)
        n = len(self.ids)
        self.setWindowTitle(self.tr("Delete %n item(s)", "", n) if n > 1 else self.tr("Delete the item"))
        intro = QLabel(
            self.tr(
                "The item disappears from lists and search; its history and chain of custody stay, with "
                "the reason. The reason travels in bundles: do not name a protected source."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("deleteReason")
        self.reason.setPlaceholderText(self.tr("Why is this deleted? (kept in the history)"))
        self.error = QLabel(self)
        self.error.setObjectName("deleteError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = self.buttons.addButton(
            self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("confirmDelete")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_changed)
        self.reason.returnPressed.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, 0)
        self.reason.setFocus()

    def _on_reason_changed(self, text: str) -> None:
        self.delete_button.setEnabled(bool(text.strip()))

    def confirm(self) -> None:
        why = self.reason.text()
        if not why.strip() or not self.delete_button.isEnabled():
            return
        ids = self.ids
        self.delete_button.setEnabled(False)
        self.error.clear()
        self._queries.ask(lambda s: _delete(s, ids, why), self._on_deleted, self._on_refused)

    def _on_deleted(self, ids: list[str]) -> None:
        self.deleted.emit(ids)
        self.accept()

    def _on_refused(self, message: str, _error: VaultError | None) -> None:
        self.error.setText(message)
        self.delete_button.setEnabled(bool(self.reason.text().strip()))
        self.refused.emit(message)
