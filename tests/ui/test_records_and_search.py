"""Records: the lazy list, the editor (notes and model kinds), sections lighting up; the one search box."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app import demo
from app.service import VaultService
from tests.helpers import FAST_KDF
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.pages.records_page import RecordsPage
from ui.record_model import PAGE, RecordListModel
from ui.sections import SECTIONS
from vault.keys.secret import Passphrase
from vault.storage import search


def test_the_record_list_loads_a_page_at_a_time(service: VaultService) -> None:
    for i in range(PAGE * 2 + 50):
        service.records.add_note(f"note {i}", "")
    model = RecordListModel(service, "note")
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE * 2
    model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 50
    assert not model.canFetchMore()
    titles = {model.summary_at(r).title for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert len(titles) == PAGE * 2 + 50


def test_a_new_meeting_note_is_saved_listed_first_and_edits_add_revisions(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_section("interviews")
    assert isinstance(page, RecordsPage)
    page.kind_box.setCurrentIndex(page.kinds.index("note"))
    page.new_button.click()
    editor = page.note_editor
    editor._edits["title"].setText("Meeting at warehouse 4")  # type: ignore[union-attr]
    editor._edits["body"].setPlainText("Twelve crates opened")  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.record_loaded, timeout=5000):
        editor.save_button.click()
    assert editor.error.text() == ""
    assert page.model is not None
    first = page.model.summary_at(0)
    assert first is not None
    assert first.title == "Meeting at warehouse 4"
    record_id = first.id
    editor._edits["body"].setPlainText("Twelve crates opened; headstamp 11-19")  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.record_loaded, timeout=5000):
        editor.save_button.click()
    details = window.service.records.details(record_id)
    assert len(details.history) == 2
    assert details.record.body["body"].endswith("11-19")
    editor.delete_button.click()
    editor.reason.setText("duplicate of another note")
    with qtbot.waitSignal(editor.record_deleted, timeout=5000):
        editor.confirm_delete.click()
    assert page.model.row_of(record_id) is None
    assert window.service.get(record_id).deleted


def test_an_invalid_edit_shows_the_vaults_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_section("interviews")
    assert isinstance(page, RecordsPage)
    page.kind_box.setCurrentIndex(page.kinds.index("note"))
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 0, timeout=5000)
    summary = page.model.summary_at(0)  # type: ignore[union-attr]
    assert summary is not None
    editor = page.note_editor
    with qtbot.waitSignal(editor.record_loaded, timeout=5000):
        page.show_record(summary.id, "note")
    editor._edits["title"].setText("")  # type: ignore[union-attr]
    with qtbot.waitSignal(editor.save_failed, timeout=5000):
        editor.save_button.click()
    assert "title" in editor.error.text()
    assert window.service.get(summary.id).title == summary.title


def test_sections_light_up_when_their_capability_lands() -> None:
    bundles = next(s for s in SECTIONS if s.id == "bundles")
    assert not bundles.lit(SimpleNamespace())  # type: ignore[arg-type]
    assert bundles.lit(SimpleNamespace(bundles=SimpleNamespace(write_bundle=lambda: None)))  # type: ignore[arg-type]
    interviews = next(s for s in SECTIONS if s.id == "interviews")
    assert interviews.lit(SimpleNamespace())  # type: ignore[arg-type]  # notes are always there


def test_every_section_names_methods_the_service_has(service: VaultService) -> None:
    """A section lights up by the name of a service method: a renamed method would darken it silently."""
    for section in SECTIONS:
        for name in section.methods:
            part, _, method = name.partition(".")
            assert callable(getattr(getattr(service, part), method)), name
        assert section.lit(service) or not section.methods, section.id


def _demo_window(qtbot: QtBot, controller: AppController) -> MainWindow:
    controller.start()
    with qtbot.waitSignal(controller.vault_opened, timeout=30_000):
        controller.open_demo()
    assert controller.window is not None
    return controller.window


def test_one_search_box_finds_every_kind_and_opens_the_hit(qtbot: QtBot, controller: AppController) -> None:
    window = _demo_window(qtbot, controller)
    with qtbot.waitSignal(window.search_page.search_done, timeout=5000):
        window.search_box.setText("Kestrel")
    assert window.stack.currentWidget() is window.search_page
    kinds = {hit.kind for hit in window.search_page.hits}
    assert {"entity", "evidence", "interview"} <= kinds
    entity = next(i for i, h in enumerate(window.search_page.hits) if h.kind == "entity")
    item = window.search_page.results.item(entity)
    page = window.page("entities")
    assert isinstance(page, RecordsPage)
    with qtbot.waitSignal(page.model_editor.record_loaded, timeout=5000):
        window.search_page.results.itemActivated.emit(item)
    assert window.stack.currentWidget() is page
    view = page.model_editor.view
    assert view is not None
    assert view.record is not None
    assert "Kestrel" in view.record.title
    with qtbot.waitSignal(window.search_page.search_done, timeout=5000):
        window.search_box.setText("Kestrel evidence-that-is-not-there")
    assert window.search_page.hits == []
    assert "Nothing matches" in window.search_page.heading.text()
    window.search_box.clear()
    assert window.stack.currentWidget() is not window.search_page


def test_an_evidence_hit_opens_the_viewer(qtbot: QtBot, controller: AppController) -> None:
    window = _demo_window(qtbot, controller)
    window.search_box.setText("headstamp")
    with qtbot.waitSignal(window.search_page.search_done, timeout=5000):
        window.search_box.returnPressed.emit()
    hit = next(h for h in window.search_page.hits if h.kind == "evidence")
    window.on_hit_activated(hit)
    assert isinstance(window.stack.currentWidget(), EvidencePage)
    assert window.viewers
    assert window.viewers[-1].record_id == hit.id


def test_the_demo_vault_holds_the_promised_material(tmp_path: Path) -> None:
    summary = demo.build(tmp_path / "demo.fvault", kdf=FAST_KDF)
    assert summary.evidence == 5
    service = VaultService.unlock(summary.folder, Passphrase.from_text(demo.DEMO_PASSPHRASE))
    try:
        levels = {
            service.model.source_view(s.id).protection for s in service.records.list_records(kind="source")
        }
        assert levels == {"public", "confidential", "protected"}
        assert service.records.count("investigation") == 1
        assert service.records.count("interview") == 3
        overdue = service.model.letters(overdue_only=True)
        assert len(overdue) == 1
        assert overdue[0].days_overdue
        assert overdue[0].days_overdue > 0
        assert service.records.count("evidence") == 5
        assert service.verify().ok
    finally:
        service.close()


def test_the_start_screen_shows_where_the_demo_is_and_its_passphrase_which_unlocks_it(
    qtbot: QtBot, controller: AppController
) -> None:
    opener = controller.opener
    demo.build(opener.demo_folder, kdf=FAST_KDF)
    label = controller.welcome.start_page.findChild(QLabel, "demoText")
    assert isinstance(label, QLabel)
    assert opener.demo_passphrase in label.text()
    assert opener.demo_folder.name in label.text()
    window = unlock(qtbot, controller, opener.demo_folder, opener.demo_passphrase)
    assert window.service.records.count("evidence") == 5


def test_a_search_too_broad_to_rank_says_the_newest_come_first(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _demo_window(qtbot, controller)
    with qtbot.waitSignal(window.search_page.search_done, timeout=5000):
        window.search_box.setText("Kestrel")
    ranked = window.search_page.hits
    assert len(ranked) > 2
    assert "More than" not in window.search_page.heading.text()
    monkeypatch.setattr(search, "RANKED_AT_MOST", 2)
    with qtbot.waitSignal(window.search_page.search_done, timeout=5000):
        window.search_box.setText("Kestrel ")
    assert "More than 2 results" in window.search_page.heading.text()
    assert "newest" in window.search_page.heading.text()
    assert {h.id for h in window.search_page.hits} == {h.id for h in ranked}  # the same records, newest first
