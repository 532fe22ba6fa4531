"""Scripted runs of the app, without a person: a screenshot of a view, and a smoke test of a build.

``fieldvault gui --demo --screenshot OUT.png [--view VIEW]`` and ``fieldvault gui --smoke-test DIR``
use these. They drive the same controller and windows a person uses, waiting on real signals.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from app.demo_archive import archive_files_folder
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.media import hinted
from ui.pages.coordinator_page import CoordinatorPage
from ui.pages.evidence_page import EvidencePage
from ui.pages.letters_page import LettersPage
from ui.pages.pictures_page import PicturesPage
from ui.pages.records_page import RecordsPage
from ui.pages.requests_page import RequestsPage
from ui.pages.sources_page import SourcesPage
from ui.wizards.handover_wizard import HandoverWizard

SEARCH_TEXT = "Kestrel"


def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    """Run the event loop until ``condition()`` holds or the time is up (scripts only, never tests)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


def _save(widget: QWidget, out: Path) -> bool:
    QCoreApplication.processEvents()
    return widget.grab().save(str(out), "PNG")


def screenshot(controller: AppController, view: str, out: Path) -> str | None:
    """Render ``view`` of the demo vault to ``out``; returns an error message or None."""
    if view == "welcome":
        controller.start()
        return None if _save(controller.welcome, out) else "could not write the screenshot"
    if view == "create":
        controller.start()
        controller.welcome.show_create()
        create = controller.welcome.create_page
        create.name.setText("field-notes")
        create.passphrase.setText("tiger lemon quarry violin")
        create.repeat.setText("tiger lemon quarry violin")
        return None if _save(controller.welcome, out) else "could not write the screenshot"
    failed: list[str] = []
    controller.job_failed.connect(failed.append)
    controller.start()
    archive_views = ("coordinator", "roster", "conflicts")
    if view in archive_views and not controller.open_demo_archive():
        return "this build has no demo archive"
    if view not in archive_views:
        controller.open_demo()
    if not wait_until(lambda: controller.window is not None or bool(failed)):
        return "the demo vault did not open in time"
    if failed or controller.window is None:
        return failed[0] if failed else "the demo vault did not open"
    window = controller.window
    target: QWidget = window
    if view == "search":
        window.search_box.setText(SEARCH_TEXT)
        window._on_search_due()
        _settle(window)
    elif view in ("evidence", "viewer"):
        window.show_section("evidence")
        page = window.evidence_page()
        model = page.model
        wait_until(lambda: model.rowCount() > 0, 15)  # the first page comes from the query worker
        wait_until(lambda: all(model.has_thumbnail(s) for s in _ids(page)), 15)
        if model.rowCount():
            shown_details: list[str] = []
            page.metadata.details_shown.connect(shown_details.append)
            page.grid.setCurrentIndex(model.index(model.rowCount() - 1))  # a photo, with its metadata
            wait_until(lambda: bool(shown_details), 15)  # its metadata and custody come from the worker
            _settle(window)
        if view == "viewer":
            service = controller.service
            photos = [i for i in _ids(page) if service is not None and hinted(service.get(i).body) == "image"]
            first = photos[-1] if photos else None
            if first is None:
                return "the demo vault has no evidence"
            viewer = window.open_viewer(first)
            shown: list[str] = []
            viewer.content_shown.connect(shown.append)
            wait_until(lambda: bool(shown), 15)
            target = viewer
    elif view in archive_views:
        coordinator = window.show_section("bundles")
        _settle(window)
        if isinstance(coordinator, CoordinatorPage):
            tabs = {
                "roster": coordinator.roster,
                "coordinator": coordinator.merge,
                "conflicts": coordinator.conflicts,
            }
            coordinator.tabs.setCurrentWidget(tabs[view])
            folder = controller.opener.demo_archive_folder
            if view == "coordinator" and folder is not None:
                files = sorted(archive_files_folder(folder).glob("*.fvb"))
                reports: list[object] = []
                coordinator.merge.merge_done.connect(reports.append)
                coordinator.merge.merge(files)
                wait_until(lambda: bool(reports), 60)
            _settle(window)
    elif view == "handover":
        wizard = window.open_wizard("handover")
        assert isinstance(wizard, HandoverWizard)  # noqa: S101 - by construction
        folder = controller.opener.demo_archive_folder
        if folder is not None:  # any expert's identity file will do for a preview: the demo archive's
            if not folder.exists() and controller.opener.build_demo_archive is not None:
                controller.opener.build_demo_archive(folder, controller.opener.demo_folder)
            wizard.successor.set_path(archive_files_folder(folder) / "consultant-not-enrolled.identity")
        wizard.next()
        _settle(window)
        wait_until(lambda: wizard.preview is not None, 15)
        target = wizard
    else:
        section = "pictures" if view in ("chart", "timeline") else view
        section_page = window.show_section(section)
        _settle(window)
        pick_first(section_page, view)
        _settle(window)
    return None if _save(target, out) else "could not write the screenshot"


def pick_first(page: QWidget, view: str) -> None:
    """Select what makes a view worth a screenshot: a record in a list, the protected source…"""
    if isinstance(page, RecordsPage) and page.model is not None and page.model.rowCount():
        page.list_view.setCurrentIndex(page.model.index(0))
    elif isinstance(page, SourcesPage) and page.table.rowCount():
        page.table.selectRow(page.table.rowCount() - 1)  # the protected source: sealed, not revealed
    elif isinstance(page, LettersPage | RequestsPage) and page.table.rowCount():
        page.table.selectRow(0)
    elif isinstance(page, PicturesPage):
        page.show_tab(view)


def _settle(window: MainWindow) -> None:
    """Let the query worker answer everything asked so far (twice: answers may ask again)."""
    for _ in range(3):
        wait_until(lambda: window.queries.pending == 0, 15)
        QCoreApplication.processEvents()


def _ids(page: EvidencePage) -> list[str]:
    ids = []
    for row in range(page.model.rowCount()):
        summary = page.model.summary_at(row)
        if summary is not None:
            ids.append(summary.id)
    return ids


def smoke_test(controller: AppController, folder: Path) -> str | None:
    """Create a vault through the first-run screens, lock it, unlock it: None when all of it worked."""
    failed: list[str] = []
    controller.job_failed.connect(failed.append)
    controller.start()
    welcome = controller.welcome
    welcome.show_create()
    page = welcome.create_page
    phrase = " ".join(secrets.token_hex(3) for _ in range(4))
    page.location.setText(str(folder.parent))
    page.name.setText(folder.name)
    page.passphrase.setText(phrase)
    page.repeat.setText(phrase)
    page.create_button.click()
    if not wait_until(lambda: welcome.pages.currentWidget() is welcome.recovery_page or bool(failed), 120):
        return "creating the vault took too long"
    if failed:
        return failed[0]
    welcome.recovery_page.written.setChecked(True)
    welcome.recovery_page.continue_button.click()
    if controller.window is None:
        return "the main window did not open"
    note = controller.window.show_section("interviews")
    if isinstance(note, RecordsPage):
        note.new_note()
        editor = note.note_editor
        saved: list[object] = []
        editor.record_saved.connect(saved.append)
        editor.save_failed.connect(failed.append)
        title = editor._edits["title"]
        if hasattr(title, "setText"):
            title.setText("Smoke test note")
        editor.save()
        if not wait_until(lambda: bool(saved) or bool(failed), 30) or failed:
            return failed[0] if failed else "saving a note took too long"
    controller.lock()
    if controller.service is not None:
        return "locking did not close the vault"
    unlock = welcome.unlock_page
    unlock.secret.setText(phrase)
    unlock.unlock_button.click()
    if not wait_until(lambda: controller.window is not None or bool(failed), 120):
        return "unlocking took too long"
    if failed or controller.service is None:
        return failed[0] if failed else "the vault did not open again"
    hits = controller.service.records.search("smoke")
    if not hits:
        return "the note written before locking was not found after unlocking"
    controller.shutdown()
    return None
