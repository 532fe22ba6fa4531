"""Video and audio played from memory (ui/widgets/media_view.py): poster, strip, playing, damaged files.

The samples are ffmpeg's test signals (tests/data/media/make.sh): testsrc changes from frame to frame,
so frames taken at different times differ.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.frame_grabber import DARK, brightness, poster_times, strip_times
from ui.widgets.media_view import MediaView

MEDIA = Path(__file__).parents[1] / "data" / "media"


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[MediaView]:
    host = QWidget()
    qtbot.addWidget(host)
    media = MediaView(host)
    yield media
    media.unload()


def _load(qtbot: QtBot, view: MediaView, name: str, kind: str, media_type: str) -> int:
    durations: list[int] = []
    view.loaded.connect(durations.append)
    with qtbot.waitSignals([view.loaded, view.frames_ready], timeout=30_000):
        view.load((MEDIA / name).read_bytes(), kind, media_type)
    view.loaded.disconnect(durations.append)
    assert len(durations) == 1
    return durations[0]


def _pixels(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())


def test_where_frames_are_taken() -> None:
    assert poster_times(60_000) == [1000, 15_000, 30_000, 45_000]  # near 1 s, then further in
    assert poster_times(4000)[0] == 400  # a short clip: 10% in
    assert strip_times(4000) == [250, 750, 1250, 1750, 2250, 2750, 3250, 3750]
    assert strip_times(1) == [0] * 8


def test_a_video_has_a_poster_and_a_strip_of_different_frames_and_a_click_goes_there(
    qtbot: QtBot, view: MediaView
) -> None:
    duration = _load(qtbot, view, "strip.mp4", "video", "video/mp4")
    assert abs(duration - 4000) <= 50
    poster = view.poster
    assert not poster.isNull()
    assert abs(poster.width() / poster.height() - 160 / 90) < 0.02
    assert brightness(poster) >= DARK
    assert view.frame_screen.image == poster  # shown before anything is played
    assert view.strip_times == strip_times(duration)
    assert len(view.strip_images) == 8 == len(view.strip_buttons)
    for image in view.strip_images:
        assert not image.isNull()
        assert abs(image.width() / image.height() - 160 / 90) < 0.02
    assert len({_pixels(image) for image in view.strip_images}) == 8  # testsrc moves: every frame differs

    view.strip_buttons[5].click()
    qtbot.waitUntil(lambda: view.player.position() == view.strip_times[5], timeout=10_000)
    qtbot.waitUntil(lambda: view.frame_screen.image != poster, timeout=10_000)  # the frame there is shown


def test_the_poster_is_not_a_black_frame(qtbot: QtBot, view: MediaView) -> None:
    _load(qtbot, view, "dark.mp4", "video", "video/mp4")  # black for its first 1.6 s
    assert brightness(view.strip_images[0]) < DARK  # the strip shows the black start as it is
    assert brightness(view.poster) >= DARK  # the poster was looked for further in


def test_a_video_plays_pauses_and_shows_the_time(qtbot: QtBot, view: MediaView) -> None:
    _load(qtbot, view, "strip.mp4", "video", "video/mp4")
    assert view.time.text() == "0:00 / 0:04"
    assert view.play_button.isEnabled()
    view.play_button.click()
    qtbot.waitUntil(lambda: view.player.position() > 0, timeout=10_000)
    assert view.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    assert view.play_button.text() == "Pause"
    view.play_button.click()
    qtbot.waitUntil(
        lambda: view.player.playbackState() == QMediaPlayer.PlaybackState.PausedState, timeout=5000
    )
    assert view.play_button.text() == "Play"
    assert view.slider.value() == view.player.position()


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("voice.opus", "audio/ogg"),
        ("note.ogg", "audio/ogg"),
        ("memo.m4a", "audio/mp4"),
        ("call.mp3", "audio/mpeg"),
        ("memo.wav", "audio/wav"),
        ("memo.flac", "audio/flac"),
    ],
)
def test_audio_loads_with_its_duration_and_plays(
    qtbot: QtBot, view: MediaView, name: str, media_type: str
) -> None:
    duration = _load(qtbot, view, name, "audio", media_type)
    assert abs(duration - 1000) <= 60  # one second of sine (codec padding aside)
    assert not view.frame_screen.isVisibleTo(view)
    assert not view.strip.isVisibleTo(view)
    assert view.poster.isNull()
    if not QMediaDevices.audioOutputs():  # CI and offscreen machines: said plainly, and it still plays
        assert view.note.isVisibleTo(view)
        assert "no audio output" in view.note.text()
    view.play()
    qtbot.waitUntil(lambda: view.player.position() > 0, timeout=10_000)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 3],  # cut short: the movie box is at the end
        lambda data: os.urandom(len(data)),  # noise named .mp4
        lambda data: data[:32] + os.urandom(len(data) - 32),  # a real header, then noise
    ],
)
def test_a_damaged_video_says_it_cannot_be_played(qtbot: QtBot, view: MediaView, damage: object) -> None:
    assert callable(damage)
    data = damage((MEDIA / "strip.mp4").read_bytes())
    with qtbot.waitSignal(view.failed, timeout=30_000) as failed:
        view.load(data, "video", "video/mp4")
    message = failed.args[0] if failed.args else ""
    assert isinstance(message, str)
    assert message.startswith("This item cannot be played: ")
    assert not view.play_button.isEnabled()
    view.play()  # nothing to play: no crash
