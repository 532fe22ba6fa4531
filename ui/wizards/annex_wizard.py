"""AnnexWizard: an investigation's report annex as DOCX — sources by code, photographs without
metadata — refused, with every place shown, while its text names a confidential or protected source."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.public import InvalidInput, Summary
from app.service import VaultService
from app.service_sharing import AnnexReport
from ui.widgets.file_picker import PickMode
from ui.widgets.path_field import PathField
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.job_worker import CancelCheck, Job, Progress
from ui.workers.queries import Queries


class AnnexWizard(VaultWizard):
    """Lives on the UI thread. See VaultWizard."""

    def __init__(self, service: VaultService, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export a report annex"), parent)
        choose, form = self.choices_page(
            self.tr("Which investigation, and where"),
            self.tr(
                "The annex lists the investigation's claims, evidence and photographs, naming sources by "
                "their code. If any text would name a confidential or protected source, nothing is written "
                "and the places are shown so you can change them."
            ),
        )
        self.investigation = QComboBox(choose)
        self.investigation.setObjectName("annexInvestigation")
        self.out = PathField(PickMode.SAVE, "annex.docx", choose, title=self.tr("Save the annex"))
        self.out.setObjectName("annexOut")
        form.addRow(self.tr("Investigation"), self.investigation)
        form.addRow(self.tr("Write the annex to"), self.out)
        self.add_job_page(service, self.tr("Writing the annex"))
        queries.ask(lambda s: s.records.list_records("investigation", limit=500), self._on_investigations)

    def _on_investigations(self, found: list[Summary]) -> None:
        for summary in found:
            self.investigation.addItem(summary.title, summary.id)

    def _job(self) -> Job:
        investigation, out = self.investigation.currentData(), self.out.path()
        if not isinstance(investigation, str) or out is None:
            raise InvalidInput("choose an investigation and where to write the annex", field="out")

        def job(s: VaultService, _progress: Progress, _cancelled: CancelCheck) -> AnnexReport:
            return s.shares.export_annex(investigation, out)

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, AnnexReport):
            return ""
        return self.tr(
            "Annex written to {path}: {claims} claims, {evidence} evidence items, {photos} photographs, "
            "{sources} sources (by code). The export is in the chain of custody."
        ).format(
            path=result.path,
            claims=result.claims,
            evidence=result.evidence,
            photos=result.photos,
            sources=result.sources,
        )
