"""Service operations on the Consolidated List: importing a version, its versions, an entry, what changed.

Screening the vault's entities against the list is app/service_screening.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.dossier_data import DesignationRefused, build_dossier
from app.review_data import build_review
from app.service_guard import GuardedPart
from exporters.docx_dossier import write_dossier
from exporters.docx_review import write_review
from vault import outfile
from vault.errors import InvalidInput, NotFound
from vault.guard.gate import Clearance
from vault.guard.leakguard import TextPart
from vault.lists import versions, xml_read
from vault.lists.listing import Listing
from vault.lists.versions import Change, Imported, Version
from vault.messages import Text
from vault.screening import decisions

__all__ = [
    "Change",
    "DesignationRefused",
    "DossierReport",
    "Imported",
    "ListDiff",
    "Listing",
    "ListService",
    "ReviewReport",
    "Version",
]


@dataclass(frozen=True)
class ListDiff:
    before: Version | None
    after: Version
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class ReviewReport:
    out: Path
    sha256: str
    claims: int
    exculpatory: int
    letters: int
    proposed: int


@dataclass(frozen=True)
class DossierReport:
    out: Path
    sha256: str
    facts: int
    exculpatory: int
    letters: int


class ListService(GuardedPart):
    """Mixin of VaultService: the Consolidated List inside the vault."""

    def import_list(self, path: Path) -> Imported:
        """Read the published XML at ``path`` and keep it as a new version (refused whole, nothing
        stored, when it is not a list this vault can read)."""
        data = xml_read.read_file(path)
        with self._write(Text("importing the Consolidated List")) as conn:
            return versions.import_xml(conn, self._vault.identity, data, path.name)

    def versions(self) -> list[Version]:
        return versions.versions(self._vault.conn, self._vault.identity.key_id)

    def version(self, text: str | None = None) -> Version:
        return versions.version_of(self._vault.conn, text, self._vault.identity.key_id)

    def listings(self, version: str | None = None) -> tuple[Listing, ...]:
        return versions.listings(self._vault.conn, self.version(version))

    def listing(self, reference: str, version: str | None = None) -> Listing:
        wanted = reference.strip().lower()
        for item in self.listings(version):
            if item.reference.lower() == wanted:
                return item
        raise NotFound(Text("no entry {ref} in the imported list", ref=reference))

    def diff(self, regime: str | None = None, version: str | None = None) -> ListDiff:
        """What changed from the version before ``version`` (default: the latest) to it."""
        found = self.versions()
        after = self.version(version)
        index = [v.sha256 for v in found].index(after.sha256)
        before = found[index - 1] if index > 0 else None
        conn = self._vault.conn
        old = versions.listings(conn, before) if before else ()
        changes = versions.diff(old, versions.listings(conn, after), regime)
        return ListDiff(before, after, tuple(changes))

    def export_review(self, reference: str, out: Path, since: str | None = None) -> ReviewReport:
        """The periodic review of a listing as DOCX, through the outbound gate, logged."""
        if since is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", since):
            raise InvalidInput(Text("--since must be a date such as 2026-01-01"), field="since")
        outfile.check_target(out)
        version = self.version()
        listing = self.listing(reference)
        conn, me = self._vault.conn, self._vault.identity
        confirmed = [
            d.subject
            for d in decisions.all_decisions(conn, me)
            if d.reference == listing.reference and d.decision == "confirmed" and not d.sealed and not d.stale
        ]
        build = build_review(
            conn, listing, confirmed, version.generated, date.today().isoformat(), since or ""
        )
        data = self._gated_document(
            Text("the periodic review"),
            build.parts,
            out,
            lambda: write_review(build.review),
            Text("the review document"),
        )
        sha = self._write_document(
            out, data, version.record_id, {"what": "periodic review", "reference": listing.reference}
        )
        r = build.review
        return ReviewReport(out, sha, len(r.claims), len(r.exculpatory), len(r.letters), len(r.proposed))

    def export_dossier(self, entity: str, out: Path) -> DossierReport:
        """The designation proposal for an entity as DOCX, through the outbound gate, logged; refused with
        every reason when its claims do not meet the group's designation rule."""
        outfile.check_target(out)
        entity_id = self._core.resolve_kind(entity, "entity", "entity")
        build = build_dossier(self._vault.conn, entity_id, date.today().isoformat())
        data = self._gated_document(
            Text("the designation proposal"),
            build.parts,
            out,
            lambda: write_dossier(build.dossier),
            Text("the proposal document"),
        )
        sha = self._write_document(out, data, entity_id, {"what": "designation proposal"})
        d = build.dossier
        return DossierReport(out, sha, len(d.facts), len(d.exculpatory), len(d.letters))

    def _gated_document(
        self, what: str, parts: Sequence[TextPart], out: Path, write: Callable[[], bytes], label: str
    ) -> tuple[bytes, Clearance]:
        """A document for outside: its text checked by the gate (refused naming every place) before it is
        made, then the made bytes and the file's name read in full; the bytes and their clearance."""
        gate = self.gate(what)
        gate.parts(parts)
        gate.name(out.name)
        gate.refuse_if_any()
        data = write()
        gate.data(data, label)
        return data, gate.clearance(out.name)

    def _write_document(
        self, out: Path, made: tuple[bytes, Clearance], record_id: str, detail: dict[str, str]
    ) -> str:
        """Write a gated document and log its export on ``record_id``; its SHA-256."""
        data, clearance = made
        with self._export() as export:
            sha = export.add(out, [data], clearance)
            export.audit(record_id, {**detail, "sha256": sha})
        return sha
