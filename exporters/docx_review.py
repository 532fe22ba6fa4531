"""The periodic review of a listing as DOCX: the entry as the list has it, what the group holds on it
since a date (claims with their status, the evidence and sources they cite by code, letters and replies),
the exculpatory information, and the changes to identifiers the group's records suggest.

Plain data in, bytes out: the service gathers it (app/review_data.py) and the outbound gate reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exporters.docx_annex import STATUS_WORDS
from exporters.docx_common import Properties, key_values, new_document, table, to_bytes


@dataclass(frozen=True)
class ReviewClaim:
    statement: str
    status: str
    updated: str
    cites: tuple[str, ...] = ()  # source codes and evidence labels
    exculpatory: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReviewLetter:
    symbol: str
    addressee: str
    sent: str
    status: str
    reply_received: str


@dataclass(frozen=True)
class Review:
    reference: str
    name: str
    regime: str
    identifiers: tuple[tuple[str, str], ...]  # (label, value) as the list has them
    narrative: str
    list_generated: str
    prepared: str
    since: str
    entities: tuple[str, ...] = ()  # the vault's entities confirmed as this listing
    claims: tuple[ReviewClaim, ...] = ()
    exculpatory: tuple[ReviewClaim, ...] = ()  # claims citing the listed party as exculpatory
    letters: tuple[ReviewLetter, ...] = ()
    proposed: tuple[tuple[str, str], ...] = ()  # (identifier, value the group's records hold)


def _joined(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else "—"


def _claims(doc: object, claims: tuple[ReviewClaim, ...]) -> None:
    table(
        doc,  # type: ignore[arg-type]
        ("Statement", "Status", "Updated", "Cites", "Exculpatory"),
        [
            (
                c.statement,
                STATUS_WORDS.get(c.status, c.status),
                c.updated,
                _joined(c.cites),
                _joined(c.exculpatory),
            )
            for c in claims
        ],
    )


def write_review(review: Review, created: datetime | None = None) -> bytes:
    """The review as DOCX bytes."""
    title = f"Periodic review: {review.reference} {review.name}"
    doc = new_document(Properties(title=title, subject=review.reference, category="Periodic review"), created)
    doc.add_heading(title, level=1)
    key_values(
        doc,
        [
            ("Regime", review.regime),
            ("Consolidated List of", review.list_generated),
            ("Prepared", review.prepared),
            ("Group holdings since", review.since or "the beginning"),
            ("Entities in the group's records", _joined(review.entities)),
        ],
    )
    doc.add_heading("Identifiers on the list", level=2)
    key_values(doc, list(review.identifiers))
    if review.narrative:
        doc.add_heading("Narrative summary (as listed)", level=2)
        doc.add_paragraph(review.narrative)

    doc.add_heading("What the group holds", level=2)
    if review.claims:
        _claims(doc, review.claims)
    else:
        doc.add_paragraph("No claims about this listed party are recorded in the period.")
    doc.add_heading("Exculpatory information", level=2)
    if review.exculpatory:
        _claims(doc, review.exculpatory)
    else:
        doc.add_paragraph("No exculpatory information is recorded in the period.")
    doc.add_heading("Letters and replies", level=2)
    if review.letters:
        table(
            doc,
            ("Symbol", "Addressee", "Sent", "Status", "Reply received"),
            [(x.symbol, x.addressee, x.sent, x.status, x.reply_received) for x in review.letters],
        )
    else:
        doc.add_paragraph("No letters to this listed party are recorded.")
    doc.add_heading("Changes to identifiers the group proposes", level=2)
    if review.proposed:
        table(doc, ("Identifier", "Proposed value"), [list(p) for p in review.proposed])
    else:
        doc.add_paragraph("The group's records hold no identifier the list does not already carry.")
    return to_bytes(doc)
