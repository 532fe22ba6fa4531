"""ReceiveWizard: a successor receives a handover package: verified, then imported all or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizardPage

from app.service import VaultService
from app.service_exports import ReceiveReport
from ui.file_picker import PickMode
from ui.job_page import JobPage
from ui.job_worker import CancelCheck, Job, Progress
from ui.path_field import PathField
from ui.vault_wizard import VaultWizard
from vault.errors import InvalidInput


class ReceiveWizard(VaultWizard):
    """Lives on the UI thread. See VaultWizard."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Receive a handover package"), parent)
        choose = QWizardPage(self)
        choose.setTitle(self.tr("The package from your predecessor"))
        explain = QLabel(
            self.tr(
                "The package is checked (signature, checksums, that it is addressed to this vault) before "
                "anything is stored; then it is stored whole or not at all, with its chain of custody."
            ),
            choose,
        )
        explain.setWordWrap(True)
        self.package = PathField(PickMode.FILE, parent=choose)
        self.package.setObjectName("packagePath")
        self.sender_identity = PathField(PickMode.FILE, parent=choose)
        self.sender_identity.setObjectName("senderIdentity")
        form = QFormLayout(choose)
        form.addRow(explain)
        form.addRow(self.tr("Handover package"), self.package)
        form.addRow(self.tr("Predecessor's identity file (optional)"), self.sender_identity)
        self.addPage(choose)
        self.job_page = JobPage(service, self.tr("Receiving the package"), self._job, self._describe, self)
        self.addPage(self.job_page)

    def _job(self) -> Job:
        package, sender = self.package.path(), self.sender_identity.path()
        if package is None:
            raise InvalidInput("choose the handover package", field="package")

        def job(s: VaultService, _progress: Progress, cancelled: CancelCheck) -> ReceiveReport:
            report = s.receive_handover(package, expected_sender=sender)
            s.examine_pending(cancelled=cancelled)  # the working documents become searchable here
            return report

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, ReceiveReport):
            return ""
        if result.already:
            return self.tr("This package was received before; nothing changed.")
        return self.tr(
            "Received from {fp}: {records} records ({revisions} new revisions, {attachments} new "
            "attachments). "
            "The handover memo is among the evidence."
        ).format(
            fp=result.sender_fingerprint,
            records=result.records,
            revisions=result.new_revisions,
            attachments=result.new_attachments,
        )
