"""First run: creating a vault (passphrase twice, strength meter, recovery code), opening, unlocking."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers import PASSPHRASE
from tests.ui.conftest import unlock
from ui.controller import AppController
from ui.strength_meter import estimate
from vault.secret import Passphrase

CODE = re.compile(r"^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")


def test_create_is_refused_until_the_passphrases_match_and_are_long_enough(
    controller: AppController, tmp_path: Path
) -> None:
    controller.start()
    controller.welcome.show_create()
    page = controller.welcome.create_page
    page.location.setText(str(tmp_path))
    page.name.setText("field")
    page.passphrase.setText("short")
    page.repeat.setText("short")
    assert not page.create_button.isEnabled()
    page.passphrase.setText("tiger lemon quarry violin")
    page.repeat.setText("tiger lemon quarry violi")
    assert not page.create_button.isEnabled()
    assert "differ" in page.hint.text()
    page.repeat.setText("tiger lemon quarry violin")
    assert page.create_button.isEnabled()
    assert page.meter.label.text() == estimate("tiger lemon quarry violin").label


def test_strength_meter_ranks_word_passphrases_above_short_passwords() -> None:
    assert estimate("password").score == 0
    assert estimate("aaaaaaaaaaaa").score == 0
    assert estimate("tiger lemon quarry violin sunset").score > estimate("Summer2024").score
    assert estimate("tiger lemon quarry violin sunset harbour").score >= 3


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
    assert window.service.count("note") == 1
