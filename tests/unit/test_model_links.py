"""Links between records: they must name live records of the right kind; ``link`` picks the usual field."""

from __future__ import annotations

import pytest

from app.service import VaultService
from vault.errors import InvalidInput


def test_a_link_to_a_missing_record_is_refused_naming_the_field(service: VaultService) -> None:
    with pytest.raises(InvalidInput, match="no record with id") as info:
        service.model.add_model_record("claim", {"statement": "S", "supports": ["0123456789abcdef"]})
    assert info.value.field == "supports"
    with pytest.raises(InvalidInput) as inv:
        service.model.add_model_record("entity", {"type": "state", "name": "A", "investigation": "abcdef12"})
    assert inv.value.field == "investigation"


def test_a_link_to_the_wrong_kind_is_refused(service: VaultService) -> None:
    entity = service.model.add_model_record("entity", {"type": "state", "name": "State A"})
    with pytest.raises(InvalidInput, match="links to source records, not to a entity") as info:
        service.model.add_model_record(
            "interview", {"date": "2026-03-01", "experts_present": ["A"], "sources": [entity.id]}
        )
    assert info.value.field == "sources"
    with pytest.raises(InvalidInput) as inv:
        service.model.add_model_record("claim", {"statement": "S", "investigation": entity.id})
    assert inv.value.field == "investigation"


def test_a_link_to_a_deleted_record_is_refused(service: VaultService) -> None:
    gone = service.model.add_model_record("source", {"name": "Gone"})
    service.records.delete_record(gone.id, "entered by mistake")
    with pytest.raises(InvalidInput, match="deleted") as info:
        service.model.add_model_record("claim", {"statement": "S", "supports": [gone.id]})
    assert info.value.field == "supports"


def test_links_may_name_a_source_code_or_an_id_prefix_and_store_the_full_id(service: VaultService) -> None:
    src = service.model.add_model_record("source", {"name": "Pilot", "code": "S-017"})
    inv = service.model.add_model_record("investigation", {"title": "Flights"})
    interview = service.model.add_model_record(
        "interview",
        {"date": "2026-03-01", "experts_present": ["A"], "sources": ["s-017"], "investigation": inv.id[:8]},
    )
    assert interview.body["sources"] == [src.id]
    assert interview.body["investigation"] == inv.id


def test_an_edit_checks_only_the_links_it_changes(service: VaultService) -> None:
    src = service.model.add_model_record("source", {"name": "A"})
    claim = service.model.add_model_record("claim", {"statement": "S", "supports": [src.id]})
    service.records.delete_record(src.id, "duplicate")
    edited = service.model.edit_model_record(claim.id, {"notes": "the source was a duplicate"})
    assert edited.body["supports"] == [src.id]  # history is not rewritten by a later deletion


@pytest.mark.parametrize(
    ("from_kind", "from_data", "to_kind", "to_data", "field"),
    [
        ("claim", {"statement": "S"}, "source", {"name": "N"}, "supports"),
        ("claim", {"statement": "S"}, "entity", {"type": "state", "name": "A"}, "supports"),
        ("interview", {"date": "2026-03-01", "experts_present": ["A"]}, "source", {"name": "N"}, "sources"),
        ("entity", {"type": "company", "name": "A"}, "entity", {"type": "vessel", "name": "B"}, "related"),
        ("letter", {"addressee": "State A"}, "claim", {"statement": "S"}, "claims"),
        ("source", {"name": "N"}, "investigation", {"title": "Case"}, "investigation"),
        ("investigation", {"title": "Case"}, "methodology", {"title": "M"}, "methodology"),
    ],
)
def test_link_uses_the_usual_field_for_the_pair(
    service: VaultService,
    from_kind: str,
    from_data: dict[str, object],
    to_kind: str,
    to_data: dict[str, object],
    field: str,
) -> None:
    origin = service.model.add_model_record(from_kind, from_data)
    target = service.model.add_model_record(to_kind, to_data)
    linked = service.model.link_records(origin.id, target.id)
    assert linked.field == field
    value = linked.record.body[field]
    assert value == [target.id] or value == target.id


def test_link_appends_once_and_keeps_what_was_there(service: VaultService) -> None:
    a = service.model.add_model_record("source", {"name": "A"})
    b = service.model.add_model_record("source", {"name": "B"})
    claim = service.model.add_model_record("claim", {"statement": "S", "supports": [a.id]})
    service.model.link_records(claim.id, b.id)
    again = service.model.link_records(claim.id, b.id)
    assert again.record.body["supports"] == [a.id, b.id]
    assert len(service.records.details(claim.id).history) == 2  # linking twice adds one revision


def test_link_as_exculpatory(service: VaultService) -> None:
    denial = service.model.add_model_record("source", {"name": "Ministry"})
    claim = service.model.add_model_record("claim", {"statement": "S"})
    linked = service.model.link_records(claim.id, "S-001", "exculpatory")
    assert linked.record.body["exculpatory"] == [denial.id]


def test_link_without_a_usual_field_asks_for_one(service: VaultService) -> None:
    a = service.model.add_model_record("source", {"name": "A"})
    b = service.model.add_model_record("source", {"name": "B"})
    with pytest.raises(InvalidInput, match="--as") as info:
        service.model.link_records(a.id, b.id)
    assert info.value.field == "as"
    with pytest.raises(InvalidInput, match="no link field 'colour'"):
        service.model.link_records(a.id, b.id, "colour")


def test_records_linking_to_a_source_are_found(service: VaultService) -> None:
    src = service.model.add_model_record("source", {"name": "A"})
    claim = service.model.add_model_record("claim", {"statement": "Trucks crossed", "supports": [src.id]})
    interview = service.model.add_model_record(
        "interview", {"date": "2026-03-01", "experts_present": ["A"], "sources": [src.id]}
    )
    found = {(b.id, b.kind, b.field) for b in service.model.linked_from("S-001")}
    assert found == {(claim.id, "claim", "supports"), (interview.id, "interview", "sources")}
