"""FindingsView: where the leak guard found a source's identifier, shown in place in a wizard or page.

Each finding names its place (a paragraph, a page, a field, a file name), the source by its code and
what was found (a name, an alias, a phone number), never the identifier itself, and the characters
where it sits, so the person can go and change that text; or a place the gate could not read in full
(refused like a name: what it holds is not known).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.public import Finding
from ui import protection
from ui.errors import vault_text


class FindingsView(QWidget):
    """Lives on the UI thread. No signals. Hidden while there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsView")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.list = QListWidget(self)
        self.list.setObjectName("findingsList")
        self.list.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.setVisible(False)

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.list.clear()
        if not findings:
            self.heading.clear()
            self.setVisible(False)
            return
        self.heading.setText(
            self.tr(
                "Nothing was written: the identity of a confidential or protected source appears in {n} "
                "place(s). Change the text there and try again."
            ).format(n=len(findings))
        )
        for f in findings:
            text = (
                self.tr("could not be read in full, so it cannot leave: {place}").format(
                    place=vault_text(f.location)
                )
                if f.unread
                else self.tr("{place}: {what} of source {code} (characters {start}–{end})").format(
                    place=vault_text(f.location),
                    what=vault_text(f.what),
                    code=f.code,
                    start=f.start + 1,
                    end=f.end,
                )
            )
            self.list.addItem(QListWidgetItem(protection.icon("protected"), text))
        self.setVisible(True)

    def count(self) -> int:
        return self.list.count()
