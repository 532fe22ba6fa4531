"""ListingsPage: the vault's entities screened against the imported Consolidated List — every candidate with
its score and reasons, the listing it may be, and the expert's decision (confirm or reject) — and the list's
entry for the selected candidate. Screening runs on this machine; nothing is sent anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.public import VaultError
from app.service import VaultService
from app.service_lists import Listing, Version
from app.service_screening import CandidateView
from ui.errors import vault_text
from ui.sections import Section
from ui.widgets.icons import icon
from ui.widgets.tables import fit_to_contents, list_table
from ui.wizards.list_document_wizard import ReviewWizard
from ui.workers.queries import Queries

IdRole = Qt.ItemDataRole.UserRole + 1
CONFIRMED = QColor("#b3261e")
REJECTED = QColor("#6b6b6b")


@dataclass(frozen=True)
class ListingsView:
    version: Version | None
    candidates: tuple[CandidateView, ...]


def _load(service: VaultService, open_only: bool) -> ListingsView:
    versions = service.lists.versions()
    if not versions:
        return ListingsView(None, ())
    return ListingsView(versions[-1], tuple(service.screening.screen(include_decided=not open_only)))


def listing_text(x: Listing) -> str:
    """The list's entry as plain lines (names, identifiers, narrative)."""
    lines = [f"{x.reference}  {x.name}  ({x.regime})"]
    if x.original_script:
        lines.append(x.original_script)
    lines += [f"a.k.a. ({a.quality or '-'}): {a.name}" for a in x.aliases]
    lines += [f"{b.date or b.year or b.from_year + '–' + b.to_year}" for b in x.births]
    lines += list(x.birth_places) + list(x.nationalities)
    lines += [f"{d.type} {d.number} {d.country}".strip() for d in x.documents]
    lines += list(x.addresses)
    lines += [f"IMO {n}" for n in x.imo_numbers]
    if x.listed_on:
        lines.append(f"{x.listed_on} …")
    if x.narrative:
        lines += ["", x.narrative]
    return "\n".join(lines)


class ListingsPage(QWidget):
    """Lives on the UI thread; reads and writes through the query worker. ``loaded`` counts refreshes."""

    def __init__(
        self, section: Section, service: VaultService, queries: Queries, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._service = service
        self._queries = queries
        self.wizard: ReviewWizard | None = None
        self.candidates: tuple[CandidateView, ...] = ()
        self.loaded = 0
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setObjectName("listingsSummary")
        self.open_only = QCheckBox(self.tr("&Undecided only"), self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.open_only)
        self.table = list_table(
            self,
            "candidateTable",
            [
                self.tr("Score"),
                self.tr("In this vault"),
                self.tr("Reference"),
                self.tr("Listed as"),
                self.tr("Decision"),
                self.tr("Why"),
            ],
            stretch=5,
        )
        self.confirm_button = QPushButton(icon("new"), self.tr("&Confirm: same person or entity"), self)
        self.confirm_button.setObjectName("confirmCandidate")
        self.reject_button = QPushButton(self.tr("&Reject: not the same"), self)
        self.reject_button.setObjectName("rejectCandidate")
        self.review_button = QPushButton(self.tr("&Periodic review…"), self)
        self.review_button.setObjectName("reviewListing")
        self.review_button.setToolTip(
            self.tr("The Committee's periodic review of the selected listing, as DOCX")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        self.message = QLabel(self)
        self.message.setObjectName("listingsMessage")
        self.message.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        self.entry = QPlainTextEdit(self)
        self.entry.setObjectName("listingEntry")
        self.entry.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.entry)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.open_only.toggled.connect(lambda _on: self.reload())
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        self.review_button.clicked.connect(self.review)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        open_only = self.open_only.isChecked()
        self._queries.ask(lambda s: _load(s, open_only), self._on_loaded, self._on_failed)

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.message.setText(message)
        self.loaded += 1

    def _on_loaded(self, view: ListingsView) -> None:
        selected = self.selected_id()
        self.candidates = view.candidates
        self.table.blockSignals(True)
        self.table.setRowCount(len(view.candidates))
        for row, c in enumerate(view.candidates):
            for column, item in enumerate(self._cells(c)):
                self.table.setItem(row, column, item)
            if c.id == selected:
                self.table.selectRow(row)
        fit_to_contents(self.table)
        self.table.blockSignals(False)
        if view.version is None:
            self.summary.setText(self.tr("No list imported yet (fieldvault list import)."))
        else:
            received = view.version.received
            self.summary.setText(
                self.tr("Consolidated List of {date}").format(date=view.version.generated[:10])
                + (" " + self.tr("(received from a colleague, not imported here)") if received else "")
                + " · "
                + self.tr("%n candidate(s)", "", len(view.candidates))
            )
        self._update_buttons()
        self.loaded += 1

    def _cells(self, c: CandidateView) -> list[QTableWidgetItem]:
        score = QTableWidgetItem(str(c.score))
        score.setData(IdRole, c.id)
        decision = {
            "open": self.tr("to decide"),
            "confirmed": self.tr("confirmed"),
            "rejected": self.tr("rejected"),
        }.get(c.status, c.status)
        subject = c.subject_title + (" " + self.tr("(sealed)") if c.sealed else "")
        cells = [
            score,
            QTableWidgetItem(subject),
            QTableWidgetItem(c.reference),
            QTableWidgetItem(c.listed_name),
            QTableWidgetItem(decision),
            QTableWidgetItem("; ".join(vault_text(r) for r in c.reasons)),
        ]
        colour = CONFIRMED if c.status == "confirmed" else REJECTED if c.status == "rejected" else None
        for cell in cells:
            cell.setToolTip(cell.text())
            if colour is not None:
                cell.setForeground(colour)
        return cells

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        item = self.table.item(items[0].row(), 0)
        cid = item.data(IdRole) if item is not None else None
        return cid if isinstance(cid, str) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.confirm_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.review_button.setEnabled(chosen)

    def _on_selection_changed(self) -> None:
        self._update_buttons()
        cid = self.selected_id()
        chosen = next((c for c in self.candidates if c.id == cid), None)
        if chosen is None:
            return
        reference = chosen.reference
        self._queries.ask(lambda s: listing_text(s.lists.listing(reference)), self.entry.setPlainText)

    def review(self) -> ReviewWizard | None:
        """Open the wizard writing the periodic review of the selected candidate's listing."""
        cid = self.selected_id()
        chosen = next((c for c in self.candidates if c.id == cid), None)
        if chosen is None:
            return None
        wizard = ReviewWizard(self._service, chosen.reference, self)
        wizard.setObjectName("reviewWizard")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        self.wizard = wizard
        return wizard

    def decide(self, decision: str) -> None:
        cid = self.selected_id()
        if cid is None:
            return

        def done(_view: object) -> None:
            self.message.setText(self.tr("Decision recorded."))
            self.reload()

        def failed(message: str, _error: VaultError | None) -> None:
            self.message.setText(message)

        self._queries.ask(lambda s: s.screening.decide(cid, decision), done, failed)
