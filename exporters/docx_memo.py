"""The handover memo as DOCX: for each investigation, where it stands, the outgoing expert's views, the
claims, pending letters, contacts, and working documents; and for each protected source, whether its
identity came across and, if not, whom to ask.

Plain data in, bytes out. The memo travels inside the handover package (encrypted to the successor),
so contacts of confidential sources appear; protected identities never do: those are sealed in the
package's records, and the memo names them by code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exporters.docx_annex import STATUS_WORDS
from exporters.docx_common import Properties, key_values, new_document, table, to_bytes


@dataclass(frozen=True)
class MemoSource:
    code: str
    protection: str
    type: str = ""
    organisation: str = ""
    name: str = ""  # only for sources whose identity is in clear (public, confidential)
    contacts: str = ""
    identity: str = ""  # what the successor has of the identity, and whom to ask
    do_not_contact: bool = False


@dataclass(frozen=True)
class MemoLetter:
    symbol: str
    addressee: str
    deadline: str
    status: str
    overdue_days: int | None = None


@dataclass(frozen=True)
class MemoDocument:
    label: str
    received: str
    sha256: str


@dataclass(frozen=True)
class MemoNote:
    title: str
    body: str


@dataclass(frozen=True)
class MemoInvestigation:
    title: str
    area: str = ""
    status: str = ""
    rationale: str = ""
    assessment: str = ""  # the outgoing expert's views (the investigation's summary)
    claims: tuple[tuple[str, str], ...] = ()  # (statement, status)
    letters: tuple[MemoLetter, ...] = ()
    sources: tuple[MemoSource, ...] = ()
    documents: tuple[MemoDocument, ...] = ()
    notes: tuple[MemoNote, ...] = ()


@dataclass(frozen=True)
class Memo:
    outgoing: str
    successor: str
    date: str
    package_id: str
    investigations: tuple[MemoInvestigation, ...]


def _letters(letters: tuple[MemoLetter, ...]) -> list[tuple[str, str, str, str]]:
    rows = []
    for letter in letters:
        status = letter.status.replace("_", " ")
        if letter.overdue_days is not None:
            status += f" (overdue by {letter.overdue_days} days)"
        rows.append((letter.symbol or "—", letter.addressee, letter.deadline or "—", status))
    return rows


def _source_rows(sources: tuple[MemoSource, ...]) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for s in sources:
        who = " / ".join(x for x in (s.name, s.organisation) if x)
        identity = s.identity + (" DO NOT CONTACT." if s.do_not_contact else "")
        rows.append((s.code, f"{s.protection}, {s.type}".strip(", "), who, s.contacts, identity.strip()))
    return rows


def write_memo(memo: Memo, created: datetime | None = None) -> bytes:
    """The memo as DOCX bytes."""
    doc = new_document(Properties(title="Handover memo", subject=f"Package {memo.package_id}"), created)
    doc.add_heading("Handover memo", level=1)
    key_values(
        doc,
        [
            ("From", memo.outgoing),
            ("To (fingerprint)", memo.successor),
            ("Date", memo.date),
            ("Package", memo.package_id),
        ],
    )
    doc.add_paragraph(
        "Protected sources are named by code. Where a source's identity was not handed over, ask the "
        "person named in the table, through the coordinator; never contact a source marked DO NOT CONTACT."
    )
    for inv in memo.investigations:
        doc.add_heading(inv.title, level=2)
        key_values(doc, [("Area", inv.area), ("Status", inv.status), ("Why it was opened", inv.rationale)])
        if inv.assessment:
            doc.add_heading("Assessment of the outgoing expert", level=3)
            doc.add_paragraph(inv.assessment)
        if inv.claims:
            doc.add_heading("Claims", level=3)
            table(doc, ("Statement", "Status"), [(s, STATUS_WORDS.get(st, st)) for s, st in inv.claims])
        if inv.letters:
            doc.add_heading("Pending letters (right of reply)", level=3)
            table(doc, ("Symbol", "Addressee", "Reply deadline", "Status"), _letters(inv.letters))
        if inv.sources:
            doc.add_heading("Contacts and sources", level=3)
            table(
                doc,
                ("Code", "Protection, type", "Name / organisation", "Contacts", "Identity"),
                _source_rows(inv.sources),
            )
        if inv.documents:
            doc.add_heading("Working documents and photographs", level=3)
            table(
                doc,
                ("Document", "Received", "SHA-256"),
                [(d.label, d.received, d.sha256) for d in inv.documents],
            )
        for note in inv.notes:
            doc.add_heading(f"Note: {note.title}", level=3)
            doc.add_paragraph(note.body)
    return to_bytes(doc)
