"""StartPage: the first screen — create a vault, open one, or explore the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.icons import app_icon, icon


def _tilde(path: Path) -> str:
    home = str(Path.home())
    text = str(path)
    return "~" + text[len(home) :] if text.startswith(home + "/") else text


class StartPage(QWidget):
    """Lives on the UI thread. Signals: ``create_chosen()``, ``open_chosen()``, ``demo_chosen()``,
    ``demo_archive_chosen()`` (the demo group archive: coordinator mode)."""

    create_chosen = Signal()
    open_chosen = Signal()
    demo_chosen = Signal()
    demo_archive_chosen = Signal()

    def __init__(self, demo_folder: Path, demo_passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel(self)
        logo.setObjectName("logo")
        logo.setPixmap(app_icon().pixmap(QSize(56, 56)))
        title = QLabel(self.tr("Fieldvault"), self)
        title.setObjectName("title")
        title.setStyleSheet("font-size: 26px; font-weight: 600;")
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        intro = QLabel(
            self.tr(
                "An encrypted vault for interview notes, photographs and documents. Everything stays "
                "on this computer, encrypted with a key only your passphrase (or your recovery code) "
                "can unlock."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(icon("new-vault"), self.tr("&Create a new vault…"), self)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.open_button = QPushButton(icon("open-vault"), self.tr("&Open a vault…"), self)
        self.open_button.setObjectName("openButton")
        self.demo_button = QPushButton(icon("demo"), self.tr("Explore the &demo vault"), self)
        self.demo_button.setObjectName("demoButton")
        demo_box = QFrame(self)
        demo_box.setFrameShape(QFrame.Shape.StyledPanel)
        demo_text = QLabel(
            self.tr(
                "The demo vault holds an invented arms-embargo investigation to try things on. "
                "It is kept at {folder}\nIts passphrase is: <b>{passphrase}</b>"
            )
            .format(folder=_tilde(demo_folder), passphrase=demo_passphrase)
            .replace("\n", "<br>"),
            demo_box,
        )
        demo_text.setObjectName("demoText")
        demo_text.setTextFormat(Qt.TextFormat.RichText)
        demo_text.setWordWrap(True)
        demo_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout = QVBoxLayout(demo_box)
        box_layout.addWidget(demo_text)
        box_layout.addWidget(self.demo_button)
        self.demo_archive_button = QPushButton(
            icon("archive"), self.tr("Explore the demo group &archive (coordinator)"), self
        )
        self.demo_archive_button.setObjectName("demoArchiveButton")
        self.demo_archive_button.clicked.connect(self.demo_archive_chosen)
        box_layout.addWidget(self.demo_archive_button)
        self.create_button.clicked.connect(self.create_chosen)
        self.open_button.clicked.connect(self.open_chosen)
        self.demo_button.clicked.connect(self.demo_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addLayout(heading)
        layout.addWidget(intro)
        layout.addSpacing(16)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        layout.addSpacing(16)
        layout.addWidget(demo_box)
        layout.addStretch(1)
