"""The main window's menus: every action has a menu entry with a mnemonic (Alt + the underlined letter),
most a shortcut. Translated in the context "MainWindow", as the window's own sentences are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui.sections import SECTIONS
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _action(window: MainWindow, name: str, text: str, shortcut: str = "", icon_name: str = "") -> QAction:
    action = QAction(icon(icon_name) if icon_name else icon(name), text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_menus(window: MainWindow) -> None:
    """The Vault, Go and Help menus of ``window``, wired to its signals and methods."""
    vault_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Vault"))
    vault_menu.setObjectName("vaultMenu")
    new_vault = _action(
        window,
        "newVault",
        QCoreApplication.translate("MainWindow", "&New vault…"),
        "Ctrl+Shift+N",
        "new-vault",
    )
    new_vault.triggered.connect(window.new_vault_requested)
    open_vault = _action(
        window, "openVault", QCoreApplication.translate("MainWindow", "&Open vault…"), "Ctrl+O", "open-vault"
    )
    open_vault.triggered.connect(window.open_vault_requested)
    imp = _action(
        window, "importFiles", QCoreApplication.translate("MainWindow", "&Import files…"), icon_name="import"
    )
    imp.setToolTip(QCoreApplication.translate("MainWindow", "Import files as evidence (Ctrl+I in Evidence)"))
    imp.triggered.connect(window.import_files)
    passphrase = _action(
        window,
        "changePassphrase",
        QCoreApplication.translate("MainWindow", "Change &passphrase…"),
        icon_name="passphrase",
    )
    passphrase.triggered.connect(window.passphrase_change_requested)
    renew = _action(
        window,
        "newRecoveryCode",
        QCoreApplication.translate("MainWindow", "New &recovery code…"),
        icon_name="recovery-code",
    )
    renew.triggered.connect(window.recovery_code_requested)
    settings = _action(
        window, "settings", QCoreApplication.translate("MainWindow", "Se&ttings…"), "Ctrl+,", "settings"
    )
    settings.triggered.connect(window.settings_requested)
    close = _action(
        window,
        "closeVault",
        QCoreApplication.translate("MainWindow", "&Close vault"),
        "Ctrl+W",
        "close-vault",
    )
    close.setToolTip(
        QCoreApplication.translate("MainWindow", "Lock the vault and go back to the first screen")
    )
    close.triggered.connect(window.close_requested)
    quit_action = _action(
        window, "quit", QCoreApplication.translate("MainWindow", "Lock and &quit"), "Ctrl+Q", "quit"
    )
    quit_action.triggered.connect(window.quit_requested)
    for action in (new_vault, open_vault, None, imp, None, passphrase, renew, settings, None):
        if action is None:
            vault_menu.addSeparator()
        else:
            vault_menu.addAction(action)
    vault_menu.addAction(window.lock_action)
    vault_menu.addAction(close)
    vault_menu.addAction(quit_action)
    go = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go.setObjectName("goMenu")
    find = _action(window, "search", QCoreApplication.translate("MainWindow", "&Search"), "Ctrl+F", "search")
    find.triggered.connect(window.focus_search)
    go.addAction(find)
    clear = QAction(window)
    clear.setShortcut(QKeySequence("Esc"))
    clear.triggered.connect(window.search_box.clear)
    window.search_box.addAction(clear)
    go.addSeparator()
    for section in SECTIONS:
        action = go.addAction(icon(section.id), section.label())
        action.setShortcut(QKeySequence(section.shortcut))
        action.triggered.connect(lambda _=False, s=section.id: window.show_section(s))
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    guide = _action(
        window, "userGuide", QCoreApplication.translate("MainWindow", "&User guide"), "F1", "guide"
    )
    guide.triggered.connect(window.show_guide)
    keys = _action(
        window,
        "keyboardShortcuts",
        QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
        "Ctrl+/",
        "shortcuts",
    )
    keys.triggered.connect(window.show_shortcuts)
    about = _action(
        window, "about", QCoreApplication.translate("MainWindow", "&About Fieldvault"), icon_name="about"
    )
    about.triggered.connect(window.about_requested)
    help_menu.addAction(guide)
    help_menu.addAction(keys)
    help_menu.addSeparator()
    help_menu.addAction(about)
