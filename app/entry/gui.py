"""The desktop app's launcher: the QApplication, the opener bound to KDF parameters, and scripted runs.

``fieldvault gui [PATH]`` (and ``fieldvault`` alone) call ``main``. KDF parameters are injected here and
nowhere else: ``None`` means the calibrated production default; tests pass cheap ones explicitly.
The CLI imports this module only when the GUI is asked for, so plain commands never load Qt.

Qt's own messages go to stderr as usual, except the few known to be harmless and repeated on every
window (``QUIET``): those are dropped by the message handler installed with the QApplication.
"""

from __future__ import annotations

import os
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import demo, demo_archive, settings
from app.service import VaultService
from ui import plurals, translations
from ui.controller import AppController
from ui.media_logs import quiet_qt_multimedia
from ui.none_guard import protect_none
from ui.opener import VaultOpener
from ui.scripted import screenshot, smoke_test
from ui.widgets.icons import APP_ICON
from vault.crypto import KdfParams
from vault.errors import UserError
from vault.keys import passphrase_strength, recovery
from vault.keys.secret import Passphrase, RecoveryCode

ICON = APP_ICON
# Qt warnings known to be harmless, said again for every window: the offscreen and Xvfb platform
# plugins cannot pass size hints to a window manager there is none of.
QUIET = ("This plugin does not support propagateSizeHints()",)


def _create(kdf: KdfParams | None, folder: Path, passphrase: Passphrase) -> tuple[VaultService, RecoveryCode]:
    return VaultService.create(folder, passphrase, kdf=kdf)


def _recover(folder: Path, typed: str) -> VaultService:
    code = recovery.parse(typed)
    try:
        return VaultService.unlock_with_recovery_code(folder, code)
    finally:
        code.wipe()


def _build_demo(kdf: KdfParams | None, folder: Path) -> None:
    demo.build(folder, kdf=kdf)


def _build_demo_archive(kdf: KdfParams | None, folder: Path, demo_folder: Path) -> None:
    demo_archive.build_archive(folder, demo_folder, kdf=kdf)


def _renew_recovery(
    kdf: KdfParams | None, folder: Path, vault_id: str, passphrase: Passphrase
) -> RecoveryCode:
    """Check the passphrase by opening the vault again, then replace its recovery slot."""
    service = VaultService.unlock(folder, passphrase)
    try:
        if service.vault_id != vault_id:
            raise UserError(f"{folder} now holds another vault; nothing was changed")
        return service.new_recovery_code(kdf)
    finally:
        service.close()


def _change_passphrase(
    kdf: KdfParams | None, folder: Path, vault_id: str, current: Passphrase, new: Passphrase
) -> None:
    """Check the passphrase in use by opening the vault again, refuse a weak new one, then rewrap."""
    passphrase_strength.check(new.reveal().decode("utf-8"), (folder.stem,))
    service = VaultService.unlock(folder, current)
    try:
        if service.vault_id != vault_id:
            raise UserError(f"{folder} now holds another vault; nothing was changed")
        service.change_passphrase(new, kdf)
    finally:
        service.close()


def make_opener(kdf: KdfParams | None = None, demo_folder: Path | None = None) -> VaultOpener:
    """The UI's way to create and open vaults, with ``kdf`` bound in (None: the calibrated default)."""
    return VaultOpener(
        create=partial(_create, kdf),
        unlock=VaultService.unlock,
        recover=_recover,
        build_demo=partial(_build_demo, kdf),
        demo_folder=demo_folder or demo.default_folder(),
        demo_passphrase=demo.DEMO_PASSPHRASE,
        renew_recovery=partial(_renew_recovery, kdf),
        demo_archive_folder=(demo_folder or demo.default_folder()).with_name(
            demo_archive.ARCHIVE_FOLDER_NAME
        ),
        build_demo_archive=partial(_build_demo_archive, kdf),
        change_passphrase=partial(_change_passphrase, kdf),
    )


def on_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's message handler: known-harmless messages (``QUIET``) are dropped, the rest go to stderr as
    Qt would write them."""
    if message in QUIET:
        return
    print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)


def application() -> QApplication:
    """The one QApplication of this process (made on first call), with the quiet message handler."""
    protect_none()  # PySide6 6.12 on Python 3.11 releases None once per void call (ui/none_guard.py)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(on_qt_message)
    quiet_qt_multimedia()  # FFmpeg's dump of a video's tags goes through these categories
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Fieldvault")
    app.setApplicationDisplayName("Fieldvault")
    app.setDesktopFileName("fieldvault")
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    plurals.install()  # "1 record", "2 records" in English
    return app


def make_controller(
    kdf: KdfParams | None = None, demo_folder: Path | None = None, lang: str | None = None
) -> AppController:
    """The controller, with the saved settings; ``lang`` (en, fr) overrides the saved language."""
    chosen = settings.load()
    if not translations.install(lang or chosen.language) and lang is not None:
        raise UserError(f"the {lang} translation could not be loaded; the window stays in English")
    return AppController(make_opener(kdf, demo_folder), chosen, save_settings=lambda s: settings.save(s))


def main(
    folder: Path | None = None,
    *,
    demo_vault: bool = False,
    screenshot_to: Path | None = None,
    view: str = "evidence",
    smoke_test_in: Path | None = None,
    kdf: KdfParams | None = None,
    demo_folder: Path | None = None,
    lang: str | None = None,
) -> int:
    """Run the app (or a scripted run); returns the process exit code."""
    if screenshot_to is not None or smoke_test_in is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # scripted runs need no screen
    app = application()
    try:
        controller = make_controller(kdf, demo_folder, lang)
    except UserError as exc:
        print(f"fieldvault: error: {exc}", file=sys.stderr)
        return 1
    if smoke_test_in is not None:
        problem = smoke_test(controller, smoke_test_in)
        print("smoke test passed" if problem is None else f"smoke test failed: {problem}")
        return 0 if problem is None else 1
    if screenshot_to is not None:
        problem = screenshot(controller, view, screenshot_to)
        controller.shutdown()
        if problem is not None:
            print(f"fieldvault: error: {problem}", file=sys.stderr)
            return 1
        return 0
    if demo_vault:
        controller.start()
        controller.open_demo()
    else:
        controller.start(folder)
    return int(app.exec())
