"""ReceiveWizard: a successor receives a handover package: who signed it and what it declares are shown
and confirmed first, then it is verified and imported all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget, QWizardPage

from app.public import InvalidInput, VaultError
from app.service import VaultService
from app.service_handover import PackagePreview, ReceiveReport
from ui.errors import user_message
from ui.widgets.file_picker import PickMode
from ui.widgets.path_field import PathField
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.job_worker import CancelCheck, Job, Progress


class ReceiveWizard(VaultWizard):
    """Lives on the UI thread. See VaultWizard."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Receive a handover package"), parent)
        choose, form = self.choices_page(
            self.tr("The package from your predecessor"),
            self.tr(
                "The package is checked (signature, checksums, that it is addressed to this vault) before "
                "anything is stored; then it is stored whole or not at all, with its chain of custody."
            ),
        )
        self.package = PathField(PickMode.FILE, parent=choose, title=self.tr("Choose the handover package"))
        self.package.setObjectName("packagePath")
        self.sender_identity = PathField(PickMode.FILE, parent=choose, title=self.tr("Sender's identity"))
        self.sender_identity.setObjectName("senderIdentity")
        form.addRow(self.tr("Handover package"), self.package)
        form.addRow(self.tr("Predecessor's identity file (optional)"), self.sender_identity)
        self.confirm_page = ConfirmPage(service, self)
        self.addPage(self.confirm_page)
        self.add_job_page(service, self.tr("Receiving the package"))

    def _job(self) -> Job:
        package, sender = self.package.path(), self.sender_identity.path()
        confirmed = self.confirm_page.fingerprint
        if package is None or confirmed is None:
            raise InvalidInput("choose the handover package and confirm who signed it", field="package")
        expected: Path | str = sender if sender is not None else confirmed

        def job(s: VaultService, _progress: Progress, cancelled: CancelCheck) -> ReceiveReport:
            return s.handover.receive_handover(package, expected_sender=expected, cancelled=cancelled)

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


class ConfirmPage(QWizardPage):
    """Lives on the UI thread. Shows who signed the package (its signatures checked, nothing stored)
    and what it declares; the successor confirms the fingerprint was compared aloud. No signals."""

    def __init__(self, service: VaultService, wizard: ReceiveWizard) -> None:
        super().__init__(wizard)
        self._service = service
        self._wizard = wizard
        self.fingerprint: str | None = None
        self.setTitle(self.tr("Who signed the package"))
        self.signer = QLabel(self)
        self.signer.setObjectName("packageSigner")
        self.signer.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.declared = QLabel(self)
        self.declared.setObjectName("packageDeclares")
        self.declared.setWordWrap(True)
        self.compared = QCheckBox(self.tr("I compared this fingerprint aloud with the outgoing expert"), self)
        self.compared.setObjectName("fingerprintCompared")
        self.compared.toggled.connect(self.completeChanged)
        form = QFormLayout(self)
        form.addRow(self.tr("Signed by"), self.signer)
        form.addRow(self.tr("Declares"), self.declared)
        form.addRow("", self.compared)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.fingerprint = None
        self.compared.setChecked(False)
        package = self._wizard.package.path()
        try:
            if package is None:
                raise InvalidInput("choose the handover package", field="package")
            preview = self._service.handover.preview_package(package)  # the package's head only: no database
        except VaultError as exc:
            self.signer.setText("")
            self.declared.setText(user_message(exc))
            return
        self._show(preview)

    def _show(self, preview: PackagePreview) -> None:
        self.fingerprint = preview.sender_fingerprint
        self.signer.setText(preview.sender_fingerprint)
        self.declared.setText(
            self.tr(
                "{investigations} investigation(s), {records} record(s), {attachments} attachment(s); "
                "made {when}"
            ).format(
                investigations=len(preview.investigations),
                records=preview.records,
                attachments=preview.attachments,
                when=preview.created_at[:10],
            )
        )
        if self._wizard.sender_identity.path() is not None:
            self.compared.setText(self.tr("The identity file you chose must match this signer (checked)"))
            self.compared.setChecked(True)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.fingerprint is not None and self.compared.isChecked()
