"""RecordEditor: the detail pane for one record — its fields, edited in place, saved as a new revision.

Meeting notes get a fixed form (title, date, text). Any other kind shown here (the model's kinds have
their own form-driven editor, ui/panels/model_editor.py) gets one row per field: text fields are editable,
anything else is shown read-only. Identity fields of a non-public source are masked; copying one goes
through the clipboard guard, which clears it again. Loading and saving go through the query worker.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from app.public import Record, Summary, VaultError
from app.service import VaultService
from ui.dates import readable
from ui.panels.editor_base import EditorBase
from ui.sections import kind_label
from ui.widgets.clipboard_guard import ClipboardGuard
from ui.workers.queries import Queries

LONG_FIELDS = {"body", "notes", "summary", "description", "text", "reason", "statement", "rationale"}
PLAIN_KINDS = {"note", "evidence"}  # every other kind is the model's: its own entry point seals and links
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
IDENTITY_FIELDS = {"name", "aliases", "contacts", "risk_notes", "identifying_terms"}  # as vault.model.source
NOTE_FIELDS = ("title", "date", "body")


def summary_of(record: Record) -> Summary:
    investigation = record.body.get("investigation")
    return Summary(
        record.id,
        record.kind,
        record.title,
        record.deleted,
        record.conflicted,
        record.updated,
        investigation if isinstance(investigation, str) else None,
    )


def is_protected(kind: str, body: Mapping[str, Any], field: str) -> bool:
    """An identity field of a source that may not be named (confidential ones are stored in clear)."""
    return kind == "source" and field in IDENTITY_FIELDS and body.get("protection") != "public"


def _titles(service: VaultService, record: Record) -> dict[str, str]:
    """Kind and title of every record this one links to (runs on the query worker)."""
    ids: list[str] = []
    for value in record.body.values():
        if isinstance(value, str) and _UUID.match(value):
            ids.append(value)
        elif isinstance(value, list):
            ids += [v for v in value if isinstance(v, str) and _UUID.match(v)]
    titles = {}
    for rid in dict.fromkeys(ids):
        try:
            linked = service.get(rid)
        except VaultError:
            continue
        titles[rid] = f"{kind_label(linked.kind)}: {linked.title}"
    return titles


class RecordEditor(EditorBase):
    """Lives on the UI thread; loads and saves through ``Queries`` (the query worker).

    Signals: those of EditorBase.
    """

    def __init__(
        self,
        service: VaultService,
        clipboard: ClipboardGuard,
        queries: Queries,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(queries, parent)
        self._service = service
        self._titles: dict[str, str] = {}
        self._ticket = 0
        self._clipboard = clipboard
        self.record: Record | None = None
        self._new_kind: str | None = None
        self._edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._lists: set[str] = set()
        self._checks: dict[str, QCheckBox] = {}
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.lay_out(scroll, stretch=scroll)
        self.clear()

    # --- showing ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.record = None
        self._new_kind = None
        self._rebuild({}, "", editable=False)
        self.nothing_selected()

    def shown_id(self) -> str | None:
        return self.record.id if self.record is not None else None

    def show_record(self, record_id: str) -> None:
        self._queries.forget(self._ticket)
        self._ticket = self._queries.ask(
            lambda s: (s.get(record_id), _titles(s, s.get(record_id))),
            self._on_record_loaded,
            self._on_load_failed,
        )

    def _on_load_failed(self, message: str, _error: VaultError | None) -> None:
        self.clear()
        self.error.setText(message)

    def _on_record_loaded(self, loaded: tuple[Record, dict[str, str]]) -> None:
        record, self._titles = loaded
        self.record = record
        self._new_kind = None
        self.heading.setText(f"{kind_label(record.kind)}: {record.title or self.tr('(untitled)')}")
        self.meta.setText(
            self.tr("Created {created} · changed {updated} · id {id}").format(
                created=readable(record.created), updated=readable(record.updated), id=record.id[:8]
            )
            + ("  " + self.tr("⚠ edited in two places: both versions are kept") if record.conflicted else "")
        )
        fields = dict(record.body)
        if record.kind == "note":
            for name in NOTE_FIELDS:
                fields.setdefault(name, "")
        self._rebuild(fields, record.kind, editable=not record.deleted)
        self.save_button.setEnabled(not record.deleted)
        self.delete_button.setEnabled(not record.deleted)
        self.record_loaded.emit(record.id)

    def new_note(self) -> None:
        self.record = None
        self._new_kind = "note"
        self.heading.setText(self.tr("New meeting note"))
        self.meta.setText(self.tr("Saved as the first revision of a new record."))
        self._rebuild({name: "" for name in NOTE_FIELDS}, "note", editable=True)
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(False)
        edit = self._edits.get("title")
        if edit is not None:
            edit.setFocus()

    def _rebuild(self, fields: Mapping[str, Any], kind: str, *, editable: bool) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._edits = {}
        self._lists = set()
        self._checks = {}
        self.error.clear()
        self.reason.setVisible(False)
        self.confirm_delete.setVisible(False)
        order = [f for f in NOTE_FIELDS if f in fields] + sorted(f for f in fields if f not in NOTE_FIELDS)
        for name in order:
            value = fields[name]
            label = name.replace("_", " ").capitalize()
            if name == "sealed":
                sealed = QLabel(
                    self.tr("Identity sealed: readable only with the keys it was sealed to."), self.form_host
                )
                sealed.setObjectName("sealedIdentity")
                self.form.addRow(self.tr("Identity"), sealed)
            elif is_protected(kind, fields, name) and isinstance(value, str | list):
                text = ", ".join(value) if isinstance(value, list) else value
                self.form.addRow(label, self._protected_row(text))
            elif isinstance(value, bool):
                check = QCheckBox(self.form_host)
                check.setChecked(value)
                check.setEnabled(editable)
                self._checks[name] = check
                self.form.addRow(label, check)
            elif (
                isinstance(value, list)
                and value
                and all(isinstance(v, str) and _UUID.match(v) for v in value)
            ):
                links = QLabel("\n".join(self._title_of(v) for v in value), self.form_host)
                links.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.form.addRow(label, links)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                names = QLineEdit(", ".join(value), self.form_host)
                names.setObjectName(f"field_{name}")
                names.setReadOnly(not editable)
                names.setToolTip(self.tr("Separate entries with commas"))
                self._edits[name] = names
                self._lists.add(name)
                self.form.addRow(label, names)
            elif isinstance(value, str) and _UUID.match(value):
                self.form.addRow(label, QLabel(self._title_of(value), self.form_host))
            elif isinstance(value, str) and (name in LONG_FIELDS or "\n" in value or len(value) > 120):
                text_edit = QPlainTextEdit(value, self.form_host)
                text_edit.setObjectName(f"field_{name}")
                text_edit.setReadOnly(not editable)
                text_edit.setMinimumHeight(160 if name in ("body", "notes") else 80)
                self._edits[name] = text_edit
                self.form.addRow(label, text_edit)
            elif isinstance(value, str):
                line = QLineEdit(value, self.form_host)
                line.setObjectName(f"field_{name}")
                line.setReadOnly(not editable or name in ("sha256", "received_at"))
                self._edits[name] = line
                self.form.addRow(label, line)
            else:
                shown = QLabel(json.dumps(value, ensure_ascii=False, indent=1)[:2000], self.form_host)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.form.addRow(label, shown)

    def _title_of(self, record_id: str) -> str:
        return self._titles.get(record_id, record_id[:8])

    def _protected_row(self, value: str) -> QWidget:
        row = QWidget(self.form_host)
        masked = QLineEdit("••••••••", row)
        masked.setReadOnly(True)
        masked.setToolTip(self.tr("Protected identity: not shown"))
        copy = QPushButton(self.tr("Copy"), row)
        copy.setObjectName("copyProtected")
        copy.setToolTip(self.tr("Copies it; the clipboard is cleared again shortly after"))
        copy.clicked.connect(lambda: self._clipboard.copy_protected(value))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(masked, 1)
        layout.addWidget(copy)
        return row

    # --- saving -------------------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, edit in self._edits.items():
            if edit.isReadOnly():
                continue
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            values[name] = [p.strip() for p in text.split(",") if p.strip()] if name in self._lists else text
        for name, check in self._checks.items():
            values[name] = check.isChecked()
        return values

    def _changes(self, record: Record, values: dict[str, Any]) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, value in values.items():
            old = record.body.get(name)
            if isinstance(value, str):
                if value != (old if isinstance(old, str) else ""):
                    changes[name] = value if value or name == "title" else None
            elif value != old and not (value == [] and old is None):
                changes[name] = value if value != [] else None
        return changes

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        values = self._values()
        self.error.clear()
        if self._new_kind is not None:
            kind = self._new_kind
            body = {k: v for k, v in values.items() if v.strip() or k == "title"}
            self._queries.ask(lambda s: s.records.add_record(kind, body), self._on_saved, self._on_failed)
        elif self.record is not None:
            changes = self._changes(self.record, values)
            if not changes:
                return
            rid, plain = self.record.id, self.record.kind in PLAIN_KINDS

            def edit(s: VaultService) -> Record:
                return (
                    s.records.edit_record(rid, changes) if plain else s.model.edit_model_record(rid, changes)
                )

            self._queries.ask(edit, self._on_saved, self._on_failed)

    def _on_saved(self, record: Record) -> None:
        self._new_kind = None
        self.record = record
        self.record_saved.emit(summary_of(record))
        self.show_record(record.id)
