"""The main window's sections: what each shows, and whether its capability has landed yet.

A section "lights up" when the service can do what it needs: a kind registered in ``vault.kinds``
(investigation, source, …) or a service method (bundles). Until then it says what it will hold and
still lists any records of its kinds that already exist (received in a bundle from a newer version).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.service import VaultService
from vault import kinds


@dataclass(frozen=True)
class Section:
    id: str
    title: str  # English source text; shown through tr()
    kinds: tuple[str, ...]
    shortcut: str
    methods: tuple[str, ...] = ()  # service methods whose presence lights the section up
    coming: str = ""  # what the section will offer, shown while it has not landed

    def available_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in self.kinds if k in kinds.REGISTRY)

    def lit(self, service: VaultService) -> bool:
        if self.methods:
            return any(callable(getattr(service, m, None)) for m in self.methods)
        return bool(self.available_kinds())

    def label(self) -> str:
        return QCoreApplication.translate("sections", self.title)


_T = QCoreApplication.translate  # marks strings for extraction; translated when shown

SECTIONS: tuple[Section, ...] = (
    Section(
        "investigations",
        "Investigations",
        ("investigation",),
        "Ctrl+1",
        coming="Investigations group interviews, sources, evidence and claims under one line of inquiry.",
    ),
    Section("interviews", "Interviews", ("interview", "note"), "Ctrl+2"),
    Section(
        "sources",
        "Sources",
        ("source",),
        "Ctrl+3",
        coming="Sources with their protection level (public, confidential, protected); sealed identities.",
    ),
    Section(
        "entities",
        "Entities",
        ("entity", "item"),
        "Ctrl+4",
        coming="Individuals, companies, vessels, aircraft, accounts; materiel with serial and lot numbers.",
    ),
    Section("evidence", "Evidence", ("evidence",), "Ctrl+5"),
    Section(
        "claims",
        "Claims",
        ("claim",),
        "Ctrl+6",
        coming="Claims moving from allegation to information to verified fact, under the methodology.",
    ),
    Section(
        "letters",
        "Letters",
        ("letter",),
        "Ctrl+7",
        coming="Notes verbales and right-of-reply letters, with their deadlines.",
    ),
    Section(
        "bundles",
        "Bundles & Handover",
        ("bundle",),
        "Ctrl+8",
        methods=("export_bundle", "import_bundle", "create_bundle"),
        coming="Signed, encrypted bundles for the Group's archive, and handover packages for a successor.",
    ),
)

KIND_NAMES = {
    "note": "Meeting note",
    "interview": "Interview",
    "investigation": "Investigation",
    "source": "Source",
    "entity": "Entity",
    "item": "Materiel",
    "evidence": "Evidence",
    "claim": "Claim",
    "letter": "Letter",
    "methodology": "Methodology",
}


def kind_label(kind: str) -> str:
    name = KIND_NAMES.get(kind)
    return QCoreApplication.translate("kinds", name) if name else kind


def section_for_kind(kind: str) -> Section | None:
    for section in SECTIONS:
        if kind in section.kinds:
            return section
    return None
