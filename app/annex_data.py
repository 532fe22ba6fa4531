"""Gathering a report annex from the vault: what an investigation's claims cite, with sources as codes.

The annex holds the investigation's claims (oldest first), the evidence they cite or that belongs to
the investigation (originals; a photograph is shown through its newest working copy, metadata stripped),
and the sources behind them by code. Nothing here writes a file: the result is the plain
``exporters.docx_annex.Annex`` plus the text parts the leak guard reads, located the way a user finds them
("claim 3 statement", "caption of Photo 2").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from exporters.docx_annex import Annex, AnnexClaim, AnnexEvidence, AnnexPhoto, AnnexSource
from vault.errors import InvalidInput
from vault.guard.leakguard import TextPart
from vault.intake import evidence
from vault.messages import Text
from vault.model import queries
from vault.readers.files import parts_of
from vault.storage.store import Connection

OBTAINED_WORDS = {"seized": "seized", "ddr": "DDR", "inspection": "inspection", "cargo": "cargo inspection"}
SOURCE_TYPE_WORDS = {"un": "UN", "ngo": "NGO", "victim_witness": "victim or witness"}
PhotoMaker = Callable[[str], bytes | None]  # evidence id -> a metadata-free picture, or None if not an image


@dataclass(frozen=True)
class AnnexBuild:
    annex: Annex
    parts: tuple[TextPart, ...]
    evidence_ids: tuple[str, ...]


def _ids(body: Mapping[str, Any], field: str) -> list[str]:
    value = body.get(field)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


class _Collector:
    def __init__(self, conn: Connection, investigation: str) -> None:
        self.conn = conn
        self.investigation = investigation
        self.sources: dict[str, Mapping[str, Any]] = {}
        self.evidence: dict[str, Mapping[str, Any]] = {}
        self.obtained: dict[str, str] = {}  # evidence id -> how the item it shows was obtained

    def body(self, record_id: str) -> tuple[str, Mapping[str, Any]] | None:
        return queries.live_body(self.conn, record_id)

    def cite(self, record_id: str) -> list[str]:
        """Note what a claim cites; return its labels for the claim's row (codes; E- labels later)."""
        found = self.body(record_id)
        if found is None:
            return []
        kind, body = found
        if kind == "source":
            self.sources.setdefault(record_id, body)
            return [str(body.get("code", ""))]
        if kind == "interview":
            return [code for sid in _ids(body, "sources") for code in self.cite(sid)]
        if kind == "evidence":
            original = body.get("derived_from")
            if isinstance(original, str) and self.body(original) is not None:
                return self.cite(original)
            self.evidence.setdefault(record_id, body)
            return [f"#{record_id}"]
        if kind == "item":
            how = OBTAINED_WORDS.get(str(body.get("obtained", "")), "")
            labels: list[str] = []
            for pid in _ids(body, "photos"):
                labels += self.cite(pid)
                if how:
                    self.obtained.setdefault(pid, how)
            return labels
        return []


def _date(body: Mapping[str, Any]) -> str:
    meta = body.get("metadata")
    captured = meta.get("captured_at") if isinstance(meta, Mapping) else None
    if isinstance(captured, str) and captured:
        return f"{captured[:10]} (camera clock)"
    return str(body.get("received_at", ""))[:10]


def _description(body: Mapping[str, Any]) -> str:
    for field in ("caption", "description"):
        if isinstance(body.get(field), str) and body[field].strip():
            return str(body[field]).strip()
    media = str(body.get("media_type", ""))
    if media.startswith("image/"):
        return "Photograph"
    return {"application/pdf": "PDF document"}.get(media, "Document")


def build_annex(conn: Connection, investigation: str, prepared: str, photo: PhotoMaker) -> AnnexBuild:
    """The annex of one investigation, and every text part of it for the leak guard."""
    found = queries.live_body(conn, investigation)
    if found is None or found[0] != "investigation":
        raise InvalidInput(f"record {investigation} is not an investigation", field="investigation")
    inv = found[1]
    c = _Collector(conn, investigation)
    claims: list[tuple[Mapping[str, Any], list[str], list[str]]] = []
    for _, body in queries.live_bodies(conn, "claim"):
        if body.get("investigation") != investigation:
            continue
        supports = [label for rid in _ids(body, "supports") for label in c.cite(rid)]
        against = [label for rid in _ids(body, "exculpatory") for label in c.cite(rid)]
        claims.append((body, supports, against))
    for rid, body in queries.live_bodies(conn, "evidence"):
        if body.get("investigation") == investigation and not body.get("derived_from"):
            c.evidence.setdefault(rid, body)
    for rid, body in queries.live_bodies(conn, "source"):
        if body.get("investigation") == investigation:
            c.sources.setdefault(rid, body)

    labels = {rid: f"E-{n}" for n, rid in enumerate(c.evidence, 1)}
    parts: list[TextPart] = [TextPart(Text("annex title"), str(inv.get("title", "")))]

    def codes(values: list[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v for v in values if not v.startswith("#")))

    def items(values: list[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(labels[v[1:]] for v in values if v.startswith("#") and v[1:] in labels))

    annex_claims = []
    for n, (body, supports, against) in enumerate(claims, 1):
        statement = str(body.get("statement", ""))
        parts.append(TextPart(Text("claim {n} statement", n=n), statement))
        status = str(body.get("status", ""))
        annex_claims.append(
            AnnexClaim(
                n, statement, status, codes(supports), items(supports), codes(against) + items(against)
            )
        )
    rows: list[AnnexEvidence] = []
    photos: list[AnnexPhoto] = []
    for rid, body in c.evidence.items():
        label = labels[rid]
        how = c.obtained.get(rid) or _source_words(c, body)
        rows.append(AnnexEvidence(label, _description(body), _date(body), str(body.get("sha256", "")), how))
        parts.append(TextPart(Text("evidence {label} description", label=label), rows[-1].description))
        picture = photo(rid) if str(body.get("media_type", "")).startswith("image/") else None
        if picture is not None:
            photo_label = f"Photo {len(photos) + 1} ({label})"
            caption = str(body.get("caption", "") or "")
            photos.append(AnnexPhoto(photo_label, caption, picture))
            parts.append(TextPart(Text("caption of {label}", label=photo_label), caption))
            parts += parts_of(picture, photo_label)
    sources = sorted((_source_row(b) for b in c.sources.values()), key=lambda s: s.code)
    annex = Annex(
        title=f"Annex: {inv.get('title', '')}",
        area=str(inv.get("area", "") or "").replace("_", " "),
        prepared=prepared,
        claims=tuple(annex_claims),
        evidence=tuple(rows),
        photos=tuple(photos),
        sources=tuple(sources),
    )
    return AnnexBuild(annex, tuple(parts), tuple(c.evidence))


def _source_row(body: Mapping[str, Any]) -> AnnexSource:
    kind = str(body.get("type", "") or "")
    kind = SOURCE_TYPE_WORDS.get(kind, kind.replace("_", " "))
    return AnnexSource(str(body.get("code", "")), kind, str(body.get("reliability", "") or ""))


def _source_words(c: _Collector, body: Mapping[str, Any]) -> str:
    sid = body.get("source")
    found = c.body(sid) if isinstance(sid, str) else None
    if found is not None and found[0] == "source":
        c.sources.setdefault(str(sid), found[1])
        return f"provided by source {found[1].get('code', '')}"
    return "not recorded"


def newest_working_copy(conn: Connection, original: str) -> str:
    """The record to picture an original by: its newest working copy (stripped, redacted), or itself."""
    copies = evidence.working_copies(conn, original)
    return copies[-1] if copies else original
