"""Service operations for everything that leaves the vault: drafts, traces, photographs, annexes, shares,
handover packages.

``ExportOps`` is the mixin VaultService takes; each concern lives in its own module and this one only
composes them and holds what they share: the leak guard built from the identifiers this vault can read,
and reading a user's input file with a size limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.service_drafts import DraftCopy, DraftOps, Trace
from app.service_handover import HandoverOps, HandoverPreview, HandoverReport, PackagePreview, ReceiveReport
from app.service_sharing import AnnexReport, PhotoExport, ShareReport, SharingOps
from vault import outfile
from vault.errors import InvalidInput
from vault.guard.leakguard import TextPart
from vault.messages import Text
from vault.storage import audit

__all__ = [
    "AnnexReport",
    "DraftCopy",
    "ExportOps",
    "HandoverPreview",
    "HandoverReport",
    "PhotoExport",
    "PackagePreview",
    "ReceiveReport",
    "ShareReport",
    "Trace",
]


class ExportOps(HandoverOps, SharingOps, DraftOps):
    """Mixin of VaultService: exports that leave the vault, each leak-guarded and logged."""

    def export_picture(self, what: str, out: Path, data: bytes, labels: Sequence[tuple[str, str]]) -> str:
        """Write a picture the app drew (``chart``, ``timeline``: PNG or SVG bytes) to ``out``, logged.

        The outbound gate reads the labels the picture shows (``(place, text)`` pairs: the pixels of a
        PNG cannot be read back), the bytes themselves (an SVG's text, a PNG's metadata) and the file
        name; LeakRefused lists every place that names a source. Returns the SHA-256 written.
        """
        if what not in ("chart", "timeline"):
            raise InvalidInput(Text("a picture export is a chart or a timeline"), field="what")
        outfile.check_target(out)
        gate = self.gate(Text("the picture export"))
        gate.parts(TextPart(place, text) for place, text in labels)
        gate.data(data, Text("the picture"))
        clearance = gate.clearance(out.name)
        with outfile.Batch() as batch:
            sha = batch.add(out, [data], clearance)
            batch.publish()
            with self._write(Text("recording the export")):
                audit.append(self._vault.conn, self.key_id, "export", None, {"what": what, "sha256": sha})
        return sha
