"""AttributionForm: what an expert says about an evidence item — caption, source (by code), investigation,
and the date it was really taken — as fields to edit. The file's own (claimed) date is shown beside the
corrected one, never replaced by it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.service_attribution import Attribution, AttributionChoices
from ui import protection

FIELDS = ("caption", "source", "investigation", "taken_at")


class AttributionForm(QWidget):
    """Lives on the UI thread; holds no service. ``fill(choices, attribution)`` shows the choices and an
    item's current values (``attribution`` None: several items, every field starts empty);
    ``changes()`` gives the fields that differ from what was shown, for ``attribute_evidence``.

    Signal: ``edited()`` whenever the person changes a field.
    """

    edited = Signal()

    def __init__(self, fields: Sequence[str] = FIELDS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(f for f in FIELDS if f in fields)
        self._shown: dict[str, str | None] = dict.fromkeys(self.fields)
        self.caption = QLineEdit(self)
        self.caption.setObjectName("captionEdit")
        self.caption.setPlaceholderText(self.tr("What the picture or document shows"))
        self.source = QComboBox(self)
        self.source.setObjectName("sourceChoice")
        self.source.setToolTip(self.tr("The source it came from, by code"))
        self.investigation = QComboBox(self)
        self.investigation.setObjectName("investigationChoice")
        self.taken_at = QLineEdit(self)
        self.taken_at.setObjectName("takenAtEdit")
        self.taken_at.setPlaceholderText(self.tr("2024-03-01 or 2024-03-01T14:30"))
        self.taken_at.setToolTip(
            self.tr(
                "When it was really taken, if the camera's clock was wrong. "
                "The date the file claims is kept as it is."
            )
        )
        self.claimed = QLabel(self)
        self.claimed.setObjectName("claimedDate")
        self.claimed.setWordWrap(True)
        self.claimed.setStyleSheet("color: #5f6368;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: dict[str, tuple[str, QWidget]] = {
            "caption": (self.tr("&Caption"), self.caption),
            "source": (self.tr("&Source"), self.source),
            "investigation": (self.tr("&Investigation"), self.investigation),
            "taken_at": (self.tr("&Date taken"), self.taken_at),
        }
        for key in self.fields:
            label, widget = rows[key]
            form.addRow(label, widget)
            if key == "taken_at":
                form.addRow("", self.claimed)
        for key, (_label, widget) in rows.items():
            if key not in self.fields:
                widget.setVisible(False)
        if "taken_at" not in self.fields:
            self.claimed.setVisible(False)
        self._filling = False
        self.caption.textChanged.connect(self._on_changed)
        self.taken_at.textChanged.connect(self._on_changed)
        self.source.currentIndexChanged.connect(self._on_changed)
        self.investigation.currentIndexChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def widget(self, field: str) -> QWidget:
        """The editor of ``field`` (to give it the focus)."""
        found = {"caption": self.caption, "source": self.source, "investigation": self.investigation}
        return found.get(field, self.taken_at)

    def fill(self, choices: AttributionChoices, attribution: Attribution | None) -> None:
        self._filling = True
        try:
            self._fill(choices, attribution)
        finally:
            self._filling = False

    def _fill(self, choices: AttributionChoices, attribution: Attribution | None) -> None:
        self.source.clear()
        self.source.addItem(self.tr("(no source)"), None)
        for choice in choices.sources:
            self.source.addItem(
                protection.icon(choice.protection),
                self.tr("{code} ({level})").format(
                    code=choice.code, level=protection.name(choice.protection)
                ),
                choice.id,
            )
        self.investigation.clear()
        self.investigation.addItem(self.tr("(no investigation)"), None)
        for inv in choices.investigations:
            self.investigation.addItem(inv.title or inv.id[:8], inv.id)
        a = attribution
        self._shown = {
            "caption": a.caption if a else None,
            "source": a.source if a else None,
            "investigation": a.investigation if a else None,
            "taken_at": a.taken_at if a else None,
        }
        self.caption.setText(self._shown["caption"] or "")
        self.taken_at.setText(self._shown["taken_at"] or "")
        for combo, key in ((self.source, "source"), (self.investigation, "investigation")):
            value = self._shown[key]
            index = combo.findData(value)
            if index < 0 and value is not None:  # a link to a record this vault no longer lists
                combo.addItem(self.tr("{id} (not listed)").format(id=value[:8]), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        claimed = a.claimed_date if a else None
        if claimed:
            self.claimed.setText(
                self.tr("The file says {date} (its own claim, not verified).").format(date=claimed)
            )
        else:
            self.claimed.setText(self.tr("The file claims no date.") if a else "")

    def values(self) -> dict[str, str | None]:
        data: dict[str, str | None] = {
            "caption": self.caption.text().strip() or None,
            "source": _data(self.source.currentData()),
            "investigation": _data(self.investigation.currentData()),
            "taken_at": self.taken_at.text().strip() or None,
        }
        return {k: v for k, v in data.items() if k in self.fields}

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what ``fill`` showed (None: remove it)."""
        return {k: v for k, v in self.values().items() if v != self._shown.get(k)}


def _data(value: object) -> str | None:
    return value if isinstance(value, str) else None
