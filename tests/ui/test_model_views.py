"""Sources, interviews, claims, entities and materiel in the window: forms built from the model's own
field descriptions, errors under their field, identities revealed only on request (and logged)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.records_page import RecordsPage
from ui.pages.sources_page import SourcesPage
from ui.panels.link_list import LinkList
from ui.panels.model_editor import ModelEditor
from ui.panels.tracing_box import TracingBox
from vault.keys.secret import Passphrase


@pytest.fixture
def model_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "model.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    inv = service.model.add_model_record("investigation", {"title": "Port Tarsa", "status": "open"})
    add = service.model.add_model_record
    public = add(
        "source", {"code": "S-001", "protection": "public", "name": "Harbour Master", "investigation": inv.id}
    )
    conf = add(
        "source",
        {"code": "S-002", "protection": "confidential", "name": "Yusuf Haddad", "organisation": "Customs"},
    )
    add("source", {"code": "S-003", "protection": "protected", "name": "Amani K.", "consent": ["archive"]})
    one = add("interview", {"date": "2026-01-10", "experts_present": ["Arms expert"], "sources": [conf.id]})
    add(
        "claim",
        {
            "statement": "Rounds landed from the Kestrel Dawn",
            "supports": [one.id, public.id],
            "designation": True,
        },
    )
    service.close()
    return folder


def _wait_view(qtbot: QtBot, editor: ModelEditor, record_id: str) -> None:
    with qtbot.waitSignal(editor.record_loaded, timeout=5000, check_params_cb=lambda rid: rid == record_id):
        editor.show_record(record_id)


def _visible_texts(editor: ModelEditor) -> list[str]:
    texts = [w.text() for w in editor.findChildren(QLineEdit) if w.isVisibleTo(editor)]
    texts += [w.toPlainText() for w in editor.findChildren(QPlainTextEdit) if w.isVisibleTo(editor)]
    return texts


def _source_id(service: VaultService, code: str) -> str:
    return next(v.id for v in service.model.source_views() if v.code == code)


def test_sources_are_listed_by_code_and_mark_and_a_protected_identity_appears_only_after_a_logged_reveal(
    qtbot: QtBot, controller: AppController, model_folder: Path
) -> None:
    window = unlock(qtbot, controller, model_folder)
    page = window.show_section("sources")
    assert isinstance(page, SourcesPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)
    table = [page.table.item(r, c).text() for r in range(3) for c in range(5)]  # type: ignore[union-attr]
    assert {"S-001", "S-002", "S-003"} <= set(table)
    assert not any("Haddad" in t or "Amani" in t for t in table)  # codes only, never a name
    protected = _source_id(window.service, "S-003")
    _wait_view(qtbot, page.editor, protected)
    form = page.editor.form
    assert form is not None
    assert not form.identity_shown
    assert "Amani K." not in _visible_texts(page.editor)
    assert page.editor.reveal_button.isVisibleTo(page.editor)
    before = [e for e in window.service.records.details(protected).custody if e.action == "reveal"]
    with qtbot.waitSignal(page.editor.identity_revealed, timeout=5000):
        page.editor.reveal_button.click()
    assert "Amani K." in _visible_texts(page.editor)
    after = [e for e in window.service.records.details(protected).custody if e.action == "reveal"]
    assert len(after) == len(before) + 1
    page.editor.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Amani K."
    with qtbot.waitSignal(page.editor.record_loaded, timeout=5000):
        page.editor.hide_button.click()
    assert "Amani K." not in _visible_texts(page.editor)
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_a_new_source_gets_the_next_code_and_a_bad_code_is_shown_under_its_field(
    qtbot: QtBot, controller: AppController, model_folder: Path
) -> None:
    window = unlock(qtbot, controller, model_folder)
    page = window.show_section("sources")
    assert isinstance(page, SourcesPage)
    with qtbot.waitSignal(page.editor.record_loaded, timeout=5000):
        page.new_button.click()
    form = page.editor.form
    assert form is not None
    code = form.widgets["code"]
    assert isinstance(code, QLineEdit)
    assert code.text() == "S-004"
    level = form.widgets["protection"]
    assert isinstance(level, QComboBox)
    level.setCurrentIndex(level.findData("protected"))
    name = form.widgets["name"]
    assert isinstance(name, QLineEdit)
    name.setText("Driver at warehouse 4")
    code.setText("not a code")
    with qtbot.waitSignal(page.editor.save_failed, timeout=5000):
        page.editor.save_button.click()
    assert form.errors["code"].isVisibleTo(page.editor)
    assert "code" in form.errors["code"].text()
    code.setText("S-004")
    with qtbot.waitSignal(page.editor.record_saved, timeout=5000):
        page.editor.save_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=5000)
    view = next(v for v in window.service.model.source_views() if v.code == "S-004")
    assert view.protection == "protected"
    assert view.sealed  # the identity went in sealed, never in clear


def test_an_interview_with_one_expert_behind_a_designation_warns(
    qtbot: QtBot, controller: AppController, model_folder: Path
) -> None:
    window = unlock(qtbot, controller, model_folder)
    page = window.show_section("interviews")
    assert isinstance(page, RecordsPage)
    page.kind_box.setCurrentIndex(page.kinds.index("interview"))
    interview = window.service.records.list_records("interview")[0].id
    editor = page.model_editor
    _wait_view(qtbot, editor, interview)
    assert editor.warning.isVisibleTo(editor)
    assert "one expert" in editor.warning.text().lower()
    assert "Kestrel" in editor.warning.text()
    form = editor.form
    assert form is not None
    sources = form.widgets["sources"]
    assert isinstance(sources, LinkList)
    assert sources.list.item(0).text() == "S-002"  # by code, never by name
    assert isinstance(form.widgets["consent_given"], QCheckBox)
    experts = form.widgets["experts_present"]
    assert isinstance(experts, QLineEdit)
    experts.setText("Arms expert, Finance expert")
    with qtbot.waitSignal(editor.record_loaded, timeout=5000):
        editor.save_button.click()
    assert not editor.warning.isVisibleTo(editor)


def test_a_claim_shows_the_methodologys_reasons_and_promotion_gives_the_rules_answer(
    qtbot: QtBot, controller: AppController, model_folder: Path
) -> None:
    window = unlock(qtbot, controller, model_folder)
    page = window.show_section("claims")
    assert isinstance(page, RecordsPage)
    claim = window.service.records.list_records("claim")[0].id
    editor = page.model_editor
    _wait_view(qtbot, editor, claim)
    panel = editor.claim_panel
    assert panel.isVisibleTo(editor)
    assert "one expert present" in editor.warning.text()  # the interview is not counted for a designation
    support = [panel.support.item(i).text() for i in range(panel.support.count())]
    assert "Source S-001" in support
    assert "verified fact" in panel.steps.text()
    with qtbot.waitSignal(editor.claim_promoted, timeout=5000):
        panel.promote_button.click()
    assert window.service.get(claim).body["status"] == "information"
    assert "conditions" in panel.answer.text()
    panel.promote_button.click()
    qtbot.waitUntil(lambda: "does not allow" in panel.answer.text(), timeout=5000)
    assert "independent" in panel.answer.text()
    assert window.service.get(claim).body["status"] == "information"


def test_an_entity_form_offers_choices_and_a_wrong_imo_check_digit_is_shown_at_the_field(
    qtbot: QtBot, controller: AppController, model_folder: Path
) -> None:
    window = unlock(qtbot, controller, model_folder)
    page = window.show_section("entities")
    assert isinstance(page, RecordsPage)
    page.kind_box.setCurrentIndex(page.kinds.index("entity"))
    editor = page.model_editor
    with qtbot.waitSignal(editor.record_loaded, timeout=5000):
        page.new_button.click()
    form = editor.form
    assert form is not None
    kind = form.widgets["type"]
    assert isinstance(kind, QComboBox)
    assert kind.findData("vessel") > 0
    kind.setCurrentIndex(kind.findData("vessel"))
    name = form.widgets["name"]
    imo = form.widgets["imo"]
    assert isinstance(name, QLineEdit)
    assert isinstance(imo, QLineEdit)
    name.setText("MV Kestrel Dawn")
    imo.setText("9387426")
    error = form.errors["imo"]
    assert isinstance(error, QLabel)
    assert error.isVisibleTo(editor)  # caught while typing
    with qtbot.waitSignal(editor.save_failed, timeout=5000):
        editor.save_button.click()
    assert "IMO" in error.text()
    imo.setText("9387425")
    with qtbot.waitSignal(editor.record_saved, timeout=5000):
        editor.save_button.click()
    saved = window.service.records.list_records("entity")[0]
    assert window.service.get(saved.id).body["imo"] == "9387425"


def test_a_materiel_item_keeps_serial_lot_markings_and_its_tracing_request(
    qtbot: QtBot, controller: AppController, model_folder: Path
) -> None:
    window = unlock(qtbot, controller, model_folder)
    page = window.show_section("entities")
    assert isinstance(page, RecordsPage)
    page.kind_box.setCurrentIndex(page.kinds.index("item"))
    editor = page.model_editor
    with qtbot.waitSignal(editor.record_loaded, timeout=5000):
        page.new_button.click()
    form = editor.form
    assert form is not None
    for field, text in (("type", "assault rifle"), ("serial_number", "KD 4471903"), ("lot", "11-19")):
        widget = form.widgets[field]
        assert isinstance(widget, QLineEdit)
        widget.setText(text)
    markings = form.widgets["markings"]
    assert isinstance(markings, QPlainTextEdit)
    markings.setPlainText("Receiver stamped KD 4471903")
    obtained = form.widgets["obtained"]
    assert isinstance(obtained, QComboBox)
    obtained.setCurrentIndex(obtained.findData("seized"))
    tracing = form.widgets["tracing"]
    assert isinstance(tracing, TracingBox)
    tracing.sent_to.setText("Republic of Veldara")
    tracing.date.setText("2026-02-01")
    tracing.status.setCurrentIndex(tracing.status.findData("sent"))
    assert isinstance(form.widgets["photos"], LinkList)
    with qtbot.waitSignal(editor.record_saved, timeout=5000):
        editor.save_button.click()
    body = window.service.get(window.service.records.list_records("item")[0].id).body
    assert body["serial_number"] == "KD 4471903"
    assert body["obtained"] == "seized"
    assert body["tracing"] == {"sent_to": "Republic of Veldara", "date": "2026-02-01", "status": "sent"}


def test_the_main_window_opens_sources_from_search(qtbot: QtBot, window: MainWindow) -> None:
    assert isinstance(window.page("sources"), SourcesPage)
