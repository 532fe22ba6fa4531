"""MetadataPanel: an evidence item's facts (hash, size, when received, extracted metadata, warnings),
what the expert says about it (caption, source, investigation, corrected date — editable, each save an
edit revision; deleting it with a reason), and its chain of custody (intake, views, exports, bundles),
newest last."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.public import CustodyEvent, Record, VaultError
from app.service import VaultService
from app.service_attribution import Attribution, AttributionChoices
from app.service_records import RecordDetails
from ui.dialogs.delete_evidence_dialog import DeleteEvidenceDialog
from ui.errors import vault_text
from ui.panels.attribution_form import AttributionForm
from ui.workers.queries import Queries


@dataclass(frozen=True)
class Loaded:
    details: RecordDetails
    events: tuple[CustodyEvent, ...] | None  # readable custody (None: only the raw audit entries)
    attribution: Attribution | None  # None: not an evidence item (nothing to attribute)
    choices: AttributionChoices | None


def _load(service: VaultService, record_id: str) -> Loaded:
    """The item's details, readable custody events and attribution (on the query worker)."""
    details = service.records.details(record_id)
    try:
        events: tuple[CustodyEvent, ...] | None = tuple(service.evidence.custody(record_id))
    except VaultError:
        events = None
    attribution: Attribution | None = None
    choices: AttributionChoices | None = None
    if not details.record.deleted:
        try:
            attribution = service.attribution.evidence_attribution(record_id)
            choices = service.attribution.attribution_choices()
        except VaultError:
            attribution = choices = None
    return Loaded(details, events, attribution, choices)


SHOWN_FIRST = ("name", "size", "sha256", "received_at", "media_type")
HIDDEN = {"investigation", "source", "caption", "taken_at"}  # edited above the facts


def _size(n: object) -> str:
    if not isinstance(n, int):
        return str(n)
    value = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return str(n)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):  # claimed metadata: one "key: value" per line
        return "\n".join(f"{str(k).replace('_', ' ')}: {_text(v)}" for k, v in sorted(value.items()))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _detail(detail: Mapping[str, Any]) -> str:
    parts = []
    for key in sorted(detail):
        if key in ("sha256", "revision", "by", "kind"):
            continue
        parts.append(f"{key}: {_text(detail[key])}")
    return ", ".join(parts)


class MetadataPanel(QWidget):
    """Lives on the UI thread; reads the item's details through the query worker.

    Signals: ``details_shown(str)`` with the item's title once its metadata and custody are on screen;
    ``item_changed(Record)`` after the attribution was saved; ``save_failed(str)`` with the vault's
    reason (also shown under the fields); ``item_deleted(str)`` after the item was deleted.
    ``focus_field(name)`` puts the cursor in the caption, source, investigation or taken_at field.
    """

    details_shown = Signal(str)
    item_changed = Signal(object)
    save_failed = Signal(str)
    item_deleted = Signal(str)

    def __init__(self, service: VaultService, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._queries = queries
        self._ticket = 0
        self.record_id: str | None = None
        self._sha = ""
        self.heading = QLabel(self.tr("Metadata"), self)
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.about = QWidget(self)
        self.about.setObjectName("attribution")
        self.attribution = AttributionForm(parent=self.about)
        self.save_button = QPushButton(self.tr("Save"), self.about)
        self.save_button.setObjectName("saveAttribution")
        self.save_button.setToolTip(self.tr("Save the caption, source, investigation and date (Ctrl+S)"))
        self.save_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete…"), self.about)
        self.delete_button.setObjectName("deleteEvidence")
        self.delete_button.setToolTip(self.tr("Delete the item, with a reason (its history stays)"))
        self.error = QLabel(self.about)
        self.error.setObjectName("attributionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        about_layout = QVBoxLayout(self.about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        about_layout.addWidget(self.attribution)
        about_layout.addLayout(buttons)
        self.attribution.edited.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.ask_delete)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.delete_dialog: DeleteEvidenceDialog | None = None
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.copy_hash = QPushButton(self.tr("Copy SHA-256"), self)
        self.copy_hash.clicked.connect(self._on_copy_hash_clicked)
        custody_heading = QLabel(self.tr("Chain of custody"), self)
        custody_heading.setStyleSheet("font-weight: 600;")
        self.custody = QTreeWidget(self)
        self.custody.setObjectName("custody")
        self.custody.setRootIsDecorated(False)
        self.custody.setHeaderLabels(
            [self.tr("When (UTC)"), self.tr("What"), self.tr("By"), self.tr("Details")]
        )
        self.custody.setColumnWidth(0, 150)
        self.custody.setColumnWidth(1, 70)
        self.custody.setColumnWidth(2, 90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.form_host)
        layout.addWidget(self.copy_hash)
        layout.addWidget(custody_heading)
        layout.addWidget(self.custody, 1)
        self.show_item(None)

    def show_item(self, record_id: str | None) -> None:
        self.record_id = record_id
        while self.form.rowCount():
            self.form.removeRow(0)
        self.custody.clear()
        self.copy_hash.setEnabled(False)
        self.about.setVisible(False)
        self.save_button.setEnabled(False)
        self.error.clear()
        self._queries.forget(self._ticket)
        if record_id is None:
            self.heading.setText(self.tr("Select an item to see its metadata and chain of custody"))
            return
        self._ticket = self._queries.ask(lambda s: _load(s, record_id), self._on_loaded, self._on_failed)

    def forget(self) -> None:
        """The panel is going away: an answer still on its way must not reach its deleted widgets."""
        self._queries.forget(self._ticket)

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.heading.setText(message)

    def _on_loaded(self, loaded: Loaded) -> None:
        details, events = loaded.details, loaded.events
        if loaded.attribution is not None and loaded.choices is not None:
            self.attribution.fill(loaded.choices, loaded.attribution)
            self.about.setVisible(True)
        self.details_shown.emit(details.record.title)
        body = details.record.body
        self.heading.setText(details.record.title)
        self._sha = str(body.get("sha256", ""))
        self.copy_hash.setEnabled(bool(self._sha))
        keys = [k for k in SHOWN_FIRST if k in body] + sorted(
            k for k in body if k not in SHOWN_FIRST and k not in HIDDEN
        )
        for key in keys:
            value = body[key]
            text = _size(value) if key == "size" else _text(value)
            label = QLabel(text, self.form_host)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "warnings":
                label.setStyleSheet("color: #9a5b00;")
            if key == "metadata":
                label.setToolTip(self.tr("Claimed by the file itself: not verified"))
            self.form.addRow(key.replace("_", " ").capitalize(), label)
        self.form.addRow(self.tr("Revisions"), QLabel(str(len(details.history)), self.form_host))
        if events is not None:  # readable events, from the intake layer
            for event in events:
                summary = vault_text(event.summary)
                row = [event.at[:19].replace("T", " "), event.action, event.by[:12], summary]
                item = QTreeWidgetItem(row)
                item.setToolTip(3, summary)
                self.custody.addTopLevelItem(item)
            return
        for entry in details.custody:
            by = str(entry.detail.get("by", entry.chain))[:12]
            item = QTreeWidgetItem([entry.at[:19].replace("T", " "), entry.action, by, _detail(entry.detail)])
            item.setToolTip(3, _detail(entry.detail))
            self.custody.addTopLevelItem(item)

    def _on_copy_hash_clicked(self) -> None:
        if self._sha:
            QGuiApplication.clipboard().setText(self._sha)

    # --- attribution and deletion ---------------------------------------------------------------

    def focus_field(self, field: str) -> None:
        self.attribution.widget(field).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_edited(self) -> None:
        self.save_button.setEnabled(bool(self.attribution.changes()))
        self.error.clear()

    def save(self) -> None:
        """Save the changed fields as one edit revision (through the query worker)."""
        rid, changes = self.record_id, self.attribution.changes()
        if rid is None or not changes or not self.about.isVisible():
            return
        self.save_button.setEnabled(False)
        self.error.clear()
        self._queries.ask(
            lambda s: s.attribution.attribute_evidence(rid, **changes), self._on_saved, self._on_save_failed
        )

    def _on_saved(self, record: Record) -> None:
        self.item_changed.emit(record)
        if record.id == self.record_id:
            self.show_item(record.id)  # the new revision, and its line in the custody

    def _on_save_failed(self, message: str, _error: VaultError | None) -> None:
        self.error.setText(message)
        self.save_button.setEnabled(bool(self.attribution.changes()))
        self.save_failed.emit(message)

    def ask_delete(self) -> DeleteEvidenceDialog | None:
        """Ask for the reason and delete the item shown (a dialog; returned for tests and scripts)."""
        if self.record_id is None:
            return None
        dialog = DeleteEvidenceDialog(self._queries, [self.record_id], self)
        dialog.deleted.connect(self._on_deleted)
        self.delete_dialog = dialog
        dialog.open()
        return dialog

    def _on_deleted(self, ids: list[str]) -> None:
        self.delete_dialog = None
        for rid in ids:
            if rid == self.record_id:
                self.show_item(None)
            self.item_deleted.emit(rid)
