"""Applying the methodology to a claim: what it cites, how many independent sources, what it may become.

Counting rules (each has a test in tests/unit/test_model_claims.py):
- a source counts once however often it is cited (directly, or through any number of interviews);
- sources of the same organisation count as one independent source unless the methodology says
  otherwise; a source with no organisation recorded stands alone;
- an evidence item cited in support is a documentary evidence item;
- for a claim supporting a designation (``designation: true``), when the methodology requires two
  experts present, an interview with fewer cannot support it: its sources are not counted through it;
- entities, materiel, letters and notes give context but are not sources.
Reasons name sources by their code, never by a (possibly sealed) identity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from vault.messages import Text
from vault.model import claim, methodology, queries
from vault.model.methodology import Rules
from vault.storage import records
from vault.storage.store import Connection


@dataclass(frozen=True)
class Assessment:
    """A claim measured against the methodology in force. ``reasons[s]`` is empty when ``s`` is reachable."""

    claim_id: str | None
    status: str
    rules: Rules
    sources: tuple[str, ...]
    independent_sources: int
    documents: tuple[str, ...]
    exculpatory: tuple[str, ...]
    excluded: tuple[str, ...]
    reasons: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def highest(self) -> str:
        """The highest status the methodology allows this claim now."""
        best = "allegation"
        for status in claim.STATUSES[1:]:
            if self.reasons.get(status):
                break
            best = status
        return best

    def allows(self, status: str) -> bool:
        return claim.rank(status) <= claim.rank(self.highest)

    def refusal(self, status: str) -> tuple[str, ...]:
        """Why ``status`` is out of reach (first unmet step up to it); empty when it is reachable."""
        for step in claim.STATUSES[1 : claim.rank(status) + 1]:
            if self.reasons.get(step):
                return self.reasons[step]
        return ()


def rules_for(conn: Connection, body: Mapping[str, Any]) -> Rules:
    """The methodology for a claim: its investigation's, else the vault's newest, else the default."""
    inv = body.get("investigation")
    if isinstance(inv, str):
        found = queries.live_body(conn, inv)
        chosen = found[1].get("methodology") if found and found[0] == "investigation" else None
        if isinstance(chosen, str):
            method = queries.live_body(conn, chosen)
            if method is not None and method[0] == methodology.KIND:
                return methodology.rules_of(chosen, method[1])
    newest = conn.execute(
        "SELECT id FROM records WHERE kind = ? AND deleted = 0 ORDER BY created DESC, id DESC LIMIT 1",
        (methodology.KIND,),
    ).fetchone()
    if newest is not None:
        found = queries.live_body(conn, str(newest[0]))
        if found is not None:
            return methodology.rules_of(str(newest[0]), found[1])
    return methodology.DEFAULT


def _organisation(body: Mapping[str, Any]) -> str | None:
    """The organisation as compared for independence: case and spacing ignored; None when not recorded."""
    org = body.get("organisation")
    if not isinstance(org, str):
        return None
    return " ".join(org.casefold().split()) or None


def _counted(
    conn: Connection, body: Mapping[str, Any], rules: Rules
) -> tuple[dict[str, Mapping[str, Any]], list[str], list[str]]:
    designation = bool(body.get("designation")) and rules.designation_two_experts
    sources: dict[str, Mapping[str, Any]] = {}
    documents: list[str] = []
    excluded: list[str] = []
    for ref in dict.fromkeys(body.get("supports") or []):
        found = queries.live_body(conn, ref)
        if found is None:
            excluded.append(Text("{record} is missing or deleted", record=ref))
            continue
        kind, target = found
        if kind == "source":
            sources.setdefault(ref, target)
        elif kind == "evidence":
            documents.append(ref)
        elif kind == "interview":
            label = Text("the interview of {date}", date=target.get("date", "?"))
            if designation and not target.get("two_experts_present"):
                excluded.append(
                    Text(
                        "{interview} had one expert present; material supporting a designation needs two "
                        "experts present",
                        interview=label,
                    )
                )
                continue
            cited = [s for s in target.get("sources") or [] if isinstance(s, str)]
            if not cited:
                excluded.append(Text("{interview} names no source", interview=label))
            for sid in cited:
                met = queries.live_body(conn, sid)
                if met is not None and met[0] == "source":
                    sources.setdefault(sid, met[1])
    return sources, documents, excluded


def _independent(sources: Mapping[str, Mapping[str, Any]], rules: Rules) -> tuple[int, list[str]]:
    if rules.same_organisation_independent:
        return len(sources), []
    groups: dict[str, list[str]] = {}
    for sid, body in sources.items():
        groups.setdefault(_organisation(body) or f"\0{sid}", []).append(str(body.get("code", sid)))
    notes: list[str] = [
        Text(
            "{codes} are of the same organisation and count as one independent source", codes=", ".join(codes)
        )
        for codes in groups.values()
        if len(codes) > 1
    ]
    return len(groups), notes


def assess(conn: Connection, claim_id: str | None, body: Mapping[str, Any]) -> Assessment:
    """Measure a claim body (stored or about to be) against the methodology in force for it."""
    rules = rules_for(conn, body)
    sources, documents, excluded = _counted(conn, body, rules)
    independent, same_org = _independent(sources, rules)
    cited = len(sources) + len(documents)
    info: list[str] = []
    if cited < rules.information_sources:
        info.append(
            Text(
                "information needs {needed} source(s) or evidence item(s); this claim has {cited}",
                needed=rules.information_sources,
                cited=cited,
            )
        )
    verified = list(info)
    by_documents = rules.verified_documents > 0 and len(documents) >= rules.verified_documents
    if independent < rules.verified_sources and not by_documents:
        need = (
            Text(
                "{sources} independent sources or {documents} documentary evidence item(s)",
                sources=rules.verified_sources,
                documents=rules.verified_documents,
            )
            if rules.verified_documents
            else Text("{sources} independent sources", sources=rules.verified_sources)
        )
        verified.append(
            Text(
                "a verified fact needs {need}; this claim has {independent} independent source(s) "
                "and {documents} documentary evidence item(s)",
                need=need,
                independent=independent,
                documents=len(documents),
            )
        )
        verified += same_org
    reasons = {
        "information": tuple(info + (excluded if info else [])),
        "verified_fact": tuple(verified + (excluded if verified else [])),
    }
    return Assessment(
        claim_id=claim_id,
        status=str(body.get("status", "allegation")),
        rules=rules,
        sources=tuple(sources),
        independent_sources=independent,
        documents=tuple(documents),
        exculpatory=tuple(body.get("exculpatory") or ()),
        excluded=tuple(excluded),
        reasons=reasons,
    )


def assess_stored(conn: Connection, claim_id: str) -> Assessment:
    rec = records.get(conn, claim_id)
    return assess(conn, rec.id, rec.body)
