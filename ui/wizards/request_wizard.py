"""RequestWizard: answer a request from a court or a mechanism — choose the investigations, see per item
whether it may go and why not (consent, protection, the outbound gate, the claim's grounds), then
write the signed package on a worker; the disclosure is recorded in each item's custody."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.public import InvalidInput, Summary, VaultError
from app.request_select import Selection, Verdict
from app.service import VaultService
from app.service_requests import PackageReport
from ui import protection
from ui.sections import kind_label
from ui.widgets.file_picker import PickMode
from ui.widgets.path_field import PathField
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.job_worker import CancelCheck, Job, Progress
from ui.workers.queries import Queries

IdRole = Qt.ItemDataRole.UserRole + 1


class RequestWizard(VaultWizard):
    """Lives on the UI thread; asks for the verdicts through the query worker. See VaultWizard.

    ``verdicts`` are the newest shown (empty until the query worker answered)."""

    def __init__(
        self, service: VaultService, queries: Queries, request_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Answer a request"), parent)
        self._queries = queries
        self.request_id = request_id
        self.verdicts: tuple[Verdict, ...] = ()
        self._ticket = 0
        choose, form = self.choices_page(
            self.tr("What answers it, and where"),
            self.tr(
                "The package holds the original files, their SHA-256 and chain of custody, the claims and "
                "interview notes as PDF, and a cover letter listing what was withheld and why, by category, "
                "never naming a source. It is signed by this vault. Nothing from a source goes without "
                "that source's consent to this use (a court, unless the request says otherwise)."
            ),
        )
        self.investigations = self._list(choose, "requestInvestigations")
        self.entities = self._list(choose, "requestEntities")
        self.claims = self._list(choose, "requestClaims")
        self.out = PathField(PickMode.SAVE, "request-package", choose, title=self.tr("Write the package to"))
        self.out.setObjectName("requestOut")
        form.addRow(self.tr("Investigations"), self.investigations)
        form.addRow(self.tr("Entities (the claims citing them)"), self.entities)
        form.addRow(self.tr("Claims (and what they cite)"), self.claims)
        form.addRow(self.tr("Write the package to (a new folder)"), self.out)
        what = QWizardPage(self)
        what.setTitle(self.tr("What may go, item by item"))
        self.counts = QLabel(what)
        self.counts.setObjectName("requestCounts")
        self.counts.setWordWrap(True)
        self.table = QTableWidget(0, 4, what)
        self.table.setObjectName("requestVerdicts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Verdict"), self.tr("Kind"), self.tr("What"), self.tr("Why")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problem = QLabel(what)
        self.problem.setObjectName("requestProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(what)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        self.addPage(what)
        self.add_job_page(service, self.tr("Writing the package"))
        for box, kind in ((self.investigations, "investigation"), (self.entities, "entity"),
                          (self.claims, "claim")):  # fmt: skip
            box.itemChanged.connect(lambda _item: self.refresh_verdicts())
            queries.ask(_listing(kind), _filler(box))

    @staticmethod
    def _list(parent: QWidget, name: str) -> QListWidget:
        box = QListWidget(parent)
        box.setObjectName(name)
        box.setMaximumHeight(110)
        return box

    def selection(self) -> Selection:
        """What is ticked in the three lists."""
        return Selection(
            investigations=tuple(_ticked(self.investigations)),
            entities=tuple(_ticked(self.entities)),
            claims=tuple(_ticked(self.claims)),
        )

    def refresh_verdicts(self) -> None:
        chosen, request = self.selection(), self.request_id
        if chosen.empty():
            self.verdicts = ()
            self.problem.setText(self.tr("Choose at least one investigation, entity or claim."))
            return
        self._queries.forget(self._ticket)
        self._ticket = self._queries.ask(
            lambda s: tuple(s.requests.verdicts(request, chosen)),
            self._on_verdicts,
            self._on_failed,
        )

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.verdicts = ()
        self.problem.setText(message)

    def _on_verdicts(self, found: tuple[Verdict, ...]) -> None:
        self.verdicts = found
        self.problem.clear()
        goes = sum(1 for v in found if v.allowed)
        self.counts.setText(
            self.tr("%n item(s) may go", "", goes) + " · " + self.tr("%n withheld", "", len(found) - goes)
        )
        self.table.setRowCount(len(found))
        for row, v in enumerate(found):
            verdict = QTableWidgetItem(self.tr("goes") if v.allowed else self.tr("withheld"))
            if not v.allowed:
                verdict.setForeground(protection.colour("protected"))
            what = v.title if v.allowed else v.id[:8]
            cells = (
                verdict,
                QTableWidgetItem(kind_label(v.kind)),
                QTableWidgetItem(what),
                QTableWidgetItem(v.reason),
            )
            for column, item in enumerate(cells):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(item.text())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def initializePage(self, page_id: int) -> None:  # noqa: N802 - Qt's name
        super().initializePage(page_id)
        if self.page(page_id) is not self.job_page:
            self.refresh_verdicts()

    def _job(self) -> Job:
        chosen, out, request = self.selection(), self.out.path(), self.request_id
        if chosen.empty() or out is None:
            raise InvalidInput("choose what answers the request and where to write the package", field="out")
        target = out

        def job(s: VaultService, _progress: Progress, _cancelled: CancelCheck) -> PackageReport:
            return s.requests.package(request, chosen, target)

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, PackageReport):
            return ""
        goes = sum(1 for v in result.verdicts if v.allowed)
        return self.tr(
            "Package {package} written to {path}: {goes} items and records given, {withheld} withheld "
            "(listed by category in the cover letter). Its SHA-256 {sha} is recorded in each item's chain "
            "of custody."
        ).format(
            package=result.package_id,
            path=result.out,
            goes=goes,
            withheld=len(result.verdicts) - goes,
            sha=result.package_sha256[:16],
        )


def _listing(kind: str) -> Callable[[VaultService], list[Summary]]:
    def ask(s: VaultService) -> list[Summary]:
        return s.records.list_records(kind, limit=500)

    return ask


def _filler(box: QListWidget) -> Callable[[list[Summary]], None]:
    return lambda found: _fill(box, found)


def _fill(box: QListWidget, found: list[Summary]) -> None:
    box.blockSignals(True)
    for summary in found:
        item = QListWidgetItem(summary.title)
        item.setData(IdRole, summary.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    box.blockSignals(False)


def _ticked(box: QListWidget) -> list[str]:
    ids = []
    for row in range(box.count()):
        item = box.item(row)
        rid = item.data(IdRole) if item is not None else None
        if item is not None and item.checkState() == Qt.CheckState.Checked and isinstance(rid, str):
            ids.append(rid)
    return ids
