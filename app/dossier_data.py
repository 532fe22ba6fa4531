"""Gathering a designation proposal from the vault for one entity, or refusing it with the reasons.

The rule: the entity must be the subject of at least one claim marked as supporting a designation, and
every such claim must stand at verified fact and still meet the methodology now (e.g. two experts present
at the interviews it rests on). Only those claims make the statement of case.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.review_data import cite, ids, text
from exporters.docx_dossier import Dossier, DossierFact
from exporters.docx_review import ReviewLetter
from vault.errors import InvalidInput
from vault.guard.leakguard import TextPart
from vault.messages import Text
from vault.model import assessment, queries
from vault.storage import records
from vault.storage.store import Connection

TYPE_WORDS = {
    "individual": Text("Individual"),
    "company": Text("Entity (company)"),
    "armed_group": Text("Entity (armed group)"),
    "vessel": Text("Entity (vessel)"),
    "aircraft": Text("Entity (aircraft)"),
}


@dataclass(frozen=True)
class DossierBuild:
    """The dossier, every text part of it for the gate, and the reasons it may not be written (empty when
    the claims meet the rule; the dossier then holds only the claims that do)."""

    dossier: Dossier
    parts: tuple[TextPart, ...]
    refusals: tuple[str, ...] = ()


class DesignationRefused(InvalidInput):
    """The claims do not meet the group's designation rule; ``reasons`` says each way they fall short."""

    def __init__(self, reasons: tuple[str, ...]) -> None:
        super().__init__(Text("no designation proposal: {reasons}", reasons=_joined(reasons)), field="entity")
        self.reasons = reasons


def _joined(reasons: tuple[str, ...]) -> str:
    """ "a; b; c", each reason still translatable (nested Texts) when there are few; past that, plain."""
    if len(reasons) > MAX_NESTED:
        return "; ".join(reasons)
    out = ""
    for reason in reasons:
        out = Text("{a}; {b}", a=out, b=reason) if out else reason
    return out


MAX_NESTED = 50  # a translation walks nested Texts recursively: a colleague's thousand claims must not


def _identifiers(body: Mapping[str, Any]) -> list[tuple[str, str]]:
    aliases = ids(body, "aliases")
    return [
        (Text("Name"), text(body, "name")),
        (Text("Name (original script)"), next((a for a in aliases if any(ord(c) > 0x24F for c in a)), "")),
        (Text("A.k.a."), "; ".join(a for a in aliases if not any(ord(c) > 0x24F for c in a))),
        (Text("Date of birth"), text(body, "born")),
        (Text("Nationality"), text(body, "nationality")),
        (Text("Documents"), "; ".join(ids(body, "documents"))),
        (Text("Country"), text(body, "country")),
        (Text("IMO number"), text(body, "imo")),
        (Text("Registration"), text(body, "registration")),
        (Text("Flag"), text(body, "flag")),
    ]


def build_dossier(conn: Connection, entity_id: str, prepared: str) -> DossierBuild:
    """The dossier for ``entity_id``, built even when refused (``refusals`` says why), so the reasons and
    the gate's findings can be shown together before anything is written."""
    entity = records.get(conn, entity_id).body
    facts: list[DossierFact] = []
    exculpatory: list[tuple[str, str]] = []
    reasons: list[str] = []
    rules = None
    for rid, body in queries.live_bodies(conn, "claim"):
        supports, against = ids(body, "supports"), ids(body, "exculpatory")
        if entity_id in against:
            exculpatory.append(
                (str(body.get("statement", "")), ", ".join(c for s in supports for c in cite(conn, s)))
            )
        if entity_id not in supports or not body.get("designation"):
            continue
        found = assessment.assess_stored(conn, rid)
        rules = found.rules
        label = Text("claim {id}", id=rid[:8])
        if body.get("status") != "verified_fact":
            reasons.append(Text("{claim} is not a verified fact", claim=label))
            continue
        if not found.allows("verified_fact"):
            reasons += [
                Text("{claim} no longer meets the methodology ({why})", claim=label, why=why)
                for why in found.refusal("verified_fact")
            ]
            continue
        cites = tuple(c for s in supports if s != entity_id for c in cite(conn, s))
        facts.append(
            DossierFact(
                str(body.get("statement", "")), cites, found.independent_sources, len(found.documents)
            )
        )
        for s in against:
            exculpatory.append((Text("considered against claim {id}", id=rid[:8]), ", ".join(cite(conn, s))))
    if not facts and not reasons:
        reasons.append(Text("no claim supporting a designation cites this entity"))
    letters = [
        ReviewLetter(
            str(b.get("symbol", "")),
            str(b.get("addressee", "")),
            str(b.get("sent", "")),
            str(b.get("status", "")),
            str(b.get("reply_received", "")),
        )  # fmt: skip
        for _, b in queries.live_bodies(conn, "letter")
        if b.get("addressee_entity") == entity_id
    ]
    described = tuple(rules.describe()) if rules else ()
    verdict = Text("Every statement of case meets the methodology ({n} verified fact(s)).", n=len(facts))
    dossier = Dossier(
        name=str(entity.get("name", "")),
        kind=TYPE_WORDS.get(str(entity.get("type", "")), str(entity.get("type", ""))),
        identifiers=tuple((k, v) for k, v in _identifiers(entity) if v),
        prepared=prepared,
        facts=tuple(facts),
        exculpatory=tuple(exculpatory),
        letters=tuple(letters),
        rules=described,
        verdict=verdict,
    )
    parts = [TextPart(Text("identifier {label}", label=k), v) for k, v in dossier.identifiers]
    parts += [TextPart(Text("claim {n} statement", n=n), f.statement) for n, f in enumerate(facts, 1)]
    parts += [TextPart(Text("exculpatory {n}", n=n), e[0]) for n, e in enumerate(exculpatory, 1)]
    for n, letter in enumerate(letters, 1):
        parts.append(TextPart(Text("letter {n} addressee", n=n), letter.addressee))
        parts.append(TextPart(Text("letter {n} symbol", n=n), letter.symbol))
    return DossierBuild(dossier, tuple(parts), tuple(reasons))
