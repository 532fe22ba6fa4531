"""The wizards: a bundle for the archive, a handover package (with its preview), receiving one, a report
annex refused with the leak guard's findings in place, watermarked drafts."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from app import demo, demo_media
from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import Demo, unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.bundles_page import BundlesPage
from ui.wizards.annex_wizard import AnnexWizard
from ui.wizards.bundle_wizard import BundleWizard
from ui.wizards.drafts_wizard import DraftsWizard
from ui.wizards.handover_wizard import HandoverWizard
from ui.wizards.receive_wizard import ReceiveWizard
from vault.keys.secret import Passphrase


def _expert(qtbot: QtBot, controller: AppController, world: Demo) -> MainWindow:
    return unlock(qtbot, controller, world.vault, demo.DEMO_PASSPHRASE)


def test_the_bundle_wizard_writes_a_bundle_for_the_archive(
    qtbot: QtBot,
    controller: AppController,
    demo_world: Demo,
    tmp_path: Path,
) -> None:
    window = _expert(qtbot, controller, demo_world)
    page = window.show_section("bundles")
    assert isinstance(page, BundlesPage)
    qtbot.waitUntil(lambda: bool(page.fingerprint.text()), timeout=5000)
    wizard = window.open_wizard("bundle")
    assert isinstance(wizard, BundleWizard)
    wizard.archive.set_path(demo_world.files / "group-archive.identity")
    out = tmp_path / "out.fvb"
    wizard.out.set_path(out)
    with qtbot.waitSignal(wizard.job_page.job_succeeded, timeout=30_000):
        wizard.next()
    assert out.is_file()
    assert "Bundle no." in wizard.job_page.status.text()
    assert wizard.job_page.isComplete()


def test_the_handover_wizard_previews_what_goes_across_then_writes_the_package_and_the_successor_receives_it(
    qtbot: QtBot,
    make_controller: object,
    demo_world: Demo,
    tmp_path: Path,
) -> None:
    successor, _ = VaultService.create(
        tmp_path / "succ.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF
    )
    successor.bundles.export_identity(tmp_path / "successor.identity")
    successor.bundles.export_identity(tmp_path / "unused.identity")
    successor.close()
    outgoing = make_controller()  # type: ignore[operator]
    window = _expert(qtbot, outgoing, demo_world)
    window.service.bundles.export_identity(tmp_path / "outgoing.identity")
    wizard = window.open_wizard("handover")
    assert isinstance(wizard, HandoverWizard)
    wizard.successor.set_path(tmp_path / "successor.identity")
    package = tmp_path / "handover.fvh"
    wizard.out.set_path(package)
    wizard.outgoing.setText("Arms expert")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None and wizard.sources.rowCount() == 3, timeout=10_000)
    preview = wizard.preview
    assert preview is not None
    assert {p.code: p.decision for p in preview.sources}["S-003"] == "withheld"
    assert "S-003" in preview.reseal_allowed  # its consent includes the archive
    assert "withheld" in wizard.sources.item(2, 1).text()  # type: ignore[union-attr]
    code = wizard.sources.item(2, 0)
    assert code is not None
    code.setCheckState(code.checkState().Checked)
    qtbot.waitUntil(
        lambda: (
            wizard.preview is not None
            and {p.code: p.decision for p in wizard.preview.sources}["S-003"] == "reseal"
        ),
        timeout=10_000,
    )
    assert not package.exists()  # a preview writes nothing
    with qtbot.waitSignal(wizard.job_page.job_succeeded, timeout=30_000):
        wizard.next()
    assert package.is_file()
    outgoing.shutdown()
    receiver = make_controller()  # type: ignore[operator]
    window = unlock(qtbot, receiver, tmp_path / "succ.fvault")
    receive = window.open_wizard("receive")
    assert isinstance(receive, ReceiveWizard)
    receive.package.set_path(package)
    receive.next()  # who signed it, and what it declares, before anything is stored
    confirm = receive.confirm_page
    assert confirm.fingerprint
    assert not confirm.isComplete()
    assert confirm.signer.text() == confirm.fingerprint
    confirm.compared.setChecked(True)
    assert confirm.isComplete()
    with qtbot.waitSignal(receive.job_page.job_succeeded, timeout=30_000):
        receive.next()
    assert "Received from" in receive.job_page.status.text()
    assert window.service.records.count("investigation") == 1
    assert window.service.model.reveal_source("S-003").name == "Amani K."  # re-sealed to the successor


def test_an_annex_naming_a_source_is_refused_with_each_place_shown_and_nothing_written(
    qtbot: QtBot,
    controller: AppController,
    demo_world: Demo,
    tmp_path: Path,
) -> None:
    window = _expert(qtbot, controller, demo_world)
    claim = window.service.records.list_records("claim")[0].id
    window.service.model.edit_model_record(
        claim, {"statement": "Yusuf Haddad saw the crates opened at warehouse 4."}
    )
    wizard = window.open_wizard("annex")
    assert isinstance(wizard, AnnexWizard)
    qtbot.waitUntil(lambda: wizard.investigation.count() == 1, timeout=5000)
    out = tmp_path / "annex.docx"
    wizard.out.set_path(out)
    with qtbot.waitSignal(wizard.job_page.job_ended, timeout=30_000):
        wizard.next()
    findings = wizard.job_page.findings
    assert findings.isVisibleTo(wizard)
    assert findings.count() >= 1
    assert "S-002" in findings.list.item(0).text()
    assert "Haddad" not in findings.list.item(0).text()  # never repeats the leak
    assert not out.exists()
    window.service.model.edit_model_record(
        claim, {"statement": "A customs officer (S-002) saw the crates opened."}
    )
    wizard.back()
    with qtbot.waitSignal(wizard.job_page.job_succeeded, timeout=30_000):
        wizard.next()
    assert out.is_file()


def test_watermarked_drafts_are_written_one_per_recipient(
    qtbot: QtBot,
    controller: AppController,
    demo_world: Demo,
    tmp_path: Path,
) -> None:
    window = _expert(qtbot, controller, demo_world)
    draft = tmp_path / "draft.pdf"
    draft.write_bytes(demo_media.certificate_pdf())
    wizard = window.open_wizard("drafts")
    assert isinstance(wizard, DraftsWizard)
    wizard.pdf.set_path(draft)
    wizard.recipients.setPlainText("Member State A\nMember State B\n")
    wizard.out.set_path(tmp_path / "copies")
    with qtbot.waitSignal(wizard.job_page.job_succeeded, timeout=30_000):
        wizard.next()
    assert len(list((tmp_path / "copies").glob("*.pdf"))) == 2
    assert "Copies written (2)" in wizard.job_page.status.text()


def test_a_bundle_refused_for_an_original_naming_a_protected_source_offers_to_seal_it_then_is_written(
    qtbot: QtBot,
    controller: AppController,
    demo_world: Demo,
    tmp_path: Path,
) -> None:
    photo = tmp_path / "IMG_0001.jpg"
    exif = Image.Exif()
    exif[0x013B] = "Amani K."  # the demo's protected source S-003, as the camera's artist
    Image.new("RGB", (64, 48), (90, 120, 150)).save(photo, "JPEG", exif=exif.tobytes())
    service = VaultService.unlock(demo_world.vault, Passphrase.from_text(demo.DEMO_PASSPHRASE))
    item = service.evidence.import_files([photo]).outcomes[0].id or ""
    service.close()
    window = _expert(qtbot, controller, demo_world)
    wizard = window.open_wizard("bundle")
    assert isinstance(wizard, BundleWizard)
    wizard.archive.set_path(demo_world.files / "group-archive.identity")
    out = tmp_path / "out.fvb"
    wizard.out.set_path(out)
    with qtbot.waitSignal(wizard.job_page.job_ended, timeout=30_000):
        wizard.next()
    assert not out.exists()
    choices = wizard.job_page.choices
    assert choices.isVisibleTo(wizard.job_page), wizard.job_page.status.text()
    assert choices.choices() == {item: "seal"}
    shown = [wizard.job_page.findings.list.item(n).text() for n in range(wizard.job_page.findings.count())]
    assert shown
    assert all("S-003" in line and "Amani" not in line for line in shown)
    with qtbot.waitSignal(wizard.job_page.job_succeeded, timeout=30_000):
        choices.retry.click()
    assert out.is_file()
    service = VaultService.unlock(demo_world.vault, Passphrase.from_text(demo.DEMO_PASSPHRASE))
    assert service.get(item).body.get("sealed_sha256")
    service.close()
