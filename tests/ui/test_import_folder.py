"""Importing a folder asks first (how many files, which types, how large); the file picker says what it
picks and starts at home; tiles of items without a picture say what they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.service_evidence import ImportPlan
from tests.ui.conftest import jpeg, pdf
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.widgets.file_picker import FilePicker, PickMode, pick


def _evidence(window: MainWindow) -> EvidencePage:
    window.show_section("evidence")
    return window.evidence_page()


def _folder(tmp_path: Path) -> Path:
    """A folder of three photographs, a PDF and a note in a subfolder, and a hidden file."""
    folder = tmp_path / "from-the-port"
    (folder / "notes").mkdir(parents=True)
    for i in range(3):
        (folder / f"IMG_{i}.jpg").write_bytes(jpeg((50 * i, 60, 90)))
    (folder / "manifest.pdf").write_bytes(pdf())
    (folder / "notes" / "berths.txt").write_text("Berth 4: Kestrel Dawn, 14:30\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00" * 64)
    return folder


def _drop(page: EvidencePage, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)


def test_dropping_a_folder_shows_what_it_holds_and_imports_only_on_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    page = _evidence(window)
    started: list[object] = []
    page.import_started.connect(started.append)
    with qtbot.waitSignal(page.import_planned, timeout=10_000) as planned:
        _drop(page, folder)
    plan = planned.args[0]
    assert isinstance(plan, ImportPlan)
    assert len(plan.files) == 5  # the hidden file is left out
    assert dict(plan.types) == {"jpg": 3, "pdf": 1, "txt": 1}
    expected_size = sum(p.stat().st_size for p in plan.files)
    assert plan.total_bytes == expected_size
    assert page.confirm.isVisible()
    text = page.confirm.summary.text()
    assert "5 files" in text
    for part in ("3 JPG", "1 PDF", "1 TXT"):
        assert part in text
    assert "KiB" in text or "bytes" in text
    assert started == []  # nothing read into the vault yet
    assert window.service.records.count("evidence") == 0

    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        page.confirm.import_button.click()
    assert not page.confirm.isVisible()
    report = done.args[0]
    assert sorted(o.name for o in report.outcomes) == [
        "IMG_0.jpg",
        "IMG_1.jpg",
        "IMG_2.jpg",
        "berths.txt",
        "manifest.pdf",
    ]
    assert window.service.records.count("evidence") == 5


def test_cancelling_the_folder_import_imports_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    page = _evidence(window)
    with qtbot.waitSignal(page.import_planned, timeout=10_000):
        page.request_import([folder])
    assert page.confirm.isVisible()
    with qtbot.waitSignal(page.confirm.import_declined, timeout=2000):
        page.confirm.cancel_button.click()
    assert not page.confirm.isVisible()
    assert page.importing is None
    assert window.service.records.count("evidence") == 0


def test_files_alone_are_imported_without_asking(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    photo = tmp_path / "single.jpg"
    photo.write_bytes(jpeg())
    page = _evidence(window)
    planned: list[object] = []
    page.import_planned.connect(planned.append)
    with qtbot.waitSignal(page.import_done, timeout=30_000):
        _drop(page, photo)
    assert planned == []
    assert not page.confirm.isVisible()
    assert window.service.records.count("evidence") == 1


def test_an_empty_folder_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden").write_text("x", encoding="utf-8")
    page = _evidence(window)
    with qtbot.waitSignal(page.import_planned, timeout=10_000):
        page.request_import([empty])
    assert not page.confirm.isVisible()
    assert page.panel.isVisible()
    assert "no files" in page.panel.status.text()


def test_the_picker_takes_its_title_from_the_caller_and_starts_at_home(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    generic = FilePicker(PickMode.FILES)
    qtbot.addWidget(generic)
    assert generic.windowTitle() == "Choose files or folders"
    assert "import" not in generic.windowTitle()  # a generic picker does not claim to import
    merging = pick(PickMode.FILES, None, title="Choose bundles to merge")
    qtbot.addWidget(merging)
    assert merging.windowTitle() == "Choose bundles to merge"
    current = merging.model.filePath(merging.view.currentIndex())
    assert Path(current) == tmp_path  # the home folder, not the root of the disk
    assert merging.view.isExpanded(merging.view.currentIndex())
    merging.close()


def test_the_evidence_picker_asks_for_files_or_folders_and_enter_on_a_typed_folder_plans_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    page = _evidence(window)
    page.choose_files()
    pickers = [w for w in page.findChildren(FilePicker) if w.isVisible()]
    assert len(pickers) == 1
    picker = pickers[0]
    assert picker.windowTitle() == "Choose files or folders to import"
    picker.path_edit.setText(str(folder))
    picker.activateWindow()
    picker.path_edit.setFocus()
    with qtbot.waitSignal(page.import_planned, timeout=10_000) as planned:
        QTest.keyClick(picker.path_edit, Qt.Key.Key_Return)
    assert not isValid(picker) or not picker.isVisible()  # closed (and deleted) on Enter
    assert len(planned.args[0].files) == 5
    assert page.confirm.isVisible()
    assert window.service.records.count("evidence") == 0


def test_tiles_without_a_picture_say_their_type_and_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    note = tmp_path / "berths.txt"
    note.write_text("Berth 4: Kestrel Dawn\n", encoding="utf-8")
    document = tmp_path / "euc.pdf"
    document.write_bytes(pdf())
    photo = tmp_path / "crate.jpg"
    photo.write_bytes(jpeg())
    page = _evidence(window)
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        assert page.start_import([note, document, photo])
    ids = {o.name: str(o.id) for o in done.args[0].outcomes}
    model = page.model
    for record_id in ids.values():
        model.data(model.index(model.row_of(record_id) or 0), Qt.ItemDataRole.DecorationRole)  # as painting
    qtbot.waitUntil(lambda: all(model.has_thumbnail(i) for i in ids.values()), timeout=10_000)

    text_tile = model.tile_text(ids["berths.txt"])
    assert "TXT" in text_tile
    assert "berths.txt" in text_tile
    assert "no preview" in text_tile
    assert model.tile_text(ids["euc.pdf"]).startswith("PDF")  # marked, whether page or type tile
    assert model.tile_text(ids["crate.jpg"]) == ""  # a photograph is its own picture
    tip = model.index(model.row_of(ids["euc.pdf"]) or 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "euc.pdf — PDF"
    text_icon = model.data(model.index(model.row_of(ids["berths.txt"]) or 0), Qt.ItemDataRole.DecorationRole)
    photo_icon = model.data(model.index(model.row_of(ids["crate.jpg"]) or 0), Qt.ItemDataRole.DecorationRole)
    assert text_icon.cacheKey() != photo_icon.cacheKey()


def test_tiles_of_items_already_in_the_vault_learn_their_type_from_the_service(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    note = tmp_path / "report.docx.txt"
    note.write_text("Plain words\n", encoding="utf-8")
    report = window.service.evidence.import_files([note])  # stored before the page opened
    record_id = str(report.outcomes[0].id)
    page = _evidence(window)
    qtbot.waitUntil(lambda: page.model.row_of(record_id) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.type_name(record_id) == "TXT", timeout=10_000)
    page.model.on_thumbnail_failed(record_id)
    assert page.model.tile_text(record_id).splitlines()[:2] == ["TXT", "report.docx.txt"]
