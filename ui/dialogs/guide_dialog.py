"""GuideDialog: the user guide (docs/USER_GUIDE.md), shown inside the app.

Rendered from the Markdown shipped with the app (build.spec copies docs/USER_GUIDE.md): no browser is
started and nothing is fetched, which matters on a laptop working offline or watched. Links to web
pages are not followed from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "USER_GUIDE.md"


class GuideDialog(QDialog):
    """Lives on the UI thread; shown with ``open()``. No signals."""

    def __init__(self, parent: QWidget | None = None, path: Path = GUIDE) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Fieldvault user guide"))
        self.resize(780, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # anchors inside the guide scroll; nothing opens a browser
        self.browser.anchorClicked.connect(lambda url: self.browser.scrollToAnchor(url.fragment()))
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(
                self.tr("The user guide is not installed with this copy of Fieldvault ({path}).").format(
                    path=path
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
