"""The keyboard shortcuts of the main window, listed in a message box (Help > Keyboard shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

SHORTCUTS = (
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Search everything")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Lock the vault now")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("MainWindow", "Close the vault (back to the first screen)")),
    ("Ctrl+0", QT_TRANSLATE_NOOP("MainWindow", "Today: what needs doing")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("MainWindow", "Go to a section")),
    ("F5", QT_TRANSLATE_NOOP("MainWindow", "Refresh Today")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("MainWindow", "New record in the section shown")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("MainWindow", "Save the record being edited")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("MainWindow", "Import files as evidence")),
    ("Enter", QT_TRANSLATE_NOOP("MainWindow", "Open the selected item or result")),
    ("+ / − / 0 / R", QT_TRANSLATE_NOOP("MainWindow", "In the viewer: zoom in, out, fit, rotate")),
    ("Esc", QT_TRANSLATE_NOOP("MainWindow", "Clear the search")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("MainWindow", "Create a new vault")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("MainWindow", "Open another vault")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "The user guide")),
    ("Ctrl+/", QT_TRANSLATE_NOOP("MainWindow", "This list of shortcuts")),
    (
        "Alt + a letter",
        QT_TRANSLATE_NOOP("MainWindow", "The menu, button or field with that letter underlined"),
    ),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Lock and quit")),
)


def show_shortcuts(parent: QWidget) -> QMessageBox:
    """Open the list (translated in the main window's context, where the strings have always been)."""
    rows = "".join(
        f"<tr><td><b>{keys}</b></td><td>{QCoreApplication.translate('MainWindow', str(what))}</td></tr>"
        for keys, what in SHORTCUTS
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
        f"<table>{rows}</table>",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
