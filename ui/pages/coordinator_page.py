"""CoordinatorPage: the group archive's work — the roster, merging bundles, resolving conflicts — and the
exports a coordinator prepares (report annexes, watermarked drafts). Shown when the open vault's role is
archive."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.service import VaultService
from ui.panels.conflicts_panel import ConflictsPanel
from ui.panels.merge_panel import MergePanel
from ui.panels.roster_panel import RosterPanel
from ui.sections import Section
from ui.workers.queries import Queries


class CoordinatorPage(QWidget):
    """Lives on the UI thread. Signals: ``annex_requested()``, ``drafts_requested()`` (the main window
    opens the wizards)."""

    annex_requested = Signal()
    drafts_requested = Signal()

    def __init__(
        self, section: Section, service: VaultService, queries: Queries, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        heading = QLabel(self.tr("Group archive — coordinator"), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.fingerprint = QLabel(self.tr("Archive fingerprint {fp}").format(fp=service.fingerprint), self)
        self.fingerprint.setStyleSheet("color: palette(mid);")
        self.annex_button = QPushButton(self.tr("Report annex…"), self)
        self.drafts_button = QPushButton(self.tr("Watermarked drafts…"), self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.fingerprint)
        top.addStretch(1)
        top.addWidget(self.annex_button)
        top.addWidget(self.drafts_button)
        self.roster = RosterPanel(queries, self)
        self.merge = MergePanel(service, self)
        self.conflicts = ConflictsPanel(queries, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.roster, self.tr("Roster"))
        self.tabs.addTab(self.merge, self.tr("Merge bundles"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.merge.merge_done.connect(lambda _r: self.conflicts.reload())
        self.conflicts.conflicts_loaded.connect(self._on_conflicts_loaded)
        self.annex_button.clicked.connect(self.annex_requested)
        self.drafts_button.clicked.connect(self.drafts_requested)

    def _on_conflicts_loaded(self, n: int) -> None:
        self.tabs.setTabText(2, self.tr("Conflicts ({n})").format(n=n) if n else self.tr("Conflicts"))

    def busy(self) -> bool:
        return self.merge.busy()

    def shutdown(self) -> None:
        self.merge.shutdown()
