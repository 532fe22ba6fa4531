"""RecoveryCodeDialog: after the passphrase is typed again, a new recovery code, shown once.

For the person who lost the paper, or whose code was on screen when the vault locked itself: the old
code stops working as soon as the new one is made. The code is shown only in this dialog and wiped
when it closes (locking closes it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.public import Passphrase, RecoveryCode, recovery
from ui.widgets.clipboard_guard import ClipboardGuard
from ui.widgets.feedback import error_label, secret_line
from ui.workers.task_worker import TaskWorker
from ui.workers.worker_thread import WorkerThread

Renew = Callable[[Passphrase], RecoveryCode]


class RecoveryCodeDialog(QDialog):
    """Lives on the UI thread; owns the task thread while the new code is made.

    Signals: ``code_shown()`` once the new code is on screen; ``renew_failed(str)``.
    """

    code_shown = Signal()
    renew_failed = Signal(str)

    def __init__(self, renew: Renew, clipboard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("A new recovery code"))
        self._renew = renew
        self._clipboard = clipboard
        self._code: RecoveryCode | None = None
        self._thread: WorkerThread | None = None
        self.pages = QStackedWidget(self)
        ask = QWidget(self)
        explain = QLabel(
            self.tr(
                "Type your passphrase to make a new recovery code. The code you have now stops working "
                "at once; write the new one down and keep the paper apart from this computer."
            ),
            ask,
        )
        explain.setWordWrap(True)
        self.passphrase = secret_line(ask, "passphrase")
        self.error = error_label(ask)
        self.make_button = QPushButton(self.tr("Make a new recovery code"), ask)
        self.make_button.setObjectName("makeCode")
        ask_layout = QVBoxLayout(ask)
        ask_layout.addWidget(explain)
        ask_layout.addWidget(self.passphrase)
        ask_layout.addWidget(self.error)
        ask_layout.addWidget(self.make_button)
        show = QWidget(self)
        self.code_label = QLabel(show)
        self.code_label.setObjectName("recoveryCode")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 6)
        mono.setWeight(QFont.Weight.DemiBold)
        self.code_label.setFont(mono)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy_button = QPushButton(self.tr("Copy (cleared from the clipboard shortly after)"), show)
        self.written = QCheckBox(self.tr("I have written it down"), show)
        self.written.setObjectName("writtenDown")
        self.done_button = QPushButton(self.tr("Close"), show)
        self.done_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.written)
        row.addWidget(self.done_button)
        show_layout = QVBoxLayout(show)
        show_layout.addWidget(self.code_label)
        show_layout.addLayout(row)
        self.pages.addWidget(ask)
        self.pages.addWidget(show)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.make_button.clicked.connect(self._on_make_clicked)
        self.passphrase.returnPressed.connect(self._on_make_clicked)
        self.written.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        self.copy_button.clicked.connect(self._on_copy_clicked)

    def _on_make_clicked(self) -> None:
        if self._thread is not None or not self.passphrase.text():
            return
        phrase = Passphrase.from_text(self.passphrase.text())
        self.passphrase.clear()
        worker = TaskWorker(lambda: self._renew(phrase))
        thread = WorkerThread(worker, "fieldvault-recovery", self)
        thread.qthread.started.connect(worker.on_started)
        worker.task_done.connect(self._on_task_done)
        worker.task_failed.connect(self._on_task_failed)
        self._thread = thread
        self.make_button.setEnabled(False)
        self.error.setText(self.tr("Checking the passphrase…"))
        thread.start()

    def _stop(self) -> None:
        if self._thread is not None:
            self._thread.worker.blockSignals(True)
            self._thread.stop()
            self._thread = None

    def _on_task_done(self, code: object) -> None:
        self._stop()
        if not isinstance(code, RecoveryCode):
            return
        self._code = code
        self.code_label.setText(recovery.display(code))
        self.pages.setCurrentIndex(1)
        self.code_shown.emit()

    def _on_task_failed(self, message: str) -> None:
        self._stop()
        self.make_button.setEnabled(True)
        self.error.setText(message)
        self.renew_failed.emit(message)

    def _on_copy_clicked(self) -> None:
        if self._code is not None:
            self._clipboard.copy_protected(recovery.display(self._code))

    def wipe(self) -> None:
        self.code_label.clear()
        if self._code is not None:
            self._code.wipe()
            self._code = None

    def done(self, result: int) -> None:
        self._stop()
        self.wipe()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._stop()
        self.wipe()
        super().closeEvent(event)
