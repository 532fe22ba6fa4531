"""Service operations on what the expert says about an evidence item: its caption, the source it came
from (by code), its investigation, a corrected date; and whether its original travels as stored, sealed
to its protected source, or not at all."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.service_part import Part
from vault.exchange import evidence_sharing
from vault.guard import gate
from vault.guard.leakguard import WITHIN_THE_GROUP, TextPart
from vault.intake import evidence
from vault.keys.identity import Identity
from vault.messages import Text
from vault.model import queries
from vault.model import source as source_model
from vault.storage import attachments, records
from vault.storage.records import Record
from vault.storage.store import Connection

log = logging.getLogger("fieldvault.service")


class Unchanged(Enum):
    """The default of ``attribute_evidence``'s fields: leave this one as it is."""

    KEEP = "keep"


KEEP = Unchanged.KEEP
Change = str | None | Unchanged  # text sets the field; None (or blank text) removes it; KEEP leaves it


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


class AttributionService(Part):
    """Part of VaultService: attributing evidence items, sealing and withholding their originals."""

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
        rec = self._core.evidence_record(record_id)
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
        rec = self._core.evidence_record(record_id)
        changes: dict[str, Any] = {}
        if not isinstance(caption, Unchanged):
            changes["caption"] = _blank_to_none(caption)
        if not isinstance(source, Unchanged):
            ref = _blank_to_none(source)
            changes["source"] = self._core.resolve_source(ref) if ref else None
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
                updated = seal_if_from_protected(self._vault.conn, self._vault.identity, rec.id) or updated
        if updated.head != rec.head:
            log.info("evidence %s attributed", rec.id)
        return updated

    # --- sealed and withheld originals -------------------------------------------------------------

    def seal_evidence(self, record_id: str) -> Record:
        """Seal an original to the keys of its protected source (or this vault's alone): bundles and
        packages then carry it encrypted, so the archive holds the record and hash, not the bytes."""
        rec = self._core.evidence_record(record_id)
        with self._write(Text("sealing the original")):
            return evidence_sharing.seal(self._vault.conn, self._vault.identity, rec.id)

    def withhold_evidence(self, record_id: str, reason: str) -> Record:
        """Keep an original in this vault only (the record travels, with ``reason``, which is guarded)."""
        rec = self._core.evidence_record(record_id)
        guard = gate.Gate(self._vault.conn, self._vault.identity, Text("the reason"), WITHIN_THE_GROUP)
        if guard.parts([TextPart(Text("reason"), reason)]):
            guard.refuse_if_any()
        with self._write(Text("withholding the original")):
            return evidence_sharing.withhold(self._vault.conn, self._vault.identity, rec.id, reason)

    def include_evidence(self, record_id: str) -> Record:
        """Let a sealed or withheld original travel as stored again (the outbound gate still reads it)."""
        rec = self._core.evidence_record(record_id)
        with self._write(Text("including the original again")):
            return evidence_sharing.include(self._vault.conn, self._vault.identity, rec.id)


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() if value is not None and value.strip() else None


def seal_if_from_protected(conn: Connection, me: Identity, record_id: str) -> Record | None:
    """Seal the item's original when its source is protected and it is neither sealed nor withheld
    (inside the caller's transaction: an import or an attribution); None when it was left as it is."""
    rec = records.get(conn, record_id)
    b = rec.body
    if not evidence_sharing.is_from_protected_source(conn, b) or b.get("sealed_sha256") or b.get("withheld"):
        return None
    sha = str(b.get("sha256", ""))
    if not attachments.exists(conn, sha) or attachments.size_of(conn, sha) > evidence_sharing.MAX_SEAL_BYTES:
        return None  # not held here, or too large: the outbound gate still asks before it travels
    return evidence_sharing.seal(conn, me, record_id)


def seal_attachment(conn: Connection, me: Identity, record_id: str) -> Record | None:
    """Seal the original of a file a protected source's message carries, whatever its record's own
    source (inside the caller's transaction); None when it is sealed or withheld already, not held
    here, or too large to seal (the outbound gate still asks before it travels)."""
    b = records.get(conn, record_id).body
    if b.get("sealed_sha256") or b.get("withheld"):
        return None
    sha = str(b.get("sha256", ""))
    if not attachments.exists(conn, sha) or attachments.size_of(conn, sha) > evidence_sharing.MAX_SEAL_BYTES:
        return None
    return evidence_sharing.seal(conn, me, record_id)
