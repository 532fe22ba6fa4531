"""Crash campaigns: kill a working ``fieldvault`` process with SIGKILL at random moments, then prove
that the vault verifies and that everything reported as committed is there.

Used by the quick tests in this folder (a few trials, in CI) and by ``scripts/campaigns.sh`` (hundreds
of trials, figures for the issue notes).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.reliability.kill import run_driver
from vault.keys.secret import Passphrase


@dataclass
class Outcome:
    """What a crash campaign did and found."""

    trials: int = 0
    killed_mid_work: int = 0
    promises_checked: int = 0
    failures: list[str] = field(default_factory=list)


# Trials per vault: a long campaign starts a fresh vault this often, so that verifying after each trial
# (which re-hashes every attachment) does not grow with the square of the number of trials.
ROUND = 25


def new_vault(folder: Path) -> None:
    """An empty vault (cheap KDF parameters), closed."""
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.close()


def check_vault(folder: Path, check: Callable[[VaultService], list[str]]) -> list[str]:
    """Everything ``verify`` finds in the vault, then what ``check`` finds."""
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
    try:
        report = service.verify()
        return [*report.problems, *check(service)]
    finally:
        service.close()


def intake_campaign(workdir: Path, trials: int, seed: int) -> Outcome:
    """Import a batch of files repeatedly, killed at random moments; every 'stored' must be present."""
    rng = random.Random(seed)  # noqa: S311 - choosing kill times, not security
    outcome = Outcome()
    sources = workdir / "sources"
    sources.mkdir()
    promised: dict[str, str] = {}
    window = 1.0  # seconds of work from "ready" to "done", as the last unkilled run measured it
    for trial in range(trials):
        folder = workdir / f"crash-{trial // ROUND}.fvault"
        if trial % ROUND == 0:
            shutil.rmtree(workdir / f"crash-{trial // ROUND - 1}.fvault", ignore_errors=True)
            new_vault(folder)
            promised.clear()
        files = []
        for i in range(6):
            path = sources / f"t{trial}-{i}.bin"
            path.write_bytes(os.urandom(rng.randint(1, 3 * 1024 * 1024)))
            files.append(str(path))
        run = run_driver(["intake", str(folder), *files], rng.uniform(0.0, window * 1.3))
        # Unkilled runs measure the work; kills widen the window so that its end is hit too.
        window = window * 1.15 if run.killed else max(0.01, run.work_s)
        outcome.trials += 1
        outcome.killed_mid_work += int(run.mid_work)
        for rec_id, sha in run.promises("stored"):
            promised[rec_id] = sha

        def present(service: VaultService) -> list[str]:
            missing = []
            for rec_id, sha in promised.items():
                rec = service.get(rec_id)
                if rec.body.get("sha256") != sha:
                    missing.append(f"item {rec_id} reported stored but its hash differs")
            return missing

        problems = check_vault(folder, present)
        outcome.promises_checked += len(promised)
        outcome.failures += [f"trial {trial}: {p}" for p in problems]
        for f in files:
            Path(f).unlink()
    return outcome


def notes_campaign(workdir: Path, trials: int, seed: int, max_delay_s: float = 1.0) -> Outcome:
    """Add and edit notes, killed at random moments; each promised state (or a later one) must be there."""
    rng = random.Random(seed)  # noqa: S311 - choosing kill times, not security
    outcome = Outcome()
    latest: dict[str, str] = {}
    for trial in range(trials):
        folder = workdir / f"notes-{trial // ROUND}.fvault"
        if trial % ROUND == 0:
            shutil.rmtree(workdir / f"notes-{trial // ROUND - 1}.fvault", ignore_errors=True)
            new_vault(folder)
            latest.clear()
        run = run_driver(["notes", str(folder), "400"], rng.uniform(0.0, max_delay_s))
        outcome.trials += 1
        outcome.killed_mid_work += int(run.mid_work)
        for rec_id, state, number in run.promises("note"):
            latest[rec_id] = f"{state} {number}"

        def present(service: VaultService) -> list[str]:
            wrong = []
            for rec_id, state in latest.items():
                body = str(service.get(rec_id).body.get("body"))
                # "body i" may have become "edited i" after the promise was printed; never anything else
                if body != state and not (
                    state.startswith("body") and body == state.replace("body", "edited")
                ):
                    wrong.append(f"note {rec_id}: expected '{state}', found '{body}'")
            return wrong

        problems = check_vault(folder, present)
        outcome.promises_checked += len(latest)
        outcome.failures += [f"trial {trial}: {p}" for p in problems]
    return outcome


def intake_batch_campaign(workdir: Path, trials: int, seed: int) -> Outcome:
    """Import a batch of small files in one call (committed in groups), killed at random moments: every
    file reported stored is there, and what is stored is the batch's first files in order (a group
    commits whole or not at all, and groups commit in order): nothing of a later file without the
    earlier ones, nothing half-stored (the vault verifies)."""
    rng = random.Random(seed)  # noqa: S311 - choosing kill times and sizes, not security
    outcome = Outcome()
    window = 1.0
    for trial in range(trials):
        folder = workdir / f"batch-{trial}.fvault"
        new_vault(folder)
        files = workdir / f"files-{trial}"
        files.mkdir()
        paths = []
        for i in range(24):
            path = files / f"b{i:02d}.bin"
            path.write_bytes(os.urandom(rng.randint(1, 300 * 1024)))
            paths.append(path)
        # The first run is not killed: it measures the work, so that later kills land all through it.
        delay = rng.uniform(0.0, window * 1.1) if trial else None
        run = run_driver(["intake_batch", str(folder), *map(str, paths)], delay)
        window = window * 1.15 if run.killed else max(0.01, run.work_s)
        outcome.trials += 1
        outcome.killed_mid_work += int(run.mid_work)
        promised = {fields[0]: fields[1] for fields in run.promises("stored")}
        order = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]

        def held(
            service: VaultService, promised: dict[str, str] = promised, order: list[str] = order
        ) -> list[str]:
            problems = []
            for rec_id, sha in promised.items():
                if service.get(rec_id).body.get("sha256") != sha:
                    problems.append(f"item {rec_id} reported stored but its hash differs")
            summaries = service.records.list_records(kind="evidence")
            stored = {str(service.get(s.id).body["sha256"]) for s in summaries}
            if stored != set(order[: len(stored)]):
                problems.append(f"stored files are not the batch's first {len(stored)}")
            return problems

        outcome.failures += [f"trial {trial}: {p}" for p in check_vault(folder, held)]
        outcome.promises_checked += len(promised)
        shutil.rmtree(files)
        shutil.rmtree(folder)
    return outcome
