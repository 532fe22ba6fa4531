"""A video's poster frame is its grid thumbnail: taken from memory once, stored in the vault, never
written to disk; a video that gives no picture keeps its tile and is not decoded again and again."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.service import ImportReport, VaultService
from tests.helpers import PASSPHRASE
from tests.ui.conftest import Recorder, unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.widgets.media_release import retired
from vault.keys.secret import Passphrase

MEDIA = Path(__file__).parents[1] / "data" / "media"


def _page(window: MainWindow) -> EvidencePage:
    window.show_section("evidence")
    page = window.evidence_page()
    assert isinstance(page, EvidencePage)
    return page


def _import(qtbot: QtBot, page: EvidencePage, paths: list[Path]) -> dict[str, str]:
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        assert page.start_import(paths)
    report = done.args[0] if done.args else None
    assert isinstance(report, ImportReport)
    return {o.name: o.id for o in report.outcomes if o.id}


def _ask(page: EvidencePage, record_id: str) -> QIcon:
    """What the grid shows for the item, asked as painting asks."""
    row = page.model.row_of(record_id)
    assert row is not None
    icon = page.model.data(page.model.index(row), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    return icon


def _picture(icon: QIcon) -> QImage:
    return icon.pixmap(icon.availableSizes()[0]).toImage()


def _colours(image: QImage) -> int:
    """How many different colours a coarse sampling of the picture has (1: a blank square)."""
    step_x, step_y = max(1, image.width() // 12), max(1, image.height() // 12)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)}
    )


def _files(folder: Path) -> set[str]:
    """The vault folder's files, but SQLCipher's rollback journal (encrypted pages, there while the
    database writes: the posters are stored as they are made)."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.endswith("-journal")}


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own temporary directory (Qt and Python read TMPDIR): it must stay empty."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_video_shows_its_poster_frame_in_the_grid_made_once_and_stored(
    qtbot: QtBot, window: MainWindow, vault_folder: Path, private_tmp: Path
) -> None:
    page = _page(window)
    ids = _import(qtbot, page, [MEDIA / "strip.mp4", MEDIA / "dark.mp4"])
    vault_before = _files(vault_folder)
    service = window.service
    for record_id in ids.values():
        assert service.evidence.thumbnail(record_id) is None  # intake makes none for a video
        _ask(page, record_id)
    qtbot.waitUntil(lambda: all(page.model.has_thumbnail(i) for i in ids.values()), timeout=60_000)
    for name, record_id in ids.items():
        assert page.model.tile_text(record_id) == "▶ MP4", name  # its poster, marked; not "no preview"
        picture = _picture(_ask(page, record_id))
        assert picture.width() > 100, name
        assert _colours(picture) > 4, name  # testsrc's bars, not a blank square
        stored = service.evidence.thumbnail(record_id)
        assert stored is not None, name  # kept in the vault
        assert stored.startswith(b"\xff\xd8\xff"), name
    assert page.posters.tries == {i: 1 for i in ids.values()}
    dark = QImage.fromData(service.evidence.thumbnail(ids["dark.mp4"]) or b"")
    assert _colours(dark) > 4  # its first 1.6 s are black: the poster was looked for further in

    page.model.clear_cache()  # as when the grid is rebuilt: the stored thumbnail, not decoded again
    for record_id in ids.values():
        _ask(page, record_id)
    qtbot.waitUntil(lambda: all(page.model.has_thumbnail(i) for i in ids.values()), timeout=10_000)
    assert page.posters.tries == {i: 1 for i in ids.values()}
    assert all(page.model.tile_text(i) == "▶ MP4" for i in ids.values())

    assert os.listdir(private_tmp) == []  # nothing decrypted to a temporary file
    assert _files(vault_folder) == vault_before  # nor beside the vault


def _failed_tile(qtbot: QtBot, page: EvidencePage, record_id: str) -> None:
    qtbot.waitUntil(lambda: page.model.row_of(record_id) is not None, timeout=10_000)  # rows read
    _ask(page, record_id)
    qtbot.waitUntil(lambda: page.model.has_thumbnail(record_id), timeout=60_000)
    assert "no preview" in page.model.tile_text(record_id)


def test_a_video_that_cannot_be_decoded_keeps_its_tile_and_is_not_tried_again(
    qtbot: QtBot,
    controller: AppController,
    window: MainWindow,
    vault_folder: Path,
    tmp_path: Path,
    private_tmp: Path,
) -> None:
    whole = (MEDIA / "strip.mp4").read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole[: len(whole) // 3])  # an MP4 cut short: its movie box is at the end
    page = _page(window)
    ids = _import(qtbot, page, [cut])
    record_id = ids["cut.mp4"]
    assert window.service.evidence.evidence_info(record_id).media_type == "video/mp4"
    _failed_tile(qtbot, page, record_id)
    for _ in range(3):  # scrolling past it again, the grid rebuilt
        page.model.clear_cache()
        _failed_tile(qtbot, page, record_id)
    assert page.posters.tries == {record_id: 1}  # decoded once, remembered as giving no picture
    assert window.service.evidence.thumbnail(record_id) is None
    assert not window.service.evidence.evidence_info(record_id).has_thumbnail

    tries = []
    for _ in range(2):  # the next unlocks: tried once more, then never again
        with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
            controller.lock()
        page = _page(unlock(qtbot, controller, vault_folder))
        _failed_tile(qtbot, page, record_id)
        tries.append(page.posters.tries)
    assert tries == [{record_id: 1}, {}]
    assert os.listdir(private_tmp) == []


def test_a_video_that_crashed_the_app_twice_while_it_was_decoded_is_not_decoded_again(
    qtbot: QtBot, controller: AppController, window: MainWindow, vault_folder: Path
) -> None:
    page = _page(window)
    page.posters.stop()  # no poster while it is imported
    ids = _import(qtbot, page, [MEDIA / "strip.mp4"])
    record_id = ids["strip.mp4"]
    service = window.service
    assert service.evidence.begin_poster(record_id)  # two attempts counted, never finished (a crash)
    assert service.evidence.begin_poster(record_id)
    assert not service.evidence.begin_poster(record_id)
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        controller.lock()
    window = unlock(qtbot, controller, vault_folder)  # as after a restart
    page = _page(window)
    _failed_tile(qtbot, page, record_id)
    assert page.posters.tries == {}
    assert window.service.evidence.thumbnail(record_id) is None


def test_locking_while_a_poster_is_being_taken_locks_at_once(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    service = VaultService.unlock(vault_folder, Passphrase.from_text(PASSPHRASE))
    [outcome] = service.evidence.import_files([MEDIA / "strip.mp4"]).outcomes
    service.close()
    assert outcome.id is not None
    window = unlock(qtbot, controller, vault_folder)
    grabbing: list[bool] = []

    def lock_now(_loaded: object) -> None:  # the maker has just handed the video to its frame grabber
        page = window.evidence_page()
        assert isinstance(page, EvidencePage)
        grabbing.append(page.posters.busy())
        controller.lock()

    recorder = Recorder(lock_now)  # on the UI thread, after the maker's own slot
    with qtbot.waitSignal(controller.vault_locked, timeout=30_000):
        page = _page(window)  # its rows are read on the query worker: the grid has not asked yet
        window.reader.poster_source_loaded.connect(recorder.on_signal)
        record_id = outcome.id
        qtbot.waitUntil(lambda: controller.service is None or page.model.row_of(record_id) is not None)
        if controller.service is not None:
            _ask(page, record_id)  # as painting asks (it may have already)
    assert grabbing == [True]
    assert controller.service is None
    qtbot.waitUntil(lambda: not isValid(window), timeout=10_000)
    qtbot.waitUntil(lambda: not retired(), timeout=20_000)  # its player let go of once it opened


def test_a_video_viewed_before_the_grid_took_its_poster_keeps_the_viewers(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(window)
    page.posters.stop()  # the grid takes none (as for a video too large for it to read)
    ids = _import(qtbot, page, [MEDIA / "strip.mp4"])
    record_id = ids["strip.mp4"]
    viewer = window.open_viewer(record_id)
    qtbot.waitUntil(lambda: viewer.media is not None and not viewer.media.poster.isNull(), timeout=30_000)
    qtbot.waitUntil(lambda: window.service.evidence.thumbnail(record_id) is not None, timeout=10_000)
    stored = QImage.fromData(window.service.evidence.thumbnail(record_id) or b"")
    assert _colours(stored) > 4
    assert page.posters.tries == {}
    viewer.close()
