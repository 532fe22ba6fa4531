"""ClaimPanel: a claim measured against the methodology — its status, what each next status still
needs (the methodology's own reasons), the independent sources behind it, what is exculpatory — and
the button that asks the methodology to promote it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.public import STATUSES
from app.service_model import ClaimAssessment
from ui import protection
from ui.choice import Choice
from ui.errors import vault_text
from ui.labels import choice_label

OK_STYLE = "color: #2e7d32;"
NO_STYLE = "color: #b3261e;"


class ClaimPanel(QFrame):
    """Lives on the UI thread. Signal: ``promote_requested(str)`` with the status asked for."""

    promote_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel(self)
        self.status.setObjectName("claimStatus")
        self.status.setStyleSheet("font-weight: 600;")
        self.steps = QLabel(self)
        self.steps.setObjectName("claimReasons")
        self.steps.setWordWrap(True)
        self.rules = QLabel(self)
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: palette(mid);")
        self.support = QListWidget(self)
        self.support.setObjectName("claimSupport")
        self.support.setMaximumHeight(130)
        self.answer = QLabel(self)
        self.answer.setObjectName("promotionAnswer")
        self.answer.setWordWrap(True)
        self.promote_button = QPushButton(self)
        self.promote_button.setObjectName("promoteButton")
        self._next: str | None = None
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.promote_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.steps)
        layout.addWidget(QLabel(self.tr("What it rests on"), self))
        layout.addWidget(self.support)
        layout.addWidget(self.rules)
        layout.addWidget(self.answer)
        self.promote_button.clicked.connect(self._on_promote_clicked)

    def show_assessment(
        self,
        a: ClaimAssessment,
        sources: Mapping[str, Choice],
        rules: Sequence[str],
        titles: Mapping[str, str],
    ) -> None:
        self.status.setText(
            self.tr("Status: {status} · the methodology allows: {highest}").format(
                status=choice_label(a.status), highest=choice_label(a.highest)
            )
        )
        lines = []
        for status in STATUSES[1:]:
            reasons = a.reasons.get(status, ())
            if reasons:
                lines.append(
                    f"<span style='{NO_STYLE}'>✗ <b>{choice_label(status)}</b></span>: "
                    + "; ".join(_escape(vault_text(r)) for r in reasons)
                )
            else:
                lines.append(
                    f"<span style='{OK_STYLE}'>✓ <b>{choice_label(status)}</b></span>: "
                    + self.tr("the methodology's conditions are met")
                )
        self.steps.setText("<br>".join(lines))
        self.support.clear()
        for sid in a.sources:
            choice = sources.get(sid)
            item = QListWidgetItem(self.tr("Source {code}").format(code=choice.label if choice else sid[:8]))
            if choice is not None and choice.protection:
                item.setIcon(protection.icon(choice.protection))
                item.setToolTip(protection.name(choice.protection))
            self.support.addItem(item)
        for did in a.documents:
            self.support.addItem(self.tr("Document: {title}").format(title=titles.get(did, did[:8])))
        for eid in a.exculpatory:
            choice = sources.get(eid)
            label = choice.label if choice else titles.get(eid, eid[:8])
            item = QListWidgetItem(self.tr("Exculpatory: {what}").format(what=label))
            item.setForeground(protection.colour("confidential"))
            self.support.addItem(item)
        for why in a.excluded:
            item = QListWidgetItem(self.tr("Not counted: {why}").format(why=why))
            item.setForeground(protection.colour("protected"))
            self.support.addItem(item)
        self.support.addItem(self.tr("%n independent source(s)", "", a.independent_sources))
        self.rules.setText(self.tr("Methodology: {rules}").format(rules="; ".join(rules)))
        rank = STATUSES.index(a.status) if a.status in STATUSES else 0
        self._next = STATUSES[rank + 1] if rank + 1 < len(STATUSES) else None
        self.promote_button.setVisible(self._next is not None)
        if self._next is not None:
            self.promote_button.setText(
                self.tr("Promote to {status}…").format(status=choice_label(self._next))
            )

    def show_answer(self, accepted: bool, text: str) -> None:
        self.answer.setStyleSheet(OK_STYLE if accepted else NO_STYLE)
        self.answer.setText(text)

    def _on_promote_clicked(self) -> None:
        if self._next is not None:
            self.promote_requested.emit(self._next)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
