"""WelcomeWindow: the window shown while no vault is open — start, create, recovery code, unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ui.pages.create_page import CreatePage
from ui.pages.recovery_page import RecoveryPage
from ui.pages.start_page import StartPage
from ui.pages.unlock_page import UnlockPage
from ui.widgets.clipboard_guard import ClipboardGuard


class WelcomeWindow(QMainWindow):
    """Lives on the UI thread. Holds the four pages; the controller wires their signals. No signals."""

    def __init__(
        self,
        demo_folder: Path,
        demo_passphrase: str,
        clipboard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeWindow")
        self.setWindowTitle(self.tr("Fieldvault"))
        self.resize(760, 560)
        self.pages = QStackedWidget(self)
        self.start_page = StartPage(demo_folder, demo_passphrase, self.pages)
        self.create_page = CreatePage(self.pages)
        self.recovery_page = RecoveryPage(clipboard, self.pages)
        self.unlock_page = UnlockPage(self.pages)
        for page in (self.start_page, self.create_page, self.recovery_page, self.unlock_page):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.create_page.back_requested.connect(self.show_start)
        self.unlock_page.back_requested.connect(self.show_start)
        self.start_page.create_chosen.connect(self.show_create)

    def show_start(self) -> None:
        self.create_page.reset()
        self.pages.setCurrentWidget(self.start_page)

    def show_create(self) -> None:
        self.create_page.reset()
        self.pages.setCurrentWidget(self.create_page)
        self.create_page.passphrase.setFocus()

    def show_unlock(self, folder: Path | None, notice: str = "") -> None:
        self.unlock_page.prepare(folder, notice)
        self.pages.setCurrentWidget(self.unlock_page)

    def show_recovery(self) -> None:
        self.pages.setCurrentWidget(self.recovery_page)
