"""AboutDialog: the version, the licence, and where Fieldvault keeps what it keeps (README, "Where data
lives")."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.public import __version__
from ui.widgets.icons import app_icon

LICENCE = "Apache-2.0"


def _tilde(path: Path) -> str:
    home, text = str(Path.home()), str(path)
    return "~" + text[len(home) :] if text.startswith(home + "/") else text


class AboutDialog(QDialog):
    """Lives on the UI thread; shown with ``open()``. No signals. ``demo_folder`` and ``settings_folder``
    are the paths in force (they follow XDG_DATA_HOME and XDG_CONFIG_HOME)."""

    def __init__(self, demo_folder: Path, settings_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Fieldvault"))
        self.setMinimumWidth(560)
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Fieldvault {version}").format(version=__version__), self)
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        blurb = QLabel(
            self.tr(
                "An encrypted, local-first evidence vault for the experts of UN sanctions monitoring "
                "panels. Licensed under the Apache License, version 2.0 ({licence})."
            ).format(licence=LICENCE),
            self,
        )
        blurb.setObjectName("aboutLicence")
        blurb.setWordWrap(True)
        rows = (
            (
                self.tr("A vault"),
                html.escape(
                    self.tr(
                        "a folder NAME.fvault wherever you create it: vault.db (SQLCipher, AES-256) and "
                        "keyslots.json. Copying the folder is a complete, still-encrypted backup. Nothing "
                        "is decrypted to disk."
                    )
                ),
            ),
            (self.tr("The demo vault"), f"<code>{html.escape(_tilde(demo_folder))}</code>"),
            (
                self.tr("Settings"),
                f"<code>{html.escape(_tilde(settings_folder))}/</code> "
                + html.escape(self.tr("(no vault names or paths: no list of recent vaults)")),
            ),
            (self.tr("Logs"), html.escape(self.tr("stderr only, warnings and above, never content"))),
        )
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td><td>{v}</td></tr>"
            for k, v in rows
        )
        heading = html.escape(self.tr("Where data lives"))  # outside the f-string, so lupdate sees it
        self.where = QLabel(f"<p><b>{heading}</b></p><table>{table}</table>", self)
        self.where.setObjectName("aboutWhere")
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(blurb)
        text.addSpacing(8)
        text.addWidget(self.where)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
