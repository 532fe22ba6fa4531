"""Service operations for everything that leaves the vault: drafts, traces, photographs, annexes, shares,
handover packages.

``ExportOps`` is the mixin VaultService takes; each concern lives in its own module and this one only
composes them and holds what they share: the leak guard built from the identifiers this vault can read,
and reading a user's input file with a size limit.
"""

from __future__ import annotations

from app.service_drafts import DraftCopy, DraftOps, Trace
from app.service_handover import HandoverOps, HandoverPreview, HandoverReport, ReceiveReport
from app.service_sharing import AnnexReport, PhotoExport, ShareReport, SharingOps

__all__ = [
    "AnnexReport",
    "DraftCopy",
    "ExportOps",
    "HandoverPreview",
    "HandoverReport",
    "PhotoExport",
    "ReceiveReport",
    "ShareReport",
    "Trace",
]


class ExportOps(HandoverOps, SharingOps, DraftOps):
    """Mixin of VaultService: exports that leave the vault, each leak-guarded and logged."""
