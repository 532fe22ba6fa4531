"""AttributionDialog: set one thing about the evidence items selected in the grid — their caption, source,
investigation or corrected date — from the grid's context menu (each item gets one edit revision)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.public import Record, VaultError
from app.service import VaultService
from app.service_attribution import Attribution, AttributionChoices
from ui.panels.attribution_form import AttributionForm
from ui.workers.queries import Queries


def _load(service: VaultService, ids: Sequence[str]) -> tuple[AttributionChoices, Attribution | None]:
    """The choices, and the item's current values when there is one item (on the query worker)."""
    one = service.attribution.evidence_attribution(ids[0]) if len(ids) == 1 else None
    return service.attribution.attribution_choices(), one


def _attribute(service: VaultService, ids: Sequence[str], field: str, value: str | None) -> list[Record]:
    """Set ``field`` on every item, one revision each (on the query worker)."""
    return [service.attribution.attribute_evidence(rid, **{field: value}) for rid in ids]


class AttributionDialog(QDialog):
    """Lives on the UI thread; shown with ``open()``. Reads and saves through the query worker.

    Signals: ``loaded()`` once the choices are shown; ``attributed(list[Record])`` with the items as
    saved (the dialog then closes); ``failed(str)`` with the vault's reason, shown in the dialog.
    """

    loaded = Signal()
    attributed = Signal(list)
    failed = Signal(str)

    def __init__(
        self, queries: Queries, field: str, ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attributionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._queries = queries
        self.field = field
        self.ids = tuple(ids)
        titles = {
            "caption": self.tr("Caption"),
            "source": self.tr("Source"),
            "investigation": self.tr("Investigation"),
            "taken_at": self.tr("Date taken"),
        }
        n = len(self.ids)
        self.setWindowTitle(
            self.tr("{what} of {n} items").format(what=titles.get(field, field), n=n)
            if n > 1
            else titles.get(field, field)
        )
        intro = QLabel(
            self.tr("Applies to the {n} selected items; each gets a new revision.").format(n=n)
            if n > 1
            else self.tr("Saved as a new revision of the item; earlier ones stay in its history."),
            self,
        )
        intro.setWordWrap(True)
        self.form = AttributionForm((field,), self)
        self.form.setEnabled(False)  # until the choices are loaded
        self.error = QLabel(self)
        self.error.setObjectName("attributionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        ids_ = self.ids
        self._queries.ask(lambda s: _load(s, ids_), self._on_loaded, self._on_failed)

    def _on_loaded(self, loaded: tuple[AttributionChoices, Attribution | None]) -> None:
        choices, one = loaded
        self.form.fill(choices, one)
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)
        self.form.widget(self.field).setFocus()
        self.loaded.emit()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        value = self.form.values().get(self.field)
        ids, field = self.ids, self.field
        self.save_button.setEnabled(False)
        self.error.clear()
        self._queries.ask(lambda s: _attribute(s, ids, field, value), self._on_saved, self._on_failed)

    def _on_saved(self, saved: list[Record]) -> None:
        self.attributed.emit(saved)
        self.accept()

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.error.setText(message)
        self.save_button.setEnabled(self.form.isEnabled())
        self.failed.emit(message)
