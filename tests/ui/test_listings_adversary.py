"""The Listings view never names a protected source that screening matched (issue 16; regression test)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.public import Passphrase
from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.pages.listings_page import ListingsPage

LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


def test_listings_view_shows_a_protected_source_by_code_only(
    qtbot: QtBot,
    controller: AppController,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.lists.import_list(LIST_2017)
    service.model.add_model_record(
        "source",
        {"name": "Sayf al-Adl", "aliases": ["Papa Kilo"], "contacts": "+243 897 531 864",
         "protection": "protected"},
    )  # fmt: skip
    service.close()
    window = unlock(qtbot, controller, folder)
    page = window.show_section("listings")
    assert isinstance(page, ListingsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10_000)
    cells = [
        item.text()
        for r in range(page.table.rowCount())
        for c in range(page.table.columnCount())
        if (item := page.table.item(r, c)) is not None
    ]
    text = " ".join(cells) + page.summary.text()
    assert "S-001" in text
    for secret in ("Sayf al-Adl", "Papa Kilo", "897 531"):
        assert secret not in text
    page.table.selectRow(0)
    qtbot.wait(500)
    assert "Papa Kilo" not in page.entry.toPlainText()
    assert "897 531" not in page.entry.toPlainText()
