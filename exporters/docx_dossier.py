"""The designation proposal (dossier) as DOCX: the identifiers in the Committee's format, a statement of
case built only from claims at verified fact, the evidence and sources cited by code, the exculpatory
information considered, the right of reply given, and the methodology's verdict.

Plain data in, bytes out: the service gathers it (app/dossier_data.py) and the outbound gate reads it.
Fixed words, labels, the type, the rules and the verdict are ``Text``s written in the document's language
(exporters/doc_language.py); values are written as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exporters.doc_language import Words
from exporters.docx_common import Properties, heading, key_values, new_document, paragraph, table, to_bytes
from exporters.docx_review import NONE, ReviewLetter, letters_table
from vault.messages import Text


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


def dossier_title(dossier: Dossier) -> str:
    return Text("Proposal for designation: {name}", name=dossier.name)


HEADINGS = (
    Text("Identifiers"),
    Text("Statement of case"),
    Text("Exculpatory information considered"),
    Text("Right of reply"),
    Text("Methodology"),
)


def write_dossier(dossier: Dossier, created: datetime | None = None, lang: str = "en") -> bytes:
    """The dossier as DOCX bytes, in ``lang`` (en or fr)."""
    w = Words(lang)
    title = w(dossier_title(dossier))
    props = Properties(title=title, subject=dossier.name, category=w(Text("Designation proposal")))
    doc = new_document(props, created, w.docx_language)
    heading(doc, title, 1)
    key_values(doc, [(w(Text("Type")), w(dossier.kind)), (w(Text("Prepared")), dossier.prepared)])
    identifiers, case, exculpatory, reply, method = w.all(HEADINGS)
    heading(doc, identifiers, 2)
    key_values(doc, [(w(k), v) for k, v in dossier.identifiers])
    heading(doc, case, 2)
    paragraph(doc, w(Text("Each statement below is a verified fact under the group's methodology.")))
    for n, fact in enumerate(dossier.facts, 1):
        paragraph(doc, f"{n}. {fact.statement}")
    header = (Text("No."), Text("Cited"), Text("Independent sources"), Text("Documentary evidence"))
    table(
        doc,
        w.all(header),
        [
            (str(n), ", ".join(f.cites) or NONE, str(f.independent_sources), str(f.documents))
            for n, f in enumerate(dossier.facts, 1)
        ],
    )
    heading(doc, exculpatory, 2)
    if dossier.exculpatory:
        table(doc, (w(Text("Information")), w(Text("Cited"))), [(w(e), c) for e, c in dossier.exculpatory])
    else:
        paragraph(doc, w(Text("No exculpatory information is recorded.")))
    heading(doc, reply, 2)
    if dossier.letters:
        letters_table(doc, w, dossier.letters)
    else:
        paragraph(doc, w(Text("No letter offering a right of reply is recorded.")))
    heading(doc, method, 2)
    for rule in dossier.rules:
        paragraph(doc, w(rule), "List Bullet")
    if dossier.verdict:
        paragraph(doc, w(dossier.verdict))
    return to_bytes(doc)
