"""Gathering a listing's periodic review from the vault: the entry as listed, the group's claims about the
entities confirmed as that listing (since a date), exculpatory information, letters, and the identifiers
the group's records hold that the list does not. Nothing here writes a file: the result is the plain
``exporters.docx_review.Review`` plus every text part of it for the outbound gate."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from exporters.docx_review import Review, ReviewClaim, ReviewLetter
from vault.guard.leakguard import TextPart
from vault.lists.listing import Listing
from vault.messages import Text
from vault.model import queries
from vault.screening import names
from vault.screening.screen import document_key
from vault.storage import hlc, records
from vault.storage.store import Connection


@dataclass(frozen=True)
class ReviewBuild:
    review: Review
    parts: tuple[TextPart, ...]


def day_of(stamp: str) -> str:
    """The UTC date (2026-03-01) of a record's hybrid-logical-clock time; "" when it is not one."""
    try:
        wall, _counter = hlc.parse_hlc(stamp)
        return datetime.fromtimestamp(wall / 1000, UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return ""


def ids(body: Mapping[str, Any], field: str) -> list[str]:
    """The strings of a list field; none when it has another shape (a received record is not validated
    again: a colleague's bundle may carry any JSON)."""
    value = body.get(field)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def text(body: Mapping[str, Any], field: str) -> str:
    """A text field; "" when it has another shape (see ``ids``)."""
    value = body.get(field)
    return value if isinstance(value, str) else ""


def cite(conn: Connection, record_id: str) -> list[str]:
    found = queries.live_body(conn, record_id)
    if found is None:
        return []
    kind, body = found
    if kind == "source":
        return [str(body.get("code", ""))]
    if kind == "interview":
        return [code for sid in ids(body, "sources") for code in cite(conn, sid)]
    if kind in ("evidence", "item", "letter", "note"):
        return [f"{kind} {record_id[:8]}"]
    return []


def identifiers(x: Listing) -> list[tuple[str, str]]:
    """The listing's identifiers as the Committee's list writes them, label by label."""
    births = [b.date or b.year or (f"{b.from_year}–{b.to_year}" if b.from_year else "") for b in x.births]
    return [
        (Text("Reference"), x.reference),
        (Text("Name"), x.name),
        (Text("Name (original script)"), x.original_script),
        (Text("Title"), "; ".join(x.titles)),
        (Text("Designation"), "; ".join(x.designations)),
        (Text("Good quality a.k.a."), "; ".join(a.name for a in x.aliases if a.quality == "good")),
        (Text("Low quality a.k.a."), "; ".join(a.name for a in x.aliases if a.quality != "good")),
        (Text("Date of birth"), "; ".join(b for b in births if b)),
        (Text("Place of birth"), "; ".join(x.birth_places)),
        (Text("Nationality"), "; ".join(x.nationalities)),
        (Text("Documents"), "; ".join(f"{d.type} {d.number} {d.country}".strip() for d in x.documents)),
        (Text("Address"), "; ".join(x.addresses)),
        (Text("IMO number"), "; ".join(x.imo_numbers)),
        (Text("Listed on"), x.listed_on),
        (Text("Last updated"), "; ".join(x.last_updated)),
    ]


def proposed(x: Listing, entities: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """Identifiers the group's records hold that the list does not carry (new alias, new passport …)."""
    listed = {names.parse(n).words for n in [x.name, x.original_script, *(a.name for a in x.aliases)] if n}
    listed_sorted = {tuple(sorted(w)) for w in listed}
    docs = {document_key(d.number) for d in x.documents}
    years = {y for b in x.births if (r := b.years()) for y in range(r[0], r[1] + 1)}
    dates = {b.date for b in x.births if b.date}
    nations = {n.lower() for n in x.nationalities}
    out: dict[tuple[str, str], None] = {}
    for body in entities:
        for alias in [text(body, "name"), *ids(body, "aliases")]:
            words = names.parse(alias).words
            if words and tuple(sorted(words)) not in listed_sorted:
                out[(Text("Alias"), alias)] = None
        for d in ids(body, "documents"):
            if document_key(d) not in docs:
                out[(Text("Document"), d)] = None
        born = text(body, "born")
        year = int(born[:4]) if born[:4].isdigit() and born[:4].isascii() else None
        if born and born not in dates and (len(born) == 10 or year not in years):
            out[(Text("Date of birth"), born)] = None
        nation = text(body, "nationality")
        if nation and nation.lower() not in nations:
            out[(Text("Nationality"), nation)] = None
        imo = text(body, "imo")
        if imo and imo not in x.imo_numbers:
            out[(Text("IMO number"), imo)] = None
    return list(out)


def build_review(
    conn: Connection, x: Listing, entity_ids: Sequence[str], generated: str, prepared: str, since: str
) -> ReviewBuild:
    entities = {rid: records.get(conn, rid) for rid in entity_ids}
    claims: list[ReviewClaim] = []
    exculpatory: list[ReviewClaim] = []
    for rid, body in queries.live_bodies(conn, "claim"):
        updated = day_of(records.get(conn, rid).updated)
        if since and updated < since:
            continue
        about = set(ids(body, "supports")) & set(entities)
        against = set(ids(body, "exculpatory")) & set(entities)
        if not about and not against:
            continue
        claim = ReviewClaim(
            str(body.get("statement", "")),
            str(body.get("status", "")),
            updated,
            tuple(c for s in ids(body, "supports") if s not in entities for c in cite(conn, s)),
            tuple(c for s in ids(body, "exculpatory") if s not in entities for c in cite(conn, s)),
        )
        if about:
            claims.append(claim)
        if against or claim.exculpatory:
            exculpatory.append(claim)
    letters = [
        ReviewLetter(
            str(b.get("symbol", "")),
            str(b.get("addressee", "")),
            str(b.get("sent", "")),
            str(b.get("status", "")),
            str(b.get("reply_received", "")),
        )
        for _, b in queries.live_bodies(conn, "letter")
        if b.get("addressee_entity") in entities
    ]
    review = Review(
        reference=x.reference,
        name=x.name,
        regime=x.regime,
        identifiers=tuple(identifiers(x)),
        narrative=x.narrative,
        list_generated=generated,
        prepared=prepared,
        since=since,
        entities=tuple(e.title for e in entities.values()),
        claims=tuple(claims),
        exculpatory=tuple(exculpatory),
        letters=tuple(letters),
        proposed=tuple(proposed(x, [e.body for e in entities.values()])),
    )
    parts = [TextPart(Text("identifier {label}", label=k), v) for k, v in review.identifiers if v]
    parts.append(TextPart(Text("narrative"), review.narrative))
    parts += [TextPart(Text("entity {n}", n=n), t) for n, t in enumerate(review.entities, 1)]
    for n, c in enumerate(dict.fromkeys([*claims, *exculpatory]), 1):
        parts.append(TextPart(Text("claim {n} statement", n=n), c.statement))
    for n, letter in enumerate(letters, 1):
        parts.append(TextPart(Text("letter {n} addressee", n=n), letter.addressee))
        parts.append(TextPart(Text("letter {n} symbol", n=n), letter.symbol))
    parts += [TextPart(Text("proposed {label}", label=k), v) for k, v in review.proposed]
    return ReviewBuild(review, tuple(parts))
