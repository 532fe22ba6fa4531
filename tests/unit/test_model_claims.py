"""Claims under the methodology: what counts as a source, independence, documents, designations."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.service import VaultService
from vault.errors import InvalidInput
from vault.model.ops import PromotionRefused


def _source(service: VaultService, organisation: str | None = None, **extra: object) -> str:
    data: dict[str, object] = {"name": f"Source {service.model.next_source_code()}", **extra}
    if organisation is not None:
        data["organisation"] = organisation
    return service.model.add_model_record("source", data).id


def _interview(service: VaultService, sources: list[str], experts: list[str]) -> str:
    return service.model.add_model_record(
        "interview", {"date": "2026-03-01", "experts_present": experts, "sources": sources}
    ).id


def _claim(service: VaultService, supports: list[str], **extra: object) -> str:
    return service.model.add_model_record(
        "claim", {"statement": "Rifles reached the group", "supports": supports, **extra}
    ).id


def _evidence(service: VaultService, tmp_path: Path) -> str:
    doc = tmp_path / "end-user-certificate.pdf"
    doc.write_bytes(b"%PDF-1.4 end-user certificate for 500 rifles")
    report = service.evidence.import_files([doc])
    return str(report.outcomes[0].id)


def test_a_claim_without_support_stays_an_allegation(service: VaultService) -> None:
    claim = _claim(service, [])
    found = service.model.assess_claim(claim)
    assert found.highest == "allegation"
    with pytest.raises(PromotionRefused, match="information needs 1 source"):
        service.model.promote_claim(claim)
    assert service.get(claim).body["status"] == "allegation"


def test_one_source_makes_information(service: VaultService) -> None:
    claim = _claim(service, [_source(service, "FARDC")])
    promoted = service.model.promote_claim(claim)
    assert promoted.status == "information"
    assert service.get(claim).body["status"] == "information"


def test_two_independent_sources_make_a_verified_fact(service: VaultService) -> None:
    claim = _claim(service, [_source(service, "FARDC"), _source(service, "MONUSCO")])
    found = service.model.assess_claim(claim)
    assert found.independent_sources == 2
    assert found.highest == "verified_fact"
    service.model.promote_claim(claim)
    assert service.model.promote_claim(claim).status == "verified_fact"


def test_one_source_cited_twice_is_not_two_independent_sources(service: VaultService) -> None:
    witness = _source(service, "Civil society")
    claim = _claim(service, [witness, _interview(service, [witness], ["Ana", "Ben"])])
    found = service.model.assess_claim(claim)
    assert found.sources == (witness,)
    assert found.independent_sources == 1
    service.model.promote_claim(claim)
    with pytest.raises(PromotionRefused, match="1 independent source"):
        service.model.promote_claim(claim)


def test_the_same_source_in_two_interviews_counts_once(service: VaultService) -> None:
    witness = _source(service)
    first = _interview(service, [witness], ["Ana"])
    second = _interview(service, [witness], ["Ben"])
    assert service.model.assess_claim(_claim(service, [first, second])).independent_sources == 1


def test_the_same_id_listed_twice_is_kept_once(service: VaultService) -> None:
    witness = _source(service)
    claim = service.get(_claim(service, [witness, witness]))
    assert claim.body["supports"] == [witness]


def test_two_sources_of_the_same_organisation_are_not_independent(service: VaultService) -> None:
    claim = _claim(service, [_source(service, "Ministry of Mines"), _source(service, " ministry of  MINES ")])
    found = service.model.assess_claim(claim)
    assert len(found.sources) == 2
    assert found.independent_sources == 1
    reasons = " ".join(found.reasons["verified_fact"])
    assert "S-001, S-002 are of the same organisation" in reasons


def test_same_organisation_sources_count_when_the_methodology_says_so(service: VaultService) -> None:
    claim = _claim(service, [_source(service, "UN"), _source(service, "UN")])
    assert service.model.assess_claim(claim).independent_sources == 1
    service.model.add_model_record(
        "methodology", {"title": "Mandate 2026", "same_organisation_independent": True}
    )
    found = service.model.assess_claim(claim)
    assert found.independent_sources == 2
    assert found.highest == "verified_fact"


def test_sources_without_an_organisation_stand_alone(service: VaultService) -> None:
    assert (
        service.model.assess_claim(_claim(service, [_source(service), _source(service)])).independent_sources
        == 2
    )


def test_one_documentary_evidence_item_makes_a_verified_fact(service: VaultService, tmp_path: Path) -> None:
    claim = _claim(service, [_evidence(service, tmp_path)])
    found = service.model.assess_claim(claim)
    assert len(found.documents) == 1
    assert found.independent_sources == 0
    assert service.model.promote_claim(claim, "verified_fact").status == "verified_fact"


def test_documents_alone_do_not_verify_when_the_methodology_says_so(
    service: VaultService, tmp_path: Path
) -> None:
    service.model.add_model_record("methodology", {"title": "Strict", "verified_documents": 0})
    claim = _claim(service, [_evidence(service, tmp_path)])
    assert service.model.assess_claim(claim).highest == "information"


def test_an_interview_with_one_expert_cannot_support_a_designation(service: VaultService) -> None:
    a, b = _source(service, "Group A"), _source(service, "Group B")
    alone = _interview(service, [a, b], ["Ana"])
    claim = _claim(service, [alone], designation=True)
    found = service.model.assess_claim(claim)
    assert found.sources == ()
    assert found.highest == "allegation"
    assert any("one expert present" in r for r in found.excluded)
    with pytest.raises(PromotionRefused, match="two experts present"):
        service.model.promote_claim(claim)


def test_an_interview_with_two_experts_supports_a_designation(service: VaultService) -> None:
    a, b = _source(service, "Group A"), _source(service, "Group B")
    claim = _claim(service, [_interview(service, [a, b], ["Ana", "Ben"])], designation=True)
    assert service.model.promote_claim(claim, "verified_fact").status == "verified_fact"


def test_a_one_expert_interview_still_supports_a_claim_that_is_no_designation(service: VaultService) -> None:
    a, b = _source(service, "Group A"), _source(service, "Group B")
    claim = _claim(service, [_interview(service, [a, b], ["Ana"])])
    assert service.model.assess_claim(claim).highest == "verified_fact"


def test_the_two_experts_rule_can_be_lifted_by_the_methodology(service: VaultService) -> None:
    service.model.add_model_record("methodology", {"title": "M", "designation_two_experts": False})
    a = _source(service, "Group A")
    claim = _claim(service, [_interview(service, [a], ["Ana"])], designation=True)
    assert service.model.assess_claim(claim).highest == "information"


def test_the_methodology_is_editable_and_versioned(service: VaultService) -> None:
    method = service.model.add_model_record("methodology", {"title": "Mandate 2026"})
    claim = _claim(service, [_source(service, "A"), _source(service, "B")])
    assert service.model.assess_claim(claim).highest == "verified_fact"
    service.model.edit_model_record(method.id, {"verified_sources": 3})
    found = service.model.assess_claim(claim)
    assert found.highest == "information"
    assert found.rules.record_id == method.id
    assert "a verified fact needs 3 independent sources" in " ".join(found.reasons["verified_fact"])
    assert [r.body.get("verified_sources") for r in service.records.details(method.id).history] == [None, 3]


def test_an_investigation_can_name_its_methodology(service: VaultService) -> None:
    strict = service.model.add_model_record("methodology", {"title": "Strict", "verified_sources": 3})
    service.model.add_model_record("methodology", {"title": "Newer, lenient", "verified_sources": 1})
    inv = service.model.add_model_record("investigation", {"title": "Case", "methodology": strict.id})
    sources = [_source(service, "A"), _source(service, "B")]
    in_case = _claim(service, sources, investigation=inv.id)
    elsewhere = _claim(service, sources[:1])
    assert service.model.assess_claim(in_case).rules.record_id == strict.id
    assert service.model.assess_claim(in_case).highest == "information"
    assert service.model.assess_claim(elsewhere).highest == "verified_fact"  # the newest methodology applies


def test_the_default_rules_apply_without_a_methodology_record(service: VaultService) -> None:
    rules = service.model.methodology_rules()
    assert rules.record_id is None
    assert rules.describe() == (
        "information needs 1 source(s) or evidence item(s)",
        "a verified fact needs 2 independent sources or 1 documentary evidence item(s)",
        "sources of the same organisation count as one",
        "material supporting a designation needs two experts present",
    )


def test_status_cannot_be_raised_by_an_edit_the_methodology_refuses(service: VaultService) -> None:
    claim = _claim(service, [_source(service, "A")])
    with pytest.raises(PromotionRefused, match="verified fact"):
        service.model.edit_model_record(claim, {"status": "verified fact"})
    with pytest.raises(PromotionRefused):
        service.model.add_model_record("claim", {"statement": "S", "status": "information"})
    edited = service.model.edit_model_record(claim, {"status": "information"})
    assert edited.body["status"] == "information"
    assert service.model.edit_model_record(claim, {"status": "allegation"}).body["status"] == "allegation"


def test_adding_support_and_raising_status_in_one_edit_is_judged_on_the_new_support(
    service: VaultService,
) -> None:
    claim = _claim(service, [])
    both = [_source(service, "A"), _source(service, "B")]
    edited = service.model.edit_model_record(claim, {"supports": both, "status": "verified_fact"})
    assert edited.body["status"] == "verified_fact"


def test_a_promotion_is_logged_with_the_rules_that_allowed_it(service: VaultService) -> None:
    claim = _claim(service, [_source(service, "A")])
    service.model.promote_claim(claim)
    entries = [e for e in service.records.details(claim).custody if e.action == "promote"]
    assert [dict(e.detail) for e in entries] == [
        {
            "from": "allegation",
            "to": "information",
            "methodology": "default",
            "independent_sources": 1,
            "documents": 0,
        }
    ]


def test_promoting_past_the_top_or_to_a_lower_status_is_refused(service: VaultService) -> None:
    claim = _claim(service, [_source(service, "A"), _source(service, "B")])
    service.model.promote_claim(claim, "verified_fact")
    with pytest.raises(InvalidInput) as info:
        service.model.promote_claim(claim)
    assert info.value.field == "status"
    with pytest.raises(InvalidInput):
        service.model.promote_claim(claim, "information")


def test_exculpatory_material_is_recorded_but_not_counted_as_support(service: VaultService) -> None:
    denial = _source(service, "Ministry")
    claim = _claim(service, [], exculpatory=[denial])
    found = service.model.assess_claim(claim)
    assert found.exculpatory == (denial,)
    assert found.sources == ()


def test_reasons_name_protected_sources_by_code_only(service: VaultService) -> None:
    first = service.model.add_model_record(
        "source", {"name": "Secret Person", "protection": "protected", "organisation": "X"}
    )
    second = service.model.add_model_record(
        "source", {"name": "Other Secret", "protection": "protected", "organisation": "X"}
    )
    found = service.model.assess_claim(_claim(service, [first.id, second.id]))
    text = " ".join(found.reasons["verified_fact"])
    assert "S-001, S-002" in text
    assert "Secret" not in text


def test_entities_and_items_give_context_but_are_not_sources(service: VaultService) -> None:
    vessel = service.model.add_model_record(
        "entity", {"type": "vessel", "name": "MV Example", "imo": "9074729"}
    )
    rifle = service.model.add_model_record("item", {"type": "rifle", "serial_number": "123"})
    found = service.model.assess_claim(_claim(service, [vessel.id, rifle.id]))
    assert found.sources == ()
    assert found.documents == ()
    assert found.highest == "allegation"


def test_a_deleted_source_no_longer_counts(service: VaultService) -> None:
    a, b = _source(service, "A"), _source(service, "B")
    claim = _claim(service, [a, b])
    service.records.delete_record(b, "was a duplicate interlocutor")
    found = service.model.assess_claim(claim)
    assert found.independent_sources == 1
    assert any("missing or deleted" in r for r in found.excluded)
