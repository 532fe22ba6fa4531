"""The evidence viewer plays imported video and audio from memory: nothing on disk, nothing in the logs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.service import ImportReport
from tests.ui.conftest import Recorder, unlock
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.panels.evidence_viewer import EvidenceViewer
from ui.widgets.media_release import opening, retired
from ui.widgets.media_view import MediaView


class _Record(Protocol):
    message: str


class _QtLog(Protocol):  # pytest-qt's qtlog fixture: Qt's messages during the test
    records: list[_Record]


MEDIA = Path(__file__).parents[1] / "data" / "media"
# what the samples' tags say (tests/data/media/make.sh): none of it may reach a log
TAGS = (
    "Depot walk",
    "filmed near the depot",
    "12.3456",
    "Núñez",
    "trucks left",
    "Voice note",
    "Harbour call",
)


def _import(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> dict[str, str]:
    window.show_section("evidence")
    page = window.evidence_page()
    assert isinstance(page, EvidencePage)
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        assert page.start_import(paths)
    report = done.args[0] if done.args else None
    assert isinstance(report, ImportReport)
    return {o.name: o.id for o in report.outcomes if o.id}


def _open(qtbot: QtBot, window: MainWindow, record_id: str) -> EvidenceViewer:
    viewer = window.open_viewer(record_id)
    with qtbot.waitSignal(viewer.content_shown, timeout=30_000):
        pass
    return viewer


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_a_video_and_a_voice_note_play_in_the_viewer_and_nothing_is_written_to_disk(
    qtbot: QtBot, window: MainWindow, vault_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _import(qtbot, window, [MEDIA / "strip.mp4", MEDIA / "voice.opus"])
    model = window.evidence_page().model  # the grid takes the video's poster and stores it: first
    model.data(model.index(model.row_of(ids["strip.mp4"]) or 0), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: window.service.evidence.thumbnail(ids["strip.mp4"]) is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.queries.pending == 0, timeout=10_000)
    private_tmp = tmp_path / "tmp"  # this test's own temporary directory (Qt and Python read TMPDIR)
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    assert tempfile.gettempdir() == str(private_tmp)
    vault_before = _files(vault_folder)

    viewer = _open(qtbot, window, ids["strip.mp4"])
    assert viewer.shown_kind == "video"
    assert viewer.where.text() == "0:04"
    media = viewer.media
    assert isinstance(media, MediaView)
    assert viewer.stack.currentWidget() is media
    assert not viewer.buttons["rotate_right"].isEnabled()
    qtbot.waitUntil(lambda: len(media.strip_images) == 8, timeout=30_000)
    assert not media.poster.isNull()
    media.play()
    qtbot.waitUntil(lambda: media.player.position() > 0, timeout=10_000)
    media.pause()
    tree = viewer.metadata.custody
    qtbot.waitUntil(
        lambda: any(
            (item := tree.topLevelItem(i)) and item.text(1) == "view" for i in range(tree.topLevelItemCount())
        ),
        timeout=5000,
    )

    voice = _open(qtbot, window, ids["voice.opus"])
    assert voice.shown_kind == "audio"
    assert voice.where.text() == "0:01"
    assert voice.media is not None
    voice.media.play()
    qtbot.waitUntil(lambda: voice.media is not None and voice.media.player.position() > 0, timeout=10_000)

    assert os.listdir(private_tmp) == []  # nothing spilled to a temporary file
    assert _files(vault_folder) == vault_before  # nor beside the vault
    viewer.close()
    voice.close()


def test_a_damaged_video_says_so_in_the_viewer_and_noise_is_not_handed_to_the_decoder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    whole = (MEDIA / "strip.mp4").read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole[: len(whole) // 3])  # an MP4 cut short (its movie box is at the end)
    noise = tmp_path / "noise.mp4"
    noise.write_bytes(os.urandom(20_000))
    ids = _import(qtbot, window, [cut, noise])

    viewer = window.open_viewer(ids["cut.mp4"])
    qtbot.waitUntil(lambda: "cannot be played" in viewer.message.text(), timeout=30_000)
    assert viewer.stack.currentWidget() is viewer.message
    assert viewer.shown_kind == ""

    other = window.open_viewer(ids["noise.mp4"])  # stored as unknown bytes: never given to FFmpeg
    qtbot.waitUntil(lambda: "cannot be shown here" in other.message.text(), timeout=10_000)
    assert other.media is None


def _play_a_little(qtbot: QtBot, media: MediaView) -> None:
    qtbot.waitUntil(lambda: not media.grabber.running, timeout=30_000)  # poster and strip taken
    media.play()
    qtbot.waitUntil(lambda: media.player.position() > 0, timeout=10_000)


def test_what_a_file_is_tagged_with_stays_out_of_the_logs(
    qtbot: QtBot, window: MainWindow, capfd: pytest.CaptureFixture[str], qtlog: _QtLog
) -> None:
    ids = _import(qtbot, window, [MEDIA / "phone.mp4", MEDIA / "voice.opus", MEDIA / "call.mp3"])
    capfd.readouterr()
    for name in ("phone.mp4", "voice.opus", "call.mp3"):
        media = _open(qtbot, window, ids[name]).media
        assert media is not None
        _play_a_little(qtbot, media)
    out, err = capfd.readouterr()
    qt_messages = "\n".join(record.message for record in qtlog.records)
    for tag in TAGS:
        assert tag not in out
        assert tag not in err  # FFmpeg prints to the process's stderr itself
        assert tag not in qt_messages


def test_closing_the_viewer_while_a_video_opens_and_its_frames_are_taken_is_safe(
    qtbot: QtBot, window: MainWindow
) -> None:
    ids = _import(qtbot, window, [MEDIA / "strip.mp4"])
    early = window.open_viewer(ids["strip.mp4"])
    early.close()  # before the bytes arrive: the late load is ignored
    viewer = _open(qtbot, window, ids["strip.mp4"])
    media = viewer.media
    assert media is not None
    viewer.close()  # the strip is (most likely) still being taken
    assert not media.grabber.running
    qtbot.waitUntil(lambda: not window.viewers, timeout=5000)
    again = _open(qtbot, window, ids["strip.mp4"])  # and the item opens again
    assert again.shown_kind == "video"


def test_locking_while_a_video_plays_and_its_strip_is_taken_closes_it_all(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    ids = _import(qtbot, window, [MEDIA / "strip.mp4"])
    viewer = _open(qtbot, window, ids["strip.mp4"])
    media = viewer.media
    assert media is not None
    media.play()
    qtbot.waitUntil(lambda: media.player.position() > 0, timeout=10_000)
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        controller.lock()
    qtbot.waitUntil(lambda: not isValid(viewer) and not isValid(window), timeout=10_000)
    assert not isValid(media.player)  # the players, their buffers and the bytes went with the window


def test_locking_while_a_video_is_still_opening_locks_at_once_and_frees_it_later(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    ids = _import(qtbot, window, [MEDIA / "strip.mp4"])
    viewer = window.open_viewer(ids["strip.mp4"])
    players: list[QMediaPlayer] = []
    after_lock: list[QMediaPlayer.MediaStatus] = []

    def lock_now(_loaded: object) -> None:  # runs right after the viewer handed the bytes to FFmpeg
        media = viewer.media
        assert media is not None
        players.append(media.player)
        assert opening(media.player)
        controller.lock()
        after_lock.append(players[0].mediaStatus())

    recorder = Recorder(lock_now)  # receives the reader's signal on the UI thread, after the viewer
    window.reader.attachment_loaded.connect(recorder.on_signal)
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        pass
    assert controller.service is None  # the key is gone
    assert after_lock == [QMediaPlayer.MediaStatus.LoadingMedia]  # the lock did not wait for FFmpeg
    qtbot.waitUntil(lambda: not isValid(viewer) and not isValid(window), timeout=10_000)
    assert isValid(players[0])  # the player outlived its window, until the opening ended
    qtbot.waitUntil(lambda: not isValid(players[0]) and not retired(), timeout=20_000)
    unlock(qtbot, controller, controller.folder or Path())
    assert controller.window is not None
    again = _open(qtbot, controller.window, ids["strip.mp4"])  # the vault and the item open again
    assert again.shown_kind == "video"


def test_locking_while_the_frames_of_a_video_are_being_opened_locks_at_once(
    qtbot: QtBot, controller: AppController, window: MainWindow
) -> None:
    ids = _import(qtbot, window, [MEDIA / "strip.mp4"])
    viewer = window.open_viewer(ids["strip.mp4"])
    grabbing: list[bool] = []

    def lock_now() -> None:  # queued after the opened player handed the bytes to the frame grabber
        media = viewer.media
        assert media is not None
        grabbing.append(media.grabber.running)
        controller.lock()

    def when_opened(_loaded: object) -> None:  # the viewer has just made its player: it is opening
        assert viewer.media is not None
        viewer.media.loaded.connect(lock_now, Qt.ConnectionType.QueuedConnection)

    recorder = Recorder(when_opened)
    window.reader.attachment_loaded.connect(recorder.on_signal)
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        pass
    assert grabbing == [True]
    assert controller.service is None
    qtbot.waitUntil(lambda: not isValid(viewer) and not isValid(window), timeout=10_000)
    qtbot.waitUntil(lambda: not retired(), timeout=20_000)
