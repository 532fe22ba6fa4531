"""ChangePassphraseDialog: the passphrase in use, then a new one typed twice (or suggested), measured
by zxcvbn and refused when weak, as ``fieldvault passwd`` does.

The change rewraps the vault's key under the new passphrase (the database is not rewritten); it runs
on a worker, because checking the old passphrase and wrapping under the new one each derive a key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.public import Passphrase
from ui.widgets.feedback import busy_bar, error_label, secret_line
from ui.widgets.icons import icon
from ui.widgets.new_passphrase import NewPassphraseFields
from ui.workers.task_worker import TaskWorker
from ui.workers.worker_thread import WorkerThread

Change = Callable[[Passphrase, Passphrase], None]  # the passphrase in use, the new one


class ChangePassphraseDialog(QDialog):
    """Lives on the UI thread; owns the task thread while the change is made.

    Signals: ``passphrase_changed()`` once the new passphrase opens the vault; ``change_failed(str)``
    with a user-safe message (the dialog stays open to try again).
    """

    passphrase_changed = Signal()
    change_failed = Signal(str)

    def __init__(self, change: Change, vault_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 62)
        self._change = change
        self._thread: WorkerThread | None = None
        explain = QLabel(
            self.tr(
                "The new passphrase opens the vault from now on; the old one stops working. The recovery "
                "code stays the same. Nothing in the vault is re-encrypted."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.current = secret_line(self, "currentPassphrase")
        form = QFormLayout()
        current_label = QLabel(self.tr("&Current passphrase"), self)
        current_label.setBuddy(self.current)
        form.addRow(current_label, self.current)
        self.fields = NewPassphraseFields(self, form)
        self.fields.set_context((vault_name,))
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.busy = busy_bar(self)
        self.error = error_label(self)
        self.change_button = QPushButton(icon("passphrase"), self.tr("Change the passphrase"), self)
        self.change_button.setObjectName("changeButton")
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.current.textChanged.connect(self._on_changed)
        self.fields.changed.connect(self._on_changed)
        self.fields.repeat.returnPressed.connect(self._on_change_clicked)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self._on_changed()

    def _problem(self) -> str | None:
        if not self.current.text():
            return self.tr("Type the passphrase you use now.")
        problem = self.fields.problem()
        if problem is not None:
            return problem
        if self.fields.text() == self.current.text():
            return self.tr("The new passphrase is the one in use; choose another.")
        return None

    def _on_changed(self) -> None:
        problem = self._problem()
        self.hint.setText(problem or self.tr("Ready: the vault will open with the new passphrase."))
        self.change_button.setEnabled(problem is None and self._thread is None)

    def _on_change_clicked(self) -> None:
        if self._thread is not None or self._problem() is not None:
            return
        current, new = Passphrase.from_text(self.current.text()), self.fields.take()
        self.current.clear()
        self.error.clear()

        def job() -> None:
            try:
                self._change(current, new)
            finally:
                current.wipe()
                new.wipe()

        worker = TaskWorker(job)
        thread = WorkerThread(worker, "fieldvault-passphrase", self)
        thread.qthread.started.connect(worker.on_started)
        worker.task_done.connect(self._on_task_done)
        worker.task_failed.connect(self._on_task_failed)
        self._thread = thread
        self._set_busy(True)
        thread.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.current.setEnabled(not busy)
        self.fields.set_busy(busy)
        self._on_changed()

    def _stop(self) -> None:
        if self._thread is not None:
            self._thread.worker.blockSignals(True)
            self._thread.stop()
            self._thread = None

    def _on_task_done(self, _result: object) -> None:
        self._stop()
        self._set_busy(False)
        self.fields.clear()
        self.passphrase_changed.emit()
        self.accept()

    def _on_task_failed(self, message: str) -> None:
        self._stop()
        self._set_busy(False)
        self.error.setText(message)
        self.current.setFocus()
        self.change_failed.emit(message)

    def done(self, result: int) -> None:
        self._stop()
        self.fields.clear()
        self.current.clear()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._stop()
        self.fields.clear()
        super().closeEvent(event)
