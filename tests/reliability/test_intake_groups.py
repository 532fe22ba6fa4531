"""Small files committed several to a transaction (vault/intake/grouped.py) keep the guarantees of one
transaction each: killed at the group's commit, none of the group is stored and none was reported; killed
at random, every file reported is there and what is stored is the batch's first files; a full disk at a
group's commit keeps the files before the failing one, each reported, and names every file not stored."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

from app.service import VaultService
from tests.helpers import PASSPHRASE
from tests.reliability.campaign import intake_batch_campaign, new_vault
from tests.reliability.kill import run_driver
from vault.keys.secret import Passphrase

ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path, count: int, size: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"f{i:02d}.bin"
        path.write_bytes(os.urandom(size))
        paths.append(path)
    return paths


def test_an_import_killed_at_its_group_commit_stores_none_of_the_group_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "killed.fvault"
    new_vault(folder)
    paths = _files(tmp_path / "files", 6, 50_000)

    run = run_driver(
        ["intake_batch", str(folder), *map(str, paths)],
        kill_after_s=None,
        env={"FIELDVAULT_DIE_BEFORE": "vault.intake.grouped:_commit"},
    )

    assert run.returncode == -9
    assert run.promises("stored") == []  # nobody was told anything was stored ...
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert service.verify().ok
        assert service.records.count("evidence") == 0  # ... and nothing of the group is there
        assert service._vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    finally:
        service.close()

    again = run_driver(["intake_batch", str(folder), *map(str, paths)], kill_after_s=None)  # resumed

    assert again.returncode == 0
    told = {fields[1] for fields in again.promises("stored")}
    assert told == {hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def test_a_batched_import_killed_at_random_moments_keeps_every_reported_file_and_a_prefix(
    tmp_path: Path,
) -> None:
    outcome = intake_batch_campaign(tmp_path, trials=7, seed=20261205)
    assert outcome.failures == []
    assert outcome.killed_mid_work >= 1
    assert outcome.promises_checked > 0


def test_a_full_disk_at_a_group_commit_keeps_the_files_before_it_and_names_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "full.fvault"
    new_vault(folder)
    paths = _files(tmp_path / "files", 12, 600_000)  # 7 MB in all: one group
    limit = (folder / "vault.db").stat().st_size + 3 * 1024 * 1024  # room for about four of them

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "app", "import", str(folder), *map(str, paths), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=limit_file_size,  # noqa: PLW1509
        env={**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE},
        check=False,
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    stored = [item["name"] for item in json.loads(result.stdout)]
    assert 1 <= len(stored) < len(paths)
    assert stored == [p.name for p in paths[: len(stored)]]  # the files before the full disk, in order
    for path in paths[len(stored) :]:  # every file not stored is named, with why
        assert f"cannot import {path}: " in result.stderr
    assert result.stderr.count("disk is full") == len(paths) - len(stored)
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        assert service.verify().ok
        assert sorted(s.title for s in service.records.list_records(kind="evidence")) == stored
    finally:
        service.close()
