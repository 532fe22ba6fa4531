"""Service operations on evidence: importing files (examined in parallel), what is about to be imported,
attributing items (caption, source, investigation, corrected date), thumbnails, extracted text, custody,
working copies, exporting originals, reading attachments."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from app.service_part import Part
from exporters import images
from vault import outfile
from vault.errors import InvalidInput, NotFound, VaultCorrupt
from vault.exchange import evidence_sharing
from vault.guard import gate
from vault.guard.leakguard import WITHIN_THE_GROUP, LeakRefused, TextPart
from vault.intake import custody, derived, detect, evidence, examine, importer, photo
from vault.intake.custody import CustodyEvent
from vault.intake.importer import FileOutcome, ImportProgress, ImportReport
from vault.messages import Text, message_of
from vault.model import queries
from vault.model import source as source_model
from vault.storage import attachments, audit, records
from vault.storage.attachments import CancelCheck
from vault.storage.records import Record

__all__ = [
    "KEEP",
    "Attribution",
    "AttributionChoices",
    "EvidenceInfo",
    "EvidenceService",
    "FileOutcome",
    "ImportPlan",
    "ImportProgress",
    "ImportReport",
    "Unchanged",
    "WorkingCopy",
    "collect_files",
    "plan_import",
]

log = logging.getLogger("fieldvault.service")

MAX_WORKING_COPY_SOURCE = 512 * 1024 * 1024
MAX_IMPORT_FILES = 20_000  # files one import takes from the folders it is given


class Unchanged(Enum):
    """The default of ``attribute_evidence``'s fields: leave this one as it is."""

    KEEP = "keep"


KEEP = Unchanged.KEEP
Change = str | None | Unchanged  # text sets the field; None (or blank text) removes it; KEEP leaves it


@dataclass(frozen=True)
class ImportPlan:
    """What an import of some files and folders would take: the files (folders walked, hidden entries
    skipped), how many of each type (by file name suffix, lower case, "" for none), their total size,
    and whether the folders held more than ``MAX_IMPORT_FILES`` files (then only the first are taken)."""

    files: tuple[Path, ...]
    types: tuple[tuple[str, int], ...]  # (suffix, count), most common first
    total_bytes: int
    truncated: bool = False
    unreadable: int = 0  # entries that could not be looked at (permissions, vanished)


@dataclass(frozen=True)
class SourceChoice:
    id: str
    code: str
    protection: str


@dataclass(frozen=True)
class InvestigationChoice:
    id: str
    title: str


@dataclass(frozen=True)
class AttributionChoices:
    """What an item may be attributed to: the live sources (by code, never identity) and investigations."""

    sources: tuple[SourceChoice, ...]
    investigations: tuple[InvestigationChoice, ...]


@dataclass(frozen=True)
class Attribution:
    """What the expert has said about an evidence item, beside what the file claims for itself.

    ``taken_at`` is the expert's corrected date (None: not corrected); ``claimed_date`` the date in the
    file's own metadata (a camera's clock), kept as it was.
    """

    id: str
    name: str
    caption: str | None
    source: str | None
    source_code: str | None
    investigation: str | None
    investigation_title: str | None
    taken_at: str | None
    claimed_date: str | None
    media_type: str | None


@dataclass(frozen=True)
class EvidenceInfo:
    """What a details panel shows about an evidence item; ``metadata`` is claimed by the file itself."""

    id: str
    name: str
    sha256: str
    size: int
    media_type: str | None
    metadata: dict[str, Any]
    warnings: tuple[str, ...]
    notes: tuple[str, ...]
    has_thumbnail: bool
    text_pages: int
    derived_from: str | None
    working_copies: tuple[str, ...]
    source: str | None = None
    investigation: str | None = None
    operations: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class WorkingCopy:
    id: str
    sha256: str
    size: int
    original: str
    operations: tuple[str, ...]
    duplicate: bool


class EvidenceService(Part):
    """Mixin of VaultService: evidence intake, working copies, custody and export."""

    # --- import -------------------------------------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[Path],
        *,
        source: str | None = None,
        investigation: str | None = None,
        progress: Callable[[ImportProgress], None] | None = None,
        cancelled: CancelCheck | None = None,
        workers: int | None = None,
        on_outcome: Callable[[FileOutcome], None] | None = None,
    ) -> ImportReport:
        """Store each file as evidence in its own transaction, with what examining it found.

        ``on_outcome`` is called with each file's outcome as soon as that file is committed (or
        refused), so a caller can show it at once rather than when the whole batch ends.

        Files are examined (type, metadata, text, thumbnail) in ``workers`` processes (default: one
        per core) while they are written (vault/intake/importer.py). A file that cannot be read or
        stored gets an error in its outcome and the batch goes on; one that is stored but cannot be
        parsed gets a "could not be read" warning. A cancellation rolls back the file in progress and
        stops, keeping the files already stored.
        """
        if source:
            source = self.resolve_source(source)
        if investigation:
            investigation = self._core.resolve_kind(investigation, "investigation", "investigation")
        job = importer.Batch(
            self._vault.conn, self._vault.identity, source, investigation, progress, cancelled, on_outcome
        )
        report = importer.import_files(job, paths, workers)
        if source and evidence_sharing.is_from_protected_source(self._vault.conn, {"source": source}):
            # What a protected source handed over is sealed from the start: it may name them. An item
            # already held and now linked to them is sealed too.
            for outcome in report.outcomes:
                if outcome.id is not None and not outcome.duplicate:
                    self.seal_evidence(outcome.id)
                elif outcome.id is not None and "source" in outcome.linked:
                    with self._write(Text("sealing the original")):
                        self._seal_if_from_protected(outcome.id)
        return report

    def resolve_source(self, text: str) -> str:
        """The id of the source ``text`` names (a code such as S-003, an id or a unique id prefix);
        NotFound "no source with code S-003" for a code no live source has."""
        code = source_model.normal_code(text)
        if code is not None and not queries.sources_by_code(self._vault.conn, code):
            raise NotFound(Text("no source with code {code}", code=code))
        return self._core.resolve_kind(text, "source", "source")

    def plan_import(self, paths: Sequence[Path]) -> ImportPlan:
        """What importing ``paths`` would take (see ``ImportPlan``); reads names and sizes, never bytes."""
        return plan_import(paths)

    # --- attribution ---------------------------------------------------------------------------------

    def attribution_choices(self) -> AttributionChoices:
        """The sources (by code) and investigations (by title) an item can be attributed to."""
        conn = self._vault.conn
        sources = sorted(
            (
                SourceChoice(
                    rid, str(b.get("code", "")), str(b.get("protection", source_model.DEFAULT_PROTECTION))
                )
                for rid, b in queries.live_bodies(conn, source_model.KIND)
            ),
            key=lambda c: (c.code, c.id),
        )
        investigations = sorted(
            (
                InvestigationChoice(rid, str(b.get("title", "")))
                for rid, b in queries.live_bodies(conn, "investigation")
            ),
            key=lambda c: (c.title.casefold(), c.id),
        )
        return AttributionChoices(tuple(sources), tuple(investigations))

    def evidence_attribution(self, record_id: str) -> Attribution:
        """What the expert has said about the item (caption, source, investigation, corrected date),
        with the date the file claims for itself."""
        rec = self._evidence(record_id)
        b, conn = rec.body, self._vault.conn
        source_id = b.get("source") if isinstance(b.get("source"), str) else None
        investigation_id = b.get("investigation") if isinstance(b.get("investigation"), str) else None
        code = title = None
        if source_id is not None:
            found = queries.live_body(conn, source_id)
            code = str(found[1].get("code", "")) or None if found else None
        if investigation_id is not None:
            found = queries.live_body(conn, investigation_id)
            title = str(found[1].get("title", "")) or None if found else None
        return Attribution(
            id=rec.id,
            name=str(b.get("name", "")),
            caption=_text_or_none(b.get("caption")),
            source=source_id,
            source_code=code,
            investigation=investigation_id,
            investigation_title=title,
            taken_at=_text_or_none(b.get("taken_at")),
            claimed_date=evidence.claimed_date(b),
            media_type=_text_or_none(b.get("media_type")),
        )

    def attribute_evidence(
        self,
        record_id: str,
        *,
        caption: Change = KEEP,
        source: Change = KEEP,
        investigation: Change = KEEP,
        taken_at: Change = KEEP,
    ) -> Record:
        """Set what the expert says about an item, in one edit revision: its caption, the source it came
        from (a code such as S-003, or an id), its investigation, and ``taken_at`` — the date it was
        taken when the file's own (claimed, kept as it is in ``metadata``) is wrong, as an ISO 8601 date
        or date and time. A field left at ``KEEP`` is not touched; None or blank text removes it.

        An item attributed to a protected source is sealed, as it would have been had it been imported
        from them (when its original is held here and small enough to seal)."""
        rec = self._evidence(record_id)
        changes: dict[str, Any] = {}
        if not isinstance(caption, Unchanged):
            changes["caption"] = _blank_to_none(caption)
        if not isinstance(source, Unchanged):
            ref = _blank_to_none(source)
            changes["source"] = self.resolve_source(ref) if ref else None
        if not isinstance(investigation, Unchanged):
            ref = _blank_to_none(investigation)
            changes["investigation"] = (
                self._core.resolve_kind(ref, "investigation", "investigation") if ref else None
            )
        if not isinstance(taken_at, Unchanged):
            changes["taken_at"] = _blank_to_none(taken_at)
        with self._write(Text("saving the change")):
            updated = records.edit(self._vault.conn, self._vault.identity, rec.id, changes)
            if changes.get("source"):
                updated = self._seal_if_from_protected(rec.id) or updated
        if updated.head != rec.head:
            log.info("evidence %s attributed", rec.id)
        return updated

    def _seal_if_from_protected(self, record_id: str) -> Record | None:
        """Seal the item's original when its source is protected and it is neither sealed nor withheld
        (inside the caller's transaction); None when it was left as it is."""
        conn = self._vault.conn
        rec = records.get(conn, record_id)
        b = rec.body
        if (
            not evidence_sharing.is_from_protected_source(conn, b)
            or b.get("sealed_sha256")
            or b.get("withheld")
        ):
            return None
        sha = str(b.get("sha256", ""))
        if (
            not attachments.exists(conn, sha)
            or attachments.size_of(conn, sha) > evidence_sharing.MAX_SEAL_BYTES
        ):
            return None  # not held here, or too large: the outbound gate still asks before it travels
        return evidence_sharing.seal(conn, self._vault.identity, record_id)

    # --- sealed and withheld originals -------------------------------------------------------------

    def seal_evidence(self, record_id: str) -> Record:
        """Seal an original to the keys of its protected source (or this vault's alone): bundles and
        packages then carry it encrypted, so the archive holds the record and hash, not the bytes."""
        rec = self._evidence(record_id)
        with self._write(Text("sealing the original")):
            return evidence_sharing.seal(self._vault.conn, self._vault.identity, rec.id)

    def withhold_evidence(self, record_id: str, reason: str) -> Record:
        """Keep an original in this vault only (the record travels, with ``reason``, which is guarded)."""
        rec = self._evidence(record_id)
        guard = gate.Gate(self._vault.conn, self._vault.identity, Text("the reason"), WITHIN_THE_GROUP)
        if guard.parts([TextPart(Text("reason"), reason)]):
            guard.refuse_if_any()
        with self._write(Text("withholding the original")):
            return evidence_sharing.withhold(self._vault.conn, self._vault.identity, rec.id, reason)

    def include_evidence(self, record_id: str) -> Record:
        """Let a sealed or withheld original travel as stored again (the outbound gate still reads it)."""
        rec = self._evidence(record_id)
        with self._write(Text("including the original again")):
            return evidence_sharing.include(self._vault.conn, self._vault.identity, rec.id)

    # --- what a details panel needs ----------------------------------------------------------------

    def _evidence(self, record_id: str) -> Record:
        rec = self._core.get(record_id)
        if rec.kind != "evidence" or not isinstance(rec.body.get("sha256"), str):
            raise InvalidInput(
                Text("record {id} is a {kind}, not an evidence item", id=rec.id, kind=rec.kind), field="id"
            )
        return rec

    def thumbnail(self, record_id: str) -> bytes | None:
        """The item's JPEG thumbnail from the encrypted database, or None when it has none."""
        rec = self._evidence(record_id)
        return derived.thumbnail(self._vault.conn, str(rec.body["sha256"]))

    def extracted_text(self, record_id: str) -> tuple[tuple[int, str], ...]:
        """The text extracted at intake, as (page, text) pairs; page 0 for documents without pages."""
        rec = self._evidence(record_id)
        return tuple(derived.pages(self._vault.conn, str(rec.body["sha256"])))

    def evidence_info(self, record_id: str) -> EvidenceInfo:
        """Hash, type, claimed metadata, flags, thumbnail and text availability, original and copies."""
        rec = self._evidence(record_id)
        b, conn = rec.body, self._vault.conn
        sha = str(b["sha256"])
        metadata = b.get("metadata")
        return EvidenceInfo(
            id=rec.id,
            name=str(b.get("name", "")),
            sha256=sha,
            size=int(b.get("size", 0)),
            media_type=b.get("media_type") if isinstance(b.get("media_type"), str) else None,
            metadata=dict(metadata) if isinstance(metadata, dict) else {},
            warnings=tuple(str(w) for w in b.get("warnings", [])),
            notes=tuple(derived.notes(conn, sha)),
            has_thumbnail=derived.thumbnail(conn, sha) is not None,
            text_pages=len(derived.pages(conn, sha)),
            derived_from=b.get("derived_from") if isinstance(b.get("derived_from"), str) else None,
            working_copies=tuple(evidence.working_copies(conn, rec.id)),
            source=b.get("source") if isinstance(b.get("source"), str) else None,
            investigation=b.get("investigation") if isinstance(b.get("investigation"), str) else None,
            operations=tuple(str(o) for o in b.get("operations", [])),
        )

    def evidence_types(self, record_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """(file name, media type) of each of these records that is an evidence item, for a grid's
        tiles: what to say on a tile that has no picture."""
        out: dict[str, tuple[str, str | None]] = {}
        for rid in record_ids:
            try:
                b = records.get(self._vault.conn, rid).body
            except NotFound:
                continue
            if isinstance(b.get("sha256"), str):
                out[rid] = (str(b.get("name", "")), _text_or_none(b.get("media_type")))
        return out

    def custody(self, record_id: str) -> tuple[CustodyEvent, ...]:
        """The item's chain of custody, oldest first, each event with a readable summary."""
        rec = self._evidence(record_id)
        conn = self._vault.conn
        entries = audit.for_target(conn, [rec.id, str(rec.body["sha256"])])

        def title_of(other: str) -> str | None:
            try:
                return records.get(conn, other).title
            except NotFound:
                return None

        return tuple(custody.describe(e, self._core.key_id, title_of) for e in entries)

    def record_view(self, record_id: str) -> None:
        """Record that the item's content was shown on screen (a custody "view" event)."""
        rec = self._evidence(record_id)
        with self._write(Text("recording the view")):
            audit.append(
                self._vault.conn,
                self._core.key_id,
                "view",
                rec.id,
                {"sha256": rec.body["sha256"], "what": "original", "by": self._core.key_id},
            )

    def verify_original(self, record_id: str) -> bool:
        """Re-hash the stored bytes: True when they still match the SHA-256 recorded at intake."""
        rec = self._evidence(record_id)
        sha = str(rec.body["sha256"])
        digest = hashlib.sha256()
        for chunk in attachments.iter_chunks(self._vault.conn, sha):
            digest.update(chunk)
        return bool(digest.hexdigest() == sha)

    # --- working copies ----------------------------------------------------------------------------

    def make_working_copy(
        self,
        record_id: str,
        *,
        strip: bool = False,
        rotate: int = 0,
        redact: Sequence[images.Box] = (),
    ) -> WorkingCopy:
        """A derived evidence record made from a photograph (the original is left untouched)."""
        if not strip and not rotate % 360 and not redact:
            raise InvalidInput(
                Text("a working copy needs at least one of: strip, rotate, redact"), field="operations"
            )
        original = self._evidence(record_id)
        if original.body.get("media_type") not in detect.IMAGES:
            raise InvalidInput(
                Text("record {id} is not a photograph this version can read", id=original.id), field="id"
            )
        if original.body.get("warnings"):
            raise InvalidInput(
                Text("record {id} could not be read at intake; no copy can be made", id=original.id),
                field="id",
            )
        data = attachments.read_all(self._vault.conn, str(original.body["sha256"]), MAX_WORKING_COPY_SOURCE)
        try:
            result = images.working_copy(data, strip=strip, rotate=rotate, redact=redact)
        except images.ImageError as exc:
            raise InvalidInput(message_of(exc), field="operations") from exc
        findings = photo.examine_image(result.data, detect.JPEG if result.format == "JPEG" else detect.PNG)
        examine.read_parts(result.data, findings)  # our own re-encoded copy: read here, as the gate will
        name = _working_copy_name(str(original.body.get("name", "item")), result.format)
        with self._write(Text("storing the working copy")):
            stored = evidence.store_working_copy(
                self._vault.conn,
                self._vault.identity,
                original,
                result.data,
                name,
                result.operations,
                findings,
            )
        log.info("working copy %s made from %s", stored.id, original.id)
        return WorkingCopy(
            stored.id, stored.sha256, stored.size, original.id, result.operations, stored.duplicate
        )

    # --- export and raw reads ----------------------------------------------------------------------

    def export_file(self, record_id: str, out: Path, *, reveal: bool = False) -> str:
        """Write an evidence item's original bytes to ``out`` (an explicit, logged export).

        The outbound gate reads the original first: when it names a confidential or protected source
        the export is refused (LeakRefused, listing where) unless ``reveal`` — the expert has seen where
        and writes it anyway, and the audit entry says so. Written as a hidden file and named when
        complete (vault/outfile.py), so a failure never leaves a partial file under the requested
        name; refused if the bytes no longer match the SHA-256 recorded at intake. Returns that SHA-256.
        """
        rec = self._evidence(record_id)
        sha = str(rec.body["sha256"])
        outfile.check_target(out)
        conn = self._vault.conn
        if gate.unread_originals(conn, [sha]) and attachments.exists(conn, sha):
            self._core.examine_pending()  # read before it may leave (an older vault, or received)
        check = gate.Gate(conn, self._vault.identity, Text("the export of the original"))
        check.original(sha, Text("evidence {id}", id=rec.id[:8]))
        check.name(out.name)
        found = list(check.findings)
        if found and not reveal:
            raise LeakRefused(Text("the export of the original (add --reveal to write it anyway)"), found)
        clearance = check.clearance(out.name, override=reveal)
        with self._export() as export:
            try:
                export.add(out, attachments.iter_chunks(conn, sha), clearance)
            except gate.NotCleared:  # the bytes read back are not the ones recorded (and read) at intake
                raise VaultCorrupt(
                    Text(
                        "the stored original of {id} no longer matches its SHA-256; nothing was exported",
                        id=rec.id,
                    )
                ) from None
            detail: dict[str, Any] = {"sha256": sha, "what": "original", "by": self._core.key_id}
            if found:
                detail["revealed"] = sorted({f.code for f in found})  # source codes, never identifiers
            export.audit(rec.id, detail)
        log.info("evidence exported (%s)", rec.id)
        return sha

    def read_attachment(self, sha: str, limit: int) -> bytes:
        """An attachment's bytes in memory, for viewers; nothing is written to disk."""
        return attachments.read_all(self._vault.conn, sha, limit)


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() if value is not None and value.strip() else None


def _suffix(path: Path) -> str:
    return path.suffix.lower().lstrip(".")


def collect_files(paths: Iterable[Path], limit: int = MAX_IMPORT_FILES) -> tuple[list[Path], bool]:
    """Each file as given, and the files inside each folder (sorted, hidden ones skipped), at most
    ``limit``; and whether there were more. Only names are read."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(Path(root) / f for f in sorted(names) if not f.startswith("."))
                if len(found) > limit:
                    break
        else:
            found.append(path)
        if len(found) > limit:
            return found[:limit], True
    return found, False


def plan_import(paths: Iterable[Path], limit: int = MAX_IMPORT_FILES) -> ImportPlan:
    """The files ``collect_files`` finds, with their types by suffix and total size (names and sizes
    are read, never contents)."""
    files, truncated = collect_files(paths, limit)
    counts: dict[str, int] = {}
    total = unreadable = 0
    for file in files:
        counts[_suffix(file)] = counts.get(_suffix(file), 0) + 1
        try:
            total += file.stat().st_size
        except OSError:
            unreadable += 1
    types = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return ImportPlan(tuple(files), types, total, truncated, unreadable)


def _working_copy_name(original: str, out_format: str) -> str:
    stem = original.rsplit(".", 1)[0] if "." in original else original
    return f"{stem} (working copy).{'jpg' if out_format == 'JPEG' else 'png'}"
