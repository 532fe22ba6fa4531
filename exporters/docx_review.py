"""The periodic review of a listing as DOCX: the entry as the list has it, what the group holds on it
since a date (claims with their status, the evidence and sources they cite by code, letters and replies),
the exculpatory information, and the changes to identifiers the group's records suggest.

Plain data in, bytes out: the service gathers it (app/review_data.py) and the outbound gate reads it.
Every fixed word is a ``Text`` written in the document's language (exporters/doc_language.py); labels
handed in (identifiers, proposed changes) are Texts too, values are written as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from docx.document import Document as DocumentObject

from exporters.doc_language import Words
from exporters.docx_common import Properties, heading, key_values, new_document, paragraph, table, to_bytes
from vault.messages import Text

CLAIM_STATUS = {
    "allegation": Text("Allegation"),
    "information": Text("Information"),
    "verified_fact": Text("Verified fact"),
}
LETTER_STATUS = {
    "draft": Text("draft"),
    "sent": Text("sent"),
    "replied": Text("replied"),
    "no_reply": Text("no reply"),
    "closed": Text("closed"),
}
NONE = "—"


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


def joined(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else NONE


def review_title(review: Review) -> str:
    return Text("Periodic review: {reference} {name}", reference=review.reference, name=review.name)


HEADINGS = (
    Text("Identifiers on the list"),
    Text("Narrative summary (as listed)"),
    Text("What the group holds"),
    Text("Exculpatory information"),
    Text("Letters and replies"),
    Text("Changes to identifiers the group proposes"),
)


def letters_table(doc: DocumentObject, w: Words, letters: tuple[ReviewLetter, ...]) -> None:
    header = (Text("Symbol"), Text("Addressee"), Text("Sent"), Text("Status"), Text("Reply received"))
    table(
        doc,
        w.all(header),
        [
            (x.symbol, x.addressee, x.sent, w(LETTER_STATUS.get(x.status, x.status)), x.reply_received)
            for x in letters
        ],
    )


def _claims(doc: DocumentObject, w: Words, claims: tuple[ReviewClaim, ...]) -> None:
    header = (Text("Statement"), Text("Status"), Text("Updated"), Text("Cites"), Text("Exculpatory"))
    table(
        doc,
        w.all(header),
        [
            (
                c.statement,
                w(CLAIM_STATUS.get(c.status, c.status)),
                c.updated,
                joined(c.cites),
                joined(c.exculpatory),
            )
            for c in claims
        ],
    )


def write_review(review: Review, created: datetime | None = None, lang: str = "en") -> bytes:
    """The review as DOCX bytes, in ``lang`` (en or fr)."""
    w = Words(lang)
    title = w(review_title(review))
    props = Properties(title=title, subject=review.reference, category=w(Text("Periodic review")))
    doc = new_document(props, created, w.docx_language)
    heading(doc, title, 1)
    key_values(
        doc,
        [
            (w(Text("Regime")), review.regime),
            (w(Text("Consolidated List of")), review.list_generated),
            (w(Text("Prepared")), review.prepared),
            (w(Text("Group holdings since")), review.since or w(Text("the beginning"))),
            (w(Text("Entities in the group's records")), joined(review.entities)),
        ],
    )
    identifiers, narrative, holds, exculpatory, letters, proposed = w.all(HEADINGS)
    heading(doc, identifiers, 2)
    key_values(doc, [(w(k), v) for k, v in review.identifiers])
    if review.narrative:
        heading(doc, narrative, 2)
        paragraph(doc, review.narrative)
    heading(doc, holds, 2)
    if review.claims:
        _claims(doc, w, review.claims)
    else:
        paragraph(doc, w(Text("No claims about this listed party are recorded in the period.")))
    heading(doc, exculpatory, 2)
    if review.exculpatory:
        _claims(doc, w, review.exculpatory)
    else:
        paragraph(doc, w(Text("No exculpatory information is recorded in the period.")))
    heading(doc, letters, 2)
    if review.letters:
        letters_table(doc, w, review.letters)
    else:
        paragraph(doc, w(Text("No letters to this listed party are recorded.")))
    heading(doc, proposed, 2)
    if review.proposed:
        table(
            doc, (w(Text("Identifier")), w(Text("Proposed value"))), [(w(k), v) for k, v in review.proposed]
        )
    else:
        paragraph(doc, w(Text("The group's records hold no identifier the list does not already carry.")))
    return to_bytes(doc)
