"""ReviewWizard and DossierWizard: a listing's periodic review and an entity's designation proposal as
DOCX, in English or French.

Options first (the since-date of a review, the entity of a proposal, the document's language); then a
preview, made on a worker with progress and cancel, of what the document will hold with the outbound
gate's findings in place (FindingsView: by place and source code, never the identifier) and, for a
proposal, every reason the claims do not meet the group's designation rule, before anything is written;
then where to save, and the write on a worker (JobPage: progress, cancel, the gate's findings again if
the file's name names a source).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.public import DocumentPreview, DossierReport, InvalidInput, ReviewReport, Summary, VaultError
from app.service import VaultService
from ui import translations
from ui.errors import user_message, vault_text
from ui.widgets.file_picker import PickMode
from ui.widgets.path_field import PathField
from ui.wizards.findings_view import FindingsView
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.job_runner import JobRunner
from ui.workers.job_worker import CancelCheck, Job, Progress
from ui.workers.queries import Queries

RED = "color: #b3261e;"


class DocumentPreviewPage(QWizardPage):
    """Lives on the UI thread; owns the job runner that makes the preview on a worker each time the page
    is entered (progress, cancel; nothing is written). ``preview`` is the newest answer, None until it
    came or when it failed or was cancelled. Complete when the document may be written (no finding, no
    refusal) and a place to save it is chosen."""

    def __init__(self, owner: DocumentWizard, service: VaultService, suggested: str) -> None:
        super().__init__(owner)
        self._owner = owner
        self.preview: DocumentPreview | None = None
        self.setTitle(self.tr("What the document will hold"))
        self.runner = JobRunner(service, self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("previewProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelPreview")
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.heading = QLabel(self)
        self.heading.setObjectName("previewTitle")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.contents = QListWidget(self)
        self.contents.setObjectName("previewContents")
        self.contents.setMaximumHeight(110)
        self.refusals_heading = QLabel(self)
        self.refusals_heading.setWordWrap(True)
        self.refusals_heading.setStyleSheet(RED + " font-weight: 600;")
        self.refusals = QListWidget(self)
        self.refusals.setObjectName("previewRefusals")
        self.refusals.setMaximumHeight(130)
        self.findings = FindingsView(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("previewProblem")
        self.problem.setWordWrap(True)
        self.out = PathField(PickMode.SAVE, suggested, self, title=self.tr("Save the document"))
        self.out.setObjectName("documentOut")
        form = QFormLayout()
        form.addRow(self.tr("Write the document to"), self.out)
        layout = QVBoxLayout(self)
        layout.addLayout(busy)
        layout.addWidget(self.heading)
        layout.addWidget(self.contents)
        layout.addWidget(self.refusals_heading)
        layout.addWidget(self.refusals)
        layout.addWidget(self.findings)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addLayout(form)
        self.out.path_changed.connect(lambda _text: self.completeChanged.emit())
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.progressed.connect(self._on_progressed)
        self.runner.finished.connect(self._on_preview)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.failed.connect(self._on_failed)
        self.runner.stopped.connect(self._on_stopped)
        self._show(None)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._show(None)
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Checking what the document would hold…"))
        try:
            job = self._owner.preview_job()
        except VaultError as exc:
            self._on_failed(user_message(exc), exc)
            return
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.runner.start(job)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name (going Back)
        self.runner.stop()

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_stopped(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _on_cancelled(self) -> None:
        self._show(None)
        self.problem.setText(self.tr("Cancelled: go Back and Next to check again."))

    def _show(self, preview: DocumentPreview | None) -> None:
        self.preview = preview
        self.contents.clear()
        self.refusals.clear()
        self.heading.setText(vault_text(preview.title) if preview else "")
        self.contents.addItems([vault_text(line) for line in preview.contents] if preview else [])
        refused = preview.refusals if preview else ()
        self.refusals.addItems([vault_text(r) for r in refused])
        self.refusals_heading.setText(
            self.tr("Not written: the claims do not meet the group's designation rule:") if refused else ""
        )
        self.refusals_heading.setVisible(bool(refused))
        self.refusals.setVisible(bool(refused))
        self.findings.show_findings(preview.findings if preview else ())
        self.completeChanged.emit()

    def _on_preview(self, preview: object) -> None:
        if not isinstance(preview, DocumentPreview):
            return
        self._show(preview)
        self.problem.setText(
            self.tr("Nothing stands in the way: choose where to save the document.")
            if preview.writable
            else ""
        )

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self._show(None)
        self.problem.setText(message)
        self.problem.setStyleSheet(RED)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.preview is not None and self.preview.writable and self.out.path() is not None


class DocumentWizard(VaultWizard):
    """Lives on the UI thread. What the two wizards share: a page of options with the document's language
    (the app's by default), the preview page, the job page. See VaultWizard."""

    def __init__(
        self,
        service: VaultService,
        title: str,
        explanation: str,
        suggested: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.options_page, self.form = self.choices_page(
            QCoreApplication.translate("DocumentWizard", "Options"), explanation
        )
        self.language = QComboBox(self.options_page)
        self.language.setObjectName("documentLanguage")
        for code, name in translations.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(translations.current())))
        self.preview_page = DocumentPreviewPage(self, service, suggested)
        self.addPage(self.preview_page)
        self.add_job_page(service, QCoreApplication.translate("DocumentWizard", "Writing the document"))

    def lang(self) -> str:
        code = self.language.currentData()
        return code if isinstance(code, str) else "en"

    def out(self) -> Path:
        out = self.preview_page.out.path()
        if out is None:
            raise InvalidInput("choose where to write the document", field="out")
        return out

    def preview_job(self) -> Job:
        """The preview for the options chosen, as a job (raises InvalidInput when they are not)."""
        raise NotImplementedError

    def done(self, result: int) -> None:
        self.preview_page.runner.stop()
        super().done(result)


class ReviewWizard(DocumentWizard):
    """The periodic review of the listing ``reference``."""

    def __init__(self, service: VaultService, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            QCoreApplication.translate("ReviewWizard", "Periodic review of {reference}").format(
                reference=reference
            ),
            QCoreApplication.translate(
                "ReviewWizard",
                "For the Committee's periodic review: the identifiers and narrative as listed, what the "
                "group holds on the entities confirmed as this listing (claims with their status, evidence "
                "and sources by code, letters and replies), the exculpatory information and the changes to "
                "identifiers the group proposes. Before anything is written you see what it will hold and "
                "where the text would name a confidential or protected source.",
            ),
            f"review-{reference}.docx",
            parent,
        )
        self.reference = reference
        self.since = QLineEdit(self.options_page)
        self.since.setObjectName("reviewSince")
        self.since.setPlaceholderText(self.tr("e.g. 2026-01-01; empty: everything the group holds"))
        listing = QLabel(reference, self.options_page)
        listing.setObjectName("reviewReference")
        self.form.addRow(self.tr("Listing"), listing)
        self.form.addRow(self.tr("What the group holds since"), self.since)
        self.form.addRow(self.tr("Language of the document"), self.language)

    def _since(self) -> str | None:
        return self.since.text().strip() or None

    def preview_job(self) -> Job:
        reference, since, lang = self.reference, self._since(), self.lang()

        def job(s: VaultService, progress: Progress, cancelled: CancelCheck) -> DocumentPreview:
            return s.lists.preview_review(reference, since, lang, progress=progress, cancelled=cancelled)

        return job

    def _job(self) -> Job:
        reference, since, lang, out = self.reference, self._since(), self.lang(), self.out()

        def job(s: VaultService, progress: Progress, cancelled: CancelCheck) -> ReviewReport:
            return s.lists.export_review(reference, out, since, lang, progress=progress, cancelled=cancelled)

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, ReviewReport):
            return ""
        return self.tr(
            "Review written to {path}: {claims} claims, {exculpatory} exculpatory, {letters} letters, "
            "{proposed} proposed identifier changes. The export is in the chain of custody."
        ).format(
            path=result.out,
            claims=result.claims,
            exculpatory=result.exculpatory,
            letters=result.letters,
            proposed=result.proposed,
        )


class DossierWizard(DocumentWizard):
    """The designation proposal for an entity (``entity_id`` chosen at first; another may be picked)."""

    def __init__(
        self, service: VaultService, queries: Queries, entity_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            service,
            QCoreApplication.translate("DossierWizard", "Designation proposal"),
            QCoreApplication.translate(
                "DossierWizard",
                "A proposal for designation: the identifiers in the Committee's format, a statement of case "
                "built only from claims at verified fact, the evidence cited by code, the exculpatory "
                "information considered and the right of reply given. Before anything is written you see "
                "what it will hold, every reason the claims do not meet the group's designation rule, and "
                "where the text would name a confidential or protected source.",
            ),
            "designation-proposal.docx",
            parent,
        )
        self.wanted = entity_id
        self.entity = QComboBox(self.options_page)
        self.entity.setObjectName("dossierEntity")
        self.form.addRow(self.tr("Entity proposed for designation"), self.entity)
        self.form.addRow(self.tr("Language of the document"), self.language)
        queries.ask(lambda s: s.records.list_records("entity", limit=2000), self._on_entities)

    def _on_entities(self, found: list[Summary]) -> None:
        for summary in found:
            self.entity.addItem(summary.title, summary.id)  # a name as entered, never translated
        if self.entity.findData(self.wanted) < 0:  # past the first entities listed: still the one asked for
            self.entity.insertItem(0, self.wanted[:8], self.wanted)
        self.entity.setCurrentIndex(self.entity.findData(self.wanted))

    def _entity(self) -> str:
        chosen = self.entity.currentData()
        return chosen if isinstance(chosen, str) else self.wanted

    def preview_job(self) -> Job:
        entity, lang = self._entity(), self.lang()

        def job(s: VaultService, progress: Progress, cancelled: CancelCheck) -> DocumentPreview:
            return s.lists.preview_dossier(entity, lang, progress=progress, cancelled=cancelled)

        return job

    def _job(self) -> Job:
        entity, lang, out = self._entity(), self.lang(), self.out()

        def job(s: VaultService, progress: Progress, cancelled: CancelCheck) -> DossierReport:
            return s.lists.export_dossier(entity, out, lang, progress=progress, cancelled=cancelled)

        return job

    def _describe(self, result: object) -> str:
        if not isinstance(result, DossierReport):
            return ""
        return self.tr(
            "Proposal written to {path}: {facts} verified facts in the statement of case, {exculpatory} "
            "exculpatory, {letters} letters. The export is in the chain of custody."
        ).format(path=result.out, facts=result.facts, exculpatory=result.exculpatory, letters=result.letters)
