"""Coordinator mode (a group archive): the roster, merging bundles with a report, conflicts side by side."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app import demo
from app.service import VaultService
from tests.ui.conftest import Demo, unlock
from ui.controller import AppController
from ui.pages.coordinator_page import CoordinatorPage
from ui.panels import merge_panel
from ui.workers.job_runner import JobRunner
from ui.workers.job_worker import CancelCheck, Progress
from vault.errors import Cancelled
from vault.exchange import bundle_errors


def _coordinator(qtbot: QtBot, controller: AppController, world: Demo) -> CoordinatorPage:
    window = unlock(qtbot, controller, world.archive, demo.DEMO_PASSPHRASE)
    page = window.show_section("bundles")
    assert isinstance(page, CoordinatorPage)
    return page


def test_the_roster_shows_fingerprints_and_experts_are_enrolled_and_revoked(
    qtbot: QtBot,
    controller: AppController,
    demo_world: Demo,
) -> None:
    page = _coordinator(qtbot, controller, demo_world)
    roster = page.roster
    qtbot.waitUntil(lambda: roster.table.rowCount() == 1, timeout=5000)
    service = controller.service
    assert service is not None
    assert roster.table.item(0, 1).text() == service.bundles.roster()[0].fingerprint  # type: ignore[union-attr]
    roster.identity_path.setText(str(demo_world.files / "consultant-not-enrolled.identity"))
    roster.name.setText("Consultant")
    with qtbot.waitSignal(roster.roster_changed, timeout=5000):
        roster.enroll_button.click()
    assert "compare it aloud" in roster.message.text()
    qtbot.waitUntil(lambda: roster.table.rowCount() == 2, timeout=5000)
    row = next(r for r in range(2) if roster.table.item(r, 0).text() == "Consultant")  # type: ignore[union-attr]
    roster.table.selectRow(row)
    with qtbot.waitSignal(roster.roster_changed, timeout=5000):
        roster.revoke_button.click()
    qtbot.waitUntil(lambda: "revoked" in roster.table.item(row, 3).text(), timeout=5000)  # type: ignore[union-attr]
    assert next(m for m in service.bundles.roster() if m.name == "Consultant").revoked
    with qtbot.waitSignal(roster.roster_failed, timeout=5000):
        roster.enroll_button.click()  # nothing chosen: the vault says what is missing


def test_merging_reports_each_bundle_and_a_refused_one_changes_nothing(
    qtbot: QtBot,
    controller: AppController,
    demo_world: Demo,
) -> None:
    page = _coordinator(qtbot, controller, demo_world)
    service = controller.service
    assert service is not None
    before = service.digest()
    bundles = sorted(demo_world.files.glob("*.fvb"))
    with qtbot.waitSignal(page.merge.merge_done, timeout=30_000) as done:
        page.merge.merge(bundles)
    reports = done.args[0]
    assert [r.status for r in reports] == ["already merged", "already merged", "refused"]
    table = page.merge.table
    assert table.rowCount() == 3
    why = table.item(2, 7)
    assert why is not None
    assert why.text() == "Signed by a key not on the roster"  # by reason code, in the user's language
    assert why.toolTip() == reports[2].message  # the vault's own sentence
    assert "1 refused" in page.merge.status.text()
    assert service.digest() == before


def test_a_conflict_is_shown_side_by_side_and_keeping_one_version_resolves_it(
    qtbot: QtBot,
    controller: AppController,
    demo_world: Demo,
) -> None:
    page = _coordinator(qtbot, controller, demo_world)
    panel = page.conflicts
    qtbot.waitUntil(lambda: panel.table.columnCount() == 2, timeout=5000)
    assert panel.list.count() == 1
    assert "Conflicts (1)" in page.tabs.tabText(2)
    cells = [panel.table.item(r, c) for r in range(panel.table.rowCount()) for c in range(2)]
    texts = [cell.text() for cell in cells if cell is not None]
    assert any("Coordinator" in t for t in texts)
    assert any("second expert" in t for t in texts)
    assert any("S-002" in t.splitlines() for t in texts)  # links by source code, not by id or name
    keep = panel.findChild(type(page.annex_button), "keepHead0")
    assert keep is not None
    with qtbot.waitSignal(panel.conflict_resolved, timeout=5000):
        keep.click()
    service = controller.service
    assert service is not None
    assert service.bundles.conflicts() == []
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=5000)


def test_a_long_job_is_cancelled_and_says_so(qtbot: QtBot, service: VaultService) -> None:
    runner = JobRunner(service)
    started = threading.Event()

    def job(_s: VaultService, progress: Progress, cancelled: CancelCheck) -> None:
        started.set()
        progress(1, 10)
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled("cancelled")

    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.start(job)
        assert started.wait(10)
        runner.cancel()
    assert not runner.busy()


def test_the_start_screen_opens_the_demo_group_archive_in_coordinator_mode(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start()
    with qtbot.waitSignal(controller.vault_opened, timeout=60_000):
        controller.welcome.start_page.demo_archive_button.click()
    assert controller.window is not None
    assert controller.service is not None
    assert controller.service.role == "archive"
    assert isinstance(controller.window.show_section("bundles"), CoordinatorPage)
    assert controller.opener.demo_folder.exists()  # the expert's demo it was built from


def test_every_refusal_reason_has_a_sentence_to_translate() -> None:
    assert set(merge_panel.REASONS) == set(bundle_errors.REASONS)
