"""OriginalChoices: what to do with each original that names a protected source, before trying again.

Shown by a wizard's job page when a bundle or handover package was refused because stored originals
name a protected source (the same choice the CLI offers with ``fieldvault evidence seal|withhold``):
seal the original (it travels encrypted to the source's keys; the archive keeps the record and the
hash), withhold it (it stays in this vault; the record travels with the reason), or leave it — then send
a redacted working copy instead. The choices are carried out by the next run of the job, on its worker.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SEAL, WITHHOLD, LEAVE = "seal", "withhold", "leave"


class OriginalChoices(QWidget):
    """Lives on the UI thread. Signal: ``retry_requested(dict)`` — evidence id → "seal" or "withhold"."""

    retry_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalChoices")
        intro = QLabel(
            self.tr(
                "These originals name a protected source. Seal one to send it encrypted to the keys that "
                "can read the source's identity (the archive keeps its record and hash, not its bytes), or "
                "withhold it to keep it in this vault; to send a redacted copy instead, withhold the "
                "original and make a working copy. Each choice is logged."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._rows = QWidget(self)
        self._form = QFormLayout(self._rows)
        self._boxes: dict[str, QComboBox] = {}
        self.retry = QPushButton(self.tr("Apply the choices and try again"), self)
        self.retry.setObjectName("retryWithChoices")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self._rows)
        layout.addWidget(self.retry)
        self.retry.clicked.connect(self._on_retry_clicked)
        self.hide()

    def show_items(self, record_ids: tuple[str, ...]) -> None:
        """One choice per evidence record (shown by its id: its file name may itself name the source)."""
        while self._form.rowCount():
            self._form.removeRow(0)
        self._boxes = {}
        for rid in record_ids:
            box = QComboBox(self._rows)
            box.addItem(self.tr("Seal it"), SEAL)
            box.addItem(self.tr("Withhold it"), WITHHOLD)
            box.addItem(self.tr("Leave it (nothing is sent)"), LEAVE)
            box.setObjectName(f"choice-{rid[:8]}")
            self._form.addRow(self.tr("Evidence {id}").format(id=rid[:8]), box)
            self._boxes[rid] = box
        self.setVisible(bool(record_ids))

    def choices(self) -> dict[str, str]:
        """Evidence id → "seal" or "withhold" (items left as they are are not listed)."""
        chosen = {rid: str(box.currentData()) for rid, box in self._boxes.items()}
        return {rid: what for rid, what in chosen.items() if what != LEAVE}

    def _on_retry_clicked(self) -> None:
        self.hide()
        self.retry_requested.emit(self.choices())
