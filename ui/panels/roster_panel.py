"""RosterPanel: the experts whose bundles the group archive accepts, with fingerprints to compare aloud;
enrolling one from their identity file, and revoking one (their past bundles still verify)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.public import Member, Sequence, VaultError, ranges
from ui.dates import readable
from ui.widgets.file_picker import PickMode, pick
from ui.widgets.tables import fit_to_contents, list_table
from ui.workers.queries import Queries

NameRole = Qt.ItemDataRole.UserRole + 1


class RosterPanel(QWidget):
    """Lives on the UI thread; reads and writes through the query worker.

    Signals: ``roster_loaded()`` after each refresh; ``roster_changed()`` after an enrolment or a
    revocation; ``roster_failed(str)`` with the vault's message.
    """

    roster_loaded = Signal()
    roster_changed = Signal()
    roster_failed = Signal(str)

    def __init__(self, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self.members: list[Member] = []
        self.table = list_table(
            self,
            "rosterTable",
            [
                self.tr("Expert"),
                self.tr("Fingerprint (compare aloud)"),
                self.tr("Enrolled"),
                self.tr("Status"),
                self.tr("Bundles received"),
            ],
            stretch=1,
        )
        self.identity_path = QLineEdit(self)
        self.identity_path.setObjectName("identityPath")
        self.identity_path.setPlaceholderText(self.tr("the expert's identity file"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.name = QLineEdit(self)
        self.name.setObjectName("expertName")
        self.name.setPlaceholderText(self.tr("name on the roster"))
        self.enroll_button = QPushButton(self.tr("Enroll"), self)
        self.enroll_button.setObjectName("enrollButton")
        self.accept_through = QSpinBox(self)
        self.accept_through.setRange(0, 1_000_000)
        self.accept_through.setSpecialValueText(self.tr("none beyond those merged"))
        self.accept_through.setToolTip(
            self.tr("A bundle still in transit may be let in by its sequence number; by default none is.")
        )
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.setObjectName("revokeButton")
        self.message = QLabel(self)
        self.message.setObjectName("rosterMessage")
        self.message.setWordWrap(True)
        enroll = QHBoxLayout()
        enroll.addWidget(QLabel(self.tr("Enroll in person:"), self))
        enroll.addWidget(self.identity_path, 2)
        enroll.addWidget(self.choose_button)
        enroll.addWidget(self.name, 1)
        enroll.addWidget(self.enroll_button)
        revoke = QHBoxLayout()
        revoke.addStretch(1)
        revoke.addWidget(QLabel(self.tr("Accept bundles numbered up to"), self))
        revoke.addWidget(self.accept_through)
        revoke.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(revoke)
        layout.addLayout(enroll)
        layout.addWidget(self.message)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.enroll_button.clicked.connect(self.enroll)
        self.revoke_button.clicked.connect(self.revoke)
        self.reload()

    def reload(self) -> None:
        self._queries.ask(
            lambda s: (s.bundles.roster(), s.bundles.bundle_sequences()), self._on_loaded, self._on_failed
        )

    def _on_loaded(self, found: tuple[list[Member], dict[str, Sequence]]) -> None:
        members, seqs = found
        self.members = members
        self.table.setRowCount(len(members))
        for row, m in enumerate(members):
            name = QTableWidgetItem(m.name)
            name.setData(NameRole, m.name)
            if m.revoked:
                status = self.tr("revoked {when}").format(when=readable(m.revoked_at or ""))
                if m.accept_through is not None:
                    status += " · " + self.tr("accepts bundles up to no. {n}").format(n=m.accept_through)
            else:
                status = self.tr("active")
            cells = [
                name,
                QTableWidgetItem(m.fingerprint),
                QTableWidgetItem(readable(m.enrolled_at)),
                QTableWidgetItem(status),
                self._bundles_cell(seqs.get(m.key_id)),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        fit_to_contents(self.table)
        self.roster_loaded.emit()

    def _bundles_cell(self, seq: Sequence | None) -> QTableWidgetItem:
        """The numbers received, and in red those below the highest that have not arrived."""
        if seq is None or not seq.received:
            return QTableWidgetItem(self.tr("none yet"))
        text = self.tr("no. {numbers}").format(numbers=ranges(seq.received))
        item = QTableWidgetItem(text)
        if seq.missing:
            item.setText(
                text + " · " + self.tr("not arrived: no. {numbers}").format(numbers=ranges(seq.missing))
            )
            item.setForeground(QColor("#b3261e"))
            item.setToolTip(
                self.tr("What these bundles carried is not in the archive: ask the expert for them.")
            )
        return item

    def _on_failed(self, message: str, _error: VaultError | None) -> None:
        self.message.setText(message)
        self.roster_failed.emit(message)

    def _on_choose_clicked(self) -> None:
        picker = pick(PickMode.FILE, self, title=self.tr("Choose the expert's identity file"))
        picker.paths_chosen.connect(lambda paths: self.identity_path.setText(str(paths[0])))

    def enroll(self) -> None:
        path, name = Path(self.identity_path.text().strip()), self.name.text()

        def enrolled(member: Member) -> None:
            self.message.setText(
                self.tr("{name} enrolled. Fingerprint: {fp} — compare it aloud with theirs.").format(
                    name=member.name, fp=member.fingerprint
                )
            )
            self.identity_path.clear()
            self.name.clear()
            self.reload()
            self.roster_changed.emit()

        self._queries.ask(lambda s: s.bundles.enroll(path, name), enrolled, self._on_failed)

    def selected_name(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        item = self.table.item(items[0].row(), 0)
        name = item.data(NameRole) if item is not None else None
        return name if isinstance(name, str) else None

    def revoke(self) -> None:
        who = self.selected_name()
        if who is None:
            self.message.setText(self.tr("Choose the expert to revoke in the list first."))
            return
        through = self.accept_through.value() or None

        def revoked(member: Member) -> None:
            self.message.setText(
                self.tr(
                    "{name} revoked: new bundles from this key are refused; past ones still verify."
                ).format(name=member.name)
            )
            self.reload()
            self.roster_changed.emit()

        self._queries.ask(lambda s: s.bundles.revoke(who, through), revoked, self._on_failed)
