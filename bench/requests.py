"""Answering a request: per-item verdicts and the signed package, for 400 photographs of 512 KiB (200 MiB)
from 40 sources (half consented to a court), with 12 protected sources' identifiers in the gate.

Figures:
- ``request_verdicts_s``: the dry run (every item judged: consent, protection, the gate over the
  stored reading of each original).
- ``request_package_s``: writing the package (verdicts again, the gate over every original and every
  file made, originals streamed out, SHA256SUMS signed, the disclosure recorded).
- ``request_package_mb_s``: originals written per second in that package.

``--quick``: 60 photographs.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from app.request_select import Selection
from app.service import VaultService
from bench.bundles import PASSPHRASE
from bench.gate import NAMES, _photos
from vault.crypto import calibrate
from vault.keys.secret import Passphrase

MiB = 1024 * 1024
FIRST = ("Kambale", "Furaha", "Bahati", "Neema", "Zawadi", "Baraka", "Imani", "Tumaini")
LAST = ("Mwamba", "Kasereka", "Paluku", "Muhindo", "Kahindo")


def run(workdir: Path, quick: bool) -> dict[str, float]:
    count = 60 if quick else 400
    svc, _ = VaultService.create(workdir / "v.fvault", Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05))
    try:
        inv = svc.model.add_model_record("investigation", {"title": "Depot"}).id
        for name in NAMES:
            svc.model.add_model_record(
                "source", {"name": name, "protection": "protected", "consent": ["report"]}
            )
        sources = [
            svc.model.add_model_record(
                "source",
                {"name": f"{FIRST[n % 8]} {LAST[n // 8]}", "protection": "confidential",
                 "consent": ["report", "court"] if n % 2 else ["report"]},
            ).id
            for n in range(40)
        ]  # fmt: skip
        body, segments = _photos(count)
        folder = workdir / "in"
        folder.mkdir()
        rng = random.Random(3)
        for n, segment in enumerate(segments):
            path = folder / f"photo-{n:04d}.jpg"
            path.write_bytes(b"\xff\xd8" + segment + body)
            svc.evidence.import_files([path], investigation=inv, source=rng.choice(sources))
            path.unlink()
        request = svc.requests.add_request({"authority": "ICC OTP", "received": "2026-03-01"}).id
        selection = Selection(investigations=(inv,))
        start = time.perf_counter()
        verdicts = svc.requests.verdicts(request, selection)
        verdicts_s = time.perf_counter() - start
        start = time.perf_counter()
        report = svc.requests.package(request, selection, workdir / "pkg")
        package_s = time.perf_counter() - start
        written = sum(p.stat().st_size for p in (workdir / "pkg" / "originals").iterdir())
        print(f"[requests] {len(verdicts)} verdicts, {report.files} files", flush=True)
    finally:
        svc.close()
    return {
        "request_verdicts_s": verdicts_s,
        "request_package_s": package_s,
        "request_package_mb_s": written / MiB / package_s,
    }
