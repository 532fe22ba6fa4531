"""Right-of-reply letters: overdue means past the deadline with no reply, not a draft, not closed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.service import VaultService

TODAY = date(2026, 6, 15)


def _letter(service: VaultService, **fields: object) -> str:
    data = {"symbol": "S/AC.51/2026/GE/OC.12", "addressee": "State A", "sent": "2026-05-01", **fields}
    return service.model.add_model_record("letter", data).id


def _overdue(service: VaultService) -> list[str]:
    return [s.id for s in service.model.letters(overdue_only=True, today=TODAY)]


def test_a_letter_past_its_deadline_without_reply_is_overdue(service: VaultService) -> None:
    late = _letter(service, deadline="2026-06-01", status="sent")
    assert _overdue(service) == [late]
    assert service.model.letters(overdue_only=True, today=TODAY)[0].days_overdue == 14


def test_the_deadline_day_itself_is_not_overdue(service: VaultService) -> None:
    _letter(service, deadline="2026-06-15")
    assert _overdue(service) == []


@pytest.mark.parametrize(
    "fields",
    [{"status": "replied"}, {"reply_received": "2026-06-10"}, {"status": "closed"}, {"status": "draft"}],
)
def test_a_replied_closed_or_draft_letter_is_not_overdue(
    service: VaultService, fields: dict[str, object]
) -> None:
    _letter(service, deadline="2026-06-01", **fields)
    assert _overdue(service) == []


def test_a_reply_document_linked_ends_the_wait(service: VaultService, tmp_path: Path) -> None:
    late = _letter(service, deadline="2026-06-01")
    assert _overdue(service) == [late]
    reply = tmp_path / "reply.pdf"
    reply.write_bytes(b"%PDF-1.4 the state's reply")
    evidence = service.evidence.import_files([reply]).outcomes[0].id
    assert evidence is not None
    linked = service.model.link_records(late, evidence)
    assert linked.field == "reply"
    assert _overdue(service) == []
    assert service.model.letters(today=TODAY)[0].replied is True


def test_a_letter_without_a_deadline_is_never_overdue(service: VaultService) -> None:
    _letter(service)
    assert _overdue(service) == []
    assert len(service.model.letters(today=TODAY)) == 1


def test_letters_are_listed_soonest_deadline_first(service: VaultService) -> None:
    later = _letter(service, deadline="2026-06-10")
    sooner = _letter(service, deadline="2026-05-20", symbol="S/AC.51/2026/GE/OC.13")
    none = _letter(service, symbol="S/AC.51/2026/GE/OC.14")
    assert [s.id for s in service.model.letters(today=TODAY)] == [sooner, later, none]
    assert _overdue(service) == [sooner, later]


def test_a_letter_records_the_claims_it_concerns(service: VaultService) -> None:
    claim = service.model.add_model_record("claim", {"statement": "Company X shipped rifles"})
    letter = _letter(service, deadline="2026-06-01", claims=[claim.id], cutoff="2026-07-01")
    status = service.model.letters(today=TODAY)[0]
    assert (status.id, status.claims, status.cutoff) == (letter, (claim.id,), "2026-07-01")
