"""Foundation benchmarks: unlock time, attachment import rate (encrypted vs plain SQLite), peak memory
while importing a large file.

Figures:
- ``unlock_s``: median time to open a vault created with the production KDF default (calibrated Argon2id,
  128 MiB), from passphrase to a usable connection.
- ``import_mb_s``: a 512 MiB file streamed into the vault (chunked, hashed, one transaction, fsync).
- ``sqlite_plain_mb_s``: the same file through the same code and schema into unencrypted SQLite, in the
  same run, so the cost of encryption is visible.
- ``search_p95_ms`` and its companions: see bench/search.py.
- ``import_peak_rss_mb``: peak resident memory of a ``fieldvault import`` process storing a 2 GiB file.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.service import VaultService
from vault.crypto import calibrate
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage import attachments, migrations, store

PASSPHRASE = "benchmark passphrase, not a secret"
MiB = 1024 * 1024
WORDS = [
    "cargo",
    "vessel",
    "container",
    "ammunition",
    "rifle",
    "serial",
    "lot",
    "marking",
    "embargo",
    "shipment",
    "airport",
    "manifest",
    "broker",
    "payment",
    "account",
    "company",
    "director",
    "militia",
    "commander",
    "convoy",
    "border",
    "checkpoint",
    "warehouse",
    "invoice",
    "tanker",
    "aircraft",
    "registration",
    "flight",
    "witness",
    "interview",
    "meeting",
    "harbour",
    "customs",
    "seizure",
    "calibre",
    "cartridge",
]


def _write_random_file(path: Path, size: int) -> None:
    block = os.urandom(4 * MiB)
    with path.open("wb") as handle:
        written = 0
        while written < size:
            n = min(len(block), size - written)
            handle.write(block[:n])
            written += n
            block = block[1:] + block[:1]  # vary blocks so no two chunks are equal


def _unlock_s(workdir: Path) -> float:
    folder = workdir / "unlock.fvault"
    kdf = calibrate()
    vault, _ = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=kdf)
    vault.close()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        Vault.open(folder, Passphrase.from_text(PASSPHRASE)).close()
        times.append(time.perf_counter() - start)
    print(
        f"  unlock: argon2id {kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.lanes}", file=sys.stderr
    )
    return statistics.median(times)


def _import_mb_s(workdir: Path, source: Path, size: int) -> float:
    svc, _ = VaultService.create(
        workdir / "import.fvault", Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05)
    )
    try:
        start = time.perf_counter()
        report = svc.evidence.import_files([source])
        elapsed = time.perf_counter() - start
        if report.outcomes[0].error is not None:
            raise RuntimeError(f"import failed: {report.outcomes[0].error}")
    finally:
        svc.close()
    return size / MiB / elapsed


def _plain_sqlite_mb_s(workdir: Path, source: Path, size: int) -> float:
    path = workdir / "plain.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA page_size = {store.PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA cache_size = -{store.CACHE_KIB}")
    with store.transaction(conn):
        migrations.upgrade(conn)
    start = time.perf_counter()
    with source.open("rb") as handle, store.transaction(conn):
        attachments.store_stream(conn, handle)
    elapsed = time.perf_counter() - start
    conn.close()
    return size / MiB / elapsed


def _import_peak_rss_mb(workdir: Path, size: int) -> float:
    folder = workdir / "rss.fvault"
    env = {**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE}
    # The vault uses the production KDF default (calibrated, 128 MiB): its memory counts in the peak.
    subprocess.run(
        [sys.executable, "-m", "app", "init", str(folder), "--json"], env=env, check=True, capture_output=True
    )
    big = workdir / "big.bin"
    _write_random_file(big, size)
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(folder), str(big)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    big.unlink()
    if proc.returncode != 0:
        raise RuntimeError(f"fieldvault import exited {proc.returncode}")
    peak_kib = usage.ru_maxrss
    return peak_kib / 1024


def run(workdir: Path, quick: bool) -> dict[str, float]:
    size = (64 if quick else 512) * MiB
    source = workdir / "payload.bin"
    _write_random_file(source, size)
    figures: dict[str, float] = {}
    figures["unlock_s"] = _unlock_s(workdir)
    print(f"  unlock_s {figures['unlock_s']:.3f}", file=sys.stderr)
    figures["import_mb_s"] = _import_mb_s(workdir, source, size)
    figures["sqlite_plain_mb_s"] = _plain_sqlite_mb_s(workdir, source, size)
    print(
        f"  import {figures['import_mb_s']:.0f} MiB/s, plain {figures['sqlite_plain_mb_s']:.0f}",
        file=sys.stderr,
    )
    source.unlink()
    figures["import_peak_rss_mb"] = _import_peak_rss_mb(workdir, (256 if quick else 2048) * MiB)
    return figures
