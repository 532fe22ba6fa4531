"""AppController: which window is up, the open service, slow vault jobs on a worker, and locking.

Locking is the one way a session ends: stop every worker (an import in progress is cancelled and rolled
back), close every view, take a copied protected field off the clipboard, then ``service.close()``, which
wipes the key. It happens on Ctrl+L, after the configured idle time, and when the app quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from app.public import Passphrase, RecoveryCode, UserError
from app.service import VaultService
from app.settings import Settings, config_dir
from ui import translations
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.errors import user_message
from ui.main_window import MainWindow
from ui.opener import VaultOpener
from ui.welcome_window import WelcomeWindow
from ui.widgets.clipboard_guard import ClipboardGuard
from ui.widgets.idle_watcher import IdleWatcher
from ui.workers.open_worker import Job, Opened, OpenWorker
from ui.workers.worker_thread import WorkerThread

log = logging.getLogger("fieldvault.ui")


class AppController(QObject):
    """Lives on the UI thread.

    Signals: ``vault_opened()`` when the main window is up on an open vault; ``vault_locked()`` after a
    lock has closed the service; ``job_failed(str)`` when creating or opening failed (user-safe text);
    ``schema_progress(int, int)``: rows done and in all while opening upgrades a vault's schema (shown on
    the unlock page: minutes for a large archive).
    """

    vault_opened = Signal()
    vault_locked = Signal()
    job_failed = Signal(str)
    schema_progress = Signal(int, int)

    def __init__(
        self,
        opener: VaultOpener,
        settings: Settings,
        *,
        save_settings: Callable[[Settings], None] | None = None,
        idle_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.opener = opener
        self.settings = settings
        self._save_settings = save_settings
        self._idle_override = idle_ms
        self.clipboard = ClipboardGuard(settings.clipboard_clear_seconds * 1000, self)
        self.idle = IdleWatcher(idle_ms or settings.idle_lock_minutes * 60_000, self)
        self.idle.idle_timed_out.connect(self.on_idle_timed_out)
        self.welcome = self._build_welcome()
        self.window: MainWindow | None = None
        self.service: VaultService | None = None
        self.folder: Path | None = None  # the open vault's folder: in memory only, to offer unlock again
        self._job: WorkerThread | None = None
        self._busy: Callable[[bool], None] | None = None
        self._error: Callable[[str], None] | None = None
        self.quit_app: Callable[[], None] = QCoreApplication.quit
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _build_welcome(self) -> WelcomeWindow:
        pages = WelcomeWindow(self.opener.demo_folder, self.opener.demo_passphrase, self.clipboard)
        pages.start_page.open_chosen.connect(lambda: pages.show_unlock(None))
        pages.start_page.demo_chosen.connect(self.open_demo)
        pages.start_page.demo_archive_chosen.connect(self.open_demo_archive)
        pages.start_page.demo_archive_button.setVisible(self.opener.build_demo_archive is not None)
        pages.create_page.create_requested.connect(self.create)
        demos = {self.opener.demo_folder: self.opener.demo_passphrase}
        if self.opener.demo_archive_folder is not None:
            demos[self.opener.demo_archive_folder] = self.opener.demo_passphrase
        pages.unlock_page.set_demo_vaults(demos)  # public by design: the lock screen may say it
        pages.unlock_page.unlock_requested.connect(self.unlock)
        pages.unlock_page.recover_requested.connect(self.recover)
        pages.unlock_page.keyring_requested.connect(self.unlock_with_keyring)
        pages.unlock_page.set_keyring_check(self.opener.keyring_enabled)
        self.schema_progress.connect(pages.unlock_page.show_upgrade)
        pages.recovery_page.confirmed.connect(self.open_main_window)
        return pages

    def start(self, folder: Path | None = None) -> None:
        if folder is not None:
            self.welcome.show_unlock(folder)
        else:
            self.welcome.show_start()
        self.welcome.show()

    # --- jobs on a worker -----------------------------------------------------------------------

    def busy(self) -> bool:
        return self._job is not None

    def _run(self, job: Job, busy: Callable[[bool], None], error: Callable[[str], None]) -> bool:
        if self._job is not None or self.service is not None:
            return False
        worker = OpenWorker(job)
        thread = WorkerThread(worker, "fieldvault-open", self)
        thread.qthread.started.connect(worker.on_started)
        thread.qthread.finished.connect(worker.on_thread_finished, Qt.ConnectionType.DirectConnection)
        worker.vault_opened.connect(self._on_vault_opened)
        worker.open_failed.connect(self._on_open_failed)
        worker.schema_progress.connect(self.schema_progress)
        self._job = thread
        self._busy, self._error = busy, error
        busy(True)
        thread.start()
        return True

    def _finish_job(self) -> None:
        if self._job is not None:
            self._job.stop()  # the worker detaches its own connection as its thread ends
            self._job.deleteLater()
            self._job = None
        if self._busy is not None:
            self._busy(False)

    def _on_open_failed(self, message: str) -> None:
        self._finish_job()
        if self._error is not None:
            self._error(message)
        self.job_failed.emit(message)

    def _on_vault_opened(self, opened: Opened) -> None:
        try:
            service = opened.service.for_worker()  # this thread's own connection to the vault
        except Exception as exc:
            self._on_open_failed(user_message(exc))
            return
        self._finish_job()
        self.service = service
        self.folder = service.folder
        log.info("vault opened (%s)", service.vault_id)
        if opened.recovery_code is not None:
            self.welcome.recovery_page.show_code(opened.recovery_code)
            self.welcome.show_recovery()
            self.idle.start()
        else:
            self.open_main_window()

    def create(self, folder: Path, passphrase: Passphrase) -> bool:
        def job() -> Opened:
            try:
                service, code = self.opener.create(folder, passphrase)
            finally:
                passphrase.wipe()
            return Opened(service, code)

        page = self.welcome.create_page
        return self._run(job, page.set_busy, page.show_error)

    def unlock(self, folder: Path, passphrase: Passphrase) -> bool:
        def job() -> Opened:
            try:
                return Opened(self.opener.unlock(folder, passphrase))
            finally:
                passphrase.wipe()

        page = self.welcome.unlock_page
        return self._run(job, page.set_busy, page.show_error)

    def unlock_with_keyring(self, folder: Path) -> bool:
        refused = self.tr(
            "The OS keyring could not open this vault (no keyring here, or it does not hold this vault's "
            "secret). Type the passphrase."
        )

        def job() -> Opened:
            service = self.opener.keyring_unlock(folder)
            if service is None:
                raise UserError(refused)
            return Opened(service)

        page = self.welcome.unlock_page
        return self._run(job, page.set_busy, page.show_error)

    def recover(self, folder: Path, typed_code: str) -> bool:
        page = self.welcome.unlock_page
        return self._run(
            lambda: Opened(self.opener.recover(folder, typed_code)), page.set_busy, page.show_error
        )

    def open_demo(self) -> bool:
        folder = self.opener.demo_folder
        phrase = self.opener.demo_passphrase

        def job() -> Opened:
            if not folder.exists():
                self.opener.build_demo(folder)
            return Opened(self.opener.unlock(folder, Passphrase.from_text(phrase)))

        page = self.welcome.unlock_page
        notice = (
            self.tr("Opening the demo vault…")
            if folder.exists()
            else self.tr("Building the demo vault (once), then opening it…")
        )
        self.welcome.show_unlock(folder, notice)
        return self._run(job, page.set_busy, page.show_error)

    def open_demo_archive(self) -> bool:
        """Open the demo group archive (coordinator mode), building it first from the demo vault."""
        folder, build = self.opener.demo_archive_folder, self.opener.build_demo_archive
        if folder is None or build is None:
            return False
        phrase, demo_folder = self.opener.demo_passphrase, self.opener.demo_folder

        def job() -> Opened:
            if not folder.exists():
                build(folder, demo_folder)
            return Opened(self.opener.unlock(folder, Passphrase.from_text(phrase)))

        page = self.welcome.unlock_page
        self.welcome.show_unlock(folder, self.tr("Opening the demo group archive…"))
        return self._run(job, page.set_busy, page.show_error)

    # --- the open vault -------------------------------------------------------------------------

    def open_main_window(self) -> None:
        if self.service is None:
            return
        window = MainWindow(self.service, self.clipboard)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.settings_requested.connect(self.show_settings)
        window.recovery_code_requested.connect(self.show_new_recovery_code)
        window.passphrase_change_requested.connect(self.show_change_passphrase)
        window.close_requested.connect(lambda: self.close_vault("start"))
        window.new_vault_requested.connect(lambda: self.close_vault("create"))
        window.open_vault_requested.connect(lambda: self.close_vault("open"))
        window.about_requested.connect(self.show_about)
        self.window = window
        window.show()
        self.welcome.hide()
        self.idle.start()
        self.vault_opened.emit()

    def on_idle_timed_out(self) -> None:
        log.info("locking after the idle time")
        self.lock()

    def _close_session(self) -> bool:
        """Stop workers, close views, clear the clipboard, close the service. False when nothing was open."""
        self.idle.stop()
        if self.window is not None:
            self.window.shutdown()
        self.clipboard.clear_now()
        self.welcome.recovery_page.clear()
        if self.service is None:
            return False
        self.service.close()
        self.service = None
        return True

    def lock(self) -> None:
        if self.service is None:
            return
        window = self.window
        self._close_session()
        self.welcome.show_unlock(self.folder, self.tr("The vault is locked."))
        self.welcome.show()  # before the main window closes, so the app does not take it as quitting
        if window is not None:
            window.close_for_lock()
            window.deleteLater()
            self.window = None
        self.vault_locked.emit()

    def close_vault(self, then: str = "start") -> None:
        """Lock the vault and leave it: back to the first screen (``start``), or on to creating
        (``create``) or opening (``open``) another. The folder is forgotten, unlike after a lock."""
        if self.service is None:
            return
        self.lock()
        self.folder = None
        if then == "create":
            self.welcome.show_create()
        elif then == "open":
            self.welcome.show_unlock(None)
        else:
            self.welcome.show_start()

    def quit(self) -> None:
        self.shutdown()
        self.quit_app()

    def shutdown(self) -> None:
        """Everything locking does, without showing anything (the app is quitting)."""
        if self._job is not None:
            self._job.stop()
            self._job = None
        window = self.window
        locked = self._close_session()
        if window is not None:
            window.close_for_lock()
            window.deleteLater()
            self.window = None
        if locked:
            self.vault_locked.emit()

    # --- language -------------------------------------------------------------------------------

    def set_language(self, lang: str) -> bool:
        """Switch the language now: the welcome screens are rebuilt, and so is the main window (same
        section) unless it is busy with an import or an export; then the switch shows at the next unlock.
        Returns whether the main window was rebuilt (or none was open)."""
        translations.install(lang)
        old_welcome = self.welcome
        self.welcome = self._build_welcome()
        if old_welcome.isVisible():
            self.welcome.show_start()
            self.welcome.show()
        old_welcome.hide()
        old_welcome.deleteLater()
        window = self.window
        if window is None or self.service is None:
            return True
        if window.busy():
            return False
        section = window.current_section() or window.home_section()
        window.shutdown()
        window.close_for_lock()
        window.deleteLater()
        self.window = None
        self.open_main_window()
        if self.window is not None:
            self.window.show_section(section)
        return True

    # --- a new recovery code ----------------------------------------------------------------------

    def show_new_recovery_code(self) -> RecoveryCodeDialog | None:
        if self.service is None or self.window is None:
            return None
        folder, vault_id = self.service.folder, self.service.vault_id
        renew = self.opener.renew_recovery

        def job(phrase: Passphrase) -> RecoveryCode:
            try:
                return renew(folder, vault_id, phrase)
            finally:
                phrase.wipe()

        dialog = RecoveryCodeDialog(job, self.clipboard, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- a new passphrase --------------------------------------------------------------------------

    def show_change_passphrase(self) -> ChangePassphraseDialog | None:
        change = self.opener.change_passphrase
        if self.service is None or self.window is None or change is None:
            return None
        folder, vault_id = self.service.folder, self.service.vault_id

        def job(current: Passphrase, new: Passphrase) -> None:
            change(folder, vault_id, current, new)

        dialog = ChangePassphraseDialog(job, folder.stem, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.passphrase_changed.connect(self._on_passphrase_changed)
        dialog.open()
        return dialog

    def _on_passphrase_changed(self) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("Passphrase changed: the vault opens with the new one from now on."), 10_000
            )

    # --- about ----------------------------------------------------------------------------------

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.opener.demo_folder, config_dir(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- settings -------------------------------------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_chosen.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
        if language_changed:
            self.set_language(settings.language)
        if self._idle_override is None:
            self.idle.set_interval(settings.idle_lock_minutes * 60_000)
        self.clipboard.set_clear_after(settings.clipboard_clear_seconds * 1000)
        if self._save_settings is not None:
            self._save_settings(settings)
