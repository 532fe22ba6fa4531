"""The periodic review (from the Listings view) and the designation proposal (from an entity's page) as
wizards: the outbound gate's findings and the designation rule's refusal reasons shown before anything
is written, and nothing written while they stand; the document written, in the language chosen."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.public import Finding, Passphrase
from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui import translations
from ui.controller import AppController
from ui.pages.listings_page import ListingsPage
from ui.pages.records_page import RecordsPage
from ui.wizards.findings_view import FindingsView
from ui.wizards.list_document_wizard import DocumentWizard, DossierWizard, ReviewWizard

LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"
SOURCE = "Amani Zawadi"


def _listed_vault(tmp_path: Path, statement: str) -> Path:
    """A vault with the 2017 list, a protected source, Ri Won Ho confirmed as KPi.033 and a claim."""
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        service.lists.import_list(LIST_2017)
        service.model.add_model_record("source", {"name": SOURCE, "protection": "protected"})
        broker = service.model.add_model_record("entity", {"type": "individual", "name": "Ri Won Ho"})
        service.model.add_model_record("claim", {"statement": statement, "supports": [broker.id]})
        candidate = next(c for c in service.screening.screen() if c.reference == "KPi.033")
        service.screening.decide(candidate.id, "confirmed")
    finally:
        service.close()
    return folder


def _review_wizard(qtbot: QtBot, controller: AppController, folder: Path) -> ReviewWizard:
    window = unlock(qtbot, controller, folder)
    page = window.show_section("listings")
    assert isinstance(page, ListingsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10_000)
    assert not page.review_button.isEnabled()
    row = next(
        r for r in range(page.table.rowCount()) if (i := page.table.item(r, 2)) and i.text() == "KPi.033"
    )
    page.table.selectRow(row)
    assert page.review_button.isEnabled()
    wizard = page.review()
    assert isinstance(wizard, ReviewWizard)
    return wizard


def _previewed(qtbot: QtBot, wizard: DocumentWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=20_000)


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_review_wizard_shows_the_gates_findings_and_writes_nothing(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = _listed_vault(tmp_path, f"{SOURCE} saw Ri Won Ho at the port")
    wizard = _review_wizard(qtbot, controller, folder)
    _previewed(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.heading.text() == "Periodic review: KPi.033 RI WON HO"
    assert preview.findings.isVisible()
    assert preview.findings.count() == 1
    shown = preview.findings.list.item(0)
    assert shown is not None
    assert "claim 1 statement" in shown.text()
    assert "of source S-" in shown.text()
    assert SOURCE not in shown.text()
    assert "Amani" not in preview.findings.heading.text()
    out = tmp_path / "out" / "review.docx"
    preview.out.set_path(out)
    assert not preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not out.parent.exists()
    assert list(tmp_path.rglob("*.docx")) == []
    wizard.reject()


def test_review_wizard_writes_the_document_in_french(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = _listed_vault(tmp_path, "Ri Won Ho met KOMID agents in Damascus")
    wizard = _review_wizard(qtbot, controller, folder)
    assert wizard.lang() == "en"  # the app's language by default
    wizard.language.setCurrentIndex(wizard.language.findData("fr"))
    wizard.since.setText("2020-01-01")
    _previewed(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.findings.count() == 0
    assert not preview.refusals.isVisible()
    contents = [preview.contents.item(r).text() for r in range(preview.contents.count())]
    assert "1 claim(s) about the listed party" in contents
    assert not preview.isComplete()  # no place chosen yet
    out = tmp_path / "examen.docx"
    preview.out.set_path(out)
    assert preview.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.job_page.isComplete(), timeout=30_000)
    assert "Review written to" in wizard.job_page.status.text()
    text = docx_text(out)
    assert "Examen périodique : KPi.033 RI WON HO" in text
    assert "Ri Won Ho met KOMID agents in Damascus" in text
    assert "What the group holds" not in text
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_dossier_wizard_from_an_entity_shows_every_refusal_reason(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        broker = service.model.add_model_record(
            "entity", {"type": "individual", "name": "Jean-Baptiste Mulamba"}
        )
        other = service.model.add_model_record("entity", {"type": "company", "name": "Harbour Logistics"})
        claim = service.model.add_model_record(
            "claim", {"statement": "Mulamba sold gold", "supports": [broker.id], "designation": True}
        )
    finally:
        service.close()
    window = unlock(qtbot, controller, folder)
    window.show_record(broker.id, "entity")
    page = window.show_section("entities")
    assert isinstance(page, RecordsPage)
    editor = page.model_editor
    qtbot.waitUntil(lambda: editor.shown_id() == broker.id, timeout=10_000)
    assert editor.designation_button.isVisible()
    editor.designation_button.click()
    wizard = page.wizard
    assert isinstance(wizard, DossierWizard)
    qtbot.waitUntil(lambda: wizard.entity.count() == 2, timeout=10_000)
    assert wizard.entity.currentData() == broker.id
    _previewed(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.refusals.isVisible()
    reasons = [preview.refusals.item(r).text() for r in range(preview.refusals.count())]
    assert reasons == [f"claim {claim.id[:8]} is not a verified fact"]
    assert "designation rule" in preview.refusals_heading.text()
    preview.out.set_path(tmp_path / "dossier.docx")
    assert not preview.isComplete()
    wizard.back()
    wizard.entity.setCurrentIndex(wizard.entity.findData(other.id))
    _previewed(qtbot, wizard)
    reasons = [preview.refusals.item(r).text() for r in range(preview.refusals.count())]
    assert reasons == ["no claim supporting a designation cites this entity"]
    assert not preview.isComplete()
    assert not (tmp_path / "dossier.docx").exists()
    wizard.reject()


def test_findings_view_says_what_could_not_be_read(qtbot: QtBot) -> None:
    """The gate refuses a place it could not read in full (a document past a limit) like a name; the
    findings view said ": of source  (characters 1–0)" for one."""
    view = FindingsView()
    qtbot.addWidget(view)
    view.show_findings([Finding("the review document, the whole document", "", "", 0, 0, unread=True)])
    shown = view.list.item(0)
    assert shown is not None
    assert (
        shown.text()
        == "could not be read in full, so it cannot leave: the review document, the whole document"
    )


@pytest.fixture
def in_french() -> Iterator[None]:
    translations.install("fr")
    yield
    translations.install("en")


ENGLISH_REASON_WORDS = ("matches", "listed name", "alias (good)", "alias (low)", "exact", "variant spelling",
                        "reordered", "particles", "transliteration", "agrees", "conflicts")  # fmt: skip


def test_screening_reasons_are_french_through_and_through(
    qtbot: QtBot, controller: AppController, tmp_path: Path, in_french: None
) -> None:
    """A candidate's reasons were shown as the vault wrote them, in English, and once translated would
    still have held English words ("correspond à alias (low) Seif al Adel (exact)")."""
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        service.lists.import_list(LIST_2017)
        entity = service.records.add_record(
            "entity", {"type": "individual", "name": "Seif el-Adel", "born": "1963"}
        )
    finally:
        service.close()
    window = unlock(qtbot, controller, folder)
    page = window.show_section("listings")
    assert isinstance(page, ListingsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10_000)
    why = page.table.item(0, 5)
    assert why is not None
    assert "correspond à alias (qualité médiocre) Seif al Adel (à l’identique)" in why.text()
    assert "l’année de naissance 1963 concorde" in why.text()
    assert not [w for w in ENGLISH_REASON_WORDS if w in why.text()]
    window.show_record(entity.id, "entity")
    records_page = window.show_section("entities")
    assert isinstance(records_page, RecordsPage)
    editor = records_page.model_editor
    qtbot.waitUntil(lambda: editor.listings.isVisible(), timeout=10_000)
    assert "correspond à alias (qualité médiocre) Seif al Adel (à l’identique)" in editor.listings.text()
    assert not [w for w in ENGLISH_REASON_WORDS if w in editor.listings.text()]
