"""EvidenceMenu: the evidence grid's context menu — open, caption, source, investigation, date taken,
delete — whose actions also work from the keyboard on the grid (each has a shortcut; the menu itself
opens with the Menu key or Shift+F10)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

# (action, shortcut): the shortcuts act while the grid has the focus. Opening is the grid's own Enter
# (a Return shortcut on the menu's action would steal Return from the open menu).
SHORTCUTS = {
    "caption": "F2",
    "source": "Ctrl+Shift+S",
    "investigation": "Ctrl+Shift+I",
    "taken_at": "Ctrl+Shift+D",
    "delete": "Delete",
}


class EvidenceMenu(QMenu):
    """Lives on the UI thread, owned by the grid it serves (``attach`` adds its actions to the grid).

    Signals: ``open_requested()``; ``attribute_requested(str)`` with the field to set ("caption",
    "source", "investigation", "taken_at"); ``delete_requested()`` — each about the grid's selection.
    """

    open_requested = Signal()
    attribute_requested = Signal(str)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceMenu")
        self.actions_by_name: dict[str, QAction] = {}
        for name, text in (
            ("open", self.tr("&Open")),
            ("caption", self.tr("Set &caption…")),
            ("source", self.tr("Set &source…")),
            ("investigation", self.tr("Set &investigation…")),
            ("taken_at", self.tr("Correct the &date taken…")),
            ("delete", self.tr("&Delete…")),
        ):
            if name == "delete":
                self.addSeparator()
            action = QAction(text, self)
            action.setObjectName(f"evidence_{name}")
            if name in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[name]))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            else:  # shown in the menu's shortcut column only
                action.setText(
                    text
                    + "\t"
                    + QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
                )
            action.triggered.connect(lambda _checked=False, n=name: self._on_triggered(n))
            self.addAction(action)
            self.actions_by_name[name] = action
            if name == "open":
                self.addSeparator()
        self.set_selection(0)

    def _on_triggered(self, name: str) -> None:
        if name == "open":
            self.open_requested.emit()
        elif name == "delete":
            self.delete_requested.emit()
        else:
            self.attribute_requested.emit(name)

    def attach(self, grid: QAbstractItemView) -> None:
        """Make the actions work on ``grid`` from the keyboard, and show the menu on a right click, the
        Menu key or Shift+F10."""
        for name, action in self.actions_by_name.items():
            if name in SHORTCUTS:  # Enter already opens the current item (the grid's ``activated``)
                grid.addAction(action)
        grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        grid.customContextMenuRequested.connect(lambda pos: self.show_for(grid, pos))
        menu_key = QAction(self)
        menu_key.setShortcut(QKeySequence("Shift+F10"))
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(lambda: self.show_for(grid, None))
        grid.addAction(menu_key)

    def set_selection(self, count: int) -> None:
        """Enable what applies to ``count`` selected items (opening takes one)."""
        for name, action in self.actions_by_name.items():
            action.setEnabled(count == 1 if name == "open" else count > 0)

    def show_for(self, grid: QAbstractItemView, pos: QPoint | None) -> None:
        """Pop the menu up at ``pos`` in the grid's viewport, or beside the current item (keyboard)."""
        current = grid.currentIndex()
        if pos is not None:
            clicked = grid.indexAt(pos)
            if clicked.isValid() and not grid.selectionModel().isSelected(clicked):
                grid.setCurrentIndex(clicked)  # a right click on another item acts on that item
        if pos is None or not grid.indexAt(pos).isValid():
            pos = grid.visualRect(current).center() if current.isValid() else QPoint(8, 8)
        self.popup(grid.viewport().mapToGlobal(pos))
