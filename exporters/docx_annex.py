"""A report annex as DOCX: the claims and their status, the evidence table, photographs, sources by code.

Plain data in (the dataclasses below), bytes out; the service decides what goes in and has already
replaced every source by its code and every photograph by a metadata-free working copy. Labels are
the ones used across the annex: evidence ``E-1``, photographs ``Photo 1``, claims ``1``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from exporters.docx_common import Properties, key_values, new_document, picture, table, to_bytes

STATUS_WORDS = {"allegation": "Allegation", "information": "Information", "verified_fact": "Verified fact"}


@dataclass(frozen=True)
class AnnexClaim:
    number: int
    statement: str
    status: str  # allegation | information | verified_fact
    sources: tuple[str, ...] = ()  # source codes
    evidence: tuple[str, ...] = ()  # evidence labels (E-1)
    exculpatory: tuple[str, ...] = ()  # codes and labels of what contradicts it


@dataclass(frozen=True)
class AnnexEvidence:
    label: str
    description: str
    date: str
    sha256: str
    obtained: str


@dataclass(frozen=True)
class AnnexPhoto:
    label: str
    caption: str
    image: bytes  # a working copy without metadata (JPEG or PNG)


@dataclass(frozen=True)
class AnnexSource:
    code: str
    type: str = ""
    reliability: str = ""


@dataclass(frozen=True)
class Annex:
    title: str
    area: str = ""
    reference: str = ""
    prepared: str = ""  # the date shown on the annex
    claims: tuple[AnnexClaim, ...] = ()
    evidence: tuple[AnnexEvidence, ...] = ()
    photos: tuple[AnnexPhoto, ...] = ()
    sources: tuple[AnnexSource, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def _joined(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else "—"


def write_annex(annex: Annex, created: datetime | None = None) -> bytes:
    """The annex as DOCX bytes."""
    doc = new_document(
        Properties(title=annex.title, subject=annex.reference or "Report annex", category="Annex"), created
    )
    doc.add_heading(annex.title, level=1)
    key_values(doc, [("Reference", annex.reference), ("Area", annex.area), ("Prepared", annex.prepared)])
    for note in annex.notes:
        doc.add_paragraph(note)

    doc.add_heading("Claims", level=2)
    if annex.claims:
        table(
            doc,
            ("No.", "Statement", "Status", "Sources", "Evidence", "Exculpatory"),
            [
                (
                    str(c.number),
                    c.statement,
                    STATUS_WORDS.get(c.status, c.status),
                    _joined(c.sources),
                    _joined(c.evidence),
                    _joined(c.exculpatory),
                )
                for c in annex.claims
            ],
        )
    else:
        doc.add_paragraph("No claims are recorded for this investigation.")

    doc.add_heading("Evidence", level=2)
    if annex.evidence:
        table(
            doc,
            ("Item", "Description", "Date", "SHA-256", "How obtained"),
            [(e.label, e.description, e.date, e.sha256, e.obtained) for e in annex.evidence],
        )
    else:
        doc.add_paragraph("No evidence items are cited.")

    if annex.photos:
        doc.add_heading("Photographs", level=2)
        for photo in annex.photos:
            picture(doc, photo.image, f"{photo.label}: {photo.caption}" if photo.caption else photo.label)

    doc.add_heading("Sources", level=2)
    doc.add_paragraph("Sources are identified by code only.")
    if annex.sources:
        table(doc, ("Code", "Type", "Reliability"), [(s.code, s.type, s.reliability) for s in annex.sources])
    return to_bytes(doc)
