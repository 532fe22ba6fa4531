"""ModelEditor: the detail pane for a record of the investigation model (source, interview, entity,
materiel, claim, letter, investigation, methodology), built from the kind's form description.

Everything it reads or writes goes through the query worker, so a long import never freezes it. A
source shows its code and protection mark; its identity stays hidden until "Reveal identity", which the
vault logs for a protected source. An interview with one expert present that a designation claim rests
on carries a warning; a claim shows its assessment and can be promoted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.public import InvalidInput, PromotionRefused, Record, SourceIdentity, VaultError
from app.service import VaultService
from ui import protection
from ui.dates import readable
from ui.errors import title_text, vault_text
from ui.labels import field_label
from ui.panels.claim_panel import ClaimPanel
from ui.panels.editor_base import EditorBase
from ui.panels.model_form import ModelForm
from ui.panels.record_editor import summary_of
from ui.record_views import ModelView, blank_view, load_view
from ui.sections import kind_label
from ui.widgets.clipboard_guard import ClipboardGuard
from ui.workers.queries import Queries

WARNING_STYLE = "background: #fff4e5; color: #7a4100; padding: 8px; border-radius: 4px;"


class ModelEditor(EditorBase):
    """Lives on the UI thread; reads and writes through ``Queries`` (the query worker).

    Signals: those of EditorBase (``record_loaded`` says "" for a blank form); ``identity_revealed(str)``
    after a reveal; ``claim_promoted(str)`` after the methodology let a claim move up;
    ``designation_requested(str)`` when the expert asks for a designation proposal for the entity shown.
    """

    identity_revealed = Signal(str)
    claim_promoted = Signal(str)
    designation_requested = Signal(str)

    def __init__(
        self, queries: Queries, parent: QWidget | None = None, *, clipboard: ClipboardGuard | None = None
    ) -> None:
        super().__init__(queries, parent)
        self._clipboard = clipboard
        self._revealed_name = ""
        self.view: ModelView | None = None
        self.form: ModelForm | None = None
        self._ticket = 0
        self.badge = QLabel(self)
        self.badge.setObjectName("protectionBadge")
        self.warning = QLabel(self)
        self.warning.setObjectName("designationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.reveal_button = QPushButton(self.tr("Reveal identity"), self)
        self.reveal_button.setObjectName("revealButton")
        self.hide_button = QPushButton(self.tr("Hide identity"), self)
        self.hide_button.setObjectName("hideButton")
        self.copy_button = QPushButton(self.tr("Copy name"), self)
        self.copy_button.setObjectName("copyProtected")
        self.copy_button.setToolTip(self.tr("Copies it; the clipboard is cleared again shortly after"))
        self.host = QWidget(self)
        self.host_layout = QVBoxLayout(self.host)
        self.claim_panel = ClaimPanel(self.host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.host)
        self.backlinks = QLabel(self)
        self.backlinks.setObjectName("backlinks")
        self.backlinks.setWordWrap(True)
        self.backlinks.setStyleSheet("color: palette(mid);")
        self.listings = QLabel(self)
        self.listings.setObjectName("listingCandidates")
        self.listings.setWordWrap(True)
        self.listings.setStyleSheet(WARNING_STYLE)
        self.listings.setVisible(False)
        self._listings_ticket = 0
        self.designation_button = QPushButton(self.tr("Designation proposal…"), self)
        self.designation_button.setObjectName("designationButton")
        self.designation_button.setToolTip(self.tr("A proposal for designating this entity, as DOCX"))
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        badge_row.addWidget(self.reveal_button)
        badge_row.addWidget(self.copy_button)
        badge_row.addWidget(self.hide_button)
        badge_row.addWidget(self.designation_button)
        self.lay_out(badge_row, self.warning, self.listings, scroll, self.backlinks, stretch=scroll)
        self.reveal_button.clicked.connect(self.reveal)
        self.hide_button.clicked.connect(self._on_hide_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.claim_panel.promote_requested.connect(self.promote)
        self.designation_button.clicked.connect(self._on_designation_clicked)
        self.clear()

    # --- showing ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.view = None
        self._set_form(None)
        self.nothing_selected()
        for label in (self.badge, self.backlinks, self.warning, self.listings):
            label.clear()
        self.warning.setVisible(False)
        self.listings.setVisible(False)
        self.claim_panel.setVisible(False)
        self._revealed_name = ""
        for w in (self.reveal_button, self.hide_button, self.copy_button, self.designation_button):
            w.setVisible(False)

    def shown_id(self) -> str | None:
        return self.view.record.id if self.view is not None and self.view.record is not None else None

    def _set_form(self, form: ModelForm | None) -> None:
        if self.form is not None:  # gone at once: a revealed identity must not linger hidden
            self.host_layout.removeWidget(self.form)
            self.form.hide()
            self.form.setParent(None)
            self.form.deleteLater()
        self.host_layout.removeWidget(self.claim_panel)
        self.form = form
        self.host_layout.addWidget(self.claim_panel)  # a claim's standing first, then its fields
        if form is not None:
            self.host_layout.addWidget(form)
            form.show()

    def show_record(self, record_id: str) -> None:
        self._ask(lambda s: load_view(s, record_id), self._on_view_loaded)

    def new_record(self, kind: str, investigation: str | None = None) -> None:
        self._ask(lambda s: blank_view(s, kind, investigation), self._on_view_loaded)

    def _ask(self, query: Any, then: Any) -> None:
        self._queries.forget(self._ticket)  # only the newest request's answer is shown
        self._ticket = self._queries.ask(query, then, self._on_failed)

    def _on_view_loaded(self, view: ModelView) -> None:
        self.view = view
        self._revealed_name = ""
        self.copy_button.setVisible(False)
        record = view.record
        form = ModelForm(view.kind, view.specs, view.candidates, self.host)
        self._set_form(form)
        self.error.clear()
        self.reason.setVisible(False)
        self.confirm_delete.setVisible(False)
        if record is None:
            self.heading.setText(self.tr("New {kind}").format(kind=kind_label(view.kind).lower()))
            self.meta.setText(self.tr("Saved as the first revision of a new record."))
            form.set_values(view.defaults, editable=True)
            form.show_identity(True)
        else:
            title = title_text(record.title) if record.title else self.tr("(untitled)")
            self.heading.setText(f"{kind_label(record.kind)}: {title}")
            self.meta.setText(
                self.tr("Created {created} · changed {updated} · id {id}").format(
                    created=readable(record.created), updated=readable(record.updated), id=record.id[:8]
                )
                + (
                    "  " + self.tr("⚠ edited in two places: both versions are kept")
                    if record.conflicted
                    else ""
                )
            )
            form.set_values(record.body, editable=not record.deleted)
        self._show_source(view)
        self._show_warnings(view)
        self._show_claim(view)
        links = [f"{kind_label(b.kind)}: {b.title} ({field_label(b.field)})" for b in view.backlinks]
        self.backlinks.setText(
            self.tr("Linked from: {links}").format(links="; ".join(links)) if links else ""
        )
        self._show_listings(view)
        editable = record is None or not record.deleted
        self.save_button.setEnabled(editable)
        self.delete_button.setEnabled(record is not None and not record.deleted)
        self.record_loaded.emit(record.id if record is not None else "")

    def _show_listings(self, view: ModelView) -> None:
        """An entity's candidates on the Consolidated List, screened here (nothing is sent anywhere)."""
        self.listings.clear()
        self.listings.setVisible(False)
        self._queries.forget(self._listings_ticket)
        record = view.record
        entity = record is not None and record.kind == "entity" and not record.deleted
        self.designation_button.setVisible(entity)
        if record is None or not entity:
            return
        rid = record.id

        def shown(found: list[Any]) -> None:
            if self.shown_id() != rid or not found:
                return
            decided = {
                "open": self.tr("to decide"),
                "confirmed": self.tr("confirmed"),
                "rejected": self.tr("rejected"),
            }
            lines = [
                self.tr("May be on the Consolidated List (see Listings):"),
                *(
                    f"{c.score}  {c.reference} {c.listed_name} — {decided.get(c.status, c.status)}: "
                    + "; ".join(vault_text(r) for r in c.reasons)
                    for c in found
                ),
            ]
            self.listings.setText("\n".join(lines))
            self.listings.setVisible(True)

        def no_list(_message: str, _error: VaultError | None) -> None:
            return  # no list imported: nothing to say on the entity's page

        self._listings_ticket = self._queries.ask(lambda s: s.screening.screen(rid), shown, no_list)

    def _on_designation_clicked(self) -> None:
        rid = self.shown_id()
        if rid is not None:
            self.designation_requested.emit(rid)

    def _show_source(self, view: ModelView) -> None:
        level = None
        if view.source is not None:
            level = view.source.protection
        elif view.kind == "source":
            level = str(view.defaults.get("protection", "confidential"))
        if level is None:
            self.badge.clear()
            self.reveal_button.setVisible(False)
            self.hide_button.setVisible(False)
            return
        self.badge.setPixmap(protection.icon(level).pixmap(20, 20))
        self.badge.setToolTip(f"{protection.name(level)}: {protection.meaning(level)}")
        self.meta.setText(
            self.meta.text() + "  ·  " + f"{protection.name(level)} — {protection.meaning(level)}"
        )
        existing = view.record is not None
        sealed_away = view.source is not None and view.source.sealed and not view.source.readable
        self.reveal_button.setVisible(existing and level != "public" and not sealed_away)
        self.reveal_button.setText(
            self.tr("Reveal identity (logged)") if level == "protected" else self.tr("Show identity")
        )
        self.hide_button.setVisible(False)
        if existing and level == "public" and self.form is not None:
            self.form.show_identity(True)

    def _show_warnings(self, view: ModelView) -> None:
        lines: list[str] = []
        if view.designation_claims:
            lines.append(
                self.tr(
                    "Only one expert was present at this interview, and material supporting a designation "
                    "rests on it: {claims}. The methodology needs two experts present."
                ).format(claims="; ".join(view.designation_claims))
            )
        lines += [self.tr("Not counted for this designation: {why}").format(why=w) for w in view.warnings]
        if view.source is not None and view.source.sealed and not view.source.readable:
            lines.append(self.tr("This identity is sealed to other experts' keys; it cannot be read here."))
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def _show_claim(self, view: ModelView) -> None:
        a = view.assessment
        self.claim_panel.setVisible(a is not None)
        self.claim_panel.show_answer(True, "")
        if a is None:
            return
        sources = {c.id: c for c in view.candidates.get("source", ())}
        titles = {c.id: c.label for kind, cs in view.candidates.items() if kind != "source" for c in cs}
        self.claim_panel.show_assessment(a, sources, view.rules, titles)

    # --- identity -----------------------------------------------------------------------------

    def reveal(self) -> None:
        view = self.view
        if view is None or view.record is None:
            return
        rid = view.record.id
        self._queries.ask(lambda s: s.model.reveal_source(rid), self._on_identity_revealed, self._on_failed)

    def _on_identity_revealed(self, who: SourceIdentity) -> None:
        view = self.view
        if self.form is None or view is None or view.record is None:
            return
        body = dict(view.record.body)
        body.update(who.to_body())
        record = replace(view.record, body=body)
        self.view = replace(view, record=record)
        self.form.set_values(body, editable=not record.deleted)
        self.form.show_identity(True)
        self.reveal_button.setVisible(False)
        self.hide_button.setVisible(True)
        self._revealed_name = who.name
        self.copy_button.setVisible(self._clipboard is not None)
        self.identity_revealed.emit(record.id)

    def _on_copy_clicked(self) -> None:
        if self._clipboard is not None and self._revealed_name:
            self._clipboard.copy_protected(self._revealed_name)

    def _on_hide_clicked(self) -> None:
        if self.view is not None and self.view.record is not None:
            self.show_record(self.view.record.id)  # reloaded from the vault: the identity is gone again

    # --- claims -------------------------------------------------------------------------------

    def promote(self, status: str) -> None:
        view = self.view
        if view is None or view.record is None:
            return
        rid = view.record.id

        def refused(message: str, error: VaultError | None) -> None:
            refusal = error.reasons if isinstance(error, PromotionRefused) else (message,)
            reasons = [vault_text(r) for r in refusal]
            self.claim_panel.show_answer(
                False,
                self.tr("The methodology does not allow it yet:") + "\n• " + "\n• ".join(reasons),
            )

        self._queries.ask(lambda s: s.model.promote_claim(rid, status), self._on_promoted, refused)

    def _on_promoted(self, assessment: Any) -> None:
        if self.view is None or self.view.record is None:
            return
        rid = self.view.record.id
        status = getattr(assessment, "status", "")

        def shown(view: ModelView) -> None:
            self._on_view_loaded(view)
            self.claim_panel.show_answer(
                True,
                self.tr("Promoted: the methodology's conditions for {status} are met.").format(
                    status=status.replace("_", " ")
                ),
            )
            self.claim_promoted.emit(rid)

        self._ask(lambda s: load_view(s, rid), shown)

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        view, form = self.view, self.form
        if view is None or form is None or not self.save_button.isEnabled():
            return
        form.clear_errors()
        self.error.clear()
        record = view.record
        if record is None:
            body = form.new_body()
            kind = view.kind
            query: Callable[[VaultService], Record] = lambda s: s.model.add_model_record(kind, body)  # noqa: E731
        else:
            changes = form.changes(record.body)
            if not changes:
                return
            rid = record.id
            query = lambda s: s.model.edit_model_record(rid, changes)  # noqa: E731
        self._queries.ask(query, self._on_saved, self._on_save_failed)

    def _on_saved(self, record: Record) -> None:
        self.record_saved.emit(summary_of(record))
        self.show_record(record.id)

    def _on_save_failed(self, message: str, error: VaultError | None) -> None:
        field = error.field if isinstance(error, InvalidInput) else None
        if self.form is None or not self.form.show_error(field, message):
            self.error.setText(message)
        self.save_failed.emit(message)
