"""The outbound gate's cost on a bundle: 1 GiB of photographs (2,000 of 512 KiB, each with EXIF).

Figures:
- ``gate_bundle_s``: writing the bundle as shipped (the gate reads every revision line, audit line and
  the stored reading of every original, against the identifiers of 12 protected sources).
- ``gate_work_s``: the gate's own work in that bundle, timed alone on the same vault: reading the
  stored readings of the 2,000 originals and checking them, and checking every JSON line.
- ``gate_bundle_without_gate_s``: the first minus the second — the bundle without its gate.
- ``gate_overhead_pct``: the gate's work as a share of the bundle without it (the goal is ≤ 25).
- ``gate_scan_mb_s``: text the guard checks per second (the parts of all originals).
- ``gate_photo_intake_per_s``: photographs imported per second, now that intake also reads every
  piece of text each carries for the gate (compare ``intake_photos_per_s`` of bench.intake).

``--quick``: 200 photographs (100 MiB).
"""

from __future__ import annotations

import io
import os
import random
import struct
import time
from pathlib import Path

from PIL import Image

from app.service import VaultService
from bench.bundles import PASSPHRASE
from vault.crypto import calibrate
from vault.exchange.bundle_manifest import revision_line
from vault.guard.gate import Gate
from vault.guard.leakguard import WITHIN_THE_GROUP
from vault.keys.secret import Passphrase
from vault.storage import revisions

MiB = 1024 * 1024
NAMES = ["Amani Zawadi", "Jean-Baptiste Mukendi", "Mohammed Al-Hassan", "Fatuma Njeri", "Kofi Mensah",
         "Ibrahim Diallo Sow", "Grace Uwimana", "Pierre Lumumba", "Aisha Bello", "Youssef Haddad",
         "Esther Nyiramana", "Samuel Okafor"]  # fmt: skip


def _exif(n: int) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 5D Mark IV"
    exif[0x0131] = "Firmware 1.3.2"
    exif[0x0132] = "2026:11:02 14:31:07"
    exif[0x013B] = "Field team photographer"
    exif[0x8298] = "United Nations Panel of Experts"
    exif[0x010E] = f"Crate markings, lot {n:05d}, serial {40000 + n}"
    exif[0xA420] = f"{n:032x}"  # ImageUniqueID: every photograph different
    return exif.tobytes()


def _photos(count: int) -> tuple[bytes, list[bytes]]:
    """One JPEG of about PHOTO_BYTES (noise at quality 90: its size is its image data, as in a
    camera's file), and per photo an EXIF segment to splice in after SOI."""
    rng = random.Random(7)
    width, height = 920, 640
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    body = out.getvalue()[2:]
    segments = []
    for n in range(count):
        payload = b"Exif\x00\x00" + _exif(n)
        segments.append(b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload)
    return body, segments


def run(workdir: Path, quick: bool) -> dict[str, float]:
    count = 200 if quick else 2000
    expert, _ = VaultService.create(
        workdir / "expert.fvault", Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05)
    )
    archive, _ = VaultService.create(
        workdir / "archive.fvault", Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05), role="archive"
    )
    archive.bundles.export_identity(workdir / "archive.id")
    for n, name in enumerate(NAMES, 1):
        expert.model.add_model_record(
            "source",
            {"code": f"S-{n:03d}", "name": name, "protection": "protected",
             "contacts": f"+243 81 {n:03d} {n:04d}, source{n}@example.org, t.me/src_{n:02d}"},
        )  # fmt: skip
    folder = workdir / "photos"
    folder.mkdir()
    body, segments = _photos(count)
    paths = []
    for n, segment in enumerate(segments):
        path = folder / f"IMG_{n:05d}.jpg"
        path.write_bytes(b"\xff\xd8" + segment + body)
        paths.append(path)
    total = sum(p.stat().st_size for p in paths)
    print(f"[gate] importing {count} photographs ({total / MiB:.0f} MiB)", flush=True)
    start = time.perf_counter()
    report = expert.evidence.import_files(paths)
    intake_s = time.perf_counter() - start
    if report.failed:
        raise RuntimeError("import failed")
    for p in paths:
        p.unlink()
    conn, me = expert._vault.conn, expert._vault.identity
    os.sync()
    start = time.perf_counter()
    expert.bundles.write_bundle(workdir / "archive.id", workdir / "b.fvb")
    bundle_s = time.perf_counter() - start
    shas = [str(r[0]) for r in conn.execute("SELECT sha256 FROM blobs WHERE sha256 IS NOT NULL")]
    lines = [revision_line(rev) for _, rev in revisions.iterate(conn, 0)]  # the bundle makes them anyway
    start = time.perf_counter()
    gate = Gate(conn, me, "the bundle", WITHIN_THE_GROUP)
    gate.originals(shas)
    gate.lines(lines, lambda n: f"line {n}")
    gate_s = time.perf_counter() - start
    scanned = sum(
        int(r[0]) for r in conn.execute("SELECT coalesce(sum(length(text)), 0) FROM evidence_parts")
    )
    without = bundle_s - gate_s
    expert.close()
    archive.close()
    return {
        "gate_bundle_s": round(bundle_s, 2),
        "gate_work_s": round(gate_s, 2),
        "gate_bundle_without_gate_s": round(without, 2),
        "gate_overhead_pct": round(100 * gate_s / without, 1) if without > 0 else float("nan"),
        "gate_scan_mb_s": round(scanned / MiB / gate_s, 1) if gate_s > 0 else float("nan"),
        "gate_photo_intake_per_s": round(count / intake_s, 1),
    }
