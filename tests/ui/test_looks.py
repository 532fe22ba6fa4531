"""Looking like a tool people trust: panes that stay where they are, forms and columns that are not cut
off, counts that agree in number."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.pages.letters_page import LettersPage
from ui.pages.sources_page import SourcesPage
from ui.widgets.tables import fit_to_contents, list_table
from vault.keys.secret import Passphrase

LONG = "Directorate of Maritime Customs Enforcement and Cargo Inspection, Northern Ports Authority"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "looks.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    add = service.model.add_model_record
    add("source", {"name": "Port office", "protection": "public", "type": "state_official"})
    add("source", {"name": "A. Clerk", "protection": "confidential", "organisation": LONG, "type": "company"})
    add("source", {"name": "Witness", "protection": "protected", "type": "victim_witness"})
    claim = add("claim", {"statement": "Rounds came by sea through berth 3 of Port Tarsa in March " * 3})
    add(
        "letter",
        {
            "symbol": "S/AC.51/2026/GE/OC.7",
            "type": "note_verbale",
            "addressee": "Permanent Mission of the Republic of Veldara to the United Nations",
            "claims": [claim.id],
            "sent": "2026-01-10",
            "deadline": "2026-02-10",
            "cutoff": "2026-04-30",
            "status": "sent",
        },
    )
    service.close()
    return folder


def test_selecting_one_source_after_another_moves_neither_pane(
    qtbot: QtBot, controller: AppController, folder: Path
) -> None:
    window = unlock(qtbot, controller, folder)
    page = window.show_section("sources")
    assert isinstance(page, SourcesPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)
    widths: set[tuple[int, int, int]] = set()
    for row in (0, 1, 2, 1, 0):
        with qtbot.waitSignal(page.editor.record_loaded, timeout=5000):
            page.table.selectRow(row)
        qtbot.waitUntil(lambda: window.queries.pending == 0)
        widths.add((window.nav.width(), page.table.width(), page.editor.width()))
    assert len(widths) == 1
    shown = sum(page.table.columnWidth(c) for c in range(page.table.columnCount()))
    assert shown <= page.table.viewport().width() + 1  # the note column is not pushed out of sight
    type_cell = page.table.item(1, 2)
    assert isinstance(type_cell, QTableWidgetItem)
    needed = page.table.fontMetrics().horizontalAdvance(type_cell.text())
    assert page.table.columnWidth(2) >= needed  # "Type" whole
    organisation = page.table.item(1, 3)
    assert isinstance(organisation, QTableWidgetItem)
    assert organisation.toolTip() == LONG  # elided in the cell, whole in the tooltip


def test_a_letters_whole_form_fits_beside_the_list(
    qtbot: QtBot, controller: AppController, folder: Path
) -> None:
    window = unlock(qtbot, controller, folder)
    page = window.show_section("letters")
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(page.editor.record_loaded, timeout=5000):
        page.table.selectRow(0)
    qtbot.waitUntil(lambda: window.queries.pending == 0)
    form = page.editor.form
    assert isinstance(form, QWidget)
    host = page.editor.host
    assert host.width() >= host.minimumSizeHint().width()  # no field cut off at the right edge


def test_counts_agree_in_number(qtbot: QtBot, controller: AppController, folder: Path) -> None:
    window = unlock(qtbot, controller, folder)
    page = window.show_section("sources")
    assert isinstance(page, SourcesPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)
    assert page.count_label.text() == "3 sources"
    sealed = page.table.item(2, 4)
    assert isinstance(sealed, QTableWidgetItem)
    assert sealed.text() == "sealed to 1 key"
    letters = window.show_section("letters")
    assert isinstance(letters, LettersPage)
    qtbot.waitUntil(lambda: letters.loaded > 0, timeout=5000)
    assert letters.summary.text() == "1 letter · 1 overdue"


def test_a_stretching_column_keeps_the_spare_width_after_fitting(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 300)
    table = list_table(host, "t", ["Bundle", "Outcome", "Why refused", "Conflicts"], stretch=2)
    table.resize(900, 300)
    host.show()
    table.setRowCount(1)
    for column, text in enumerate(("one.fvb", "refused", "Signed by a key not on the roster", "0")):
        table.setItem(0, column, QTableWidgetItem(text))
    fit_to_contents(table)
    qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in range(4)) >= table.viewport().width() - 1)
    assert table.columnWidth(2) > table.fontMetrics().horizontalAdvance("Signed by a key not on the roster")
