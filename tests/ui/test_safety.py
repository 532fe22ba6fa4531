"""Safety: locking (shortcut, idle) stops workers, closes every view and drops the key; the clipboard is
cleared after copying a protected field; settings never name a vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app import settings as app_settings
from app.service import VaultService
from app.settings import Settings
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.ui.conftest import Recorder, jpeg, unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.sources_page import SourcesPage
from ui.widgets.clipboard_guard import ClipboardGuard
from vault.errors import VaultError
from vault.keys.secret import Passphrase


def test_the_lock_shortcut_closes_every_view_and_wipes_the_key(
    qtbot: QtBot, controller: AppController, window: MainWindow, tmp_path: Path
) -> None:
    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg())
    window.show_section("evidence")
    page = window.evidence_page()
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        page.start_import([photo])
    assert done.args is not None
    viewer = window.open_viewer(done.args[0].outcomes[0].id)
    with qtbot.waitSignal(viewer.content_shown, timeout=10_000):
        pass
    service = controller.service
    assert service is not None
    window.activateWindow()
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.service is None
    assert controller.window is None
    assert not window.isVisible()
    assert not viewer.isVisible()
    qtbot.waitUntil(lambda: not isValid(viewer) and not isValid(window))  # deleted, pictures with them
    with pytest.raises(VaultError, match="locked"):
        service.for_worker()  # the key the service held has been wiped
    welcome = controller.welcome
    assert welcome.isVisible()
    assert welcome.pages.currentWidget() is welcome.unlock_page
    assert "locked" in welcome.unlock_page.notice.text()


def test_locking_during_an_import_cancels_it_and_keeps_what_was_stored(
    qtbot: QtBot, controller: AppController, window: MainWindow, vault_folder: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first.jpg"
    first.write_bytes(jpeg())
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x00" * (96 * 1024 * 1024))
    window.show_section("evidence")
    page = window.evidence_page()
    recorder = Recorder(lambda p: controller.lock() if p.index == 1 and p.bytes_done else None)
    page.import_started.connect(lambda w: w.progress_changed.connect(recorder.on_signal))
    with qtbot.waitSignal(controller.vault_locked, timeout=60_000):
        page.start_import([first, big])
    assert controller.service is None
    service = VaultService.unlock(vault_folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert service.records.count("evidence") == 1
        assert service.verify().ok
    finally:
        service.close()


def test_the_vault_locks_after_the_idle_time(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_folder: Path
) -> None:
    controller = make_controller(idle_ms=300)
    unlock(qtbot, controller, vault_folder)
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        pass
    assert controller.service is None
    assert controller.window is None
    assert controller.welcome.pages.currentWidget() is controller.welcome.unlock_page


def test_input_postpones_the_idle_lock(
    qtbot: QtBot, make_controller: Callable[..., AppController], vault_folder: Path
) -> None:
    controller = make_controller(idle_ms=400)
    window = unlock(qtbot, controller, vault_folder)
    remaining_before = controller.idle._timer.remainingTime()
    qtbot.wait(150)  # let part of the idle time pass, then type
    QTest.keyClick(window.search_box, Qt.Key.Key_A)
    assert controller.idle._timer.remainingTime() > remaining_before - 150
    assert controller.service is not None


def test_a_copied_protected_field_is_cleared_from_the_clipboard(qtbot: QtBot) -> None:
    guard = ClipboardGuard(200)
    clipboard = QGuiApplication.clipboard()
    guard.copy_protected("Yusuf Haddad")
    assert clipboard.text() == "Yusuf Haddad"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    with qtbot.waitSignal(guard.clipboard_cleared, timeout=5000):
        pass
    assert clipboard.text() == ""


def test_the_guard_leaves_alone_what_the_person_copied_since(qtbot: QtBot) -> None:
    guard = ClipboardGuard(100)
    clipboard = QGuiApplication.clipboard()
    guard.copy_protected("Yusuf Haddad")
    clipboard.setText("something else")
    with qtbot.waitSignal(guard.clipboard_cleared, timeout=500, raising=False) as cleared:
        pass
    assert not cleared.signal_triggered
    assert clipboard.text() == "something else"


def test_copying_a_confidential_sources_name_then_locking_clears_the_clipboard(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "sources.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    source = service.model.add_model_record(
        "source", {"name": "Yusuf Haddad", "protection": "confidential", "type": "state_official"}
    )
    service.close()
    window = unlock(qtbot, controller, folder)
    page = window.show_section("sources")
    assert isinstance(page, SourcesPage)
    with qtbot.waitSignal(page.editor.record_loaded, timeout=5000):
        page.show_record(source.id)
    shown = [w.text() for w in page.editor.findChildren(QLineEdit) if w.isVisibleTo(page.editor)]
    assert "Yusuf Haddad" not in shown  # not on screen until asked for
    with qtbot.waitSignal(page.editor.identity_revealed, timeout=5000):
        page.editor.reveal_button.click()
    page.editor.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Yusuf Haddad"
    with qtbot.waitSignal(controller.vault_locked):
        controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_settings_never_name_a_vault(
    qtbot: QtBot, controller: AppController, window: MainWindow, vault_folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "config" / "settings.json"
    controller._save_settings = lambda s: app_settings.save(s, path)
    controller.apply_settings(Settings(idle_lock_minutes=10, clipboard_clear_seconds=20))
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == {"idle_lock_minutes": 10, "clipboard_clear_seconds": 20, "language": "en"}
    assert vault_folder.name not in text
    assert vault_folder.stem not in text
    assert controller.idle.interval() == 10 * 60_000
    assert app_settings.load(path) == Settings(10, 20)


def test_settings_are_clamped_and_a_damaged_file_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"idle_lock_minutes": 0, "clipboard_clear_seconds": 99999}', encoding="utf-8")
    assert app_settings.load(path) == Settings(1, 600)
    path.write_text("{not json", encoding="utf-8")
    assert app_settings.load(path) == Settings()


def test_closing_the_main_window_locks_before_quitting(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    quits: list[bool] = []
    controller.quit_app = lambda: quits.append(True)
    with qtbot.waitSignal(window.quit_requested):
        window.close()
    assert quits == [True]
    assert controller.service is None
    assert controller.window is None
