"""ModelForm: a form for one model kind, built from ``service.model.kind_form(kind)`` (vault/model/forms.py).

Each field gets the widget its type calls for: a combo box for a choice (in the users' words), check
boxes for several choices, a link list for links (sources by code and protection mark), a date entry,
the tracing request's own small form. The vault's validators stay the authority: a refusal names its
field (``InvalidInput.field``) and the message is shown under that field. Identity fields of a source
stay hidden until the person reveals them (a logged act, done by the editor); until then they are
neither shown nor sent back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.public import FieldSpec, forms, imo_valid
from ui import protection
from ui.choice import Candidates, Choice
from ui.labels import choice_label, field_label
from ui.panels.link_list import LinkList
from ui.panels.tracing_box import DATE_PATTERN, TracingBox

ERROR_STYLE = "color: #b3261e;"
FieldWidget = QWidget


class ModelForm(QWidget):
    """Lives on the UI thread. Signal: ``edited()`` whenever the person changes a field."""

    edited = Signal()

    def __init__(
        self, kind: str, specs: Sequence[FieldSpec], candidates: Candidates, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.specs = {s.name: s for s in specs}
        self._candidates = candidates
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.identity_shown = False
        self._identity_rows: list[tuple[QWidget, QLabel]] = []
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        for spec in specs:
            widget = self._make(spec)
            widget.setObjectName(f"field_{spec.name}")
            error = QLabel(self)
            error.setObjectName(f"error_{spec.name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            if spec.identity:
                hidden = QLabel(self.tr("Hidden: reveal the identity to see it"), cell)
                hidden.setStyleSheet("color: palette(mid); font-style: italic;")
                box.addWidget(hidden)
                self._identity_rows.append((widget, hidden))
            box.addWidget(error)
            label = field_label(spec.name) + (" *" if spec.required and not spec.computed else "")
            self.form.addRow(label, cell)
            self.widgets[spec.name] = widget
            self.errors[spec.name] = error
        self.show_identity(False)

    # --- building -----------------------------------------------------------------------------

    def _choices(self, spec: FieldSpec) -> list[Choice]:
        return [c for kind in spec.links for c in self._candidates.get(kind, ())]

    def _make(self, spec: FieldSpec) -> QWidget:
        t = spec.type
        if t == forms.LONG_TEXT:
            text = QPlainTextEdit(self)
            text.setMinimumHeight(120 if spec.name in ("notes", "statement", "markings") else 70)
            text.textChanged.connect(self.edited)
            return text
        if t == forms.CHOICE:
            combo = QComboBox(self)
            combo.addItem("", None)
            for value in spec.choices:
                if spec.name == "protection":
                    combo.addItem(protection.icon(value), choice_label(value), value)
                else:
                    combo.addItem(choice_label(value), value)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if t == forms.CHOICES:
            host = QWidget(self)
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            for value in spec.choices:
                check = QCheckBox(choice_label(value), host)
                check.setProperty("value", value)
                check.toggled.connect(self.edited)
                row.addWidget(check)
            row.addStretch(1)
            return host
        if t == forms.BOOL:
            check = QCheckBox(self)
            check.toggled.connect(self.edited)
            return check
        if t == forms.LINK:
            combo = QComboBox(self)
            combo.addItem("", None)
            for choice in self._choices(spec):
                label = choice.label if choice.kind == "source" else choice.label
                if choice.protection:
                    combo.addItem(protection.icon(choice.protection), label, choice.id)
                else:
                    combo.addItem(label, choice.id)
            combo.currentIndexChanged.connect(self.edited)
            return combo
        if t == forms.LINKS:
            links = LinkList(self._choices(spec), self)
            links.changed.connect(self.edited)
            return links
        if t == forms.OBJECT and spec.name == "tracing":
            return TracingBox(self)
        if t == forms.OBJECT:
            shown = QLabel(self)
            shown.setWordWrap(True)
            return shown
        line = QLineEdit(self)
        if t == forms.DATE:
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
            line.setValidator(QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), line))
        elif t == forms.INT:
            line.setValidator(QIntValidator(0, 9999, line))
        elif t == forms.NAMES:
            line.setToolTip(self.tr("Separate entries with commas"))
        if spec.name == "imo":
            line.setPlaceholderText(self.tr("7 digits, the last a check digit"))
            line.textChanged.connect(self._on_imo_changed)
        line.textChanged.connect(self.edited)
        return line

    # --- values -------------------------------------------------------------------------------

    def set_values(self, body: Mapping[str, Any], *, editable: bool) -> None:
        for name, spec in self.specs.items():
            widget = self.widgets[name]
            value = body.get(name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value if isinstance(value, str) else "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else 0
                if index < 0 and isinstance(value, str):
                    widget.addItem(value[:8] if spec.type == forms.LINK else choice_label(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, LinkList):
                widget.set_ids([v for v in value or [] if isinstance(v, str)])
            elif isinstance(widget, TracingBox):
                widget.set_value(value if isinstance(value, Mapping) else None)
            elif isinstance(widget, QLineEdit):
                if isinstance(value, list):
                    widget.setText(", ".join(str(v) for v in value))
                else:
                    widget.setText("" if value is None else str(value))
            elif isinstance(widget, QLabel):
                if name == "sealed":
                    widget.setText(
                        self.tr("Sealed: readable only with the keys it was sealed to.")
                        if value
                        else self.tr("Not sealed")
                    )
                else:
                    widget.setText("" if value is None else json.dumps(value, ensure_ascii=False)[:500])
            elif name in self.specs and spec.type == forms.CHOICES:
                chosen = set(value or [])
                for check in widget.findChildren(QCheckBox):
                    check.setChecked(check.property("value") in chosen)
        self.set_editable(editable)
        self.clear_errors()

    def set_editable(self, editable: bool) -> None:
        for name, spec in self.specs.items():
            widget = self.widgets[name]
            on = editable and not spec.computed
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not on)
            elif isinstance(widget, LinkList | TracingBox):
                widget.set_editable(on)
            elif not isinstance(widget, QLabel):
                widget.setEnabled(on)

    def show_identity(self, shown: bool) -> None:
        """Show the identity fields (after a reveal, or for a new source) or hide them."""
        self.identity_shown = shown
        for widget, hidden in self._identity_rows:
            widget.setVisible(shown)
            hidden.setVisible(not shown)

    def has_identity_fields(self) -> bool:
        return bool(self._identity_rows)

    def value_of(self, name: str) -> Any:
        spec = self.specs[name]
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, LinkList):
            return widget.ids()
        if isinstance(widget, TracingBox):
            return widget.value()
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            if spec.type == forms.NAMES:
                return [p.strip() for p in text.split(",") if p.strip()]
            if spec.type == forms.INT:
                return int(text) if text else None
            return text
        if spec.type == forms.CHOICES:
            return [str(c.property("value")) for c in widget.findChildren(QCheckBox) if c.isChecked()]
        return None

    def values(self) -> dict[str, Any]:
        """What the person entered, field by field (computed fields and hidden identities left out)."""
        out: dict[str, Any] = {}
        for name, spec in self.specs.items():
            if spec.computed or (spec.type == forms.OBJECT and name != "tracing"):
                continue
            if spec.identity and not self.identity_shown:
                continue
            out[name] = self.value_of(name)
        return out

    @staticmethod
    def _empty(value: Any) -> bool:
        return value is None or value == "" or value == [] or value is False

    def new_body(self) -> dict[str, Any]:
        """The fields of a new record: empty ones left out."""
        return {k: v for k, v in self.values().items() if not self._empty(v)}

    def changes(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """The fields that differ from ``body`` (None removes a field the person emptied)."""
        changes: dict[str, Any] = {}
        for name, value in self.values().items():
            old = body.get(name)
            if self._empty(value) and self._empty(old):
                continue
            if isinstance(value, bool) and not value and old is None:
                continue
            if value != old:
                changes[name] = None if self._empty(value) and not isinstance(value, bool) else value
        return changes

    # --- errors -------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def show_error(self, field: str | None, message: str) -> bool:
        """Show ``message`` under ``field`` (``tracing.date`` goes under the tracing request); False when
        the form has no such field (the caller shows it elsewhere)."""
        name = (field or "").split(".")[0]
        label = self.errors.get(name)
        if label is None:
            return False
        label.setText(message)
        label.setVisible(True)
        widget = self.widgets[name]
        if widget.isVisible():
            widget.setFocus()
        return True

    def _on_imo_changed(self, text: str) -> None:
        digits = text.strip().upper().removeprefix("IMO").strip()
        label = self.errors["imo"]
        if digits and len(digits) == 7 and not imo_valid(digits):
            label.setText(self.tr("The check digit does not match: a digit is probably mistyped."))
            label.setVisible(True)
        elif label.text() and (not digits or imo_valid(digits)):
            label.clear()
            label.setVisible(False)
