"""What each model kind's fields are, for building forms: type, choices, links, whether required.

The GUI builds its editors from these descriptions instead of repeating the rules; the validators in
each kind's module stay the authority (tests/unit/test_model_forms.py checks that both list the same
fields and choices). Computed and Fieldvault-set fields (``two_experts_present``, ``sealed``) are marked
``computed`` so a form shows them read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault.model import claim, entity, interview, investigation, item, letter, methodology, request, source

# Field types a form knows how to edit.
TEXT, LONG_TEXT, DATE, CHOICE, CHOICES, BOOL, INT, NAMES, LINK, LINKS, OBJECT = (
    "text",
    "long_text",
    "date",
    "choice",
    "choices",
    "bool",
    "int",
    "names",
    "link",
    "links",
    "object",
)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind. ``choices`` for choice(s) fields; ``links`` the kinds a link may name."""

    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    computed: bool = False
    identity: bool = False  # sealed for protected sources; shown only after a logged reveal


def _inv() -> FieldSpec:
    return FieldSpec("investigation", LINK, links=("investigation",))


F = FieldSpec
FORMS: dict[str, tuple[FieldSpec, ...]] = {
    investigation.KIND: (
        F("title", TEXT, required=True),
        F("area", CHOICE, choices=investigation.AREAS),
        F("status", CHOICE, choices=investigation.STATUSES),
        F("rationale", LONG_TEXT),
        F("experts", NAMES),
        F("methodology", LINK, links=("methodology",)),
        F("summary", LONG_TEXT),
    ),
    source.KIND: (
        F("code", TEXT, required=True),
        F("protection", CHOICE, choices=source.PROTECTION),
        F("name", TEXT, required=True, identity=True),
        F("aliases", NAMES, identity=True),
        F("contacts", LONG_TEXT, identity=True),
        F("risk_notes", LONG_TEXT, identity=True),
        F("identifying_terms", NAMES, identity=True),
        F("type", CHOICE, choices=source.TYPES),
        F("organisation", TEXT),
        F("reliability", CHOICE, choices=source.RELIABILITY),
        F("consent", CHOICES, choices=source.CONSENT),
        F("do_not_contact", BOOL),
        _inv(),
        F("sealed", OBJECT, computed=True),
    ),
    interview.KIND: (
        F("date", DATE, required=True),
        F("place", TEXT),
        F("experts_present", NAMES, required=True),
        F("two_experts_present", BOOL, computed=True),
        F("interpreter", TEXT),
        F("sources", LINKS, links=("source",)),
        F("language", TEXT),
        F("consent_given", BOOL),
        F("notes", LONG_TEXT),
        F("follow_ups", LONG_TEXT),
        _inv(),
    ),
    entity.KIND: (
        F("type", CHOICE, required=True, choices=entity.TYPES),
        F("name", TEXT, required=True),
        F("aliases", NAMES),
        F("imo", TEXT),
        F("registration", TEXT),
        F("flag", TEXT),
        F("country", TEXT),
        F("bank", TEXT),
        F("account_number", TEXT),
        F("born", TEXT),
        F("nationality", TEXT),
        F("documents", NAMES),
        F("description", LONG_TEXT),
        F("related", LINKS, links=("entity",)),
        _inv(),
    ),
    item.KIND: (
        *(F(n, TEXT) for n in ("type", "make", "model", "calibre", "serial_number", "lot")),
        F("markings", LONG_TEXT),
        F("photos", LINKS, links=("evidence",)),
        F("country_of_manufacture", TEXT),
        F("year_of_manufacture", INT),
        F("obtained", CHOICE, choices=item.OBTAINED),
        F("location", TEXT),
        F("holder", TEXT),
        F("tracing", OBJECT),
        F("notes", LONG_TEXT),
        _inv(),
    ),
    claim.KIND: (
        F("statement", LONG_TEXT, required=True),
        F("status", CHOICE, choices=claim.STATUSES),
        F("supports", LINKS, links=claim.SUPPORT_KINDS),
        F("exculpatory", LINKS, links=claim.SUPPORT_KINDS),
        F("designation", BOOL),
        F("notes", LONG_TEXT),
        _inv(),
    ),
    methodology.KIND: (
        F("title", TEXT, required=True),
        F("mandate", TEXT),
        F("information_sources", INT),
        F("verified_sources", INT),
        F("verified_documents", INT),
        F("same_organisation_independent", BOOL),
        F("designation_two_experts", BOOL),
        F("text", LONG_TEXT),
    ),
    letter.KIND: (
        F("symbol", TEXT),
        F("type", CHOICE, choices=letter.TYPES),
        F("addressee", TEXT, required=True),
        F("addressee_type", CHOICE, choices=letter.ADDRESSEE_TYPES),
        F("addressee_entity", LINK, links=("entity",)),
        F("claims", LINKS, links=("claim",)),
        F("sent", DATE),
        F("deadline", DATE),
        F("cutoff", DATE),
        F("status", CHOICE, choices=letter.STATUSES),
        F("reply", LINK, links=("evidence",)),
        F("reply_received", DATE),
        F("notes", LONG_TEXT),
        _inv(),
    ),
    request.KIND: (
        F("authority", TEXT, required=True),
        F("jurisdiction", TEXT),
        F("reference", TEXT),
        F("received", DATE, required=True),
        F("deadline", DATE),
        F("scope", LONG_TEXT),
        F("basis", LONG_TEXT),
        F("purpose", CHOICE, choices=request.PURPOSES),
        F("status", CHOICE, choices=request.STATUSES),
        F("notes", LONG_TEXT),
        _inv(),
    ),
}


def form(kind: str) -> tuple[FieldSpec, ...]:
    """The fields of a model kind, in the order a form shows them (empty for other kinds)."""
    return FORMS.get(kind, ())
