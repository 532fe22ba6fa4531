"""A full disk (here: a file size limit, RLIMIT_FSIZE) gives a clear error and loses nothing stored."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.secret import Passphrase

ROOT = Path(__file__).resolve().parents[2]


def test_an_import_that_hits_the_size_limit_fails_clearly_and_keeps_earlier_items(tmp_path: Path) -> None:
    folder = tmp_path / "full.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    kept = service.add_note("Kept", "written before the disk filled")
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
        assert [s.title for s in again.list_records(kind="evidence")] == ["small.bin"]
    finally:
        again.close()
