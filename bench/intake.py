"""Intake benchmarks: photographs per second through the whole pipeline, and PDF text extraction.

Figures:
- ``intake_photos_per_s``: 200 generated 12-megapixel JPEGs (4000 x 3000, ~3.8 MB each, full camera
  EXIF with GPS, each with its own bytes) imported in one ``import_files`` call: read, examined in
  worker processes (type, EXIF, thumbnail), streamed into the encrypted vault one transaction each.
- ``intake_photos_per_s_one_worker``: the same with a single worker process, to show what the second
  core buys.
- ``intake_pdf_pages_s``: pages per second of PDF text extraction (pypdf, in this process) over a
  generated 400-page PDF of ~40 lines a page.
- ``intake_pdf_import_pages_s``: the same PDF through ``import_files`` (worker, storage, search index).

``--quick`` uses 30 photos and a 40-page PDF.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from app.service import VaultService
from tests import media
from vault.crypto import KdfParams
from vault.intake import pdf
from vault.keys.secret import Passphrase

PASSPHRASE = "benchmark passphrase, not a secret"
CHEAP_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)  # unlock time is bench/core's figure


def _photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    base = media.jpeg(4000, 3000, seed=7, quality=90, grain=0.25)
    paths = []
    for i in range(count):
        exif = media.exif(
            unique_id=f"{i:032x}",
            captured=f"2024:05:{1 + i % 28:02d} 10:{i % 60:02d}:33",
            gps=media.Gps(-4.3 - i / 1000, 15.27 + i / 1000, 300 + i),
        )
        path = folder / f"IMG_{i:04d}.JPG"
        path.write_bytes(media.splice_exif(base, exif))
        paths.append(path)
    return paths


def _import_rate(workdir: Path, name: str, paths: list[Path], workers: int | None) -> float:
    folder = workdir / name
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=CHEAP_KDF)
    try:
        start = time.perf_counter()
        report = service.evidence.import_files(paths, workers=workers)
        elapsed = time.perf_counter() - start
    finally:
        service.close()
    flagged = [o for o in report.outcomes if o.error or o.warnings]
    if flagged:
        raise RuntimeError(f"{len(flagged)} benchmark files were not imported cleanly")
    shutil.rmtree(folder)
    return len(paths) / elapsed


def _pdf_pages(count: int) -> bytes:
    words = [
        "consignment",
        "rifles",
        "ammunition",
        "lot",
        "serial",
        "manifest",
        "vessel",
        "broker",
        "payment",
        "airport",
    ]
    pages = []
    for p in range(count):
        lines = [" ".join(words[(p + i + j) % len(words)] for j in range(9)) + f" {p}-{i}" for i in range(40)]
        pages.append("\n".join(lines))
    return media.pdf(pages)


def run(workdir: Path, quick: bool) -> dict[str, float]:
    """Run the intake benchmarks in ``workdir``; returns the figures named in the module docstring."""
    count = 30 if quick else 200
    print(f"[intake] generating {count} 12 MP JPEGs", file=sys.stderr)
    paths = _photos(workdir / "photos", count)
    figures: dict[str, float] = {}
    print("[intake] importing with one worker per core", file=sys.stderr)
    figures["intake_photos_per_s"] = _import_rate(workdir, "a.fvault", paths, None)
    print("[intake] importing with one worker", file=sys.stderr)
    figures["intake_photos_per_s_one_worker"] = _import_rate(workdir, "b.fvault", paths, 1)

    page_count = 40 if quick else 400
    data = _pdf_pages(page_count)
    print(f"[intake] extracting text from a {page_count}-page PDF", file=sys.stderr)
    start = time.perf_counter()
    found = pdf.examine_pdf(data)
    figures["intake_pdf_pages_s"] = len(found.pages) / (time.perf_counter() - start)
    if len(found.pages) != page_count:
        raise RuntimeError("the benchmark PDF's text was not fully extracted")
    pdf_path = workdir / "manifest.pdf"
    pdf_path.write_bytes(data)
    figures["intake_pdf_import_pages_s"] = page_count * _import_rate(workdir, "c.fvault", [pdf_path], None)
    return figures
