"""Intake of a mixed batch, as evidence really arrives: photographs, PDFs, Word files, phone videos,
voice notes and e-mails with attachments, in one ``import_files`` call.

Figure:
- ``mixed_files_per_s``: files per second over 240 generated files (``--quick``: 60), in equal shares:
  12-megapixel camera JPEGs (~3.8 MB, full EXIF), 5-page PDFs, DOCX letters, MP4 phone clips (the
  ffmpeg-made sample of tests/data/media with a distinct user-data box each), Opus voice notes and MP3
  calls, and .eml messages carrying a PDF attachment (stored as a second item, not counted). Every file
  has its own bytes (no duplicates). Goal (issue 15): at least 20 files per second here.
"""

from __future__ import annotations

import base64
import shutil
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path

from app.service import VaultService
from bench.intake import CHEAP_KDF, PASSPHRASE
from tests import media
from vault.keys.secret import Passphrase

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "media"


def _mp4(i: int) -> bytes:
    data = (SAMPLES / "phone.mp4").read_bytes()
    return data + struct.pack(">I4s", 16, b"free") + i.to_bytes(8, "big")  # a box of its own at the end


def _audio(i: int) -> bytes:
    name = "voice.opus" if i % 2 else "call.mp3"
    return (SAMPLES / name).read_bytes() + f"TAG-{i:08d}".encode()


def _eml(i: int, attachment: bytes) -> bytes:
    attached = base64.encodebytes(attachment).decode()
    return (
        f"From: Port Authority <port@example.org>\r\nTo: expert@example.org\r\nSubject: Manifest {i}\r\n"
        "Date: Tue, 03 Mar 2026 09:15:00 +0100\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n'
        f"Please find the manifest of sailing {i} attached.\r\n--B\r\nContent-Type: application/pdf\r\n"
        f'Content-Disposition: attachment; filename="manifest-{i}.pdf"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{attached}\r\n--B--\r\n"
    ).encode()


def _files(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    photo = media.jpeg(4000, 3000, seed=11, quality=90, grain=0.25)
    makers: list[tuple[str, Callable[[int], bytes]]] = [
        ("jpg", lambda i: media.splice_exif(photo, media.exif(unique_id=f"{i:032x}"))),
        ("pdf", lambda i: media.pdf([f"Consignment {i} page {p}: rifles, lot {i}-{p}" for p in range(5)])),
        ("docx", lambda i: media.docx_file([f"Letter {i} on the consignment"])),
        ("mp4", _mp4),
        ("audio", _audio),
        ("eml", lambda i: _eml(i, media.pdf([f"Attached manifest {i}"]))),
    ]
    paths = []
    for i in range(count):
        suffix, make = makers[i % len(makers)]
        path = folder / f"item-{i:04d}.{suffix}"
        path.write_bytes(make(i))
        paths.append(path)
    return paths


def run(workdir: Path, quick: bool) -> dict[str, float]:
    count = 60 if quick else 240
    print(f"[mixed] generating {count} files (photos, PDFs, DOCX, video, audio, e-mail)", file=sys.stderr)
    paths = _files(workdir / "files", count)
    folder = workdir / "mixed.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=CHEAP_KDF)
    try:
        start = time.perf_counter()
        report = service.evidence.import_files(paths)
        elapsed = time.perf_counter() - start
    finally:
        service.close()
    flagged = [o for o in report.outcomes if o.error or o.warnings or o.duplicate]
    if flagged:
        raise RuntimeError(f"{len(flagged)} benchmark files were not imported cleanly")
    shutil.rmtree(folder)
    return {"mixed_files_per_s": count / elapsed}
