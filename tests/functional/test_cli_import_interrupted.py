"""Ctrl-C during `fieldvault import`: the files committed so far are kept and listed, every file not stored
is named, and the same command again stores just those (the others are recognised as already held)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.keys.secret import Passphrase

ROOT = Path(__file__).resolve().parents[2]


def _import(folder: Path, paths: list[Path]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "import", str(folder), *map(str, paths), "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE},
    )


def test_an_interrupted_import_lists_what_was_stored_and_names_every_file_not_stored(tmp_path: Path) -> None:
    folder = tmp_path / "ctrl-c.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.close()
    files = tmp_path / "files"
    files.mkdir()
    paths = []
    for i in range(150):
        path = files / f"f{i:03d}.bin"
        path.write_bytes(os.urandom(100_000))
        paths.append(path)
    empty = (folder / "vault.db").stat().st_size

    proc = _import(folder, paths)
    while proc.poll() is None and (folder / "vault.db").stat().st_size < empty + 1_000_000:
        time.sleep(0.005)  # until a first group of files is committed
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=300)

    assert proc.returncode == 130, err
    assert "Traceback" not in err
    stored = [item["name"] for item in json.loads(out)]
    assert 1 <= len(stored) < len(paths)
    assert stored == [p.name for p in paths[: len(stored)]]
    missing = [line.removeprefix("fieldvault: not imported (interrupted): ") for line in err.splitlines()
               if line.startswith("fieldvault: not imported (interrupted): ")]  # fmt: skip
    assert missing == [str(p) for p in paths[len(stored) :]]
    again = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert again.verify().ok
        assert again.records.count("evidence") == len(stored)
    finally:
        again.close()

    resumed = _import(folder, paths)
    out, err = resumed.communicate(timeout=300)

    assert resumed.returncode == 0, err
    duplicates = [item["duplicate"] for item in json.loads(out)]
    assert duplicates == [True] * len(stored) + [False] * (len(paths) - len(stored))
