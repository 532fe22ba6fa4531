"""What the detail panes show, gathered in one query on the query worker (never on the UI thread).

Each function takes the worker's service and returns a frozen dataclass: the record, its form, the
records its links may name (sources by code), who links to it, and for a claim its assessment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from app.public import FieldSpec, Record
from app.service import VaultService
from app.service_model import Backlink, ClaimAssessment, SourceView
from ui.choice import Candidates, Choice

MAX_CHOICES = 2000  # per kind: a form's link list; search finds anything beyond


@dataclass(frozen=True)
class ModelView:
    """One model record for the editor (``record`` None: a blank form for a new one)."""

    kind: str
    specs: tuple[FieldSpec, ...]
    candidates: Candidates
    record: Record | None = None
    backlinks: tuple[Backlink, ...] = ()
    assessment: ClaimAssessment | None = None
    source: SourceView | None = None
    rules: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # the vault's own sentences (a claim's interviews left out, and why)
    designation_claims: tuple[str, ...] = ()  # an interview with one expert present: claims resting on it
    defaults: Mapping[str, Any] = field(default_factory=dict)


def candidates(service: VaultService, specs: tuple[FieldSpec, ...]) -> Candidates:
    kinds = dict.fromkeys(k for s in specs for k in s.links)
    out: dict[str, list[Choice]] = {}
    for kind in kinds:
        if kind == "source":
            out[kind] = [Choice(v.id, v.code, "source", v.protection) for v in service.model.source_views()]
        else:
            out[kind] = [
                Choice(s.id, s.title, kind)
                for s in service.records.list_records(kind=kind, limit=MAX_CHOICES)
            ]
    return out


def designation_claims(service: VaultService, record: Record) -> tuple[str, ...]:
    """The claims supporting a designation that rest on this interview, when it had one expert present."""
    if record.body.get("two_experts_present"):
        return ()
    return tuple(
        link.title
        for link in service.model.linked_from(record.id)
        if link.kind == "claim" and service.get(link.id).body.get("designation")
    )


def load_view(service: VaultService, record_id: str) -> ModelView:
    record = service.get(record_id)
    specs = service.model.kind_form(record.kind)
    view = ModelView(
        record.kind,
        specs,
        candidates(service, specs),
        record,
        tuple(service.model.linked_from(record.id)),
    )
    if record.kind == "claim" and not record.deleted:
        assessment = service.model.assess_claim(record.id)
        rules = service.model.methodology_rules(record.id).describe()
        excluded = tuple(e for e in assessment.excluded if "one expert present" in e)
        return replace(view, assessment=assessment, rules=rules, warnings=excluded)
    if record.kind == "source":
        return replace(view, source=service.model.source_view(record.id))
    if record.kind == "interview":
        return replace(view, designation_claims=designation_claims(service, record))
    return view


def blank_view(service: VaultService, kind: str, investigation: str | None = None) -> ModelView:
    specs = service.model.kind_form(kind)
    defaults: dict[str, Any] = {}
    if kind == "source":
        defaults = {"code": service.model.next_source_code(), "protection": "confidential"}
    if investigation and any(s.name == "investigation" for s in specs):
        defaults["investigation"] = investigation
    return ModelView(kind, specs, candidates(service, specs), defaults=defaults)
