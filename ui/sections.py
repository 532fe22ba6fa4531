"""The main window's sections: what each shows, and whether its capability has landed yet.

The first, Today, is the home view of an expert's vault (a group archive opens on its coordinator view,
the bundles section).

A section "lights up" when the service can do what it needs: a kind registered in ``vault.kinds``
(investigation, source, …) or a service method (bundles). Until then it says what it will hold and
still lists any records of its kinds that already exist (received in a bundle from a newer version).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.public import KIND_REGISTRY
from app.service import VaultService


@dataclass(frozen=True)
class Section:
    id: str
    title: str  # English source text; shown through tr()
    kinds: tuple[str, ...]
    shortcut: str
    methods: tuple[str, ...] = ()  # service methods (``part.method``) whose presence lights the section up
    coming: str = ""  # what the section will offer, shown while it has not landed

    def available_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in self.kinds if k in KIND_REGISTRY)

    def lit(self, service: VaultService) -> bool:
        if self.methods:
            return any(
                callable(getattr(getattr(service, m.split(".")[0], None), m.split(".")[-1], None))
                for m in self.methods
            )
        return bool(self.available_kinds())

    def label(self) -> str:
        return QCoreApplication.translate("sections", self.title)

    def coming_text(self) -> str:
        return QCoreApplication.translate("sections", self.coming) if self.coming else ""


def _n(text: object) -> str:
    """A string marked for translation with QT_TRANSLATE_NOOP (translated when shown)."""
    return str(text)


SECTIONS: tuple[Section, ...] = (
    Section(
        "today",
        _n(QT_TRANSLATE_NOOP("sections", "Today")),
        (),
        "Ctrl+0",
        methods=("agenda.today",),
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections",
                "What needs doing: letters due, claims waiting for corroboration, evidence to attribute.",
            )
        ),
    ),
    Section(
        "investigations",
        _n(QT_TRANSLATE_NOOP("sections", "Investigations")),
        ("investigation",),
        "Ctrl+1",
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections",
                "Investigations group interviews, sources, evidence and claims under one line of inquiry.",
            )
        ),
    ),
    Section("interviews", _n(QT_TRANSLATE_NOOP("sections", "Interviews")), ("interview", "note"), "Ctrl+2"),
    Section(
        "sources",
        _n(QT_TRANSLATE_NOOP("sections", "Sources")),
        ("source",),
        "Ctrl+3",
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections",
                "Sources with their protection level (public, confidential, protected); sealed identities.",
            )
        ),
    ),
    Section(
        "entities",
        _n(QT_TRANSLATE_NOOP("sections", "Entities")),
        ("entity", "item"),
        "Ctrl+4",
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections",
                "Individuals, companies, vessels, aircraft, accounts; materiel with serial and lot numbers.",
            )
        ),
    ),
    Section("evidence", _n(QT_TRANSLATE_NOOP("sections", "Evidence")), ("evidence",), "Ctrl+5"),
    Section(
        "claims",
        _n(QT_TRANSLATE_NOOP("sections", "Claims")),
        ("claim",),
        "Ctrl+6",
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections",
                "Claims moving from allegation to information to verified fact, under the methodology.",
            )
        ),
    ),
    Section(
        "letters",
        _n(QT_TRANSLATE_NOOP("sections", "Letters")),
        ("letter",),
        "Ctrl+7",
        coming=_n(
            QT_TRANSLATE_NOOP("sections", "Notes verbales and right-of-reply letters, with their deadlines.")
        ),
    ),
    Section(
        "requests",
        _n(QT_TRANSLATE_NOOP("sections", "Requests")),
        ("request",),
        "Ctrl+Shift+R",
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections", "Requests from courts and accountability mechanisms, with their deadlines."
            )
        ),
    ),
    Section(
        "listings",
        _n(QT_TRANSLATE_NOOP("sections", "Listings")),
        ("list_match",),
        "Ctrl+Shift+7",
        methods=("screening.screen",),
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections", "The Consolidated List: entities of this vault that may be listed, and decisions."
            )
        ),
    ),
    Section(
        "bundles",
        _n(QT_TRANSLATE_NOOP("sections", "Bundles & Handover")),
        ("bundle",),
        "Ctrl+8",
        methods=("bundles.write_bundle", "bundles.merge_bundles"),
        coming=_n(
            QT_TRANSLATE_NOOP(
                "sections",
                "Signed, encrypted bundles for the Group's archive, and handover packages for a successor.",
            )
        ),
    ),
    Section(
        "pictures",
        _n(QT_TRANSLATE_NOOP("sections", "Link chart & timeline")),
        (),
        "Ctrl+9",
        methods=("model.source_views",),
    ),
)

KIND_NAMES = {
    "note": QT_TRANSLATE_NOOP("kinds", "Meeting note"),
    "interview": QT_TRANSLATE_NOOP("kinds", "Interview"),
    "investigation": QT_TRANSLATE_NOOP("kinds", "Investigation"),
    "source": QT_TRANSLATE_NOOP("kinds", "Source"),
    "entity": QT_TRANSLATE_NOOP("kinds", "Entity"),
    "item": QT_TRANSLATE_NOOP("kinds", "Materiel"),
    "evidence": QT_TRANSLATE_NOOP("kinds", "Evidence"),
    "claim": QT_TRANSLATE_NOOP("kinds", "Claim"),
    "letter": QT_TRANSLATE_NOOP("kinds", "Letter"),
    "methodology": QT_TRANSLATE_NOOP("kinds", "Methodology"),
    "request": QT_TRANSLATE_NOOP("kinds", "Request"),
    "disclosure": QT_TRANSLATE_NOOP("kinds", "Package sent"),
}


def kind_label(kind: str) -> str:
    name = KIND_NAMES.get(kind)
    return QCoreApplication.translate("kinds", str(name)) if name else kind


def section_for_kind(kind: str) -> Section | None:
    for section in SECTIONS:
        if kind in section.kinds:
            return section
    return None
