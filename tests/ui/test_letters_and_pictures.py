"""Letters by deadline (overdue in red, days to the cut-off, replies attached); the link chart and the
timeline by investigation, exported as PNG and SVG behind the leak guard."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app import demo
from tests.ui.conftest import Demo, unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.letters_page import OVERDUE, LettersPage
from ui.pages.pictures_page import PicturesPage
from vault.storage import audit


def _demo(qtbot: QtBot, controller: AppController, world: Demo) -> MainWindow:
    return unlock(qtbot, controller, world.vault, demo.DEMO_PASSPHRASE)


def test_an_overdue_letter_is_red_with_days_to_the_cutoff_and_a_reply_can_be_attached(
    qtbot: QtBot, controller: AppController, demo_world: Demo
) -> None:
    window = _demo(qtbot, controller, demo_world)
    page = window.show_section("letters")
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.reply_box.count() > 0, timeout=5000)
    reply = page.table.item(0, 2)
    assert reply is not None
    assert "12 days overdue" in reply.text()
    assert reply.foreground().color() == QColor(OVERDUE)
    cutoff = page.table.item(0, 3)
    assert cutoff is not None
    assert (date.today() + timedelta(days=24)).isoformat() in cutoff.text()
    assert "in 24 days" in cutoff.text()
    assert "1 overdue" in page.summary.text()
    page.table.selectRow(0)
    loaded = page.loaded
    page.attach_button.click()
    qtbot.waitUntil(lambda: page.loaded > loaded, timeout=5000)
    replied = page.table.item(0, 2)
    assert replied is not None
    assert "replied" in replied.text()
    letter = window.service.model.letters()[0]
    assert letter.replied
    assert letter.days_overdue is None
    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)


def test_the_chart_names_sources_by_code_and_the_timeline_marks_the_overdue_deadline(
    qtbot: QtBot, controller: AppController, demo_world: Demo
) -> None:
    window = _demo(qtbot, controller, demo_world)
    page = window.show_section("pictures")
    assert isinstance(page, PicturesPage)
    qtbot.waitUntil(
        lambda: bool(page.chart.chart.nodes) and page.filter.current() is not None, timeout=10_000
    )
    qtbot.waitUntil(lambda: page.chart.chart.investigation == page.filter.current(), timeout=10_000)
    labels = {n.label for n in page.chart.chart.nodes if n.kind == "source"}
    assert labels == {"S-001", "S-002", "S-003"}
    assert not any("Haddad" in n.label or "Amani" in n.label for n in page.chart.chart.nodes)
    assert {n.kind for n in page.chart.chart.nodes} >= {"source", "interview", "claim", "evidence", "entity"}
    assert page.chart.chart.edges
    marks = {e.mark for e in page.timeline.timeline.events}
    assert {"interview", "received", "sent", "overdue"} <= marks


def test_pictures_export_as_png_and_svg_and_a_label_naming_a_source_is_refused(
    qtbot: QtBot, controller: AppController, demo_world: Demo, tmp_path: Path
) -> None:
    window = _demo(qtbot, controller, demo_world)
    page = window.show_section("pictures")
    assert isinstance(page, PicturesPage)
    qtbot.waitUntil(lambda: bool(page.chart.chart.nodes), timeout=10_000)
    png, svg = tmp_path / "chart.png", tmp_path / "timeline.svg"
    with qtbot.waitSignal(page.picture_exported, timeout=10_000):
        page.export_to(png)
    assert png.read_bytes().startswith(b"\x89PNG")
    page.show_tab("timeline")
    with qtbot.waitSignal(page.picture_exported, timeout=10_000):
        page.export_to(svg)
    assert b"<svg" in svg.read_bytes()
    with qtbot.waitSignal(page.export_refused, timeout=10_000):
        page.export_to(svg)  # never over an existing file
    svc = window.service
    exports = [e.detail for e in audit.chain_entries(svc._vault.conn, svc.key_id) if e.action == "export"]
    assert [d["what"] for d in exports] == ["request package", "chart", "timeline"]  # the demo's answer
    assert exports[-1]["sha256"] == hashlib.sha256(svg.read_bytes()).hexdigest()
    evidence = window.service.records.list_records("evidence")[0].id
    window.service.records.edit_record(evidence, {"caption": "Photo taken by Yusuf Haddad at warehouse 4"})
    loaded = page.pictures_loaded
    with qtbot.waitSignal(loaded, timeout=10_000):
        page.reload()
    page.show_tab("chart")
    leaked = tmp_path / "leak.png"
    with qtbot.waitSignal(page.export_refused, timeout=10_000):
        page.export_to(leaked)
    assert page.findings.count() >= 1
    assert "S-002" in page.findings.list.item(0).text()
    assert not leaked.exists()
