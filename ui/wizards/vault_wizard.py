"""VaultWizard: what the export and handover wizards share — a first page of choices, then a JobPage."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget, QWizard, QWizardPage

from app.service import VaultService
from ui.wizards.job_page import JobPage
from ui.workers.job_worker import Job


class VaultWizard(QWizard):
    """Lives on the UI thread. Closing it (or locking the vault) stops a job still running: the job
    rolls back and writes nothing. No signals of its own (see ``job_page``).

    A wizard adds its pages in order: ``choices_page()`` (a title, a sentence saying what will happen,
    and a form the wizard fills), any pages of its own, then ``add_job_page()``, which runs ``_job()``
    on a worker and shows ``_describe(result)`` when it is done.
    """

    job_page: JobPage

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(760, 560)

    def choices_page(self, title: str, explanation: str) -> tuple[QWizardPage, QFormLayout]:
        """A new page of choices, added: its title, what the wizard will do, and the form to fill."""
        page = QWizardPage(self)
        page.setTitle(title)
        explain = QLabel(explanation, page)
        explain.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(explain)
        self.addPage(page)
        return page, form

    def add_job_page(self, service: VaultService, title: str) -> None:
        """The last page: the job running on a worker with progress and cancel, then its outcome."""
        self.job_page = JobPage(service, title, self._job, self._describe, self)
        self.addPage(self.job_page)

    def _job(self) -> Job:
        """The job for the choices made (raises InvalidInput, shown on the page, when they are not)."""
        raise NotImplementedError

    def _describe(self, result: object) -> str:
        """What the finished job did, in a sentence or two."""
        raise NotImplementedError

    def busy(self) -> bool:
        return self.job_page.runner.busy()

    def done(self, result: int) -> None:
        self.job_page.stop()
        super().done(result)
