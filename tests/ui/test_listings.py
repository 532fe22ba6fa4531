"""The Listings view: candidates with score and reasons, the list's entry beside them, confirm and reject."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.public import Passphrase
from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.pages.listings_page import ListingsPage
from ui.pages.records_page import RecordsPage

LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


def test_candidates_are_shown_and_decided(qtbot: QtBot, controller: AppController, tmp_path: Path) -> None:
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.lists.import_list(LIST_2017)
    service.records.add_record("entity", {"type": "individual", "name": "Seif el-Adel", "born": "1963"})
    service.close()
    window = unlock(qtbot, controller, folder)
    page = window.show_section("listings")
    assert isinstance(page, ListingsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10_000)
    assert "Consolidated List of 2017-07-03" in page.summary.text()
    reference, decision, why = page.table.item(0, 2), page.table.item(0, 4), page.table.item(0, 5)
    assert reference is not None
    assert reference.text() == "QDi.001"
    assert decision is not None
    assert decision.text() == "to decide"
    assert why is not None
    assert "year of birth 1963 agrees" in why.text()
    assert not page.confirm_button.isEnabled()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "SAYF-AL ADL" in page.entry.toPlainText(), timeout=5000)
    loaded = page.loaded
    page.confirm_button.click()
    qtbot.waitUntil(lambda: page.loaded > loaded, timeout=10_000)
    decided = page.table.item(0, 4)
    assert decided is not None
    assert decided.text() == "confirmed"
    page.open_only.setChecked(True)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=10_000)


def test_without_a_list_the_view_says_how_to_import_one(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    window = unlock(qtbot, controller, vault_folder)
    page = window.show_section("listings")
    assert isinstance(page, ListingsPage)
    qtbot.waitUntil(lambda: page.loaded > 0, timeout=10_000)
    assert "No list imported yet" in page.summary.text()
    assert page.table.rowCount() == 0


def test_an_entity_page_shows_its_candidates(qtbot: QtBot, controller: AppController, tmp_path: Path) -> None:
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.lists.import_list(LIST_2017)
    listed = service.records.add_record("entity", {"type": "individual", "name": "Won Ho Ri"})
    other = service.records.add_record("entity", {"type": "company", "name": "Harbour Logistics"})
    service.close()
    window = unlock(qtbot, controller, folder)
    window.show_record(listed.id, "entity")
    page = window.show_section("entities")
    assert isinstance(page, RecordsPage)
    editor = page.model_editor
    qtbot.waitUntil(lambda: editor.listings.isVisible(), timeout=10_000)
    assert "KPi.033 RI WON HO" in editor.listings.text()
    assert "reordered" in editor.listings.text()
    page.show_record(other.id, "entity")
    qtbot.waitUntil(lambda: editor.shown_id() == other.id, timeout=10_000)
    qtbot.wait(200)
    assert not editor.listings.isVisible()
