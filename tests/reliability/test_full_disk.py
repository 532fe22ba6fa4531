"""A full disk (here: a file size limit, RLIMIT_FSIZE) gives a clear error and loses nothing stored: for
an import, a merge into the archive and a bundle export."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.reliability.group import create_vault, make_group, open_vault, receipt_ids, revision_hashes
from vault.keys.secret import Passphrase

ROOT = Path(__file__).resolve().parents[2]


def test_an_import_that_hits_the_size_limit_fails_clearly_and_keeps_earlier_items(tmp_path: Path) -> None:
    folder = tmp_path / "full.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    kept = service.records.add_note("Kept", "written before the disk filled")
    service.close()
    small = tmp_path / "small.bin"
    small.write_bytes(os.urandom(200_000))
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(12 * 1024 * 1024))
    limit = (folder / "vault.db").stat().st_size + 4 * 1024 * 1024

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "app", "import", str(folder), str(small), str(big), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=limit_file_size,  # noqa: PLW1509
        env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE},
        check=False,
    )
    assert result.returncode == 1
    assert "big.bin" in result.stderr
    assert "disk is full" in result.stderr
    assert "Traceback" not in result.stderr
    stored = [item["name"] for item in json.loads(result.stdout)]
    assert stored == ["small.bin"]
    again = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert again.verify().ok
        assert again.get(kept.id).body["body"] == "written before the disk filled"
        assert [s.title for s in again.records.list_records(kind="evidence")] == ["small.bin"]
    finally:
        again.close()


def _run_limited(args: list[str | Path], limit: int) -> subprocess.CompletedProcess[str]:
    """``fieldvault ARGS`` with every file it writes limited to ``limit`` bytes (RLIMIT_FSIZE)."""

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=limit_file_size,  # noqa: PLW1509
        env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE},
        check=False,
    )


def test_a_merge_that_hits_the_size_limit_fails_clearly_and_leaves_the_archive_as_it_was(
    tmp_path: Path,
) -> None:
    group = make_group(tmp_path, experts=("alice",))
    with open_vault(group.expert("alice")) as alice:
        alice.records.add_note("Harbour master", "delivered first")
        alice.bundles.write_bundle(group.archive_id, tmp_path / "small.fvb")
        big = tmp_path / "big.bin"
        # Random control bytes: 12 MiB the gate reads in full (random bytes of every value hold more text
        # runs than it reads, and a file it could not read in full does not travel).
        big.write_bytes(os.urandom(12 * 1024 * 1024).translate(bytes(i & 0x1F for i in range(256))))
        alice.evidence.import_files([big], workers=1)
        alice.bundles.write_bundle(group.archive_id, tmp_path / "big.fvb")
        delivered = revision_hashes(alice)
    with open_vault(group.archive) as archive:
        assert archive.bundles.merge_bundles([tmp_path / "small.fvb"])[0].status == "merged"
        before = archive.digest(), receipt_ids(archive)
    limit = (group.archive / "vault.db").stat().st_size + 4 * 1024 * 1024

    result = _run_limited(["archive", "merge", group.archive, tmp_path / "big.fvb"], limit)

    assert result.returncode == 1
    assert "disk is full" in result.stderr
    assert "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    with open_vault(group.archive) as archive:
        assert archive.verify().ok
        assert (archive.digest(), receipt_ids(archive)) == before
        assert archive.bundles.merge_bundles([tmp_path / "big.fvb"])[0].status == "merged"
        assert revision_hashes(archive) == delivered


def test_a_bundle_export_that_hits_the_size_limit_fails_clearly_and_marks_nothing_as_sent(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty.fvault"
    create_vault(empty)
    limit = (empty / "vault.db").stat().st_size + 2 * 1024 * 1024  # the schema's pages stay writable
    group = make_group(tmp_path / "group", experts=("alice",))
    with open_vault(group.expert("alice")) as alice:
        alice.records.add_note("Harbour master", "container numbers")
        for i in range(3):
            photo = tmp_path / f"photo{i}.bin"
            photo.write_bytes(os.urandom(limit))
            alice.evidence.import_files([photo], workers=1)
    out = tmp_path / "out" / "bundle.fvb"
    out.parent.mkdir()

    result = _run_limited(["bundle", group.expert("alice"), "--to", group.archive_id, "--out", out], limit)

    assert result.returncode == 2
    assert f"{out} cannot be written (disk full" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []  # neither the bundle nor its temporary file
    with open_vault(group.expert("alice")) as alice:
        assert alice.verify().ok
        written = alice.bundles.write_bundle(group.archive_id, out)
        assert written.sequence == 1
        assert written.attachments == 3
        delivered = revision_hashes(alice)
    with open_vault(group.archive) as archive:
        assert archive.bundles.merge_bundles([out])[0].new_attachments == 3
        assert revision_hashes(archive) == delivered
