"""Video posters in the evidence grid, and closing the window while a video opens.

Figures:
- ``video_posters_per_s``: videos whose poster frame was taken (in a confined child process per video,
  ui/poster_child.py, the next one started while the current one decodes), stored in the vault and
  shown in the grid, per second, for 20 phone-sized videos (640 × 360, 10 s, H.264) asked for at once.
  Decoded in the app's process (merge f4fbf26), on this 2-core machine shared with other work:
  5.4-12 /s; in a child per video, two started ahead: 4.5-4.8 /s (each child costs ~0.2 s of
  processor time to start Python, Qt and FFmpeg: ``poster_child_cold_ms``).
- ``video_poster_max_stall_ms``: the longest the UI thread went without running its event loop
  meanwhile (a 10 ms QTimer heartbeat; the longest gap between beats, less 10 ms). In the app's
  process: 13-113 ms; with the child processes: 6-12 ms (the last runs; 22-40 ms on a busier machine).
- ``poster_child_cold_ms``, ``poster_child_warm_ms``: the median of 5 posters taken by a child
  started for the video (``cold``: its start included) and by one started ahead that already loaded
  Qt and FFmpeg (``warm``).
- ``lock_while_video_opens_ms``: the slowest of 5 window shutdowns (what locking does to the window)
  made right after a viewer handed a video to FFmpeg, while it is still opening.

Videos are made with ffmpeg when it is installed (each one different), otherwise copies of the test
sample tests/data/media/strip.mp4 made different by a trailing ``free`` box. ``--quick``: 5 videos.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Slot  # noqa: E402

from app.service import VaultService  # noqa: E402
from bench.gui import HEARTBEAT_MS, PASSPHRASE, _app  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.evidence_page import EvidencePage  # noqa: E402
from ui.widgets.clipboard_guard import ClipboardGuard  # noqa: E402
from ui.widgets.media_release import retired  # noqa: E402
from vault.crypto import calibrate  # noqa: E402
from vault.keys.secret import Passphrase  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "media" / "strip.mp4"


def _videos(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    ffmpeg = shutil.which("ffmpeg")
    for i in range(n):
        path = folder / f"VID_{i:04d}.mp4"
        if ffmpeg:
            source = f"testsrc2=size=640x360:rate=30,hue=h={i * 17}"
            subprocess.run(  # noqa: S603 - a fixed command line, generated test data
                [ffmpeg, "-loglevel", "error", "-y", "-f", "lavfi", "-i", source, "-t", "10"]
                + ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(path)],
                check=True,
            )
        else:
            padding = f"bench video {i}".encode()
            path.write_bytes(SAMPLE.read_bytes() + struct.pack(">I", 8 + len(padding)) + b"free" + padding)
        paths.append(path)
    return paths


def _wait(until: Callable[[], bool], seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while not until() and time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _posters(service: VaultService, ids: list[str]) -> tuple[float, float]:
    window = MainWindow(service, ClipboardGuard(30_000))
    window.show()
    window.show_section("evidence")
    page = window.evidence_page()
    assert isinstance(page, EvidencePage)  # noqa: S101
    _wait(lambda: all(page.model.row_of(i) is not None for i in ids), 30)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    start = last[0] = time.perf_counter()
    heartbeat.start()
    for record_id in ids:
        page.model.data(page.model.index(page.model.row_of(record_id) or 0), Qt.ItemDataRole.DecorationRole)
    _wait(lambda: all(page.model.has_thumbnail(i) for i in ids), 600)
    elapsed = time.perf_counter() - start
    heartbeat.stop()
    made = sum(1 for i in ids if page.model.tile_text(i).startswith("▶"))
    print(f"  posters: {made} of {len(ids)} shown in {elapsed:.1f} s", file=sys.stderr)
    window.shutdown()
    window.close_for_lock()
    window.deleteLater()
    QCoreApplication.processEvents()
    return made / elapsed, max(gaps, default=HEARTBEAT_MS) - HEARTBEAT_MS


class _Closer(QObject):
    """Shuts the window down as soon as the viewer has handed the video to FFmpeg (on the UI thread)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.took_ms = -1.0

    def done(self) -> bool:
        return self.took_ms >= 0

    @Slot(object)
    def on_loaded(self, _loaded: object) -> None:
        start = time.perf_counter()
        self.window.shutdown()
        self.took_ms = (time.perf_counter() - start) * 1000


def _lock_ms(service: VaultService, record_id: str) -> float:
    times = []
    for _ in range(5):
        window = MainWindow(service, ClipboardGuard(30_000))
        window.show()
        closer = _Closer(window)
        window.open_viewer(record_id)
        window.reader.attachment_loaded.connect(closer.on_loaded)  # after the viewer's own slot
        _wait(closer.done, 60)
        times.append(closer.took_ms)
        window.close_for_lock()
        window.deleteLater()
        _wait(lambda: not retired(), 30)
    return max(times)


def _child_ms(video: Path, warm: bool) -> float:
    """The median time from handing ``video`` to a child to its JPEG (cold: the child starts then)."""
    from ui.poster_child import request
    from ui.workers.poster_maker import CHILD, child_environment

    env = child_environment()
    names = env.keys()
    environment = {name: env.value(name) for name in names}
    data = request("video/mp4", video.read_bytes())
    times = []
    for _ in range(5):
        start = time.perf_counter()
        child = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, *CHILD, "320"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=environment,
            cwd=Path(__file__).resolve().parents[1],
        )
        if warm:
            time.sleep(1.5)  # as a child started while the previous video decoded
            start = time.perf_counter()
        out, _ = child.communicate(data, timeout=60)
        if not out.startswith(b"\xff\xd8\xff"):
            raise RuntimeError("the poster child gave no JPEG")
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def run(workdir: Path, quick: bool) -> dict[str, float]:
    _app()
    kdf = calibrate(0.05)
    videos = _videos(workdir / "videos", 5 if quick else 20)
    service, _ = VaultService.create(workdir / "videos.fvault", Passphrase.from_text(PASSPHRASE), kdf=kdf)
    try:
        ids = [o.id for o in service.evidence.import_files(videos).outcomes if o.id]
        per_s, stall = _posters(service, ids)
        lock = _lock_ms(service, ids[0])
        cold, warm = _child_ms(videos[0], warm=False), _child_ms(videos[0], warm=True)
    finally:
        service.close()
    return {
        "video_posters_per_s": per_s,
        "video_poster_max_stall_ms": stall,
        "lock_while_video_opens_ms": lock,
        "poster_child_cold_ms": cold,
        "poster_child_warm_ms": warm,
    }
