"""TracingBox: a materiel item's tracing request — to whom, when, its status, and the reply."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.public import TRACING_STATUS
from ui.labels import choice_label, field_label

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$|^$"


class TracingBox(QWidget):
    """Lives on the UI thread. No signals; the form reads ``value()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sent_to = QLineEdit(self)
        self.sent_to.setObjectName("field_tracing_sent_to")
        self.date = QLineEdit(self)
        self.date.setObjectName("field_tracing_date")
        self.reply_date = QLineEdit(self)
        for edit in (self.date, self.reply_date):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(DATE_PATTERN), edit))
        self.status = QComboBox(self)
        self.status.setObjectName("field_tracing_status")
        self.status.addItem("", None)
        for value in TRACING_STATUS:
            self.status.addItem(choice_label(value), value)
        self.reply = QPlainTextEdit(self)
        self.reply.setMaximumHeight(70)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(field_label("sent_to"), self.sent_to)
        form.addRow(field_label("date"), self.date)
        form.addRow(field_label("status"), self.status)
        form.addRow(field_label("reply"), self.reply)
        form.addRow(field_label("reply_date"), self.reply_date)

    def set_value(self, value: Mapping[str, Any] | None) -> None:
        value = value or {}
        self.sent_to.setText(str(value.get("sent_to") or ""))
        self.date.setText(str(value.get("date") or ""))
        self.reply.setPlainText(str(value.get("reply") or ""))
        self.reply_date.setText(str(value.get("reply_date") or ""))
        index = self.status.findData(value.get("status"))
        self.status.setCurrentIndex(max(index, 0))

    def value(self) -> dict[str, Any] | None:
        out: dict[str, Any] = {}
        for key, text in (
            ("sent_to", self.sent_to.text().strip()),
            ("date", self.date.text().strip()),
            ("reply", self.reply.toPlainText().strip()),
            ("reply_date", self.reply_date.text().strip()),
        ):
            if text:
                out[key] = text
        status = self.status.currentData()
        if isinstance(status, str):
            out["status"] = status
        return out or None

    def set_editable(self, editable: bool) -> None:
        for w in (self.sent_to, self.date, self.reply, self.reply_date):
            w.setReadOnly(not editable)
        self.status.setEnabled(editable)
