"""VaultWizard: what the export and handover wizards share — a first page of choices, then a JobPage."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from ui.wizards.job_page import JobPage


class VaultWizard(QWizard):
    """Lives on the UI thread. Closing it (or locking the vault) stops a job still running: the job
    rolls back and writes nothing. No signals of its own (see ``job_page``)."""

    job_page: JobPage

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(760, 560)

    def busy(self) -> bool:
        return self.job_page.runner.busy()

    def done(self, result: int) -> None:
        self.job_page.stop()
        super().done(result)
