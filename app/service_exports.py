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
from vault import audit
from vault.errors import InvalidInput
from vault.messages import Text

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

    def record_picture_export(self, what: str, sha256: str) -> None:
        """Log that a picture the app drew (``chart``, ``timeline``) was written to a file by the user.

        The desktop app guards the picture's labels (``leak_guard``) before writing; this records the
        export in the audit log, by the SHA-256 of the bytes written, as every other export is.
        """
        if what not in ("chart", "timeline") or len(sha256) != 64:
            raise InvalidInput(
                Text("a picture export is a chart or a timeline, with its SHA-256"), field="what"
            )
        with self._write(Text("recording the export")):
            audit.append(self._vault.conn, self.key_id, "export", None, {"what": what, "sha256": sha256})
