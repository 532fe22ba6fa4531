"""The designation proposal (dossier) as DOCX: the identifiers in the Committee's format, a statement of
case built only from claims at verified fact, the evidence and sources cited by code, the exculpatory
information considered, the right of reply given, and the methodology's verdict.

Plain data in, bytes out: the service gathers it (app/dossier_data.py) and the outbound gate reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exporters.docx_common import Properties, key_values, new_document, table, to_bytes
from exporters.docx_review import ReviewLetter


@dataclass(frozen=True)
class DossierFact:
    statement: str
    cites: tuple[str, ...]
    independent_sources: int
    documents: int


@dataclass(frozen=True)
class Dossier:
    name: str
    kind: str
    identifiers: tuple[tuple[str, str], ...]  # (label, value) in the Committee's order
    prepared: str
    facts: tuple[DossierFact, ...]
    exculpatory: tuple[tuple[str, str], ...] = ()  # (what, how it was considered)
    letters: tuple[ReviewLetter, ...] = ()
    rules: tuple[str, ...] = ()
    verdict: str = ""


def write_dossier(dossier: Dossier, created: datetime | None = None) -> bytes:
    """The dossier as DOCX bytes."""
    title = f"Proposal for designation: {dossier.name}"
    doc = new_document(
        Properties(title=title, subject=dossier.name, category="Designation proposal"), created
    )
    doc.add_heading(title, level=1)
    key_values(doc, [("Type", dossier.kind), ("Prepared", dossier.prepared)])
    doc.add_heading("Identifiers", level=2)
    key_values(doc, list(dossier.identifiers))
    doc.add_heading("Statement of case", level=2)
    doc.add_paragraph("Each statement below is a verified fact under the group's methodology.")
    for n, fact in enumerate(dossier.facts, 1):
        doc.add_paragraph(f"{n}. {fact.statement}")
    table(
        doc,
        ("No.", "Cited", "Independent sources", "Documentary evidence"),
        [
            (str(n), ", ".join(f.cites) or "—", str(f.independent_sources), str(f.documents))
            for n, f in enumerate(dossier.facts, 1)
        ],
    )
    doc.add_heading("Exculpatory information considered", level=2)
    if dossier.exculpatory:
        table(doc, ("Information", "Cited"), [list(e) for e in dossier.exculpatory])
    else:
        doc.add_paragraph("No exculpatory information is recorded.")
    doc.add_heading("Right of reply", level=2)
    if dossier.letters:
        table(
            doc,
            ("Symbol", "Addressee", "Sent", "Status", "Reply received"),
            [(x.symbol, x.addressee, x.sent, x.status, x.reply_received) for x in dossier.letters],
        )
    else:
        doc.add_paragraph("No letter offering a right of reply is recorded.")
    doc.add_heading("Methodology", level=2)
    for rule in dossier.rules:
        doc.add_paragraph(rule, style="List Bullet")
    if dossier.verdict:
        doc.add_paragraph(dossier.verdict)
    return to_bytes(doc)
