"""BundleWizard: an expert's signed, encrypted bundle for the group archive (everything since the last
one, or everything), written on a worker with progress and cancel."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QWidget

from app.public import InvalidInput
from app.service import VaultService
from app.service_bundles import BundleWritten
from ui.widgets.file_picker import PickMode
from ui.widgets.path_field import PathField
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.job_worker import CancelCheck, Job, Progress


class BundleWizard(VaultWizard):
    """Lives on the UI thread. See VaultWizard."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export a bundle for the group archive"), parent)
        choose, form = self.choices_page(
            self.tr("Where the bundle goes"),
            self.tr(
                "A bundle is one file, signed by this vault and encrypted to the archive: only the archive "
                "can open it, and it can check that nothing was changed on the way. Protected identities "
                "travel sealed; anything else naming a protected source in clear is refused."
            ),
        )
        self.archive = PathField(PickMode.FILE, parent=choose, title=self.tr("The archive's identity"))
        self.archive.setObjectName("archiveIdentity")
        self.out = PathField(PickMode.SAVE, f"bundle-{date.today().isoformat()}.fvb", choose)
        self.out.setObjectName("bundleOut")
        self.everything = QCheckBox(
            self.tr("Everything, not only what changed since the last bundle"), choose
        )
        form.addRow(self.tr("The archive's identity file"), self.archive)
        form.addRow(self.tr("Write the bundle to"), self.out)
        form.addRow("", self.everything)
        self.add_job_page(service, self.tr("Writing the bundle"))

    def _job(self) -> Job:
        archive, out, everything = self.archive.path(), self.out.path(), self.everything.isChecked()
        if archive is None or out is None:
            raise InvalidInput("choose the archive's identity file and where to write the bundle", field="to")

        def job(s: VaultService, progress: Progress, cancelled: CancelCheck) -> BundleWritten:
            return s.bundles.write_bundle(
                archive, out, everything=everything, progress=progress, cancelled=cancelled
            )

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, BundleWritten):
            return ""
        text = self.tr(
            "Bundle no. {seq} written: {revisions} revisions, {attachments} attachments, {audit} custody "
            "entries. Send the file to the coordinator by any means: it is encrypted and signed."
        ).format(
            seq=result.sequence,
            revisions=result.revisions,
            attachments=result.attachments,
            audit=result.audit_entries,
        )
        if result.withheld:
            text += " " + self.tr(
                "{n} superseded revision(s) naming a protected source in clear were kept back."
            ).format(n=result.withheld)
        return text
