"""DraftsWizard: watermarked copies of a draft report, one per named recipient, each traceable; the draft
is leak-guarded first and the places that name a source are shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.public import InvalidInput
from app.service import VaultService
from app.service_drafts import DraftCopy
from ui.widgets.file_picker import PickMode
from ui.widgets.path_field import PathField
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.job_worker import CancelCheck, Job, Progress


class DraftsWizard(VaultWizard):
    """Lives on the UI thread. See VaultWizard."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Watermarked drafts"), parent)
        choose, form = self.choices_page(
            self.tr("The draft and its recipients"),
            self.tr(
                "Each recipient gets a copy stamped with their name and a copy number, so a leaked copy can "
                "be traced. All copies are written, or none."
            ),
        )
        self.pdf = PathField(PickMode.FILE, parent=choose, title=self.tr("Choose the draft PDF"))
        self.pdf.setObjectName("draftPdf")
        self.recipients = QPlainTextEdit(choose)
        self.recipients.setObjectName("recipients")
        self.recipients.setPlaceholderText(self.tr("One recipient per line"))
        self.label = QLineEdit("DRAFT", choose)
        self.out = PathField(PickMode.SAVE, "draft-copies", choose, title=self.tr("Save the copies"))
        self.out.setObjectName("draftsOut")
        form.addRow(self.tr("Draft report (PDF)"), self.pdf)
        form.addRow(self.tr("Recipients"), self.recipients)
        form.addRow(self.tr("Stamp"), self.label)
        form.addRow(self.tr("New folder for the copies"), self.out)
        self.add_job_page(service, self.tr("Stamping the copies"))

    def _job(self) -> Job:
        pdf, out, label = self.pdf.path(), self.out.path(), self.label.text()
        names = [n.strip() for n in self.recipients.toPlainText().splitlines() if n.strip()]
        if pdf is None or out is None:
            raise InvalidInput("choose the draft and a new folder for the copies", field="out")

        def job(s: VaultService, progress: Progress, cancelled: CancelCheck) -> list[DraftCopy]:
            return s.drafts.export_drafts(
                pdf, names, out, label=label, progress=progress, cancelled=cancelled
            )

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, list):
            return ""
        lines = [self.tr("Copies written (%n):", "", len(result))]
        lines += [f"• {c.recipient}: {c.path.name}" for c in result if isinstance(c, DraftCopy)]
        return "\n".join(lines)
