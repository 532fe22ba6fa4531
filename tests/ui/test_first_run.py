"""First run: creating a vault (a strong passphrase twice, or a suggested one; the recovery code), opening,
unlocking, the demo's public passphrase, the menus, and the home view the window opens on."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import keyring
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from app import demo
from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import Demo, unlock
from ui.controller import AppController
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.guide_dialog import GuideDialog
from ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from ui.main_window import MainWindow
from ui.pages.coordinator_page import CoordinatorPage
from ui.pages.create_page import CreatePage
from ui.pages.today_page import TodayPage
from ui.widgets import icons
from ui.widgets.icons import APP_ICON, app_icon
from ui.widgets.navigation import SectionRole
from ui.widgets.strength_meter import ADVICE, label_of
from vault import __version__
from vault.keys import keyring_slot, passphrase_strength
from vault.keys.passphrase_strength import measure
from vault.keys.secret import Passphrase
from vault.storage import migrations, schema_search

CODE = re.compile(r"^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")


def _create_page(controller: AppController, tmp_path: Path) -> CreatePage:
    controller.start()
    controller.welcome.show_create()
    page = controller.welcome.create_page
    page.location.setText(str(tmp_path))
    page.name.setText("field")
    return page


def test_create_is_refused_until_the_passphrase_is_strong_and_typed_twice(
    controller: AppController, tmp_path: Path
) -> None:
    page = _create_page(controller, tmp_path)
    page.passphrase.setText("short")
    page.repeat.setText("short")
    assert not page.create_button.isEnabled()
    assert "8 character" in page.hint.text()
    page.passphrase.setText("password123")  # long enough, and among the first passwords anyone tries
    page.repeat.setText("password123")
    assert not page.create_button.isEnabled()
    assert "too easy to guess" in page.hint.text()
    assert page.meter.advice.text() == " ".join(measure("password123").advice())
    assert "common password" in page.meter.advice.text()  # zxcvbn's own words, not ours
    assert page.meter.label.text() == label_of(measure("password123"))
    page.passphrase.setText("tiger lemon quarry violin")
    page.repeat.setText("tiger lemon quarry violin")
    assert page.create_button.isEnabled()
    assert page.meter.advice.text() == ""
    assert page.meter.label.text() == label_of(measure("tiger lemon quarry violin"))


def test_the_passphrases_differ_only_once_the_second_field_is_typed_in(
    controller: AppController, tmp_path: Path
) -> None:
    page = _create_page(controller, tmp_path)
    phrase = "tiger lemon quarry violin"
    for n in range(1, len(phrase) + 1):  # typing the first field, the second still empty
        page.passphrase.setText(phrase[:n])
        assert "differ" not in page.hint.text()
    page.repeat.setText("tiger lem")  # the second being typed: a beginning of the first
    assert "differ" not in page.hint.text()
    assert "again" in page.hint.text()
    assert not page.create_button.isEnabled()
    page.repeat.editingFinished.emit()  # … and left like that
    assert "differ" in page.hint.text()
    page.repeat.setText("tiger lemon quarry violet")
    assert "differ" in page.hint.text()
    assert not page.create_button.isEnabled()
    page.repeat.setText(phrase)
    assert page.create_button.isEnabled()


def test_a_suggested_passphrase_is_six_words_from_the_list_shown_once_in_clear(
    controller: AppController, tmp_path: Path
) -> None:
    page = _create_page(controller, tmp_path)
    page.suggest_button.click()
    phrase = page.passphrase.text()
    words = phrase.split(" ")
    assert len(words) == 6
    assert set(words) <= set(passphrase_strength.words())
    assert page.repeat.text() == phrase
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal  # to be written down
    assert page.fields.suggestion_note.isVisibleTo(page)
    assert page.create_button.isEnabled()
    page.suggest_button.click()
    assert page.passphrase.text() != phrase  # drawn afresh
    page.passphrase.setText(page.passphrase.text() + "x")  # edited: no longer the suggestion
    assert not page.fields.suggestion_note.isVisibleTo(page)
    assert not page.create_button.isEnabled()  # the repeat no longer matches
    welcome = controller.welcome
    welcome.show_start()
    welcome.show_create()
    assert page.passphrase.text() == ""  # nothing kept on the page
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_strength_is_zxcvbns_and_its_advice_is_all_listed_for_translation() -> None:
    assert measure("password").score == 0
    assert not measure("Summer2024").acceptable
    assert measure("tiger lemon quarry violin sunset harbour").score >= 3
    assert measure(PASSPHRASE).acceptable  # the tests' own passphrase passes the check they test
    named = ("portarsa", "kestreldawn")  # a vault named after the case: its words are the first tried
    phrase = "portarsa kestreldawn"
    assert measure(phrase, named).guesses_log10 < measure(phrase).guesses_log10
    spec = importlib.util.find_spec("zxcvbn.feedback")
    assert spec is not None
    assert spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    said = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert said == set(ADVICE)  # a zxcvbn upgrade that says something new shows up here


def test_creating_a_vault_shows_the_recovery_code_once_then_opens_the_vault(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    controller.start()
    welcome = controller.welcome
    welcome.show_create()
    page = welcome.create_page
    page.location.setText(str(tmp_path))
    page.name.setText("field")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: welcome.pages.currentWidget() is welcome.recovery_page, timeout=20_000)
    assert (tmp_path / "field.fvault" / "keyslots.json").is_file()
    recovery = welcome.recovery_page
    assert CODE.match(recovery.code_label.text())
    assert not recovery.continue_button.isEnabled()
    recovery.written.setChecked(True)
    with qtbot.waitSignal(controller.vault_opened, timeout=5000):
        recovery.continue_button.click()
    assert recovery.code_label.text() == ""  # not left on a page someone may come back to
    assert controller.window is not None
    assert controller.window.isVisible()
    assert not welcome.isVisible()


def test_the_recovery_code_shown_at_creation_unlocks_the_vault(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "field.fvault"
    controller.start()
    assert controller.create(folder, Passphrase.from_text(PASSPHRASE))
    qtbot.waitUntil(lambda: controller.welcome.recovery_page.code_label.text() != "", timeout=20_000)
    typed = controller.welcome.recovery_page.code_label.text().lower()  # a hand-copied code
    with qtbot.waitSignal(controller.vault_opened):
        controller.welcome.recovery_page.written.setChecked(True)
        controller.welcome.recovery_page.continue_button.click()
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        controller.recover(folder, typed)
    assert controller.service is not None


def test_a_wrong_passphrase_shows_the_vaults_own_message_and_keeps_the_page(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    controller.start(vault_folder)
    page = controller.welcome.unlock_page
    assert page.folder_edit.text() == str(vault_folder)
    with qtbot.waitSignal(controller.job_failed, timeout=20_000) as failed:
        page.secret.setText("not the passphrase")
        page.unlock_button.click()
    assert failed.args is not None
    assert page.error.text() == failed.args[0]
    assert "passphrase" in page.error.text()
    assert controller.service is None
    assert page.unlock_button.isEnabled() is False  # the field was cleared; typing again enables it
    page.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        page.unlock_button.click()


def test_unlocking_through_the_page_opens_the_main_window(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    window = unlock(qtbot, controller, vault_folder)
    assert window.isVisible()
    assert window.service.records.count("note") == 1


def test_the_demo_lock_screen_shows_the_demos_public_passphrase_and_fills_it_in(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    controller.start()
    with qtbot.waitSignal(controller.vault_opened, timeout=60_000):
        controller.open_demo()
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    page = controller.welcome.unlock_page
    assert page.folder() == controller.opener.demo_folder
    assert page.demo_hint.isVisibleTo(page)
    assert demo.DEMO_PASSPHRASE in page.demo_hint.text()
    page.demo_fill.click()
    assert page.secret.text() == demo.DEMO_PASSPHRASE
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        page.unlock_button.click()
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    controller.welcome.show_unlock(vault_folder)  # a vault of one's own: its passphrase is nobody's business
    assert not page.demo_hint.isVisibleTo(page)
    assert demo.DEMO_PASSPHRASE not in page.demo_hint.text() or not page.demo_hint.isVisibleTo(page)


def test_an_experts_vault_opens_on_today_and_the_demo_archive_on_the_coordinator_view(
    qtbot: QtBot, controller: AppController, vault_folder: Path, demo_world: Demo
) -> None:
    window = unlock(qtbot, controller, vault_folder)
    assert window.current_section() == "today"
    assert isinstance(window.stack.currentWidget(), TodayPage)
    assert window.nav.currentItem().data(SectionRole) == "today"
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        assert controller.open_demo_archive()
    assert controller.window is not None
    assert controller.window.current_section() == "bundles"
    assert isinstance(controller.window.stack.currentWidget(), CoordinatorPage)


def test_the_vault_menu_has_new_open_lock_close_passphrase_and_recovery_code(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    menu = window.findChild(QMenu, "vaultMenu")
    assert isinstance(menu, QMenu)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    for wanted in (
        "newVault",
        "openVault",
        "lockAction",
        "closeVault",
        "changePassphrase",
        "newRecoveryCode",
    ):
        assert wanted in names
    for action in menu.actions():
        assert action.isSeparator() or "&" in action.text()  # Alt + the underlined letter
    assert window.action("openVault").shortcut() == QKeySequence("Ctrl+O")
    assert window.action("closeVault").shortcut() == QKeySequence("Ctrl+W")
    welcome = controller.welcome
    with qtbot.waitSignal(controller.vault_locked):
        window.action("newVault").trigger()
    assert controller.service is None
    assert welcome.pages.currentWidget() is welcome.create_page
    window = unlock(qtbot, controller, window.service.folder)
    with qtbot.waitSignal(controller.vault_locked):
        window.action("openVault").trigger()
    assert welcome.pages.currentWidget() is welcome.unlock_page
    assert welcome.unlock_page.folder_edit.text() == ""  # another vault: chosen afresh
    window = unlock(qtbot, controller, window.service.folder)
    with qtbot.waitSignal(controller.vault_locked):
        window.action("closeVault").trigger()
    assert welcome.pages.currentWidget() is welcome.start_page
    assert controller.folder is None


def test_changing_the_passphrase_refuses_a_weak_one_and_checks_the_old_one(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    folder = window.service.folder
    window.action("changePassphrase").trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.fields.passphrase.setText("asdfghjkl;")
    dialog.fields.repeat.setText("asdfghjkl;")
    assert not dialog.change_button.isEnabled()
    assert "too easy" in dialog.hint.text()
    assert "keys" in dialog.fields.meter.advice.text()  # zxcvbn: straight rows of keys
    dialog.current.setText("not the passphrase")
    new = dialog.fields.suggest()
    assert dialog.change_button.isEnabled()
    with qtbot.waitSignal(dialog.change_failed, timeout=20_000):
        dialog.change_button.click()
    assert dialog.error.text() != ""
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=20_000):
        dialog.change_button.click()
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    with qtbot.waitSignal(controller.job_failed, timeout=20_000):
        controller.unlock(folder, Passphrase.from_text(PASSPHRASE))
    unlock(qtbot, controller, folder, new)


def test_help_has_the_user_guide_and_about_with_version_licence_and_where_data_lives(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    assert window.action("userGuide").shortcut() == QKeySequence("F1")
    window.action("userGuide").trigger()
    guide = window.findChild(GuideDialog)
    assert isinstance(guide, GuideDialog)
    text = guide.browser.toPlainText()
    assert "Today" in text
    assert "coordinator" in text.lower()
    window.action("about").trigger()
    about = window.findChild(AboutDialog)
    assert isinstance(about, AboutDialog)
    title, licence = about.findChild(QLabel, "aboutTitle"), about.findChild(QLabel, "aboutLicence")
    assert isinstance(title, QLabel)
    assert isinstance(licence, QLabel)
    shown = title.text() + licence.text()
    assert __version__ in shown
    assert "Apache-2.0" in shown
    where = about.where.text()
    assert controller.opener.demo_folder.name in where
    assert "fieldvault" in where
    assert "keyslots.json" in where


def test_every_section_and_menu_action_has_an_icon_and_the_app_has_its_own(
    window: MainWindow,
) -> None:
    assert APP_ICON.is_file()
    assert not app_icon().isNull()
    for row in range(window.nav.count()):
        assert not window.nav.item(row).icon().isNull()
    menus = window.menuBar().findChildren(QMenu)
    assert {"vaultMenu", "goMenu", "helpMenu"} <= {m.objectName() for m in menus}
    for menu in menus:
        if menu.objectName() in ("vaultMenu", "goMenu", "helpMenu"):
            for action in menu.actions():
                assert action.isSeparator() or not action.icon().isNull(), action.text()
    assert all(not icons.icon(name).isNull() for name in icons.names())


def test_the_navigation_keeps_its_width_whatever_is_selected(qtbot: QtBot, window: MainWindow) -> None:
    width = window.nav.width()
    for section in ("sources", "letters", "evidence", "claims", "today"):
        window.show_section(section)
        qtbot.waitUntil(lambda: window.queries.pending == 0)
        assert window.nav.width() == width


def _enable_keyring(folder: Path) -> str:
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        service.enable_keyring()
        return service.vault_id
    finally:
        service.close()


@pytest.mark.usefixtures("secret_service")
def test_a_vault_the_os_keyring_may_unlock_opens_with_one_click(
    qtbot: QtBot, controller: AppController, vault_folder: Path, tmp_path: Path
) -> None:
    controller.start(vault_folder)
    page = controller.welcome.unlock_page
    assert not page.keyring_button.isVisibleTo(page)  # off by default: only the passphrase opens it
    _enable_keyring(vault_folder)
    controller.welcome.show_unlock(vault_folder)
    assert page.keyring_button.isVisibleTo(page)
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        page.keyring_button.click()
    assert controller.service is not None
    assert controller.service.records.count("note") == 1
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    page.folder_edit.setText(str(tmp_path / "elsewhere.fvault"))  # not a vault: nothing to offer
    assert not page.keyring_button.isVisibleTo(page)


@pytest.mark.usefixtures("secret_service")
def test_a_keyring_secret_that_does_not_open_the_vault_asks_for_the_passphrase(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    vault_id = _enable_keyring(vault_folder)
    keyring.set_password(keyring_slot.SERVICE, vault_id, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    controller.start(vault_folder)
    page = controller.welcome.unlock_page
    with qtbot.waitSignal(controller.job_failed, timeout=20_000) as failed:
        page.keyring_button.click()
    assert failed.args is not None
    assert "Type the passphrase" in page.error.text()
    assert "AAAA" not in page.error.text()
    assert controller.service is None
    page.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        page.unlock_button.click()


def test_unlocking_a_vault_made_before_v8_shows_how_far_its_upgrade_has_gone(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the v8 step rebuilds the search index: some fifteen minutes for 2,000,000 records
    folder = tmp_path / "v7.fvault"
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 7)
        service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        for n in range(5):
            service.records.add_note(f"Note {n}", "Berth logs for the Kestrel Dawn")
        service.close()
    monkeypatch.setattr(schema_search, "REPORT_EVERY", 2)
    page = controller.welcome.unlock_page
    seen: list[tuple[int, int, str]] = []
    controller.schema_progress.connect(lambda done, total: seen.append((done, total, page.busy.text())))
    window = unlock(qtbot, controller, folder)
    assert [(done, total) for done, total, _ in seen] == [(0, 5), (2, 5), (4, 5), (5, 5)]
    assert seen[-1][2] == "Upgrading this vault for this version: 5 of 5 records"
    assert not page.busy.isVisible()
    assert [h.title for h in window.service.records.search("kestrel")]  # the index it built finds them
