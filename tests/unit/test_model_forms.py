"""Form descriptions match the validators: the same fields, links and identity fields."""

from __future__ import annotations

from types import ModuleType

import pytest

from app.service import VaultService
from vault.model import (
    claim,
    entity,
    forms,
    interview,
    investigation,
    item,
    letter,
    links,
    methodology,
    request,
    source,
)

MODULES = (investigation, source, interview, entity, item, claim, methodology, letter, request)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.KIND)
def test_every_field_a_kind_accepts_is_described_once(module: ModuleType) -> None:
    kind = module.KIND
    described = [f.name for f in forms.form(kind)]
    assert sorted(described) == sorted(module.FIELDS)
    assert len(described) == len(set(described))


@pytest.mark.parametrize("kind", [m.KIND for m in MODULES])
def test_link_fields_name_the_kinds_the_link_check_accepts(kind: str) -> None:
    described = {f.name: f.links for f in forms.form(kind) if f.type in (forms.LINK, forms.LINKS)}
    assert described == links.LINK_FIELDS.get(kind, {})
    listed = {f.name for f in forms.form(kind) if f.type == forms.LINKS}
    assert listed <= links.LIST_FIELDS


def test_identity_fields_are_marked_for_sources() -> None:
    marked = tuple(f.name for f in forms.form("source") if f.identity)
    assert marked == source.IDENTITY_FIELDS


def test_kinds_outside_the_model_have_no_form() -> None:
    assert forms.form("note") == ()


def test_the_service_gives_forms_by_kind(service: VaultService) -> None:
    assert service.model.kind_form("claim") == forms.form("claim")
    required = [f.name for f in forms.form("interview") if f.required]
    assert required == ["date", "experts_present"]
    assert [f.name for f in forms.form("interview") if f.computed] == ["two_experts_present"]
