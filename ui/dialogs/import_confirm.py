"""ImportConfirm: what importing a folder would take — how many files, of which types, how large — with
Import and Cancel, shown in the evidence page before anything is read into the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.service_evidence import ImportPlan

SHOWN_TYPES = 6  # the most common types by name; the rest are counted together


def size_text(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return str(n)


class ImportConfirm(QFrame):
    """Lives on the UI thread. ``ask(plan)`` shows the plan; Import (Enter) or Cancel (Esc) answers.

    Signals: ``import_confirmed(list[Path])`` with the files to import; ``import_declined()``.
    """

    import_confirmed = Signal(list)
    import_declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importConfirm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("confirmImport")
        self.import_button.setAutoDefault(True)  # Enter imports while the button has the focus
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("declineImport")
        self.cancel_button.setAutoDefault(True)
        row = QHBoxLayout(self)
        row.addWidget(self.summary, 1)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_button)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.cancel_button.clicked.connect(self.decline)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.decline)
        self.plan: ImportPlan | None = None
        self.setVisible(False)

    def describe(self, plan: ImportPlan) -> str:
        """The plan in a sentence or two: "Import 12 files (3.4 MiB): 10 JPG, 2 PDF"."""
        types = [
            self.tr("{n} {type}").format(
                n=f"{n:,}", type=suffix.upper() if suffix else self.tr("without a type")
            )
            for suffix, n in plan.types[:SHOWN_TYPES]
        ]
        rest = sum(n for _, n in plan.types[SHOWN_TYPES:])
        if rest:
            types.append(self.tr("{n} of other types").format(n=f"{rest:,}"))
        text = self.tr("Import {n} files ({size}): {types}?").format(
            n=f"{len(plan.files):,}", size=size_text(plan.total_bytes), types=", ".join(types)
        )
        if plan.truncated:
            text += " " + self.tr("The folder holds more: only the first {n} files are taken.").format(
                n=f"{len(plan.files):,}"
            )
        if plan.unreadable:
            text += " " + self.tr("{n} could not be looked at; they will be reported.").format(
                n=f"{plan.unreadable:,}"
            )
        return text

    def ask(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.summary.setText(self.describe(plan))
        self.setVisible(True)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_import_clicked(self) -> None:
        plan, self.plan = self.plan, None
        self.setVisible(False)
        if plan is not None:
            self.import_confirmed.emit(list(plan.files))

    def decline(self) -> None:
        if self.plan is None and not self.isVisible():
            return
        self.plan = None
        self.setVisible(False)
        self.import_declined.emit()

    def files(self) -> list[Path]:
        return list(self.plan.files) if self.plan is not None else []
