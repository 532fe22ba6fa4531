"""A video's grid poster is taken in a confined child process (ui/poster_child.py), never in the app's:
a child that crashes, hangs or answers nonsense costs that video its poster and nothing else; a lock
kills it; it cannot write a file; it is given no FIELDVAULT_* secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.service import VaultService
from tests.helpers import PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.test_video_posters import MEDIA, _ask, _failed_tile, _import, _page
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.poster_child import MAX_VIDEO_BYTES, request
from ui.workers.poster_maker import child_environment
from ui.workers.reader_worker import MAX_POSTER_SOURCE
from vault.keys.secret import Passphrase

ROOT = Path(__file__).resolve().parents[2]
CONFINED = "from ui.poster_child import confine; confine(); "
ABORTS = ["-c", CONFINED + "import os; os.abort()"]
HANGS = ["-c", CONFINED + "import time; time.sleep(600)"]


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _poster_fails_with(qtbot: QtBot, window: MainWindow, child: list[str], limit_ms: int = 30_000) -> str:
    page = _page(window)
    page.posters.child = child
    page.posters.limit_ms = limit_ms
    record_id = _import(qtbot, page, [MEDIA / "strip.mp4"])["strip.mp4"]
    _failed_tile(qtbot, page, record_id)
    assert page.posters.tries == {record_id: 1}  # counted as an attempt
    assert window.service.evidence.thumbnail(record_id) is None
    assert not page.posters.busy()
    return record_id


def test_a_child_that_crashes_costs_only_that_videos_poster(qtbot: QtBot, window: MainWindow) -> None:
    record_id = _poster_fails_with(qtbot, window, ABORTS)
    assert "no preview" in _page(window).model.tile_text(record_id)
    assert window.service is not None  # the app goes on


def test_a_child_that_hangs_is_killed_at_the_time_limit(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    page.posters.child = HANGS
    page.posters.limit_ms = 2000
    record_id = _import(qtbot, page, [MEDIA / "strip.mp4"])["strip.mp4"]
    qtbot.waitUntil(lambda: page.model.row_of(record_id) is not None, timeout=10_000)
    _ask(page, record_id)
    qtbot.waitUntil(page.posters.busy, timeout=30_000)
    qtbot.waitUntil(lambda: page.posters.child_pids() != [], timeout=10_000)
    [pid] = page.posters.child_pids()
    qtbot.waitUntil(lambda: page.model.has_thumbnail(record_id), timeout=30_000)
    assert "no preview" in page.model.tile_text(record_id)
    assert _gone(pid)  # killed, not left running
    assert not page.posters.busy()


@pytest.mark.parametrize(
    "answer",
    [
        b"\xff\xd8\xff" + b"not a picture" * 100,  # a JPEG's first bytes, then nonsense: the vault refuses it
        b"\xff\xd8\xff" + b"x" * (2 * 1024 * 1024),  # far more than a thumbnail: the child is killed
        b"GIF89a",  # not a JPEG
    ],
    ids=["bad-jpeg", "too-large", "not-jpeg"],
)
def test_a_child_that_answers_nonsense_costs_only_that_videos_poster(
    qtbot: QtBot, window: MainWindow, answer: bytes
) -> None:
    child = ["-c", CONFINED + f"import sys; sys.stdout.buffer.write({answer!r})"]
    _poster_fails_with(qtbot, window, child)


def test_a_lock_while_a_child_takes_a_poster_kills_it_and_the_one_started_for_the_next(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    service = VaultService.unlock(vault_folder, Passphrase.from_text(PASSPHRASE))
    outcomes = service.evidence.import_files([MEDIA / "strip.mp4", MEDIA / "dark.mp4"]).outcomes
    service.close()
    ids = [o.id for o in outcomes if o.id is not None]
    assert len(ids) == 2
    window = unlock(qtbot, controller, vault_folder)
    page = window.evidence_page()
    assert isinstance(page, EvidencePage)
    page.posters.child = HANGS
    page = _page(window)
    qtbot.waitUntil(lambda: all(page.model.row_of(i) is not None for i in ids), timeout=10_000)
    for record_id in ids:
        _ask(page, record_id)
    qtbot.waitUntil(lambda: len(page.posters.child_pids()) == 2, timeout=30_000)
    pids = page.posters.child_pids()
    assert not any(_gone(pid) for pid in pids)
    with qtbot.waitSignal(controller.vault_locked, timeout=10_000):
        controller.lock()
    assert all(_gone(pid) for pid in pids)  # killed and collected at the lock, not left decoding


def test_the_child_takes_a_poster_from_bytes_on_its_stdin() -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "ui.poster_child", "320"],
        input=request("video/mp4", (MEDIA / "strip.mp4").read_bytes()),
        capture_output=True,
        cwd=ROOT,
        env=child_environment_dict(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0
    assert done.stderr == b""  # it prints nothing (FFmpeg's dump of the file's tags included)
    image = QImage.fromData(done.stdout)
    assert not image.isNull()
    assert 0 < max(image.width(), image.height()) <= 320


def test_the_child_gives_nothing_for_a_video_it_cannot_decode() -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "ui.poster_child", "320"],
        input=request("video/mp4", (MEDIA / "strip.mp4").read_bytes()[:2000]),
        capture_output=True,
        cwd=ROOT,
        env=child_environment_dict(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 3
    assert done.stdout == b""


def test_the_child_reads_no_more_than_a_type_line_and_the_largest_video_the_grid_sends() -> None:
    assert MAX_POSTER_SOURCE <= MAX_VIDEO_BYTES
    video = (MEDIA / "strip.mp4").read_bytes()
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "ui.poster_child", "320"],
        input=b"video/mp4" * 50 + b"\n" + video,  # no media type is that long
        capture_output=True,
        cwd=ROOT,
        env=child_environment_dict(),
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout) == (3, b"")


def test_the_confined_child_cannot_write_a_file(tmp_path: Path) -> None:
    target = tmp_path / "leak.bin"
    code = CONFINED + f"import pathlib; pathlib.Path({str(target)!r}).write_bytes(b'decoded frame')"
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=60, check=False
    )
    assert done.returncode != 0
    assert b"File too large" in done.stderr
    assert not target.exists() or target.stat().st_size == 0


def test_the_confined_child_has_no_core_dumps_and_bounded_memory_and_time() -> None:
    code = (
        CONFINED + "import resource; print([resource.getrlimit(r)[0] for r in "
        "(resource.RLIMIT_CORE, resource.RLIMIT_FSIZE, resource.RLIMIT_AS, resource.RLIMIT_CPU)])"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=60, check=True, text=True
    )
    core, fsize, memory, cpu = (int(v) for v in done.stdout.strip("[]\n").split(","))
    assert (core, fsize) == (0, 0)
    assert 0 < memory <= 4 * 1024**3
    assert 0 < cpu <= 120


def child_environment_dict() -> dict[str, str]:
    env = child_environment()
    names = env.keys()
    return {name: env.value(name) for name in names}


def test_the_childs_environment_holds_no_fieldvault_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDVAULT_VAULT", "/somewhere.fvault")
    env = child_environment_dict()
    assert not [name for name in env if name.startswith("FIELDVAULT_")]
    assert PASSPHRASE not in env.values()
    assert env["QT_QPA_PLATFORM"] == "offscreen"


def test_the_packaged_entry_point_runs_the_poster_child() -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and entry point
        [sys.executable, str(ROOT / "scripts" / "fieldvault_entry.py"), "-m", "ui.poster_child", "320"],
        input=request("video/mp4", (MEDIA / "strip.mp4").read_bytes()),
        capture_output=True,
        cwd=ROOT,
        env={**child_environment_dict(), "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0
    assert not QImage.fromData(done.stdout).isNull()
