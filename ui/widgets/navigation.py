"""Navigation: the main window's list of sections, each with its icon; a section whose capability has
not landed yet is greyed, with what it will offer in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.service import VaultService
from ui.sections import SECTIONS
from ui.widgets.icons import icon

SectionRole = Qt.ItemDataRole.UserRole + 1  # an item's section id


class Navigation(QListWidget):
    """Lives on the UI thread; one row per section, in the order of ``SECTIONS``. No signals of its own."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for section in SECTIONS:
            item = QListWidgetItem(icon(section.id), section.label())
            item.setData(SectionRole, section.id)
            if not section.lit(service):
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.gray)
                later = QCoreApplication.translate(
                    "MainWindow", "Arrives in a later version; shows what exists"
                )
                item.setToolTip(f"{section.coming_text()} {later}".strip())
            else:
                item.setToolTip(section.shortcut)
            self.addItem(item)
        # A fixed width: the pages beside it never push it narrower or wider as records are selected.
        self.setFixedWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 24)
