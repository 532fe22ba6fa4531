"""HandoverWizard: an outgoing expert's package for the successor — choose the investigations, see what
will and will not go across and why (each protected identity: withheld, or re-sealed to the successor
where its consent allows), then write it on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.public import InvalidInput, Summary, VaultError
from app.service import VaultService
from app.service_handover import HandoverPreview, HandoverReport
from ui import protection
from ui.sections import kind_label
from ui.widgets.file_picker import PickMode
from ui.widgets.path_field import PathField
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.job_worker import CancelCheck, Job, Progress
from ui.workers.queries import Queries

IdRole = Qt.ItemDataRole.UserRole + 1


class HandoverWizard(VaultWizard):
    """Lives on the UI thread; previews through the query worker. See VaultWizard.

    ``preview`` is the newest preview shown (None until the query worker answered).
    """

    def __init__(self, service: VaultService, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Produce a handover package"), parent)
        self._queries = queries
        self.preview: HandoverPreview | None = None
        self._ticket = 0
        who, form = self.choices_page(
            self.tr("For whom"),
            self.tr(
                "The package is encrypted to your successor's vault and signed by yours. It holds your open "
                "investigations with their records, evidence and your assessments, and a memo. Protected "
                "identities stay sealed unless you re-seal one whose consent allows it."
            ),
        )
        self.successor = PathField(PickMode.FILE, parent=who, title=self.tr("Successor's identity"))
        self.successor.setObjectName("successorIdentity")
        self.out = PathField(PickMode.SAVE, "handover.fvh", who, title=self.tr("Save the handover package"))
        self.out.setObjectName("handoverOut")
        self.outgoing = QLineEdit(who)
        self.outgoing.setPlaceholderText(self.tr("as it should appear in the memo"))
        form.addRow(self.tr("Successor's identity file"), self.successor)
        form.addRow(self.tr("Write the package to"), self.out)
        form.addRow(self.tr("Your name"), self.outgoing)
        what = QWizardPage(self)
        what.setTitle(self.tr("What goes across, and what does not"))
        self.investigations = QListWidget(what)
        self.investigations.setObjectName("handoverInvestigations")
        self.investigations.setMaximumHeight(110)
        self.counts = QLabel(what)
        self.counts.setObjectName("handoverCounts")
        self.counts.setWordWrap(True)
        self.sources = QTableWidget(0, 3, what)
        self.sources.setObjectName("handoverSources")
        self.sources.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Identity"), self.tr("Why")])
        self.sources.verticalHeader().setVisible(False)
        self.sources.horizontalHeader().setStretchLastSection(True)
        self.problem = QLabel(what)
        self.problem.setObjectName("handoverProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        layout = QVBoxLayout(what)
        layout.addWidget(QLabel(self.tr("Investigations to hand over"), what))
        layout.addWidget(self.investigations)
        layout.addWidget(self.counts)
        layout.addWidget(self.sources, 1)
        layout.addWidget(self.problem)
        self.addPage(what)
        self.add_job_page(service, self.tr("Writing the package"))
        self.investigations.itemChanged.connect(lambda _item: self.refresh_preview())
        self.sources.itemChanged.connect(lambda _item: self.refresh_preview())
        self.successor.path_changed.connect(lambda _p: self.refresh_preview())
        queries.ask(lambda s: s.records.list_records("investigation", limit=500), self._on_investigations)

    def _on_investigations(self, found: list[Summary]) -> None:
        self.investigations.blockSignals(True)
        for summary in found:
            item = QListWidgetItem(summary.title)
            item.setData(IdRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.investigations.addItem(item)
        self.investigations.blockSignals(False)
        self.refresh_preview()

    def chosen(self) -> list[str]:
        ids = []
        for row in range(self.investigations.count()):
            item = self.investigations.item(row)
            rid = item.data(IdRole) if item is not None else None
            if item is not None and item.checkState() == Qt.CheckState.Checked and isinstance(rid, str):
                ids.append(rid)
        return ids

    def resealed(self) -> list[str]:
        codes = []
        for row in range(self.sources.rowCount()):
            item = self.sources.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                codes.append(item.text())
        return codes

    def refresh_preview(self) -> None:
        successor = self.successor.path()
        if successor is None:
            self.problem.setText(self.tr("Choose your successor's identity file first."))
            return
        chosen, reseal = self.chosen(), self.resealed()
        if not chosen:
            self.problem.setText(self.tr("Choose at least one investigation."))
            self.preview = None
            self.button(VaultWizard.WizardButton.NextButton).setEnabled(False)
            return
        self._queries.forget(self._ticket)
        self._ticket = self._queries.ask(
            lambda s: s.handover.handover_preview(successor, chosen, reseal),
            self._on_preview,
            self._on_preview_failed,
        )

    def _on_preview_failed(self, message: str, _error: VaultError | None) -> None:
        self.preview = None
        self.problem.setText(message)

    def _on_preview(self, preview: HandoverPreview) -> None:
        self.preview = preview
        self.problem.clear()
        going = ", ".join(f"{n} × {kind_label(kind).lower()}" for kind, n in preview.counts)
        self.counts.setText(
            self.tr("Goes across: {going}.").format(going=going)
            + " "
            + self.tr("Stays in this vault: {n} records of investigations not chosen or of none.").format(
                n=preview.staying
            )
        )
        words = {
            "in_clear": self.tr("goes across (the Group may know it)"),
            "reseal": self.tr("re-sealed to your successor"),
            "readable": self.tr("already readable by your successor"),
            "withheld": self.tr("withheld: the code goes, the identity stays sealed"),
        }
        self.sources.blockSignals(True)
        self.sources.setRowCount(len(preview.sources))
        for row, plan in enumerate(preview.sources):
            code = QTableWidgetItem(protection.icon(plan.protection), plan.code)
            code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if plan.code in preview.reseal_allowed:
                code.setFlags(code.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                code.setCheckState(
                    Qt.CheckState.Checked if plan.decision == "reseal" else Qt.CheckState.Unchecked
                )
                code.setToolTip(
                    self.tr("Tick to re-seal this identity to your successor (its consent allows it)")
                )
            decision = QTableWidgetItem(words.get(plan.decision, plan.decision))
            if plan.decision == "withheld":
                decision.setForeground(protection.colour("protected"))
            for column, item in enumerate((code, decision, QTableWidgetItem(plan.reason))):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.sources.setItem(row, column, item)
        self.sources.resizeColumnsToContents()
        self.sources.blockSignals(False)
        self.button(VaultWizard.WizardButton.NextButton).setEnabled(True)

    def _job(self) -> Job:
        successor, out, name = self.successor.path(), self.out.path(), self.outgoing.text()
        chosen, reseal = self.chosen(), self.resealed()
        if successor is None or out is None:
            raise InvalidInput(
                "choose the successor's identity file and where to write the package", field="to"
            )
        target: Path = out

        def job(s: VaultService, progress: Progress, cancelled: CancelCheck) -> HandoverReport:
            return s.handover.write_package(
                successor,
                target,
                investigations=chosen,
                reseal=reseal,
                outgoing_name=name,
                progress=progress,
                cancelled=cancelled,
            )

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, HandoverReport):
            return ""
        withheld = sum(1 for p in result.sources if p.decision == "withheld")
        return self.tr(
            "Package written to {path}: {records} records, {attachments} attachments; {withheld} protected "
            "identities withheld. Give the file to your successor; it is encrypted to their vault."
        ).format(path=result.path, records=result.records, attachments=result.attachments, withheld=withheld)
