"""BundlesPage: an expert's way out of the vault — bundles for the group archive, a handover package
for a successor (and receiving one), report annexes and watermarked drafts — and this vault's identity
to give the coordinator at enrolment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.public import VaultError
from app.service_bundles import IdentityInfo
from ui.sections import Section
from ui.widgets.file_picker import PickMode, pick
from ui.workers.queries import Queries


class BundlesPage(QWidget):
    """Lives on the UI thread. Signals: ``wizard_requested(str)`` with bundle, handover, receive, annex
    or drafts (the main window opens it); ``identity_exported(str)`` with the path written."""

    wizard_requested = Signal(str)
    identity_exported = Signal(str)

    def __init__(self, section: Section, queries: Queries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self._queries = queries
        heading = QLabel(section.label(), self)
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        identity = QGroupBox(self.tr("This vault's identity"), self)
        self.fingerprint = QLabel(identity)
        self.fingerprint.setObjectName("identityFingerprint")
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 14px;")
        self.role = QLabel(identity)
        self.export_identity = QPushButton(self.tr("Export my identity file…"), identity)
        self.message = QLabel(identity)
        self.message.setWordWrap(True)
        form = QFormLayout(identity)
        form.addRow(self.tr("Fingerprint (compare aloud at enrolment)"), self.fingerprint)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.export_identity, self.message)
        actions = QGroupBox(self.tr("Sending and handing over"), self)
        grid = QVBoxLayout(actions)
        for key, title, explain in (
            ("bundle", self.tr("Export a bundle…"), self.tr("Signed and encrypted for the group archive.")),
            (
                "handover",
                self.tr("Produce a handover package…"),
                self.tr("For your successor, at the end of your mandate."),
            ),
            ("receive", self.tr("Receive a handover package…"), self.tr("From your predecessor.")),
            (
                "annex",
                self.tr("Export a report annex…"),
                self.tr("DOCX, sources by code, checked for leaks."),
            ),
            ("drafts", self.tr("Watermarked drafts…"), self.tr("One traceable copy per recipient.")),
        ):
            row = QHBoxLayout()
            button = QPushButton(title, actions)
            button.setObjectName(f"{key}Button")
            button.setMinimumWidth(260)
            button.clicked.connect(lambda _=False, k=key: self.wizard_requested.emit(k))
            row.addWidget(button)
            row.addWidget(QLabel(explain, actions), 1)
            grid.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(identity)
        layout.addWidget(actions)
        layout.addStretch(1)
        self.export_identity.clicked.connect(self._on_export_identity_clicked)
        queries.ask(lambda s: s.bundles.identity_info(), self._on_identity)

    def _on_identity(self, info: IdentityInfo) -> None:
        self.fingerprint.setText(info.fingerprint)
        self.role.setText(self.tr("expert") if info.role == "expert" else self.tr("group archive"))

    def _on_export_identity_clicked(self) -> None:
        picker = pick(PickMode.SAVE, self, "my-vault.identity", title=self.tr("Save the identity"))
        picker.paths_chosen.connect(lambda paths: self.export_identity_to(paths[0]))

    def export_identity_to(self, path: object) -> None:
        def done(_none: object) -> None:
            self.message.setText(
                self.tr("Written to {path} (public keys only: safe to share).").format(path=path)
            )
            self.identity_exported.emit(str(path))

        def failed(message: str, _error: VaultError | None) -> None:
            self.message.setText(message)

        self._queries.ask(lambda s: s.bundles.export_identity(path), done, failed)  # type: ignore[arg-type]
