"""EditorBase: what the two detail editors share (RecordEditor for notes and plain records, ModelEditor
for the investigation model's kinds): a heading and a line of metadata above the fields; the error line,
Delete… with the reason it asks for, and Save (Ctrl+S) below; deleting as a tombstone with that reason.

Its sentences are translated in the context "EditorBase", whichever editor shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.public import VaultError
from ui.widgets.feedback import error_label
from ui.workers.queries import Queries


class EditorBase(QWidget):
    """Lives on the UI thread; reads and writes through ``Queries`` (the query worker).

    Signals: ``record_loaded(str)`` once a record is on screen; ``record_saved(Summary)`` after a create
    or an edit; ``record_deleted(str)`` (its id); ``save_failed(str)`` with the vault's message.
    A subclass builds its fields, then calls ``lay_out`` with what goes between the heading and the
    buttons, and provides ``save()`` and ``shown_id()`` (the record on screen, None for a new one).
    """

    record_loaded = Signal(str)
    record_saved = Signal(object)
    record_deleted = Signal(str)
    save_failed = Signal(str)

    def __init__(self, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setStyleSheet("color: palette(mid);")
        self.meta.setWordWrap(True)  # a long line must not widen the pane when a record is selected
        self.error = error_label(self)
        self.save_button = QPushButton(QCoreApplication.translate("EditorBase", "Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(QCoreApplication.translate("EditorBase", "Save (Ctrl+S)"))
        self.delete_button = QPushButton(QCoreApplication.translate("EditorBase", "Delete…"), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("EditorBase", "Why is this deleted? (kept in the history)")
        )
        self.confirm_delete = QPushButton(QCoreApplication.translate("EditorBase", "Delete"), self)
        for w in (self.reason, self.confirm_delete):
            w.setVisible(False)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.confirm_delete.clicked.connect(self._on_confirm_delete_clicked)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    def lay_out(self, *middle: QWidget | QLayout, stretch: QWidget) -> None:
        """Heading and metadata, then ``middle`` in order (``stretch`` takes the spare height), then the
        error line and the buttons."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.confirm_delete)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        for part in middle:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part, 1 if part is stretch else 0)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def nothing_selected(self) -> None:
        """The heading and buttons of an editor showing nothing."""
        self.heading.setText(QCoreApplication.translate("EditorBase", "Nothing selected"))
        self.meta.clear()
        self.error.clear()
        for w in (self.reason, self.confirm_delete):
            w.setVisible(False)
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)

    def save(self) -> None:
        raise NotImplementedError

    def shown_id(self) -> str | None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.error.setText(message)
        self.save_failed.emit(message)

    def _on_delete_clicked(self) -> None:
        self.reason.setVisible(True)
        self.confirm_delete.setVisible(True)
        self.reason.setFocus()

    def _on_confirm_delete_clicked(self) -> None:
        record_id, why = self.shown_id(), self.reason.text()
        if record_id is None:
            return

        def deleted(_record: object) -> None:
            self.clear()
            self.record_deleted.emit(record_id)

        self._queries.ask(lambda s: s.records.delete_record(record_id, why), deleted, self._on_failed)
