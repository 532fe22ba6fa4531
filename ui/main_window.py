"""MainWindow: navigation between sections, the one search box, and the window's workers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.public import Hit
from app.service import VaultService
from ui.dialogs.guide_dialog import GuideDialog
from ui.dialogs.shortcuts_dialog import show_shortcuts
from ui.main_menus import build_menus
from ui.pages.bundles_page import BundlesPage
from ui.pages.coordinator_page import CoordinatorPage
from ui.pages.evidence_page import EvidencePage
from ui.pages.letters_page import LettersPage
from ui.pages.listings_page import ListingsPage
from ui.pages.pictures_page import PicturesPage
from ui.pages.records_page import RecordsPage
from ui.pages.requests_page import RequestsPage
from ui.pages.search_page import SearchPage
from ui.pages.sources_page import SourcesPage
from ui.pages.today_page import TodayPage
from ui.panels.evidence_viewer import EvidenceViewer
from ui.sections import SECTIONS, Section, section_for_kind
from ui.widgets.clipboard_guard import ClipboardGuard
from ui.widgets.icons import icon
from ui.widgets.navigation import Navigation
from ui.wizards.opening import make_wizard
from ui.wizards.vault_wizard import VaultWizard
from ui.workers.queries import Queries
from ui.workers.reader_worker import ReaderWorker
from ui.workers.worker_thread import WorkerThread

SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    """Lives on the UI thread while a vault is open; owns the reader worker's thread and, through the
    evidence page, the import worker's.

    Signals: ``lock_requested()`` (Ctrl+L, the toolbar), ``settings_requested()``, ``quit_requested()``,
    ``recovery_code_requested()`` (Vault menu: show a new recovery code), ``passphrase_change_requested()``,
    ``close_requested()`` (lock and go back to the first screen), ``new_vault_requested()`` and
    ``open_vault_requested()`` (close this one, then create or open another), ``about_requested()``.
    ``shutdown()`` stops every worker and closes every viewer; the controller calls it before closing
    the service.

    The window opens on its home section: Today, or the coordinator view for a group archive.
    """

    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    recovery_code_requested = Signal()
    passphrase_change_requested = Signal()
    close_requested = Signal()
    new_vault_requested = Signal()
    open_vault_requested = Signal()
    about_requested = Signal()

    def __init__(
        self, service: VaultService, clipboard: ClipboardGuard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Fieldvault"))
        self.resize(1280, 800)
        self.service = service
        self._clipboard = clipboard
        self._closing_for_lock = False
        self.viewers: list[EvidenceViewer] = []
        self.reader = ReaderWorker(service)
        self.reader_thread = WorkerThread(self.reader, "fieldvault-reader", self)
        self.reader_thread.qthread.finished.connect(
            self.reader.on_thread_finished, Qt.ConnectionType.DirectConnection
        )
        self.reader_thread.start()
        self.queries = Queries(service, self)
        self.pages: dict[str, QWidget] = {}
        self._previous: str = self.home_section()
        self.nav = Navigation(service, self)
        self._build_toolbar()
        build_menus(self)
        self.stack = QStackedWidget(self)
        self.search_page = SearchPage(self.queries, self.stack)
        self.stack.addWidget(self.search_page)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)
        self.status.setText(self.tr("Vault fingerprint {fp}").format(fp=service.fingerprint))
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.search_page.hit_activated.connect(self.on_hit_activated)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_due)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.returnPressed.connect(self._on_search_due)
        self.show_section(self.home_section())

    # --- construction -------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(360)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        bar.addWidget(self.search_box)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        bar.addAction(self.lock_action)

    def action(self, name: str) -> QAction:
        """The window's action of that object name (menus and tests find actions by it)."""
        found = self.findChild(QAction, name)
        if not isinstance(found, QAction):
            raise KeyError(name)
        return found

    def show_guide(self) -> GuideDialog:
        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- sections -----------------------------------------------------------------------------

    def page(self, section_id: str) -> QWidget:
        """The section's page, built the first time it is shown (opening the window stays quick)."""
        page = self.pages.get(section_id)
        if page is None:
            section = next(s for s in SECTIONS if s.id == section_id)
            page = self._make_page(section)
            self.pages[section_id] = page
            self.stack.addWidget(page)
        return page

    def home_section(self) -> str:
        """Where the window opens: Today, or the coordinator view (bundles) of a group archive."""
        return "bundles" if self.service.role == "archive" else "today"

    def _make_page(self, section: Section) -> QWidget:
        if section.id == "today":
            today = TodayPage(section, self.queries, self.stack)
            today.record_wanted.connect(self.go_to_record)
            today.section_wanted.connect(self.show_section)
            today.wizard_requested.connect(self.open_wizard)
            return today
        if section.id == "evidence":
            evidence = EvidencePage(self.service, self.reader, self.queries, self.stack)
            evidence.view_requested.connect(self.open_viewer)
            return evidence
        if section.id == "sources":
            return SourcesPage(section, self.queries, self._clipboard, self.stack)
        if section.id == "letters":
            return LettersPage(section, self.queries, self.stack)
        if section.id == "requests":
            return RequestsPage(section, self.service, self.queries, self.stack)
        if section.id == "listings":
            return ListingsPage(section, self.service, self.queries, self.stack)
        if section.id == "bundles" and self.service.role == "archive":
            coordinator = CoordinatorPage(section, self.service, self.queries, self.stack)
            coordinator.annex_requested.connect(lambda: self.open_wizard("annex"))
            coordinator.drafts_requested.connect(lambda: self.open_wizard("drafts"))
            return coordinator
        if section.id == "bundles":
            bundles = BundlesPage(section, self.queries, self.stack)
            bundles.wizard_requested.connect(self.open_wizard)
            return bundles
        if section.id == "pictures":
            pictures = PicturesPage(section, self.queries, self.stack)
            pictures.record_wanted.connect(self.show_record)
            return pictures
        return RecordsPage(section, self.service, self._clipboard, self.queries, self.stack)

    def show_section(self, section_id: str) -> QWidget:
        fresh = section_id not in self.pages
        page = self.page(section_id)
        if isinstance(page, TodayPage) and not fresh and page is not self.stack.currentWidget():
            page.reload()  # coming back: things may have changed elsewhere
        self.stack.setCurrentWidget(page)
        self._previous = section_id
        row = next(i for i, s in enumerate(SECTIONS) if s.id == section_id)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        return page

    def current_section(self) -> str | None:
        for section_id, page in self.pages.items():
            if page is self.stack.currentWidget():
                return section_id
        return None

    def _on_nav_changed(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.show_section(SECTIONS[row].id)

    def evidence_page(self) -> EvidencePage:
        page = self.page("evidence")
        assert isinstance(page, EvidencePage)  # noqa: S101 - the evidence section's page by construction
        return page

    def import_files(self) -> None:
        self.show_section("evidence")
        self.evidence_page().choose_files()

    # --- search -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _on_search_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.show_section(self._previous)

    def _on_search_due(self) -> None:
        self._search_timer.stop()
        text = self.search_box.text().strip()
        if not text:
            return
        self.search_page.run(text)
        self.stack.setCurrentWidget(self.search_page)
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)

    def go_to_record(self, record_id: str, kind: str) -> None:
        """From Today: show the record in its section (an evidence item is selected in the grid, where
        it can be attributed, rather than opened in the viewer)."""
        if kind == "evidence":
            self.show_section("evidence")
            self.evidence_page().show_record(record_id)
        else:
            self.show_record(record_id, kind)

    def on_hit_activated(self, hit: Hit) -> None:
        self.show_record(hit.id, hit.kind)
        if self.viewers and self.viewers[-1].record_id == hit.id:  # mark the words found on the photo
            self.viewers[-1].highlight(self.search_page.last_text)

    def show_record(self, record_id: str, kind: str) -> None:
        """Go to the record's section and open it there (an evidence item opens in the viewer too)."""
        section = section_for_kind(kind)
        if section is None:
            return
        page = self.show_section(section.id)
        if isinstance(page, EvidencePage):
            page.show_record(record_id)
            self.open_viewer(record_id)
        elif isinstance(page, RecordsPage | SourcesPage | LettersPage | RequestsPage):
            page.show_record(record_id, kind)

    # --- wizards ------------------------------------------------------------------------------

    def open_wizard(self, which: str) -> VaultWizard:
        """Open a wizard (bundle, handover, receive, annex, drafts); it is closed if the vault locks."""
        wizard = make_wizard(which, self.service, self.queries, self)
        wizard.setObjectName(f"{which}Wizard")
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    # --- viewers ------------------------------------------------------------------------------

    def open_viewer(self, record_id: str) -> EvidenceViewer:
        viewer = EvidenceViewer(self.service, record_id, self.queries, self)
        viewer.attachment_wanted.connect(self.reader.on_attachment_requested)
        self.reader.attachment_loaded.connect(viewer.on_attachment_loaded)
        self.reader.read_failed.connect(viewer.on_read_failed)
        viewer.destroyed.connect(lambda _=None, v=viewer: self._forget_viewer(v))
        evidence = self.page("evidence")
        if isinstance(evidence, EvidencePage):  # edits made in the viewer show in the grid at once
            viewer.item_changed.connect(evidence.on_item_changed)
            viewer.item_deleted.connect(evidence.on_item_deleted)
        self.viewers.append(viewer)
        viewer.show()
        viewer.request()
        return viewer

    def _forget_viewer(self, viewer: EvidenceViewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    # --- shutting down ------------------------------------------------------------------------

    def busy(self) -> bool:
        """True while an import or another long job runs (rebuilding the window would cancel it)."""
        evidence = self.pages.get("evidence")
        if isinstance(evidence, EvidencePage) and evidence.importing is not None:
            return True
        wizards = any(w.busy() for w in self.findChildren(VaultWizard))
        return wizards or any(getattr(page, "busy", lambda: False)() for page in self.pages.values())

    def shutdown(self) -> None:
        """Stop every worker (an import in progress is cancelled and rolled back), close every viewer
        and every dialog (a recovery code on screen is wiped)."""
        for dialog in self.findChildren(QDialog):
            dialog.close()
        for page in self.pages.values():
            stop = getattr(page, "shutdown", None)
            if callable(stop) and not isinstance(page, EvidencePage):
                stop()
        evidence = self.pages.get("evidence")
        if isinstance(evidence, EvidencePage):
            evidence.shutdown()
        for viewer in list(self.viewers):
            viewer.close()
        self.viewers.clear()
        self.reader.blockSignals(True)
        self.reader_thread.stop()
        self.queries.stop()

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._closing_for_lock:
            event.accept()
            return
        # The person closed the window: lock and quit (the controller does both).
        event.ignore()
        self.quit_requested.emit()
