"""Which wizard a name opens: bundle, handover, receive, annex, drafts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.service import VaultService
from ui.wizards.annex_wizard import AnnexWizard
from ui.wizards.bundle_wizard import BundleWizard
from ui.wizards.drafts_wizard import DraftsWizard
from ui.wizards.handover_wizard import HandoverWizard
from ui.wizards.receive_wizard import ReceiveWizard
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.queries import Queries


def make_wizard(which: str, service: VaultService, queries: Queries, parent: QWidget) -> VaultWizard:
    """A new wizard of that name (anything unknown: the drafts wizard), not yet shown."""
    if which == "bundle":
        return BundleWizard(service, parent)
    if which == "handover":
        return HandoverWizard(service, queries, parent)
    if which == "receive":
        return ReceiveWizard(service, parent)
    if which == "annex":
        return AnnexWizard(service, queries, parent)
    return DraftsWizard(service, parent)
