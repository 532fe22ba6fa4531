"""Today, the home view: letters overdue and due soon, the report cut-off, claims the methodology holds
back, evidence attributed to nothing, and what changed since the last bundle — from one service query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import jpeg, unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.pages.letters_page import LettersPage
from ui.pages.today_page import IdRole, TodayPage
from ui.wizards.bundle_wizard import BundleWizard
from vault.keys.secret import Passphrase

DAY = date.today()


def _day(n: int) -> str:
    return (DAY + timedelta(days=n)).isoformat()


@dataclass(frozen=True)
class Case:
    folder: Path
    overdue: str
    soon: str
    unsupported: str
    one_source: str
    loose_evidence: str


def _letter(service: VaultService, symbol: int, **fields: str) -> str:
    body = {"symbol": f"S/AC.51/2026/GE/OC.{symbol}", "addressee": f"Mission {symbol}", "type": "letter"}
    return service.model.add_model_record("letter", {**body, **fields}).id


def _make_case(root: Path) -> Case:
    folder = root / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        overdue = _letter(service, 1, sent=_day(-40), deadline=_day(-9), cutoff=_day(36), status="sent")
        soon = _letter(service, 2, sent=_day(-10), deadline=_day(3), cutoff=_day(36), status="sent")
        _letter(service, 3, sent=_day(-5), deadline=_day(20), status="sent")  # not this week
        _letter(service, 4, sent=_day(-40), deadline=_day(-9), reply_received=_day(-2))  # answered
        _letter(service, 5, deadline=_day(-9), status="draft", cutoff=_day(-3))  # never sent
        source = service.model.add_model_record("source", {"name": "Port office", "protection": "public"})
        unsupported = service.model.add_model_record("claim", {"statement": "Rounds came by sea"}).id
        one_source = service.model.add_model_record(
            "claim", {"statement": "The MV Kestrel Dawn called at berth 3", "supports": [source.id]}
        ).id
        service.model.promote_claim(one_source)  # information: one source is enough for that, not for more
        service.model.add_model_record(  # may move up now: not waiting on anything
            "claim", {"statement": "Manifests were altered", "supports": [source.id]}
        )
        loose, kept = root / "loose.jpg", root / "kept.jpg"
        loose.write_bytes(jpeg((10, 200, 30)))
        kept.write_bytes(jpeg((200, 10, 30)))
        loose_id = service.evidence.import_files([loose], workers=1).outcomes[0].id
        service.evidence.import_files([kept], source=source.id, workers=1)
        assert loose_id is not None
    finally:
        service.close()
    return Case(folder, overdue, soon, unsupported, one_source, loose_id)


@pytest.fixture
def case(tmp_path: Path) -> Case:
    return _make_case(tmp_path)


def test_today_gathers_what_is_due_waiting_and_unattributed(case: Case) -> None:
    service = VaultService.unlock(case.folder, Passphrase.from_text(PASSPHRASE))
    try:
        today = service.agenda.today(today=DAY)
    finally:
        service.close()
    assert [d.id for d in today.overdue] == [case.overdue]
    assert today.overdue[0].days == -9
    assert [d.id for d in today.due_soon] == [case.soon]
    assert today.due_soon[0].days == 3
    assert today.cutoff == _day(36)  # the nearest still ahead, not the one passed
    assert today.cutoff_days == 36
    waiting = {c.id: c for c in today.claims_waiting}
    assert set(waiting) == {case.unsupported, case.one_source}
    assert (waiting[case.unsupported].status, waiting[case.unsupported].wants) == (
        "allegation",
        "information",
    )
    assert any("information needs 1" in r for r in waiting[case.unsupported].reasons)
    assert waiting[case.one_source].wants == "verified_fact"
    assert any("independent" in r for r in waiting[case.one_source].reasons)
    assert [u.id for u in today.unattributed] == [case.loose_evidence]
    assert today.unattributed_count == 1
    assert today.since_bundle is not None
    assert today.since_bundle.last == 0
    assert today.since_bundle.changed == {"claim": 3, "evidence": 2, "letter": 5, "source": 1}
    assert not today.nothing_due


def test_since_the_last_bundle_counts_what_the_next_one_carries(tmp_path: Path) -> None:
    archive, _ = VaultService.create(
        tmp_path / "group.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role="archive"
    )
    expert, _ = VaultService.create(tmp_path / "mine.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        archive.bundles.export_identity(tmp_path / "archive.id")
        assert archive.agenda.today().since_bundle is None  # an archive writes no bundles
        note = expert.records.add_note("Call with the harbour master", "Berth 3")
        expert.bundles.write_bundle(tmp_path / "archive.id", tmp_path / "one.fvb")
        after = expert.agenda.today().since_bundle
        assert after is not None
        assert (after.last, after.total, after.next) == (1, 0, 2)
        assert after.written_at is not None
        expert.records.edit_record(note.id, {"body": "Berth 3, then berth 5"})
        expert.records.add_note("Second call", "")
        later = expert.agenda.today().since_bundle
        assert later is not None
        assert later.changed == {"note": 2}
        assert later.last == 1
    finally:
        archive.close()
        expert.close()


def _today_page(qtbot: QtBot, window: MainWindow) -> TodayPage:
    page = window.stack.currentWidget()
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    return page


def test_the_today_page_lists_them_and_opens_each_where_it_is_dealt_with(
    qtbot: QtBot, controller: AppController, case: Case
) -> None:
    window = unlock(qtbot, controller, case.folder)
    page = _today_page(qtbot, window)
    assert page.letters.count() == 2
    first = page.letters.item(0)
    assert first.data(IdRole) == case.overdue
    assert "9" in first.text()
    assert "overdue" in first.text()
    assert "S/AC.51/2026/GE/OC.1" in first.text()
    assert "3" in page.letters.item(1).text()
    assert "1 overdue" in page.letters_summary.text()
    assert "36" in page.cutoff.text()
    assert _day(36) in page.cutoff.text()
    assert page.claims.count() == 2
    assert "2" in page.claims_summary.text()
    assert page.evidence.count() == 1
    assert page.evidence.item(0).data(IdRole) == case.loose_evidence
    assert "1" in page.evidence_summary.text()
    assert "No bundle written yet" in page.bundle_summary.text()
    assert "11" in page.bundle_summary.text()  # 5 letters, 3 claims, 2 items, 1 source
    assert "#1" in page.bundle_summary.text()
    assert not page.all_clear.isVisibleTo(page)

    page.letters.itemActivated.emit(first)
    letters = window.stack.currentWidget()
    assert isinstance(letters, LettersPage)
    with qtbot.waitSignal(letters.editor.record_loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args == [case.overdue]

    window.show_section("today")
    assert window.stack.currentWidget() is page
    page.evidence.itemActivated.emit(page.evidence.item(0))
    evidence = window.stack.currentWidget()
    assert isinstance(evidence, EvidencePage)
    assert evidence.metadata.record_id == case.loose_evidence  # its panel: caption, source, investigation

    window.show_section("today")
    page.bundle_button.click()
    assert isinstance(window.findChild(BundleWizard), BundleWizard)


def test_a_quiet_day_says_so(qtbot: QtBot, controller: AppController, tmp_path: Path) -> None:
    folder = tmp_path / "quiet.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.close()
    window = unlock(qtbot, controller, folder)
    page = _today_page(qtbot, window)
    assert page.all_clear.isVisibleTo(page)
    assert page.letters.count() == 1  # "No reply is due this week."
    assert page.letters.item(0).data(IdRole) is None
    assert "none recorded" in page.cutoff.text()
    assert not page.bundle_button.isEnabled()  # nothing to send
