"""A movie over the examination limit (``limits.MAX_EXAMINE_BYTES``, 256 MiB): stored, and examined from
its outline (vault/intake/movie_outline.py) while its payload's printable runs are read from the database.

Figures (a generated 300 MB movie: the ffmpeg-made sample of tests/data/media with a media box of random
bytes, as compressed video is; ``--quick``: 40 MB with the limit lowered to 32 MiB):
- ``movie_over_limit_import_s``: seconds to import it (``import_files``: read ahead, outline examined by a
  worker, stored encrypted, payload's strings read back from the database).
- ``movie_over_limit_reexamine_s``: seconds to examine it again as a bundle's original is
  (``examine_pending``, its examination marked as from an older pipeline).
- ``movie_over_limit_payload_strings_s``: seconds (best of 3) to read what the vault's process reads of
  the stored movie after a worker examined its outline (``derived.read_payload_strings``: the stored
  outline's digest checked, the payload's printable runs, its first and last bytes).
- ``movie_over_limit_one_pass_s``: seconds to read its stored chunks from the database once (decrypted),
  nothing else: what each pass saved costs.
- ``movie_over_limit_import_passes`` and ``movie_over_limit_reexamine_passes``: how many times its stored
  chunks were read from the database (decrypted) in each, as whole passes (goal: 1).
"""

from __future__ import annotations

import os
import struct
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from app.service import VaultService
from bench.intake import CHEAP_KDF, PASSPHRASE
from vault.intake import derived, detect, limits, movie_outline
from vault.intake.findings import Findings
from vault.keys.secret import Passphrase
from vault.storage import attachments, store
from vault.storage.store import Connection

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "media" / "phone.mp4"


def _movie(path: Path, size: int) -> None:
    """``phone.mp4`` (its own media box and structure) followed by a media box of random bytes."""
    with path.open("wb") as out:
        out.write(SAMPLE.read_bytes())
        payload = size - SAMPLE.stat().st_size - 8
        out.write(struct.pack(">I", 8 + payload) + b"mdat")
        step = 16 * 1024 * 1024
        for start in range(0, payload, step):
            out.write(os.urandom(min(step, payload - start)))


class _Counted:
    """Counts the chunks read from the database through ``attachments.iter_chunks``."""

    def __init__(self) -> None:
        self.chunks = 0
        self._real = attachments.iter_chunks

    def __call__(self, conn: Connection, sha256: str) -> Iterator[bytes]:
        for chunk in self._real(conn, sha256):
            self.chunks += 1
            yield chunk


def run(workdir: Path, quick: bool) -> dict[str, float]:
    """Run the movie benchmarks in ``workdir``; returns the figures named in the module docstring."""
    size = 40_000_000 if quick else 300_000_000
    limit = limits.MAX_EXAMINE_BYTES
    if quick:
        limits.MAX_EXAMINE_BYTES = 32 * 1024 * 1024
    counted = _Counted()
    attachments.iter_chunks = counted
    try:
        path = workdir / "clip.mp4"
        print(f"[movie] generating a {size // 1_000_000} MB movie", file=sys.stderr)
        _movie(path, size)
        service, _ = VaultService.create(
            workdir / "m.fvault", Passphrase.from_text(PASSPHRASE), kdf=CHEAP_KDF
        )
        try:
            figures: dict[str, float] = {}
            chunks_in_all = -(-size // attachments.CHUNK_SIZE)
            print("[movie] importing it", file=sys.stderr)
            start = time.perf_counter()
            [outcome] = service.evidence.import_files([path]).outcomes
            figures["movie_over_limit_import_s"] = time.perf_counter() - start
            if outcome.error or not any("examined without its media data" in n for n in outcome.notes):
                raise RuntimeError("the benchmark movie was not examined from its outline")
            figures["movie_over_limit_import_passes"] = counted.chunks / chunks_in_all
            conn = service._vault.conn
            sha256 = service.get(outcome.id or "").body["sha256"]
            with path.open("rb") as handle:
                sketch = movie_outline.of_file(handle)
            if sketch is None:
                raise RuntimeError("the benchmark movie has no outline")
            print("[movie] reading its payload's strings from the database (best of 3)", file=sys.stderr)
            times = []
            for _ in range(3):
                findings = Findings(detect.MP4).mark_outlined(movie_outline.digest(sketch))
                start = time.perf_counter()
                derived.read_payload_strings(conn, sha256, findings)
                times.append(time.perf_counter() - start)
            figures["movie_over_limit_payload_strings_s"] = min(times)
            start = time.perf_counter()
            for _ in counted._real(conn, sha256):
                pass
            figures["movie_over_limit_one_pass_s"] = time.perf_counter() - start
            with store.transaction(conn):
                conn.execute("UPDATE evidence_examined SET pipeline = 0")
            counted.chunks = 0
            print("[movie] examining it again", file=sys.stderr)
            start = time.perf_counter()
            if service.examine_pending() != 1:
                raise RuntimeError("the benchmark movie was not examined again")
            figures["movie_over_limit_reexamine_s"] = time.perf_counter() - start
            figures["movie_over_limit_reexamine_passes"] = counted.chunks / chunks_in_all
        finally:
            service.close()
    finally:
        attachments.iter_chunks = counted._real
        limits.MAX_EXAMINE_BYTES = limit
    return figures
