"""The demo vault has requests from courts and mechanisms, so a newcomer finds the Requests view and Today
populated: one past its deadline, one with time to spare, one answered by a real package whose disclosure
is recorded (the harbour interview went, the claim resting on sources without court consent did not)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app import demo
from app.service import VaultService
from tests.helpers import FAST_KDF
from vault.keys.secret import Passphrase
from vault.model import queries

DAY = date(2026, 6, 15)


def test_the_demo_vault_has_an_overdue_an_open_and_an_answered_request(tmp_path: Path) -> None:
    folder = tmp_path / "demo.fvault"
    demo.build(folder, kdf=FAST_KDF, today=DAY)
    service = VaultService.unlock(folder, Passphrase.from_text(demo.DEMO_PASSPHRASE))
    try:
        found = {r.reference: r for r in service.requests.requests(today=DAY)}
        assert len(found) == 3
        overdue = found["IIMV/RFI/2026/031"]
        assert (overdue.status, overdue.days_left, overdue.packages) == ("open", -6, 0)
        upcoming = found["TDC/INV/2026/0117"]
        assert (upcoming.status, upcoming.days_left) == ("open", 21)
        answered = found["SPAT/2026/88"]
        assert (answered.status, answered.packages) == ("answered", 1)

        today = service.agenda.today(today=DAY)
        assert [r.id for r in today.requests] == [overdue.id, upcoming.id]
        assert today.requests[0].overdue

        conn = service._vault.conn
        (port,) = [rid for rid, body in queries.live_bodies(conn, "source") if body.get("code") == "S-001"]
        (harbour,) = [rid for rid, body in queries.live_bodies(conn, "interview") if port in body["sources"]]
        given = service.requests.shared(harbour)
        assert [(d.request, d.reference) for d in given] == [(answered.id, "SPAT/2026/88")]
        ((claim_id, _),) = queries.live_bodies(conn, "claim")
        assert service.requests.shared(claim_id) == []  # its sources gave no consent to a court
    finally:
        service.close()
