"""LettersPage: notes verbales and right-of-reply letters by deadline — overdue ones in red, the days
left to each reply deadline and to the report's cut-off date — with replies attached from the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.public import Summary, VaultError
from app.service import VaultService
from app.service_model import LetterStatus
from ui.labels import choice_label
from ui.panels.model_editor import ModelEditor
from ui.sections import Section
from ui.widgets.icons import icon
from ui.widgets.tables import fit_to_contents, list_table
from ui.workers.queries import Queries

IdRole = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b3261e")
SOON = QColor("#b26a00")
SOON_DAYS = 7


@dataclass(frozen=True)
class LettersView:
    letters: tuple[LetterStatus, ...]
    evidence: tuple[Summary, ...]
    today: date


def _load(service: VaultService, overdue_only: bool, today: date) -> LettersView:
    return LettersView(
        tuple(service.model.letters(overdue_only=overdue_only, today=today)),
        tuple(service.records.list_records("evidence", limit=500)),
        today,
    )


def days_between(today: date, day: str | None) -> int | None:
    if not day:
        return None
    try:
        return (date.fromisoformat(day) - today).days
    except ValueError:
        return None


class LettersPage(QWidget):
    """Lives on the UI thread; reads and writes through the query worker.

    Signal-free; ``loaded`` counts table refreshes (tests wait on it). ``today`` may be set by tests.
    """

    def __init__(self, section: Section, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self._queries = queries
        self.today = date.today()
        self.letters: tuple[LetterStatus, ...] = ()
        self.loaded = 0
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setObjectName("lettersSummary")
        self.overdue_only = QCheckBox(self.tr("&Overdue only"), self)
        self.new_button = QPushButton(icon("new"), self.tr("&New letter"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(self.tr("A new letter (Ctrl+N)"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.overdue_only)
        top.addWidget(self.new_button)
        self.table = list_table(
            self,
            "letterTable",
            [
                self.tr("Symbol"),
                self.tr("Reply deadline"),
                self.tr("Reply"),
                self.tr("Report cut-off"),
                self.tr("Status"),
                self.tr("Addressee"),
                self.tr("Sent"),
            ],
            stretch=5,
        )
        self.table.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.reply_box = QComboBox(self)
        self.reply_box.setObjectName("replyEvidence")
        self.reply_box.setMinimumContentsLength(16)
        self.reply_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attach_button = QPushButton(icon("attach"), self.tr("&Attach as the reply"), self)
        self.attach_button.setObjectName("attachReply")
        self.attach_button.setEnabled(False)
        attach = QHBoxLayout()
        reply_label = QLabel(self.tr("&Reply received as evidence:"), self)
        reply_label.setBuddy(self.reply_box)
        attach.addWidget(reply_label)
        attach.addWidget(self.reply_box, 1)
        attach.addWidget(self.attach_button)
        self.message = QLabel(self)
        self.message.setObjectName("lettersMessage")
        self.message.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(attach)
        left_layout.addWidget(self.message)
        self.editor = ModelEditor(queries, self)
        # Wide enough for a letter's whole form (its link rows are the widest): nothing is cut off, and
        # the pane keeps its width whichever letter is selected.
        self.editor.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 52)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.overdue_only.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.new_letter)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.attach_button.clicked.connect(self.attach_reply)
        self.editor.record_saved.connect(lambda _s: self.reload())
        self.editor.record_deleted.connect(lambda _id: self.reload())
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_letter)
        self.reload()

    def reload(self) -> None:
        overdue, today = self.overdue_only.isChecked(), self.today
        self._queries.ask(lambda s: _load(s, overdue, today), self._on_loaded)

    def _on_loaded(self, view: LettersView) -> None:
        selected = self.selected_id()
        self.letters = view.letters
        self.table.blockSignals(True)
        self.table.setRowCount(len(view.letters))
        overdue = 0
        for row, letter in enumerate(view.letters):
            cells = self._cells(letter, view.today)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
            if letter.days_overdue:
                overdue += 1
            if letter.id == selected:
                self.table.selectRow(row)
        fit_to_contents(self.table)
        self.table.blockSignals(False)
        self.summary.setText(
            self.tr("%n letter(s)", "", len(view.letters)) + " · " + self.tr("%n overdue", "", overdue)
        )
        self.reply_box.clear()
        for summary in view.evidence:
            self.reply_box.addItem(summary.title or summary.id[:8], summary.id)
        self._update_attach()
        self.loaded += 1

    def _cells(self, letter: LetterStatus, today: date) -> list[QTableWidgetItem]:
        symbol = QTableWidgetItem(letter.symbol or self.tr("(no symbol)"))
        symbol.setData(IdRole, letter.id)
        if letter.replied:
            reply = QTableWidgetItem(self.tr("✓ replied"))
            reply.setForeground(QColor("#2e7d32"))
        elif letter.days_overdue:
            reply = QTableWidgetItem(self.tr("%n day(s) overdue", "", letter.days_overdue))
            reply.setForeground(OVERDUE)
            font = reply.font()
            font.setBold(True)
            reply.setFont(font)
        else:
            left = days_between(today, letter.deadline)
            reply = QTableWidgetItem(
                self.tr("due in %n day(s)", "", left) if left is not None and left >= 0 else "—"
            )
            if left is not None and 0 <= left <= SOON_DAYS:
                reply.setForeground(SOON)
        to_cutoff = days_between(today, letter.cutoff)
        if to_cutoff is None:
            cutoff = QTableWidgetItem("—")
        elif to_cutoff >= 0:
            cutoff = QTableWidgetItem(
                self.tr("{date} (in %n day(s))", "", to_cutoff).format(date=letter.cutoff)
            )
        else:
            cutoff = QTableWidgetItem(self.tr("{date} (passed)").format(date=letter.cutoff))
        deadline = QTableWidgetItem(letter.deadline or "—")
        if letter.days_overdue:
            deadline.setForeground(OVERDUE)
            symbol.setForeground(OVERDUE)
        cells = [
            symbol,
            deadline,
            reply,
            cutoff,
            QTableWidgetItem(choice_label(letter.status) if letter.status else ""),
            QTableWidgetItem(letter.addressee),
            QTableWidgetItem(letter.sent or "—"),
        ]
        for cell in cells:
            cell.setToolTip(cell.text())  # a narrow column elides; the whole text is here
        return cells

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        item = self.table.item(items[0].row(), 0)
        rid = item.data(IdRole) if item is not None else None
        return rid if isinstance(rid, str) else None

    def _update_attach(self) -> None:
        self.attach_button.setEnabled(self.selected_id() is not None and self.reply_box.count() > 0)

    def _on_selection_changed(self) -> None:
        rid = self.selected_id()
        self._update_attach()
        if rid is not None:
            self.editor.show_record(rid)

    def show_record(self, record_id: str, _kind: str = "letter") -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(IdRole) == record_id:
                self.table.selectRow(row)
        self.editor.show_record(record_id)

    def new_letter(self) -> None:
        self.table.clearSelection()
        self.editor.new_record("letter")

    def attach_reply(self) -> None:
        """Link the chosen evidence item as the selected letter's reply, received today."""
        rid, evidence = self.selected_id(), self.reply_box.currentData()
        if rid is None or not isinstance(evidence, str):
            return
        changes = {"reply": evidence, "reply_received": self.today.isoformat(), "status": "replied"}

        def attached(_record: object) -> None:
            self.message.setText(self.tr("Reply attached."))
            self.reload()
            self.editor.show_record(rid)

        def failed(message: str, _error: VaultError | None) -> None:
            self.message.setText(message)

        self._queries.ask(lambda s: s.model.edit_model_record(rid, changes), attached, failed)
