"""Service operations on the Consolidated List: importing a version, its versions, an entry, what changed.

Screening the vault's entities against the list is app/service_screening.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from app.dossier_data import DesignationRefused, DossierBuild, build_dossier
from app.review_data import ReviewBuild, build_review
from app.service_guard import GuardedPart
from exporters.doc_language import LANGUAGES, check_language
from exporters.docx_dossier import dossier_title, write_dossier
from exporters.docx_review import review_title, write_review
from vault import outfile
from vault.errors import Cancelled, InvalidInput, NotFound
from vault.guard.gate import Clearance
from vault.guard.leakguard import Finding, TextPart
from vault.lists import versions, xml_read
from vault.lists.listing import Listing
from vault.lists.versions import Change, Imported, Version
from vault.messages import Text
from vault.screening import decisions
from vault.storage.attachments import CancelCheck

__all__ = [
    "Change",
    "LANGUAGES",
    "DesignationRefused",
    "DocumentPreview",
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
class DocumentPreview:
    """A periodic review or designation proposal before it is written: its title and what it will hold
    (sentences, each a Text), the outbound gate's findings on it (by place and source code, never the
    identifier), and, for a proposal, the reasons the claims do not meet the group's designation rule."""

    title: str
    contents: tuple[str, ...]
    findings: tuple[Finding, ...]
    refusals: tuple[str, ...]

    @property
    def writable(self) -> bool:
        return not self.findings and not self.refusals


@dataclass(frozen=True)
class DossierReport:
    out: Path
    sha256: str
    facts: int
    exculpatory: int
    letters: int


Progress = Callable[[int, int], None]


class Steps:
    """The steps of making a document for outside (gathered, its text read by the gate, made, read in
    full): ``steps(done)`` reports progress, after asking whether the expert cancelled (Cancelled, and
    nothing has been written)."""

    TOTAL = 4

    def __init__(self, progress: Progress | None, cancelled: CancelCheck | None) -> None:
        self._progress = progress
        self._cancelled = cancelled

    def __call__(self, done: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(Text("cancelled"))
        if self._progress is not None:
            self._progress(done, self.TOTAL)


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

    def _review(self, reference: str, since: str | None) -> tuple[ReviewBuild, str]:
        """The review's content and the list version's record (where its export is logged)."""
        if since is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", since):
            raise InvalidInput(Text("--since must be a date such as 2026-01-01"), field="since")
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
        return build, version.record_id

    def _dossier(self, entity: str) -> tuple[DossierBuild, str]:
        entity_id = self._core.resolve_kind(entity, "entity", "entity")
        return build_dossier(self._vault.conn, entity_id, date.today().isoformat()), entity_id

    def preview_review(
        self,
        reference: str,
        since: str | None = None,
        lang: str = "en",
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> DocumentPreview:
        """What the periodic review would hold and the outbound gate's findings on it; writes nothing.
        ``progress(done, of)`` over its steps; ``cancelled()`` is asked between them (Cancelled)."""
        steps = Steps(progress, cancelled)
        check_language(lang)
        build, _ = self._review(reference, since)
        r = build.review
        contents = (
            Text("{n} claim(s) about the listed party", n=len(r.claims)),
            Text("{n} item(s) of exculpatory information", n=len(r.exculpatory)),
            Text("{n} letter(s) and replies", n=len(r.letters)),
            Text("{n} proposed change(s) to identifiers", n=len(r.proposed)),
        )
        return self._preview(
            Text("the periodic review"),
            build.parts,
            lambda: write_review(r, lang=lang),
            Text("the review document"),
            DocumentPreview(review_title(r), contents, (), ()),
            steps,
        )

    def preview_dossier(
        self,
        entity: str,
        lang: str = "en",
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> DocumentPreview:
        """What the designation proposal would hold, the reasons it is refused when the claims do not meet
        the group's designation rule, and the outbound gate's findings on it; writes nothing."""
        steps = Steps(progress, cancelled)
        check_language(lang)
        build, _ = self._dossier(entity)
        d = build.dossier
        contents = (
            Text("{n} verified fact(s) in the statement of case", n=len(d.facts)),
            Text("{n} item(s) of exculpatory information", n=len(d.exculpatory)),
            Text("{n} letter(s) offering a right of reply", n=len(d.letters)),
        )
        return self._preview(
            Text("the designation proposal"),
            build.parts,
            lambda: write_dossier(d, lang=lang),
            Text("the proposal document"),
            DocumentPreview(dossier_title(d), contents, (), build.refusals),
            steps,
        )

    def _preview(
        self,
        what: str,
        parts: Sequence[TextPart],
        write: Callable[[], bytes],
        label: str,
        shown: DocumentPreview,
        steps: Steps,
    ) -> DocumentPreview:
        """``shown`` with the gate's findings on the document's text and, when there are none, on the
        document made in memory (as the write would read them; the file's name is read when it is known)."""
        steps(1)
        gate = self.gate(what)
        if not gate.parts(parts):
            steps(2)
            data = write()
            steps(3)
            gate.data(data, label)
        steps(Steps.TOTAL)
        return replace(shown, findings=tuple(gate.findings))

    def export_review(
        self,
        reference: str,
        out: Path,
        since: str | None = None,
        lang: str = "en",
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ReviewReport:
        """The periodic review of a listing as DOCX in ``lang`` (en or fr), through the outbound gate,
        logged. ``progress`` and ``cancelled`` as for ``preview_review`` (cancelled: nothing written)."""
        steps = Steps(progress, cancelled)
        check_language(lang)
        outfile.check_target(out)
        build, version_id = self._review(reference, since)
        r = build.review
        data = self._gated_document(
            Text("the periodic review"),
            build.parts,
            out,
            lambda: write_review(r, lang=lang),
            Text("the review document"),
            steps,
        )
        sha = self._write_document(
            out, data, version_id, {"what": "periodic review", "reference": r.reference}
        )
        return ReviewReport(out, sha, len(r.claims), len(r.exculpatory), len(r.letters), len(r.proposed))

    def export_dossier(
        self,
        entity: str,
        out: Path,
        lang: str = "en",
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> DossierReport:
        """The designation proposal for an entity as DOCX in ``lang`` (en or fr), through the outbound
        gate, logged; refused with every reason when its claims do not meet the group's designation
        rule."""
        steps = Steps(progress, cancelled)
        check_language(lang)
        outfile.check_target(out)
        build, entity_id = self._dossier(entity)
        if build.refusals:
            raise DesignationRefused(build.refusals)
        d = build.dossier
        data = self._gated_document(
            Text("the designation proposal"),
            build.parts,
            out,
            lambda: write_dossier(d, lang=lang),
            Text("the proposal document"),
            steps,
        )
        sha = self._write_document(out, data, entity_id, {"what": "designation proposal"})
        return DossierReport(out, sha, len(d.facts), len(d.exculpatory), len(d.letters))

    def _gated_document(
        self,
        what: str,
        parts: Sequence[TextPart],
        out: Path,
        write: Callable[[], bytes],
        label: str,
        steps: Steps | None = None,
    ) -> tuple[bytes, Clearance]:
        """A document for outside: its text checked by the gate (refused naming every place) before it is
        made, then the made bytes and the file's name read in full; the bytes and their clearance."""
        steps = steps or Steps(None, None)
        steps(1)
        gate = self.gate(what)
        gate.parts(parts)
        gate.name(out.name)
        gate.refuse_if_any()
        steps(2)
        data = write()
        steps(3)
        gate.data(data, label)
        clearance = gate.clearance(out.name)
        steps(Steps.TOTAL)  # the last chance to cancel: nothing is written before it
        return data, clearance

    def _write_document(
        self, out: Path, made: tuple[bytes, Clearance], record_id: str, detail: dict[str, str]
    ) -> str:
        """Write a gated document and log its export on ``record_id``; its SHA-256."""
        data, clearance = made
        with self._export() as export:
            sha = export.add(out, [data], clearance)
            export.audit(record_id, {**detail, "sha256": sha})
        return sha
