"""``rekey`` killed with SIGKILL at every step and inside the re-encryption: the vault always opens with
its passphrase, under the old key or the new one, never neither, and holds everything it held.

Two kinds of kill, each a real SIGKILL of a real ``rekey`` in a subprocess:
- at each step: the driver kills itself just before, and just after, each of the rekey's durable
  filesystem operations (``os.fsync``, ``os.replace``, ``os.unlink``), counted in a first unkilled run;
- in time: killed from outside at moments spread over the re-encryption of a larger database (SQLCipher
  rewrites every page inside ``PRAGMA rekey``, where no Python code runs).

After each kill the vault is opened (which finishes or discards the interrupted rekey) and checked:
verify passes, every note is there, no pending envelope is left, the key does not change on a second
open, the recovery code that matches the key in use opens it, and a code the driver printed works.

Run as ``python -m tests.reliability.test_rekey_crash VAULT DIE_AT`` it is the driver itself.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.errors import WrongRecoveryCode
from vault.keys import keyslots, recovery
from vault.keys.secret import Passphrase, RecoveryCode
from vault.session import Vault

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("fsync", "replace", "unlink")
TIMEOUT_S = 120.0


# --- the driver (runs in the subprocess) --------------------------------------------------------------


def _die_at(point: str) -> list[int]:
    """Make this process SIGKILL itself at ``point`` (``before:N`` or ``after:N``: around its N-th durable
    filesystem step; ``count``: never), and print ``step N`` after each. Returns the running count."""
    when, _, number = point.partition(":")
    target = int(number or 0)
    count = [0]

    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            count[0] += 1
            if when == "before" and count[0] == target:
                os.kill(os.getpid(), signal.SIGKILL)
            try:
                return original(*args, **kwargs)
            finally:
                if when == "after" and count[0] == target:
                    os.kill(os.getpid(), signal.SIGKILL)
                print("step", count[0], flush=True)

        return step

    for name in STEPS:
        setattr(os, name, wrap(getattr(os, name)))
    return count


def driver(folder: str, point: str) -> int:
    passphrase = Passphrase.from_text(PASSPHRASE)
    service = VaultService.unlock(Path(folder), passphrase)
    count = _die_at(point)  # installed after unlocking: only the rekey's own steps count
    print("ready", flush=True)
    code = service.rekey(passphrase, FAST_KDF)
    print("rekeyed", recovery.display(code), flush=True)
    service.close()
    print("steps", count[0], flush=True)
    print("done", flush=True)
    return 0


# --- running and killing it ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    lines: list[str]
    at: dict[str, float]  # when each line was read (monotonic seconds)
    returncode: int
    journal_left: bool  # SQLite's rollback journal was there after the process ended: killed mid-rekey

    def value(self, word: str) -> str | None:
        return next((line.split(" ", 1)[1] for line in self.lines if line.startswith(word + " ")), None)


def run(folder: Path, point: str, kill: tuple[str, float] | None = None) -> Run:
    """Run the driver on ``folder``; with ``kill = (line, delay)``, SIGKILL it ``delay`` seconds after it
    printed ``line``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.test_rekey_crash", str(folder), point],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if not k.startswith("FIELDVAULT_")},
    )
    assert proc.stdout is not None
    lines: list[str] = []
    at: dict[str, float] = {}
    seen = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            lines.append(raw.decode().rstrip("\n"))
            at[lines[-1]] = time.monotonic()
            if kill is not None and lines[-1] == kill[0]:
                seen.set()
        seen.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if kill is not None:
        assert seen.wait(TIMEOUT_S), f"the driver never printed {kill[0]!r}"
        time.sleep(kill[1])
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
    proc.wait(TIMEOUT_S)
    reader.join(TIMEOUT_S)
    journal = folder / "vault.db-journal"
    return Run(lines, at, proc.returncode, journal.exists() and journal.stat().st_size > 0)


# --- what must hold after every kill ------------------------------------------------------------------


@dataclass
class Base:
    """A vault as it was before the rekey: a copy is rekeyed (and killed) in each trial."""

    folder: Path
    notes: dict[str, str]
    master: bytes
    code: RecoveryCode


def make_base(folder: Path, notes: int, body_bytes: int) -> Base:
    service, code = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        made = {}
        for i in range(notes):
            body = f"note {i} " + os.urandom(body_bytes).hex()
            made[service.records.add_note(f"Note {i}", body).id] = body
    finally:
        service.close()
    return Base(folder, made, _master(folder), code)


def _master(folder: Path) -> bytes:
    vault = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        return vault.master.reveal()
    finally:
        vault.close()


def check(base: Base, folder: Path, trial: Run) -> tuple[str, list[str]]:
    """Open the vault after ``trial``; return which key it ended under ("old" or "new") and problems."""
    problems = []
    service = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))  # never neither
    try:
        report = service.verify()
        problems += report.problems
        for note_id, body in base.notes.items():
            if service.get(note_id).body.get("body") != body:
                problems.append(f"note {note_id} changed")
    finally:
        service.close()
    left = sorted(p.name for p in folder.iterdir() if p.name.startswith(keyslots.PENDING_FILENAME))
    if left:
        problems.append(f"left behind after opening: {left}")
    master = _master(folder)
    if _master(folder) != master:
        problems.append("the key changed on a second open")
    key = "old" if master == base.master else "new"
    printed = trial.value("rekeyed")
    if printed is not None:
        if key != "new":
            problems.append("rekey said it was done but the old key is in use")
        Vault.open_with_recovery_code(folder, recovery.parse(printed)).close()
    try:
        Vault.open_with_recovery_code(folder, base.code).close()
        old_code_opens = True
    except WrongRecoveryCode:
        old_code_opens = False
    if old_code_opens != (key == "old"):
        problems.append(f"under the {key} key, the old recovery code opens it: {old_code_opens}")
    return key, problems


def _copy(base: Base, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(base.folder, folder)
    return folder


# --- the campaigns ------------------------------------------------------------------------------------


def test_rekey_killed_before_and_after_each_of_its_steps_leaves_a_vault_that_opens(tmp_path: Path) -> None:
    base = make_base(tmp_path / "base.fvault", notes=5, body_bytes=2_000)
    full = run(_copy(base, tmp_path / "trial.fvault"), "count")
    assert full.returncode == 0
    steps = int(full.value("steps") or 0)
    assert steps >= 6  # the pending envelope, the new envelope, removing the pending one
    key, problems = check(base, tmp_path / "trial.fvault", full)
    assert (key, problems) == ("new", [])

    outcomes: dict[str, int] = {"old": 0, "new": 0}
    failures = []
    points = [f"{when}:{n}" for n in range(1, steps + 1) for when in ("before", "after")]
    for point in points:
        folder = _copy(base, tmp_path / "trial.fvault")
        trial = run(folder, point)
        assert trial.returncode == -signal.SIGKILL, (point, trial.lines)
        key, problems = check(base, folder, trial)
        outcomes[key] += 1
        failures += [f"{point}: {p}" for p in problems]
    assert failures == []
    assert outcomes["old"] >= 2  # killed before the database took the new key ...
    assert outcomes["new"] >= 2  # ... and after: both sides of the commit were exercised


def test_rekey_killed_while_the_database_is_being_re_encrypted_leaves_a_vault_that_opens(
    tmp_path: Path,
) -> None:
    base = make_base(tmp_path / "base.fvault", notes=24, body_bytes=400_000)  # ~20 MB of pages
    full = run(_copy(base, tmp_path / "trial.fvault"), "count")
    assert full.returncode == 0
    assert check(base, tmp_path / "trial.fvault", full) == ("new", [])
    # The re-encryption is the longest gap between two steps (the pending envelope is durable at its
    # start; the new envelope is written at its end): kill at moments spread over it.
    steps = [line for line in full.lines if line.startswith("step ")]
    gaps = [(full.at[b] - full.at[a], a) for a, b in zip(steps, steps[1:], strict=False)]
    window, after = max(gaps)
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    failures = []
    mid_rekey = 0
    for i in range(1, 8):
        folder = _copy(base, tmp_path / "trial.fvault")
        trial = run(folder, "count", kill=(after, window * i / 8))
        mid_rekey += int(trial.returncode == -signal.SIGKILL and trial.journal_left)
        key, problems = check(base, folder, trial)
        outcomes[key] += 1
        failures += [f"kill at {i}/8 of {window:.2f}s after {after!r}: {p}" for p in problems]
    assert failures == []
    assert mid_rekey >= 3  # SQLite's journal was left: the kills did land inside PRAGMA rekey
    assert outcomes["old"] >= 3  # and the vault was rolled back to the old key


if __name__ == "__main__":
    sys.exit(driver(sys.argv[1], sys.argv[2]))
