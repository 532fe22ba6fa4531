"""RequestsPage: requests from courts and accountability mechanisms by deadline — overdue ones in red, the
days left to each, how many packages answered it — with the request's form beside the list and a
button that answers the selected request (the wizard shows the per-item verdicts first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.service import VaultService
from app.service_requests import RequestStatus
from ui.labels import choice_label
from ui.panels.model_editor import ModelEditor
from ui.sections import Section
from ui.widgets.icons import icon
from ui.widgets.tables import fit_to_contents, list_table
from ui.wizards.request_wizard import RequestWizard
from ui.workers.queries import Queries

IdRole = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b3261e")
SOON = QColor("#b26a00")
SOON_DAYS = 7


class RequestsPage(QWidget):
    """Lives on the UI thread; reads and writes through the query worker. Signal-free; ``loaded`` counts
    table refreshes (tests wait on it); ``wizard`` is the answering wizard last opened."""

    def __init__(
        self, section: Section, service: VaultService, queries: Queries, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._service = service
        self._queries = queries
        self.requests: tuple[RequestStatus, ...] = ()
        self.loaded = 0
        self.wizard: RequestWizard | None = None
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setObjectName("requestsSummary")
        self.new_button = QPushButton(icon("new"), self.tr("&New request"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(self.tr("Register a request received (Ctrl+N)"))
        self.answer_button = QPushButton(icon("requests"), self.tr("&Answer…"), self)
        self.answer_button.setObjectName("answerRequest")
        self.answer_button.setToolTip(
            self.tr("See what may go to the authority, item by item, and write the signed package")
        )
        self.answer_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.answer_button)
        top.addWidget(self.new_button)
        self.table = list_table(
            self,
            "requestTable",
            [
                self.tr("Reference"),
                self.tr("Deadline"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Authority"),
                self.tr("Received"),
                self.tr("Packages sent"),
            ],
            stretch=4,
        )
        self.editor = ModelEditor(queries, self)
        self.editor.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.new_button.clicked.connect(self.new_request)
        self.answer_button.clicked.connect(self.answer)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.editor.record_saved.connect(lambda _s: self.reload())
        self.editor.record_deleted.connect(lambda _id: self.reload())
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_request)
        self._wanted: str | None = None
        self.reload()

    def reload(self) -> None:
        self._queries.ask(lambda s: tuple(s.requests.requests()), self._on_loaded)

    def _on_loaded(self, found: tuple[RequestStatus, ...]) -> None:
        selected = self.selected_id() or self._wanted  # one asked for (from Today) before the list came
        self._wanted = None
        self.requests = found
        self.table.blockSignals(True)
        self.table.setRowCount(len(found))
        overdue = 0
        for row, request in enumerate(found):
            for column, item in enumerate(self._cells(request)):
                self.table.setItem(row, column, item)
            if request.days_left is not None and request.days_left < 0:
                overdue += 1
            if request.id == selected:
                self.table.selectRow(row)
        fit_to_contents(self.table)
        self.table.blockSignals(False)
        self.summary.setText(
            self.tr("%n request(s)", "", len(found)) + " · " + self.tr("%n overdue", "", overdue)
        )
        self.answer_button.setEnabled(self.selected_id() is not None)
        self.loaded += 1

    def _cells(self, r: RequestStatus) -> list[QTableWidgetItem]:
        reference = QTableWidgetItem(r.reference or self.tr("(no reference)"))
        reference.setData(IdRole, r.id)
        if r.days_left is None:
            due = QTableWidgetItem("—")
        elif r.days_left < 0:
            due = QTableWidgetItem(self.tr("%n day(s) overdue", "", -r.days_left))
            due.setForeground(OVERDUE)
            font = due.font()
            font.setBold(True)
            due.setFont(font)
            reference.setForeground(OVERDUE)
        else:
            due = QTableWidgetItem(self.tr("due in %n day(s)", "", r.days_left))
            if r.days_left <= SOON_DAYS:
                due.setForeground(SOON)
        cells = [
            reference,
            QTableWidgetItem(r.deadline or "—"),
            due,
            QTableWidgetItem(choice_label(r.status)),
            QTableWidgetItem(r.authority),
            QTableWidgetItem(r.received),
            QTableWidgetItem(str(r.packages)),
        ]
        for cell in cells:
            cell.setToolTip(cell.text())
        return cells

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        item = self.table.item(items[0].row(), 0)
        rid = item.data(IdRole) if item is not None else None
        return rid if isinstance(rid, str) else None

    def _on_selection_changed(self) -> None:
        rid = self.selected_id()
        self.answer_button.setEnabled(rid is not None)
        if rid is not None:
            self.editor.show_record(rid)

    def show_record(self, record_id: str, _kind: str = "request") -> None:
        self._wanted = record_id
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(IdRole) == record_id:
                self.table.selectRow(row)
        self.editor.show_record(record_id)

    def new_request(self) -> None:
        self.table.clearSelection()
        self.editor.new_record("request")

    def answer(self) -> RequestWizard | None:
        """Open the wizard answering the selected request."""
        rid = self.selected_id()
        if rid is None:
            return None
        wizard = RequestWizard(self._service, self._queries, rid, self)
        wizard.setObjectName("requestWizard")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _r: self.reload())
        wizard.open()
        self.wizard = wizard
        return wizard
