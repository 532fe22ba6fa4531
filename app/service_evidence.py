"""Service operations on evidence: importing files (examined in parallel), what is about to be imported,
thumbnails, extracted text, custody, working copies, exporting originals, reading attachments.
(Attributing items and sealing originals: app/service_attribution.py.)"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.service_attribution import seal_attachment, seal_if_from_protected
from app.service_part import Part
from exporters import images
from vault import outfile
from vault.errors import InvalidInput, NotFound, VaultCorrupt
from vault.exchange import evidence_sharing
from vault.guard import gate
from vault.guard.leakguard import LeakRefused
from vault.intake import custody, derived, detect, evidence, examine, importer, photo, poster
from vault.intake.custody import CustodyEvent
from vault.intake.importer import FileOutcome, ImportProgress, ImportReport
from vault.messages import Text, message_of
from vault.storage import attachments, audit, records
from vault.storage.attachments import CancelCheck

__all__ = [
    "EvidenceInfo",
    "EvidenceService",
    "FileOutcome",
    "ImportPlan",
    "ImportProgress",
    "ImportReport",
    "WorkingCopy",
    "collect_files",
    "plan_import",
]

log = logging.getLogger("fieldvault.service")

MAX_WORKING_COPY_SOURCE = 512 * 1024 * 1024
MAX_IMPORT_FILES = 20_000  # files one import takes from the folders it is given


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
        """Store each file as evidence, with what examining it found: small files several to a
        transaction (vault/intake/grouped.py), each reported only once committed.

        ``on_outcome`` is called with each file's outcome as soon as that file is committed (or
        refused), so a caller can show it at once rather than when the whole batch ends.

        Files are examined (type, metadata, text, thumbnail) in ``workers`` processes (default: one
        per core) while they are written (vault/intake/importer.py). A file that cannot be read or
        stored gets an error in its outcome and the batch goes on; one that is stored but cannot be
        parsed gets a "could not be read" warning. A cancellation rolls back the file in progress and
        stops, keeping the files already stored.
        """
        if source:
            source = self._core.resolve_source(source)
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
                    with self._write(Text("sealing the original")):
                        evidence_sharing.seal(self._vault.conn, self._vault.identity, outcome.id)
                elif outcome.id is not None and "source" in outcome.linked:
                    with self._write(Text("sealing the original")):
                        seal_if_from_protected(self._vault.conn, self._vault.identity, outcome.id)
                # The files a message from them carries are theirs as much as the message (a photograph
                # they took, a document only they held): sealed too, already held or not, and when the
                # message itself was held already, the items it brought then.
                carried = outcome.attachments
                if outcome.id is not None and outcome.duplicate:
                    carried = tuple(evidence.carried_by(self._vault.conn, outcome.id))
                for attached in carried if outcome.id is not None else ():
                    with self._write(Text("sealing the original")):
                        seal_attachment(self._vault.conn, self._vault.identity, attached)
        return report

    def plan_import(self, paths: Sequence[Path]) -> ImportPlan:
        """What importing ``paths`` would take (see ``ImportPlan``); reads names and sizes, never bytes."""
        return plan_import(paths)

    # --- what a details panel needs ----------------------------------------------------------------

    def thumbnail(self, record_id: str) -> bytes | None:
        """The item's JPEG thumbnail from the encrypted database, or None when it has none."""
        rec = self._core.evidence_record(record_id)
        return derived.thumbnail(self._vault.conn, str(rec.body["sha256"]))

    def begin_poster(self, record_id: str) -> bool:
        """Before a video item is decoded for its poster: whether to try (False when it has a thumbnail
        or was tried twice already: a video that crashed or hung the app is not opened at every start)."""
        rec = self._video(record_id)
        with self._write(Text("storing the thumbnail")):
            return derived.begin_poster(self._vault.conn, str(rec.body["sha256"]))

    def store_poster(self, record_id: str, jpeg: bytes) -> bool:
        """Keep ``jpeg``, a video item's poster frame the app made, as its thumbnail when it has none
        (checked and re-encoded: vault/intake/poster.py). Whether it was stored (False: it had one)."""
        rec = self._video(record_id)
        clean = poster.checked(jpeg)
        with self._write(Text("storing the thumbnail")):
            return derived.add_thumbnail(self._vault.conn, str(rec.body["sha256"]), clean)

    def _video(self, record_id: str) -> records.Record:
        rec = self._core.evidence_record(record_id)
        if not str(rec.body.get("media_type") or "").startswith("video/"):
            raise InvalidInput(Text("only a video item is given a poster frame as its thumbnail"), field="id")
        return rec

    def extracted_text(self, record_id: str) -> tuple[tuple[int, str], ...]:
        """The text extracted at intake, as (page, text) pairs; page 0 for documents without pages."""
        rec = self._core.evidence_record(record_id)
        return tuple(derived.pages(self._vault.conn, str(rec.body["sha256"])))

    def evidence_info(self, record_id: str) -> EvidenceInfo:
        """Hash, type, claimed metadata, flags, thumbnail and text availability, original and copies."""
        rec = self._core.evidence_record(record_id)
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
        rec = self._core.evidence_record(record_id)
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
        rec = self._core.evidence_record(record_id)
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
        rec = self._core.evidence_record(record_id)
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
        original = self._core.evidence_record(record_id)
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
        rec = self._core.evidence_record(record_id)
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


POSTER_EDGE = poster.EDGE  # the longest side of a poster frame ``store_poster`` accepts


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


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
