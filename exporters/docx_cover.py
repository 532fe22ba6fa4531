"""The cover letter of a package answering a request from a court or an accountability mechanism.

Plain data in, bytes out. It names the request (authority, jurisdiction, reference, dates, basis), lists
what was provided (each evidence item by its number in the package, file name and SHA-256; the records
documents), and what was withheld, by category and count only: a withheld item is never described,
and no source is ever named here. It then says how the package is checked (SHA256SUMS, its signature).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from exporters.docx_common import Properties, key_values, new_document, table, to_bytes

# How the letter words each withheld category (vault.model.request.WITHHELD_CATEGORIES).
CATEGORY_WORDS = {
    "no_consent": "the source of the material has not consented to its disclosure for this purpose",
    "protected": "the material is protected to safeguard a source (sealed or withheld)",
    "names_source": "the material would identify a confidential or protected source",
    "not_held": "the original is not held by the sender",
    "unattributed_source": "the consent of the source of the material could not be established",
}


@dataclass(frozen=True)
class ProvidedItem:
    label: str  # E-1, E-2 …
    file: str  # its path in the package
    sha256: str
    size: int


@dataclass(frozen=True)
class CoverLetter:
    authority: str
    jurisdiction: str
    reference: str
    received: str
    deadline: str
    basis: str
    scope: str
    prepared: str  # the date of the package
    package: str  # the package's identifier (printed, to be quoted back)
    items: tuple[ProvidedItem, ...]
    documents: tuple[tuple[str, str], ...]  # (file in the package, what it holds)
    withheld: tuple[tuple[str, int], ...]  # (category, how many items)
    signer: str  # the signing key's fingerprint
    purpose: str = "court"  # the use the sources' consent was checked against


def write_cover_letter(letter: CoverLetter, created: datetime | None = None) -> bytes:
    """The cover letter as DOCX bytes."""
    title = "Response to a request for information"
    doc = new_document(
        Properties(title=title, subject=f"Package {letter.package}", category="Request"), created
    )
    doc.add_heading(title, level=1)
    key_values(
        doc,
        [
            ("Requesting authority", letter.authority),
            ("Jurisdiction", letter.jurisdiction),
            ("Request reference", letter.reference),
            ("Received", letter.received),
            ("Deadline", letter.deadline),
            ("Legal basis", letter.basis),
            ("Scope of the request", letter.scope),
            ("Use the sources' consent was checked for", letter.purpose.replace("_", " ")),
            ("Date of this package", letter.prepared),
            ("Package identifier", letter.package),
        ],
    )
    doc.add_heading("Material provided", level=2)
    if letter.items:
        doc.add_paragraph(
            "Each item is the original file as received by the Panel, unaltered. Its SHA-256 was recorded "
            "when it was received and is checked again here; its chain of custody, from receipt to this "
            "package, is in the custody folder under the same number."
        )
        rows = [(i.label, i.file, i.sha256, f"{i.size:,} bytes") for i in letter.items]
        table(doc, ("Item", "File", "SHA-256", "Size"), rows)
    else:
        doc.add_paragraph("No evidence item could be provided.")
    if letter.documents:
        doc.add_paragraph("Documents prepared for this request:")
        table(doc, ("File", "Content"), list(letter.documents))
    doc.add_heading("Material withheld", level=2)
    if letter.withheld:
        doc.add_paragraph(
            "The following material within the scope of the request has not been provided, for the "
            "reasons stated. The Panel is bound by its undertakings to its sources and does not identify "
            "them."
        )
        table(doc, ("Reason", "Items"), [(CATEGORY_WORDS.get(c, c), str(n)) for c, n in letter.withheld])
    else:
        doc.add_paragraph("Nothing within the selection answering the request was withheld.")
    doc.add_heading("Integrity", level=2)
    doc.add_paragraph(
        "SHA256SUMS lists the SHA-256 of every file in this package; SHA256SUMS.sig is an SSH signature "
        f"of it (namespace fieldvault-request) by the key {letter.signer}, given in signer.pub. "
        "VERIFYING.txt gives the commands (sha256sum and ssh-keygen, with no other software)."
    )
    return to_bytes(doc)
