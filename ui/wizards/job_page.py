"""JobPage: the last page of a wizard — the long job running on a worker with progress and cancel, then
its outcome: what was written, or the vault's reason it was not (with the leak guard's findings in
place)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget, QWizardPage

from app.public import LeakRefused, VaultError
from app.service import VaultService
from ui.errors import user_message
from ui.wizards.findings_view import FindingsView
from ui.wizards.original_choices import SEAL, OriginalChoices
from ui.workers.job_runner import JobRunner
from ui.workers.job_worker import CancelCheck, Job, Progress

Describe = Callable[[object], str]


class JobPage(QWizardPage):
    """Lives on the UI thread; owns the job runner.

    Signals: ``job_succeeded(result)``; ``job_ended(str)`` when cancelled or refused (the message shown).
    ``make_job`` builds the job from the wizard's earlier pages when the page is entered.
    """

    job_succeeded = Signal(object)
    job_ended = Signal(str)

    def __init__(
        self,
        service: VaultService,
        title: str,
        make_job: Callable[[], Job],
        describe: Describe,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self._make_job = make_job
        self._describe = describe
        self._done = False
        self.runner = JobRunner(service, self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelJob")
        self.status = QLabel(self)
        self.status.setObjectName("jobStatus")
        self.status.setWordWrap(True)
        self.findings = FindingsView(self)
        self.choices = OriginalChoices(self)
        self.choices.retry_requested.connect(self._on_retry_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status)
        layout.addWidget(self.findings)
        layout.addWidget(self.choices)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.progressed.connect(self._on_progressed)
        self.runner.finished.connect(self._on_finished)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.failed.connect(self._on_failed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._start({})

    def _start(self, choices: dict[str, str]) -> None:
        self._done = False
        self.findings.show_findings(())
        self.choices.hide()
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Working…"))
        try:
            job = self._make_job()
        except VaultError as exc:
            self._on_failed(user_message(exc), exc)
            return
        self.runner.start(_after_choices(job, choices, self.tr("withheld from the desktop app")))

    def _on_retry_requested(self, choices: dict[str, str]) -> None:
        self._start(choices)

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self, text: str) -> None:
        self._done = True
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.status.setText(text)
        self.completeChanged.emit()

    def _on_finished(self, result: object) -> None:
        self.progress.setValue(1)
        self._finish(self._describe(result))
        self.progress.setValue(1)
        self.job_succeeded.emit(result)

    def _on_cancelled(self) -> None:
        message = self.tr("Cancelled: nothing was written.")
        self._finish(message)
        self.job_ended.emit(message)

    def _on_failed(self, message: str, error: VaultError | None) -> None:
        if isinstance(error, LeakRefused):
            self.findings.show_findings(error.findings)
            message = self.tr("Not written: see where a source's identity appears, below.")
            self.choices.show_items(tuple(getattr(error, "record_ids", ())))
        self._finish(message)
        self.job_ended.emit(message)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._done

    def cleanupPage(self) -> None:  # noqa: N802 - Qt's name (going Back)
        self.runner.stop()

    def stop(self) -> None:
        self.runner.stop()


def _after_choices(job: Job, choices: dict[str, str], reason: str) -> Job:
    """``job``, run after sealing or withholding the originals chosen (on the same worker)."""
    if not choices:
        return job

    def chosen(s: VaultService, progress: Progress, cancelled: CancelCheck) -> object:
        for rid, what in choices.items():
            if what == SEAL:
                s.attribution.seal_evidence(rid)
            else:
                s.attribution.withhold_evidence(rid, reason)
        return job(s, progress, cancelled)

    return chosen
