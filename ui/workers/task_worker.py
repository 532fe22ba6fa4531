"""TaskWorker: one slow call that needs no vault connection (deriving a key to check a passphrase and
write a new recovery slot), off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from ui.errors import failure


class TaskWorker(QObject):
    """Lives on its own QThread. Slot ``on_started`` runs the task.

    Signals: ``task_done(result)``; ``task_failed(message)`` with a user-safe message.
    """

    task_done = Signal(object)
    task_failed = Signal(str)

    def __init__(self, task: Callable[[], object]) -> None:
        super().__init__()
        self._task = task

    @Slot()
    def on_started(self) -> None:
        try:
            result = self._task()
        except Exception as exc:
            self.task_failed.emit(failure(exc, "a task"))
            return
        self.task_done.emit(result)
