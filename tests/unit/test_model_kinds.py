"""The model's kinds: each field is checked, bad input names the field, every kind is searchable."""

from __future__ import annotations

from typing import Any

import pytest

from app.service import VaultService
from vault.errors import InvalidInput
from vault.model.entity import imo_valid

KINDS = ("investigation", "source", "interview", "entity", "item", "claim", "methodology", "letter")


def _refused(service: VaultService, kind: str, data: dict[str, Any]) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        service.model.add_model_record(kind, data)
    return info.value


@pytest.mark.parametrize("number", ["9074729", "9176187", "IMO 9074729", "imo9074729"])
def test_a_valid_imo_number_is_accepted_and_stored_as_seven_digits(
    service: VaultService, number: str
) -> None:
    rec = service.model.add_model_record("entity", {"type": "vessel", "name": "MV Example", "imo": number})
    assert rec.body["imo"] == number[-7:]
    assert rec.title == f"MV Example (IMO {number[-7:]})"


@pytest.mark.parametrize("number", ["9074728", "907472", "90747290", "IMO 12345AB", ""])
def test_an_imo_number_with_a_wrong_check_digit_or_shape_is_refused(
    service: VaultService, number: str
) -> None:
    err = _refused(service, "entity", {"type": "vessel", "name": "MV Example", "imo": number})
    assert err.field == "imo"
    assert "'imo'" in str(err)


def test_the_imo_check_digit_is_the_weighted_sum_of_the_first_six_digits() -> None:
    # 9*7 + 0*6 + 7*5 + 4*4 + 7*3 + 2*2 = 139: check digit 9.
    assert imo_valid("9074729")
    assert not any(imo_valid(f"907472{d}") for d in "012345678")


def test_an_imo_number_belongs_to_vessels_only(service: VaultService) -> None:
    assert _refused(service, "entity", {"type": "company", "name": "Acme", "imo": "9074729"}).field == "imo"


def test_an_aircraft_registration_is_checked_and_upper_cased(service: VaultService) -> None:
    rec = service.model.add_model_record(
        "entity", {"type": "aircraft", "name": "Il-76", "registration": "ex-76543"}
    )
    assert rec.body["registration"] == "EX-76543"
    err = _refused(service, "entity", {"type": "aircraft", "name": "Il-76", "registration": "not a tail!"})
    assert err.field == "registration"


def test_entity_types_are_the_listed_ones(service: VaultService) -> None:
    for entity_type in ("individual", "company", "armed_group", "state", "vessel", "aircraft", "account"):
        assert (
            service.model.add_model_record("entity", {"type": entity_type, "name": "X"}).body["type"]
            == entity_type
        )
    assert (
        service.model.add_model_record("entity", {"type": "armed group", "name": "M"}).body["type"]
        == "armed_group"
    )
    assert _refused(service, "entity", {"type": "club", "name": "X"}).field == "type"


@pytest.mark.parametrize(
    "symbol", ["S/AC.51/2026/GE/OC.12", "S/AC.43/2019/GE/OC.1", "S/AC.2231/2024/GE/OC.345"]
)
def test_a_note_verbale_symbol_is_accepted(service: VaultService, symbol: str) -> None:
    rec = service.model.add_model_record("letter", {"symbol": symbol, "addressee": "State A"})
    assert rec.body["symbol"] == symbol
    assert rec.title == f"{symbol} to State A"


@pytest.mark.parametrize(
    "symbol", ["S/AC.51/26/GE/OC.12", "S/AC.51/2026/OC.12", "AC.51/2026/GE/OC.12", "S/AC.51/2026/GE/OC.", "x"]
)
def test_a_malformed_symbol_is_refused_naming_the_field(service: VaultService, symbol: str) -> None:
    err = _refused(service, "letter", {"symbol": symbol, "addressee": "State A"})
    assert err.field == "symbol"
    assert "S/AC.51/2026/GE/OC.12" in str(err)  # the message shows the expected form


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        ("interview", {"date": "2026-02-30", "experts_present": ["A"]}, "date"),
        ("interview", {"date": "01/03/2026", "experts_present": ["A"]}, "date"),
        ("letter", {"addressee": "State A", "deadline": "next week"}, "deadline"),
        ("letter", {"addressee": "State A", "sent": "2026-03-10", "deadline": "2026-03-01"}, "deadline"),
        ("letter", {"addressee": "State A", "cutoff": "2026-3-1"}, "cutoff"),
        ("item", {"type": "rifle", "tracing": {"date": "yesterday"}}, "tracing.date"),
    ],
)
def test_a_bad_date_is_refused_naming_the_field(
    service: VaultService, kind: str, data: dict[str, Any], field: str
) -> None:
    assert _refused(service, kind, data).field == field


def test_dates_and_date_times_in_iso_8601_are_accepted(service: VaultService) -> None:
    for value in ("2026-03-01", "2026-03-01T14:30", "2026-03-01T14:30:05Z", "2026-03-01T14:30+01:00"):
        rec = service.model.add_model_record("interview", {"date": value, "experts_present": ["A"]})
        assert rec.body["date"] == value


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_field_is_refused_naming_it(service: VaultService, kind: str) -> None:
    err = _refused(service, kind, {"colour": "red"})
    assert err.field == "colour"
    assert "unknown field 'colour'" in str(err)


def test_an_unknown_kind_is_refused(service: VaultService) -> None:
    err = _refused(service, "rumour", {})
    assert err.field == "kind"


def test_evidence_is_not_added_as_a_bare_record(service: VaultService) -> None:
    err = _refused(service, "evidence", {"name": "x", "sha256": "0" * 64, "size": 1})
    assert err.field == "kind"


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        ("investigation", {"area": "arms_embargo"}, "title"),
        ("investigation", {"title": "T", "area": "piracy"}, "area"),
        ("interview", {"date": "2026-03-01"}, "experts_present"),
        ("interview", {"date": "2026-03-01", "experts_present": "A and B"}, "experts_present"),
        ("claim", {"status": "information"}, "statement"),
        ("claim", {"statement": "S", "status": "rumour"}, "status"),
        ("source", {"name": "N", "protection": "secret"}, "protection"),
        ("source", {"name": "N", "reliability": "Z"}, "reliability"),
        ("source", {"name": "N", "consent": ["newspaper"]}, "consent"),
        ("source", {"name": "N", "code": "seventeen"}, "code"),
        ("source", {"protection": "confidential"}, "name"),
        ("item", {"type": "rifle", "year_of_manufacture": 1975.5}, "year_of_manufacture"),
        ("item", {"type": "rifle", "obtained": "bought"}, "obtained"),
        ("item", {"type": "rifle", "tracing": {"status": "lost"}}, "tracing.status"),
        ("item", {"type": "rifle", "tracing": "sent"}, "tracing"),
        ("methodology", {"title": "M", "verified_sources": 0}, "verified_sources"),
        ("methodology", {"title": "M", "designation_two_experts": "yes"}, "designation_two_experts"),
        ("letter", {"symbol": "S/AC.51/2026/GE/OC.12"}, "addressee"),
        ("letter", {"addressee": "A", "status": "lost"}, "status"),
    ],
)
def test_each_rule_names_its_field(
    service: VaultService, kind: str, data: dict[str, Any], field: str
) -> None:
    assert _refused(service, kind, data).field == field


def test_whether_two_experts_were_present_is_computed_from_the_experts(service: VaultService) -> None:
    one = service.model.add_model_record(
        "interview", {"date": "2026-03-01", "experts_present": ["Ana", " ana "]}
    )
    assert one.body["experts_present"] == ["Ana", "ana"]
    assert one.body["two_experts_present"] is False  # the same person written twice
    two = service.model.edit_model_record(
        one.id, {"experts_present": ["Ana", "Ben"], "two_experts_present": False}
    )
    assert two.body["two_experts_present"] is True
    back = service.model.edit_model_record(one.id, {"experts_present": ["Ben"]})
    assert back.body["two_experts_present"] is False


def test_claim_status_defaults_to_allegation_and_reads_spaces_as_underscores(service: VaultService) -> None:
    rec = service.model.add_model_record("claim", {"statement": "S"})
    assert rec.body["status"] == "allegation"
    entity = service.model.add_model_record("entity", {"type": "armed group", "name": "M23"})
    assert entity.body["type"] == "armed_group"


def test_item_fields_and_tracing_request_are_kept(service: VaultService) -> None:
    data = {
        "type": "assault rifle",
        "make": "Norinco",
        "model": "Type 56-1",
        "calibre": "7.62x39mm",
        "serial_number": "5612345",
        "lot": "L-77",
        "markings": "factory code 66 in an oval",
        "country_of_manufacture": "China",
        "year_of_manufacture": 1998,
        "obtained": "DDR",
        "location": "Goma",
        "holder": "34th brigade",
        "tracing": {"sent_to": "China", "date": "2026-03-01", "status": "sent"},
    }
    rec = service.model.add_model_record("item", data)
    assert rec.body == {**data, "obtained": "ddr"}
    assert rec.title == "Norinco Type 56-1 7.62x39mm, serial 5612345"
    assert [h.id for h in service.records.search("5612345")] == [rec.id]


def test_edit_sets_given_fields_and_keeps_the_rest(service: VaultService) -> None:
    inv = service.model.add_model_record("investigation", {"title": "Gold", "area": "natural resources"})
    edited = service.model.edit_model_record(inv.id, {"status": "open", "experts": ["Ana", "Ben"]})
    assert edited.body == {
        "title": "Gold",
        "area": "natural_resources",
        "status": "open",
        "experts": ["Ana", "Ben"],
    }
    assert "status" not in service.model.edit_model_record(inv.id, {"status": None}).body
    assert len(service.records.details(inv.id).history) == 3


@pytest.mark.parametrize(
    ("kind", "data", "word"),
    [
        ("investigation", {"title": "Gold smuggling", "rationale": "tantalum exports"}, "tantalum"),
        ("source", {"name": "Harbour master", "organisation": "Port authority"}, "authority"),
        ("interview", {"date": "2026-03-01", "experts_present": ["A"], "notes": "crates unloaded"}, "crates"),
        ("entity", {"type": "company", "name": "Great Lakes Trading"}, "trading"),
        ("item", {"type": "mortar", "serial_number": "XK-778"}, "mortar"),
        ("claim", {"statement": "Ammunition crossed at Bunagana"}, "bunagana"),
        ("methodology", {"title": "Mandate rules", "text": "corroboration required"}, "corroboration"),
        ("letter", {"addressee": "Ministry of Defence", "symbol": "S/AC.51/2026/GE/OC.7"}, "ministry"),
    ],
)
def test_every_kind_is_searchable(service: VaultService, kind: str, data: dict[str, Any], word: str) -> None:
    rec = service.model.add_model_record(kind, data)
    assert [h.id for h in service.records.search(word)] == [rec.id]
    assert service.records.search(word)[0].kind == kind


@pytest.mark.parametrize("kind", [k for k in KINDS if k not in ("investigation", "methodology")])
def test_every_kind_but_investigation_and_methodology_takes_an_investigation(
    service: VaultService, kind: str
) -> None:
    inv = service.model.add_model_record("investigation", {"title": "Case"})
    minimal: dict[str, dict[str, Any]] = {
        "source": {"name": "N"},
        "interview": {"date": "2026-03-01", "experts_present": ["A"]},
        "entity": {"type": "state", "name": "State A"},
        "item": {"type": "rifle"},
        "claim": {"statement": "S"},
        "letter": {"addressee": "State A"},
    }
    rec = service.model.add_model_record(kind, {**minimal[kind], "investigation": inv.id})
    assert [s.id for s in service.records.list_records(kind=kind, investigation=inv.id)] == [rec.id]


@pytest.mark.parametrize("kind", ["investigation", "methodology"])
def test_investigations_and_methodologies_take_no_investigation(service: VaultService, kind: str) -> None:
    inv = service.model.add_model_record("investigation", {"title": "Case"})
    assert _refused(service, kind, {"title": "T", "investigation": inv.id}).field == "investigation"
