"""Bundle benchmarks: export and import rates beside the stock ``age`` tool, and merge at archive scale.

Figures:
- ``bundle_export_mb_s``: writing a bundle holding 512 MiB of attachments (8 files of 64 MiB) from an
  expert vault: read from SQLCipher, tar, SHA-256 known, age-encrypt, fsync.
- ``bundle_import_mb_s``: merging that bundle into an empty archive: decrypt, verify, store, one commit.
- ``bundle_vault_import_mb_s``: the same 512 MiB imported as files into a vault in this run (the goal
  for import is ≥ 0.8 × this).
- ``age_encrypt_mb_s`` / ``age_decrypt_mb_s``: the ``age`` CLI on a 512 MiB file in this run (files in,
  files out); the goal for export is ≥ 0.5 × the encrypt rate. ``age_encrypt_synced_mb_s`` adds an
  fsync of age's output, as bundle export syncs its file before recording it (like for like).
- ``merge_10k_into_1m_s``: a 10,000-record bundle merged into an archive already holding 1,000,000
  records (built by bulk inserts of valid signed revisions).
- ``remerge_s``: the same bundle merged again (recognised from its receipt; changes nothing).

``--quick`` uses 64 MiB and a 100,000-record archive.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from app.service import VaultService
from bench.core import MiB, _write_random_file
from vault import canonical, crypto
from vault.age import keys
from vault.crypto import calibrate
from vault.keys.secret import Passphrase
from vault.storage import hlc, records, revisions, store

PASSPHRASE = "benchmark passphrase, not a secret"
FILES = 8


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise RuntimeError(what)


def _create(path: Path, role: str = "expert") -> VaultService:
    svc, _ = VaultService.create(path, Passphrase.from_text(PASSPHRASE), kdf=calibrate(0.05), role=role)
    return svc


def _group(workdir: Path, name: str) -> tuple[VaultService, VaultService, Path]:
    expert = _create(workdir / f"{name}-expert.fvault")
    archive = _create(workdir / f"{name}-archive.fvault", "archive")
    archive.bundles.export_identity(workdir / f"{name}-archive.id")
    expert.bundles.export_identity(workdir / f"{name}-expert.id")
    archive.bundles.enroll(workdir / f"{name}-expert.id", "Expert")
    return expert, archive, workdir / f"{name}-archive.id"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _age_rates(workdir: Path, payload: Path, size: int) -> tuple[float, float, float]:
    secret = crypto.new_agreement_key()
    key = workdir / "age.key"
    key.write_text(keys.x25519_identity(secret) + "\n")
    recipient = keys.x25519_recipient(crypto.agreement_public(secret))
    enc, dec = workdir / "payload.age", workdir / "payload.out"
    os.sync()
    start = time.perf_counter()
    subprocess.run(["age", "-r", recipient, "-o", str(enc), str(payload)], check=True)
    encrypt = size / MiB / (time.perf_counter() - start)
    _fsync(enc)  # age does not sync its output; a bundle is synced before it counts as written
    synced = size / MiB / (time.perf_counter() - start)
    os.sync()
    start = time.perf_counter()
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(dec), str(enc)], check=True)
    decrypt = size / MiB / (time.perf_counter() - start)
    enc.unlink()
    dec.unlink()
    return encrypt, synced, decrypt


def _rates(workdir: Path, size: int) -> dict[str, float]:
    expert, archive, archive_id = _group(workdir, "rate")
    files = []
    for i in range(FILES):
        path = workdir / f"attachment-{i}.bin"
        _write_random_file(path, size // FILES)
        files.append(path)
    figures: dict[str, float] = {}
    try:
        os.sync()
        start = time.perf_counter()
        report = expert.evidence.import_files(files)
        figures["bundle_vault_import_mb_s"] = size / MiB / (time.perf_counter() - start)
        _check(not report.failed, "importing the attachments failed")
        out = workdir / "rate.fvb"
        os.sync()  # each timed phase starts with no earlier writes still being flushed
        start = time.perf_counter()
        expert.bundles.write_bundle(archive_id, out)
        figures["bundle_export_mb_s"] = size / MiB / (time.perf_counter() - start)
        os.sync()
        start = time.perf_counter()
        (merged,) = archive.bundles.merge_bundles([out])
        figures["bundle_import_mb_s"] = size / MiB / (time.perf_counter() - start)
        _check(merged.status == "merged", "the bundle was not merged")
        _check(merged.new_attachments == FILES, "the bundle did not bring every attachment")
    finally:
        expert.close()
        archive.close()
    payload = workdir / "payload.bin"
    with payload.open("wb") as sink:
        for path in files:
            sink.write(path.read_bytes())
            path.unlink()
    rates = _age_rates(workdir, payload, size)
    figures["age_encrypt_mb_s"], figures["age_encrypt_synced_mb_s"], figures["age_decrypt_mb_s"] = rates
    payload.unlink()
    out.unlink()
    return figures


def _bulk_archive(archive: VaultService, count: int) -> None:
    """``count`` records of signed revisions by a legacy key, inserted directly (rows as records.apply
    would leave them), in batches."""
    legacy = crypto.new_signing_key()
    author = crypto.signing_public(legacy).hex()
    conn = archive._vault.conn
    base = 1_700_000_000_000
    batch = 20_000
    for first in range(0, count, batch):
        revs = []
        for i in range(first, min(first + batch, count)):
            body = {"title": f"Legacy note {i}", "body": f"archived material number {i}"}
            record_id = f"00000000-0000-4000-8000-{i:012d}"
            revs.append(
                revisions.make(
                    record_id, "note", author, legacy, hlc.format_hlc(base + i, 0), (), False, body
                )
            )
        with store.transaction(conn):
            conn.executemany(
                "INSERT INTO revisions (hash, record_id, kind, author, hlc, parents, tombstone, body, "
                "signature) VALUES (?, ?, ?, ?, ?, '[]', 0, ?, ?)",
                [
                    (
                        r.hash,
                        r.record_id,
                        r.kind,
                        r.author,
                        r.hlc,
                        canonical.dumps_text(dict(r.body)),
                        r.signature,
                    )
                    for r in revs
                ],
            )
            conn.executemany(
                "INSERT INTO heads (record_id, hash) VALUES (?, ?)", [(r.record_id, r.hash) for r in revs]
            )
            conn.executemany(
                "INSERT INTO records (id, kind, head, head_count, deleted, title, investigation, created, "
                "updated) VALUES (?, 'note', ?, 1, 0, ?, NULL, ?, ?)",
                [(r.record_id, r.hash, r.body["title"], r.hlc, r.hlc) for r in revs],
            )
            conn.execute(
                "INSERT INTO search (rowid, title, text) SELECT n, title, 'archived material' FROM records "
                "WHERE n > (SELECT coalesce(max(rowid), 0) FROM search)"
            )
        print(f"  archive: {min(first + batch, count):,} records", file=sys.stderr)


def _merge_at_scale(workdir: Path, archive_records: int, bundle_records: int) -> dict[str, float]:
    expert, archive, archive_id = _group(workdir, "scale")
    try:
        conn = expert._vault.conn
        with store.transaction(conn):
            for i in range(bundle_records):
                records.create(
                    conn, expert._vault.identity, "note", {"title": f"Field note {i}", "body": "text"}
                )
        out = workdir / "scale.fvb"
        expert.bundles.write_bundle(archive_id, out)
        _bulk_archive(archive, archive_records)
        start = time.perf_counter()
        (report,) = archive.bundles.merge_bundles([out])
        merge_s = time.perf_counter() - start
        _check(report.status == "merged", "the 10k bundle was not merged")
        _check(len(report.new_records) == bundle_records, "the 10k bundle did not bring every record")
        start = time.perf_counter()
        (again,) = archive.bundles.merge_bundles([out])
        remerge_s = time.perf_counter() - start
        _check(again.status == "already merged", "the remerge was not recognised")
    finally:
        expert.close()
        archive.close()
    return {"merge_10k_into_1m_s": merge_s, "remerge_s": remerge_s}


def run(workdir: Path, quick: bool) -> dict[str, float]:
    figures = _rates(workdir, (64 if quick else 512) * MiB)
    print(
        "  export {bundle_export_mb_s:.0f} MiB/s (age CLI encrypt {age_encrypt_mb_s:.0f}, "
        "{age_encrypt_synced_mb_s:.0f} synced); import "
        "{bundle_import_mb_s:.0f} MiB/s (vault import {bundle_vault_import_mb_s:.0f}, age CLI decrypt "
        "{age_decrypt_mb_s:.0f})".format(**figures),
        file=sys.stderr,
    )
    figures.update(_merge_at_scale(workdir, 100_000 if quick else 1_000_000, 10_000))
    print(
        f"  merge {figures['merge_10k_into_1m_s']:.2f} s, remerge {figures['remerge_s']:.3f} s",
        file=sys.stderr,
    )
    return figures
