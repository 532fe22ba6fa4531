"""Evidence: import with progress, refused and undecodable files, cancel, the grid, the viewer."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.service import FileOutcome, ImportProgress, ImportReport
from tests.ui.conftest import Recorder, jpeg, pdf
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.workers.import_worker import ImportWorker


def _evidence(window: MainWindow) -> EvidencePage:
    window.show_section("evidence")
    return window.evidence_page()


def _import(qtbot: QtBot, page: EvidencePage, paths: list[Path]) -> ImportReport:
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        assert page.start_import(paths)
    report = done.args[0] if done.args else None
    assert isinstance(report, ImportReport)
    return report


def test_import_shows_progress_stores_good_files_and_reports_the_bad_ones(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    good = [tmp_path / f"photo-{i}.jpg" for i in range(3)]
    for i, path in enumerate(good):
        path.write_bytes(jpeg((40 * i, 90, 120)))
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))  # a JPEG header, then noise
    missing = tmp_path / "gone.jpg"  # dropped, then deleted before the import reached it
    page = _evidence(window)
    progress_seen = Recorder()
    imported_seen = Recorder()

    def follow(worker: ImportWorker) -> None:
        worker.progress_changed.connect(progress_seen.on_signal)
        worker.item_imported.connect(imported_seen.on_signal)

    page.import_started.connect(follow)
    report = _import(qtbot, page, [*good, corrupt, missing])

    assert not report.cancelled
    progress: list[ImportProgress] = progress_seen.values
    imported: list[FileOutcome] = imported_seen.values
    assert progress
    assert progress[-1].total == 5
    assert page.panel.bar.value() == page.panel.bar.maximum()
    refused = {o.name: o.error for o in report.failed}
    assert "gone.jpg" in refused
    problems = [page.panel.problems.item(i).text() for i in range(page.panel.problems.count())]
    assert any("gone.jpg" in p and str(refused["gone.jpg"]) in p for p in problems)
    for outcome in report.outcomes:  # whatever the intake said about a file is on screen
        if outcome.error is None:
            for warning in outcome.warnings:
                assert any(outcome.name in p and warning in p for p in problems)
    stored = [o for o in report.outcomes if o.error is None]
    assert {o.name for o in imported} == {o.name for o in stored}
    assert page.model.rowCount() == len(stored) == window.service.records.count("evidence")
    assert "Done" in page.panel.status.text()

    # Thumbnails are decoded off the UI thread; the undecodable file gets "no preview", not a hang.
    ids = {o.name: str(o.id) for o in stored}
    for record_id in ids.values():
        page.model.data(page.model.index(page.model.row_of(record_id) or 0), 1)  # as painting asks
    qtbot.waitUntil(lambda: all(page.model.has_thumbnail(i) for i in ids.values()), timeout=10_000)
    if "corrupt.jpg" in ids:
        icon = page.model.data(page.model.index(page.model.row_of(ids["corrupt.jpg"]) or 0), 1)
        photo = page.model.data(page.model.index(page.model.row_of(ids["photo-0.jpg"]) or 0), 1)
        assert icon.cacheKey() != photo.cacheKey()


def test_cancelling_an_import_keeps_the_files_stored_before_and_rolls_back_the_current_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    small = tmp_path / "small.jpg"
    small.write_bytes(jpeg())
    large = tmp_path / "large.bin"
    large.write_bytes(os.urandom(96 * 1024 * 1024))
    after = tmp_path / "after.jpg"
    after.write_bytes(jpeg((10, 200, 10)))
    page = _evidence(window)

    def cancel_during_the_large_file(p: ImportProgress) -> None:
        if p.index == 1 and p.bytes_done > 0 and page.panel.cancel_button.isEnabled():
            page.panel.cancel_button.click()

    recorder = Recorder(cancel_during_the_large_file)  # runs on the UI thread, as a click would
    page.import_started.connect(lambda w: w.progress_changed.connect(recorder.on_signal))
    with qtbot.waitSignal(page.import_done, timeout=60_000) as done:
        assert page.start_import([small, large, after])
    report = done.args[0] if done.args else None
    assert isinstance(report, ImportReport)
    assert report.cancelled
    assert [o.name for o in report.outcomes] == ["small.jpg"]
    assert window.service.records.count("evidence") == 1
    assert window.service.records.search("large") == []
    assert window.service.records.search("after") == []
    assert page.model.rowCount() == 1
    assert "Cancelled" in page.panel.status.text()
    assert page.importing is None
    assert page.import_button.isEnabled()


def test_a_second_import_waits_for_the_first(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = tmp_path / "a.jpg"
    first.write_bytes(jpeg())
    page = _evidence(window)
    with qtbot.waitSignal(page.import_done, timeout=30_000):
        assert page.start_import([first])
        assert not page.start_import([first])


def test_the_viewer_shows_a_photo_rotated_and_zoomed_and_a_pdf_from_memory(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    photo = tmp_path / "crate.jpg"
    photo.write_bytes(jpeg(size=(640, 320)))
    document = tmp_path / "euc.pdf"
    document.write_bytes(pdf())
    page = _evidence(window)
    report = _import(qtbot, page, [photo, document])
    ids = {o.name: o.id for o in report.outcomes}
    assert ids["crate.jpg"]
    assert ids["euc.pdf"]

    viewer = window.open_viewer(ids["crate.jpg"])
    with qtbot.waitSignal(viewer.content_shown, timeout=10_000):
        pass
    assert viewer.shown_kind == "image"
    assert viewer.where.text().startswith("640 × 320")
    before = viewer.photo.zoom
    viewer.buttons["zoom_in"].click()
    assert viewer.photo.zoom > before
    viewer.buttons["rotate_right"].click()
    assert viewer.photo.rotation == 90
    viewer.buttons["rotate_left"].click()
    viewer.buttons["rotate_left"].click()
    assert viewer.photo.rotation == 270
    tree = viewer.metadata.custody

    def custody_actions() -> list[str]:
        return [item.text(1) for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]

    qtbot.waitUntil(lambda: "view" in custody_actions(), timeout=5000)  # read on the query worker
    custody = custody_actions()
    assert "intake" in custody
    assert "view" in custody  # showing the content is a custody event

    pdf_viewer = window.open_viewer(ids["euc.pdf"])
    with qtbot.waitSignal(pdf_viewer.content_shown, timeout=10_000):
        pass
    assert pdf_viewer.shown_kind == "pdf"
    assert pdf_viewer.pdf.page_count() == 1
    assert not pdf_viewer.buttons["rotate_right"].isEnabled()
    assert len(window.viewers) == 2


def test_dropping_files_on_the_evidence_page_imports_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    photo = tmp_path / "dropped.jpg"
    photo.write_bytes(jpeg())
    page = _evidence(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.import_done, timeout=30_000):
        page.dropEvent(event)
    assert window.service.records.count("evidence") == 1
