"""Today shows the requests from courts and mechanisms still open, beside the letters: overdue ones first
and in red, then by deadline, then those without one; answered and closed requests are not there, and
activating one opens it in the Requests view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.requestcases import REQUEST
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.pages.requests_page import RequestsPage
from ui.pages.today_page import IdRole, KindRole, TodayPage
from ui.widgets.icons import TONES
from vault.keys.secret import Passphrase

DAY = date.today()


def _day(n: int) -> str:
    return (DAY + timedelta(days=n)).isoformat()


@dataclass(frozen=True)
class Case:
    folder: Path
    overdue: str
    due: str
    undated: str


def _add(service: VaultService, reference: str, **fields: str) -> str:
    body = {**REQUEST, "reference": reference, "received": _day(-30), **fields}
    return service.requests.add_request({k: v for k, v in body.items() if v}).id


def _case(tmp_path: Path) -> Case:
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        due = _add(service, "OTP/2026/0050", deadline=_day(12))
        overdue = _add(service, "IIIM-2026-7", deadline=_day(-4))
        undated = _add(service, "UNITAD/3", deadline="")
        _add(service, "OTP/2025/0001", deadline=_day(-20), status="answered")
        _add(service, "OTP/2025/0002", deadline=_day(-20), status="closed")
    finally:
        service.close()
    return Case(folder, overdue, due, undated)


def test_today_lists_open_requests_overdue_first(tmp_path: Path) -> None:
    case = _case(tmp_path)
    service = VaultService.unlock(case.folder, Passphrase.from_text(PASSPHRASE))
    try:
        today = service.agenda.today(today=DAY)
    finally:
        service.close()
    assert [r.id for r in today.requests] == [case.overdue, case.due, case.undated]
    assert [r.days for r in today.requests] == [-4, 12, None]
    assert [r.overdue for r in today.requests] == [True, False, False]
    assert today.requests[0].reference == "IIIM-2026-7"
    assert today.requests[0].deadline == _day(-4)
    assert not today.nothing_due


def test_a_vault_with_only_answered_requests_has_nothing_due(tmp_path: Path) -> None:
    folder = tmp_path / "quiet.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        _add(service, "OTP/2025/0001", deadline=_day(-20), status="answered")
        today = service.agenda.today(today=DAY)
    finally:
        service.close()
    assert today.requests == ()
    assert today.nothing_due


def test_the_today_page_shows_them_and_opens_one_in_the_requests_view(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    case = _case(tmp_path)
    window = unlock(qtbot, controller, case.folder)
    page = window.stack.currentWidget()
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    assert page.requests.count() == 3
    first = page.requests.item(0)
    assert first.data(IdRole) == case.overdue
    assert first.data(KindRole) == "request"
    assert "4 days overdue" in first.text()
    assert "IIIM-2026-7" in first.text()
    assert first.foreground().color() == QColor(TONES["overdue"])
    assert "12" in page.requests.item(1).text()
    assert page.requests.item(1).foreground().color() != QColor(TONES["overdue"])
    assert "no deadline" in page.requests.item(2).text()
    assert "3 open" in page.requests_summary.text()
    assert "1 overdue" in page.requests_summary.text()

    page.requests.itemActivated.emit(first)
    requests = window.stack.currentWidget()
    assert isinstance(requests, RequestsPage)
    qtbot.waitUntil(lambda: requests.selected_id() == case.overdue, timeout=10_000)

    window.show_section("today")
    page.requests_button.click()
    assert isinstance(window.stack.currentWidget(), RequestsPage)


def test_no_open_request_says_so(qtbot: QtBot, controller: AppController, tmp_path: Path) -> None:
    folder = tmp_path / "quiet.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.close()
    window = unlock(qtbot, controller, folder)
    page = window.stack.currentWidget()
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    assert page.requests.count() == 1
    assert page.requests.item(0).data(IdRole) is None
    assert "No request is open" in page.requests.item(0).text()
