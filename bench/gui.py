"""Desktop app benchmarks: opening a 100,000-record list, and UI-thread stalls during a photo import.

Figures:
- ``gui_open_100k_ms``: from building the main window to the Interviews section showing meeting notes,
  painted with the first page of its lazy list (read on the query worker), on a vault holding 100,000
  meeting notes (median of 5).
- ``gui_max_stall_ms``: the longest the UI thread went without running its event loop while the
  evidence grid imports 200 camera-sized JPEG photos (and decodes their thumbnails) on worker threads.
  A 10 ms QTimer heartbeat runs on the UI thread; a stall is the longest gap between beats, less 10 ms.
- ``gui_import_200_photos_s``: how long that import took, for context.
- ``gui_search_during_import_ms``: the slowest answer to a search typed while that import runs (the
  query worker waits for the import's write lock, the window does not).

Runs offscreen (QT_QPA_PLATFORM=offscreen unless set). ``--quick``: 10,000 notes and 40 photos.
"""

from __future__ import annotations

import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.service import ImportReport, VaultService  # noqa: E402
from bench.core import WORDS  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.none_guard import protect_none  # noqa: E402
from ui.pages.records_page import RecordsPage  # noqa: E402
from ui.widgets.clipboard_guard import ClipboardGuard  # noqa: E402
from vault.crypto import calibrate  # noqa: E402
from vault.keys.secret import Passphrase  # noqa: E402
from vault.storage import records, store  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
HEARTBEAT_MS = 10


def _app() -> QApplication:
    protect_none()  # PySide6 6.12 on Python 3.11: see ui/none_guard.py
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])


def _fill_notes(service: VaultService, n: int) -> None:
    rng = random.Random(11)  # noqa: S311 - generated test data
    vault = service._vault  # bench may reach below the service to write 100k records quickly
    for start in range(0, n, 5000):
        with store.transaction(vault.conn):
            for i in range(start, min(start + 5000, n)):
                title = f"Interview {i} " + " ".join(rng.choice(WORDS) for _ in range(4))
                body = " ".join(rng.choice(WORDS) for _ in range(40))
                records.create(vault.conn, vault.identity, "note", {"title": title, "body": body})


def _open_ms(service: VaultService) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        window = MainWindow(service, ClipboardGuard(30_000))
        window.show()
        page = window.show_section("interviews")
        assert isinstance(page, RecordsPage)  # noqa: S101
        page.kind_box.setCurrentIndex(page.kinds.index("note"))  # the 100,000 meeting notes
        model = page.model
        deadline = time.perf_counter() + 60
        while (model is None or model.rowCount() == 0) and time.perf_counter() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        page.list_view.repaint()
        QCoreApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        rows = page.model.rowCount() if page.model else 0
        window.shutdown()
        window.close_for_lock()
        window.deleteLater()
        QCoreApplication.processEvents()
    print(f"  open: {rows} rows loaded of {service.records.count('note'):,}", file=sys.stderr)
    return statistics.median(times)


def _photos(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    base = Image.effect_noise((2400, 1800), 40).convert("RGB")
    paths = []
    for i in range(n):
        image = base.copy()
        draw = ImageDraw.Draw(image)
        draw.rectangle((100 + i, 200, 1400 + i, 1200), fill=(90 + i % 100, 110, 70))
        draw.text((300, 600), f"LOT {i:04d}", fill=(240, 240, 240))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=88)
        path = folder / f"IMG_{i:04d}.jpg"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def _stall_ms(service: VaultService, photos: list[Path]) -> tuple[float, float, float]:
    window = MainWindow(service, ClipboardGuard(30_000))
    window.show()
    window.show_section("evidence")
    page = window.evidence_page()
    QCoreApplication.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    loop = QEventLoop()
    reports: list[ImportReport] = []

    def done(report: ImportReport) -> None:
        reports.append(report)
        loop.quit()

    page.import_done.connect(done)
    searches: list[float] = []
    asked = [0.0]

    def search() -> None:
        if not asked[0]:
            asked[0] = time.perf_counter()
            window.search_page.run("LOT")

    def answered(_hits: object) -> None:
        searches.append((time.perf_counter() - asked[0]) * 1000)
        asked[0] = 0.0

    window.search_page.search_done.connect(answered)
    searcher = QTimer()
    searcher.setInterval(300)
    searcher.timeout.connect(search)
    start = time.perf_counter()
    last[0] = start
    heartbeat.start()
    searcher.start()
    page.start_import(photos)
    loop.exec()
    elapsed = time.perf_counter() - start
    heartbeat.stop()
    searcher.stop()
    window.shutdown()
    window.close_for_lock()
    window.deleteLater()
    QCoreApplication.processEvents()
    stored = sum(1 for o in reports[0].outcomes if o.error is None) if reports else 0
    print(
        f"  import: {stored} photos stored, {len(gaps)} heartbeats, {len(searches)} searches", file=sys.stderr
    )
    return max(gaps) - HEARTBEAT_MS, elapsed, max(searches, default=0.0)


def run(workdir: Path, quick: bool) -> dict[str, float]:
    _app()
    kdf = calibrate(0.05)
    notes = 10_000 if quick else 100_000
    service, _ = VaultService.create(workdir / "notes.fvault", Passphrase.from_text(PASSPHRASE), kdf=kdf)
    try:
        print(f"  writing {notes:,} notes…", file=sys.stderr)
        _fill_notes(service, notes)
        open_ms = _open_ms(service)
    finally:
        service.close()
    photos = _photos(workdir / "photos", 40 if quick else 200)
    service, _ = VaultService.create(workdir / "photos.fvault", Passphrase.from_text(PASSPHRASE), kdf=kdf)
    try:
        stall, elapsed, search = _stall_ms(service, photos)
    finally:
        service.close()
    return {
        "gui_open_100k_ms": open_ms,
        "gui_max_stall_ms": stall,
        "gui_import_200_photos_s": elapsed,
        "gui_search_during_import_ms": search,
    }
