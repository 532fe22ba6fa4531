"""The Requests view (deadlines, overdue in red) and the wizard answering a request: per-item verdicts shown
before anything is written, then the signed package, recorded in the register."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.requestcases import REQUEST, Mix, mix
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.pages.requests_page import OVERDUE, RequestsPage
from ui.wizards.request_wizard import RequestWizard
from vault.keys.secret import Passphrase


def _vault(tmp_path: Path) -> tuple[Path, Mix]:
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        files = tmp_path / "files"
        files.mkdir()
        world = mix(service, files)
        service.model.edit_model_record(world.request, {"deadline": "2099-01-01"})
        service.requests.add_request({**REQUEST, "reference": "IIIM-7", "received": "2020-01-02",
                                      "deadline": "2020-02-01"})  # fmt: skip
    finally:
        service.close()
    return folder, world


def test_requests_by_deadline_and_the_wizard_shows_verdicts_then_writes(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder, world = _vault(tmp_path)
    window = unlock(qtbot, controller, folder)
    page = window.show_section("requests")
    assert isinstance(page, RequestsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    first = page.table.item(0, 0)
    assert first is not None
    assert first.text() == "IIIM-7"  # overdue first
    due = page.table.item(0, 2)
    assert due is not None
    assert "overdue" in due.text()
    assert due.foreground().color() == QColor(OVERDUE)
    assert "1 overdue" in page.summary.text()
    row = next(
        r for r in range(2) if (i := page.table.item(r, 0)) is not None and i.text() == "OTP/2026/0042"
    )
    page.table.selectRow(row)
    wizard = page.answer()
    assert isinstance(wizard, RequestWizard)
    qtbot.waitUntil(lambda: wizard.investigations.count() == 1, timeout=10_000)
    item = wizard.investigations.item(0)
    assert item is not None
    item.setCheckState(item.checkState().Checked)
    out = tmp_path / "package"
    wizard.out.set_path(out)
    wizard.next()
    qtbot.waitUntil(lambda: len(wizard.verdicts) == 10, timeout=20_000)
    assert wizard.table.rowCount() == 10
    shown = [wizard.table.item(r, 0).text() for r in range(10)]  # type: ignore[union-attr]
    assert shown.count("goes") == 4
    assert shown.count("withheld") == 6
    names = [wizard.table.item(r, 2).text() for r in range(10)]  # type: ignore[union-attr]
    assert "notes.pdf" not in names  # a withheld item is shown by id, not by its own name
    assert not out.exists()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.job_page.isComplete(), timeout=30_000)
    assert "written to" in wizard.job_page.status.text()
    assert (out / "SHA256SUMS.sig").is_file()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(
        lambda: any((i := page.table.item(r, 6)) is not None and i.text() == "1" for r in range(2)),
        timeout=10_000,
    )
    assert window.service.requests.shared(world.court_photo)


def test_a_request_is_registered_through_its_form_and_a_bad_date_is_shown(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    window = unlock(qtbot, controller, vault_folder)
    page = window.show_section("requests")
    assert isinstance(page, RequestsPage)
    with qtbot.waitSignal(page.editor.record_loaded, timeout=5000):
        page.new_button.click()
    form = page.editor.form
    assert form is not None
    authority, received = form.widgets["authority"], form.widgets["received"]
    assert isinstance(authority, QLineEdit)
    assert isinstance(received, QLineEdit)
    authority.setText("IIIM")
    received.setText("last Tuesday")
    with qtbot.waitSignal(page.editor.save_failed, timeout=5000):
        page.editor.save_button.click()
    assert "received" in form.errors["received"].text()
    received.setText("2026-03-02")
    with qtbot.waitSignal(page.editor.record_saved, timeout=5000):
        page.editor.save_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    (request,) = window.service.requests.requests()
    assert request.authority == "IIIM"
    assert request.status == "open"


def test_the_wizard_answers_with_a_claim_alone(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder, world = _vault(tmp_path)
    window = unlock(qtbot, controller, folder)
    page = window.show_section("requests")
    assert isinstance(page, RequestsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    page.show_record(world.request)
    wizard = page.answer()
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.claims.count() == 2, timeout=10_000)
    for row in range(wizard.claims.count()):
        item = wizard.claims.item(row)
        assert item is not None
        if item.text().startswith("Rifles"):
            item.setCheckState(item.checkState().Checked)
    assert wizard.selection().claims == (world.claim_ok,)
    wizard.next()
    qtbot.waitUntil(lambda: len(wizard.verdicts) == 2, timeout=20_000)  # the claim and the photo it cites
    assert {(v.id, v.allowed) for v in wizard.verdicts} == {(world.claim_ok, True), (world.court_photo, True)}
    wizard.reject()
