"""OCR benchmarks: pages read per second, and photos stored per second while OCR reads behind.

Figures:
- ``ocr_pages_per_s``: A4 pages scanned at 300 dpi (2480 x 3508, a letter of ~30 lines of 11-point
  type, ~300 words), imported as PNGs and read by ``service.ocr.run()`` with one worker per core
  (Tesseract single-threaded in each, up to four pages a call: vault/ocr/run.py BATCH_PAGES; English +
  French, the default languages). Goal >= 1 page/s on two cores.
- ``ocr_seconds_per_page_one_core``: the same through one worker (what a core does).
- ``photos_stored_per_s_during_ocr``: 12-megapixel camera JPEGs (as bench/intake's) imported while
  another thread reads queued pages (its own connection, the same workers' budget). Goal >= 15/s.
  OCR starts no new page while an import runs in the process (vault/intake/activity.py): the pages
  already started finish at the lowest priority, so ``ocr_pages_read_during_import`` is mostly 0.
- ``photos_stored_per_s_alone``: the same import with nothing behind it, for comparison.

``--quick`` uses 4 pages and 20 photos.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from app.service import VaultService
from bench.intake import CHEAP_KDF, PASSPHRASE, _photos
from vault.keys.secret import Passphrase

_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_WORDS = [
    "the",
    "ministry",
    "of",
    "defence",
    "certifies",
    "that",
    "goods",
    "listed",
    "below",
    "are",
    "for",
    "sole",
    "use",
    "armed",
    "forces",
    "and",
    "will",
    "not",
    "be",
    "re-exported",
    "vessel",
    "cargo",
    "manifest",
    "consignee",
    "shipment",
    "lot",
    "number",
    "serial",
    "calibre",
    "cartridges",
    "crates",
    "port",
    "customs",
    "declaration",
    "aircraft",
    "registration",
    "payment",
    "bank",
    "account",
    "invoice",
    "delivery",
    "warehouse",
]


def _pages(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    rng = random.Random(11)  # noqa: S311 - reproducible text, not a secret
    face = ImageFont.truetype(str(_FONT), 46)
    paths = []
    for n in range(count):
        image = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(image)
        draw.text((240, 300), f"Letter {n + 1}", font=face, fill=0)
        for line in range(30):
            words = " ".join(rng.choice(_WORDS) for _ in range(10))
            draw.text((240, 450 + line * 90), words, font=face, fill=0)
        path = folder / f"scan_{n:03d}.png"
        image.save(path)
        paths.append(path)
    return paths


def _vault(workdir: Path, name: str) -> VaultService:
    service, _ = VaultService.create(workdir / name, Passphrase.from_text(PASSPHRASE), kdf=CHEAP_KDF)
    return service


def _ocr_rate(workdir: Path, name: str, pages: list[Path], workers: int | None) -> float:
    from vault.ocr import run as ocr_run

    service = _vault(workdir, name)
    try:
        service.evidence.import_files(pages)
        start = time.perf_counter()
        outcome = ocr_run.run_pending(service._vault.conn, workers=workers)
        elapsed = time.perf_counter() - start
    finally:
        service.close()
    if outcome.pages != len(pages) or outcome.documents != len(pages):
        raise RuntimeError("the benchmark pages were not all read as documents")
    return outcome.pages / elapsed


def _store_rate(service: VaultService, photos: list[Path]) -> float:
    start = time.perf_counter()
    report = service.evidence.import_files(photos)
    elapsed = time.perf_counter() - start
    if any(o.error for o in report.outcomes):
        raise RuntimeError("benchmark photos were not imported cleanly")
    return len(photos) / elapsed


def run(workdir: Path, quick: bool) -> dict[str, float]:
    page_count = 4 if quick else 16
    print(f"[ocr] rendering {page_count} A4 pages at 300 dpi", file=sys.stderr)
    pages = _pages(workdir / "pages", page_count)
    figures: dict[str, float] = {}
    print("[ocr] reading them with one worker per core", file=sys.stderr)
    figures["ocr_pages_per_s"] = _ocr_rate(workdir, "a.fvault", pages, None)
    print("[ocr] reading them with one worker", file=sys.stderr)
    figures["ocr_seconds_per_page_one_core"] = 1 / _ocr_rate(
        workdir, "b.fvault", pages[: max(2, page_count // 4)], 1
    )

    photo_count = 20 if quick else 100
    print(f"[ocr] generating {photo_count} 12 MP JPEGs", file=sys.stderr)
    photos = _photos(workdir / "photos", photo_count)
    alone = _vault(workdir, "c.fvault")
    try:
        figures["photos_stored_per_s_alone"] = _store_rate(alone, photos)
    finally:
        alone.close()

    service = _vault(workdir, "d.fvault")
    try:
        service.evidence.import_files(pages)  # queued for OCR
        stop = threading.Event()
        done: list[int] = []
        failed: list[BaseException] = []

        def behind() -> None:
            # Its own connection on its own thread, as the app's OCR worker; it is stopped at the end.
            from vault.errors import Cancelled
            from vault.ocr import run as ocr_run

            reading = service.for_worker()
            try:
                ocr_run.run_pending(
                    reading._vault.conn, cancelled=stop.is_set, progress=lambda d, _t: done.append(d)
                )
            except Cancelled:
                pass  # stopped once the import is done
            except Exception as exc:  # noqa: BLE001 - reported by the main thread
                failed.append(exc)
            finally:
                reading.detach()

        thread = threading.Thread(target=behind, name="bench-ocr")
        thread.start()
        time.sleep(1.0)  # OCR under way first
        print("[ocr] storing photos while OCR reads behind", file=sys.stderr)
        figures["photos_stored_per_s_during_ocr"] = _store_rate(service, photos)
        stop.set()
        thread.join()
        if failed:
            raise RuntimeError(f"OCR failed during the import: {failed!r}")
        figures["ocr_pages_read_during_import"] = float(done[-1] if done else 0)
    finally:
        service.close()
    return figures
