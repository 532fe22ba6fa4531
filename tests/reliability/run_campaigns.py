"""The long reliability campaigns, run from ``scripts/campaigns.sh``: figures for the issue notes.

``python -m tests.reliability.run_campaigns [--trials N] [--seed S] [--only NAME …]`` runs the same
campaign code as the quick tests with ``N`` trials (crashes), ``N`` offsets per region and ``2N``
truncations (tamper), ``5N`` mutants (hostile files) and ``50N`` examples per target (fuzzing), prints
the figures of each, and exits 1 if any campaign found a failure.
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tests.reliability.campaign import Outcome, intake_campaign, notes_campaign
from tests.reliability.crash_bundles import BundleOutcome, export_campaign, merge_campaign
from tests.reliability.hostile import hostile_campaign
from tests.reliability.tamper import tamper_campaign

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def _crash(name: str, o: Outcome) -> list[str]:
    lines = [
        f"{name}: {o.trials} trials, {o.killed_mid_work} killed mid-work, "
        f"{o.promises_checked} promises checked, {len(o.failures)} failures"
    ]
    if isinstance(o, BundleOutcome):
        lines.append(
            f"  complete bundles left by a kill before recording: {o.orphans}; temporary .partial files "
            f"left: {o.partial_files}; merges rolled back: {o.rolled_back}; committed before their "
            f"report: {o.committed_unreported}"
        )
    return lines + [f"  FAILURE {f}" for f in o.failures]


def run_crashes(work: Path, trials: int, seed: int, only: list[str]) -> int:
    """The four crash campaigns; returns the number of failures."""
    failures = 0
    runs: dict[str, Callable[[Path], Outcome]] = {
        "crash: intake": lambda w: intake_campaign(w, trials, seed),
        "crash: note edits": lambda w: notes_campaign(w, trials, seed),
        "crash: bundle export": lambda w: export_campaign(w, trials, seed),
        "crash: archive merge": lambda w: merge_campaign(w, trials, seed),
    }
    for i, (name, run) in enumerate(runs.items()):
        if _wanted(name, only):
            folder = work / f"crash-{i}"
            folder.mkdir()
            outcome = _timed(name, functools.partial(run, folder))
            print("\n".join(_crash(name, outcome)), flush=True)
            failures += len(outcome.failures)
    return failures


def run_tamper(work: Path, trials: int, seed: int) -> int:
    """The tamper campaign with its refusals per class; returns the number of failures."""
    outcome = _timed("tamper", lambda: tamper_campaign(work / "tamper", trials, seed, cli_per_class=1))
    print(
        f"tamper: {outcome.forgeries} forged or replayed bundles offered, "
        f"{sum(outcome.refused.values())} refused with the expected reason, {outcome.replays_unchanged} "
        f"replays changed nothing, {outcome.cli_checked} checked through the CLI, "
        f"{len(outcome.failures)} failures"
    )
    for kind, n in sorted(outcome.refused.items()):
        print(f"  {n:6d}  {kind}")
    print("  by reason: " + ", ".join(f"{r} {n}" for r, n in outcome.reasons.most_common()))
    print("\n".join(f"  FAILURE {f}" for f in outcome.failures), flush=True)
    return len(outcome.failures)


def run_hostile(work: Path, trials: int, seed: int) -> int:
    """The hostile files campaign; returns the number of failures."""
    outcome = _timed("hostile files", lambda: hostile_campaign(work / "hostile", 5 * trials, seed))
    print(
        f"hostile files: {outcome.files} files imported through the CLI, {outcome.stored} stored as "
        f"received, {outcome.warned} flagged 'could not be read', {outcome.refused_by_name} special files "
        f"refused by name, {len(outcome.failures)} failures"
    )
    for echoed in outcome.control_characters_echoed:
        print(f"  finding (CLI output): control characters from file names reach the terminal: {echoed}")
    print("\n".join(f"  FAILURE {f}" for f in outcome.failures), flush=True)
    return len(outcome.failures)


def run_fuzz(trials: int, seed: int) -> int:
    """The fuzzing process under a hang-detecting timeout; returns the failing targets."""
    started = time.monotonic()
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.reliability.fuzz",
                "--examples",
                str(50 * trials),
                "--seed",
                str(seed),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=6 * 3600,  # hang detector
            check=False,
        )
    except subprocess.TimeoutExpired:
        print("fuzz: HANG (the fuzzing process did not end)")
        return 1
    failures = 0
    for line in result.stdout.splitlines():
        f = json.loads(line)
        failures += int(f["failure"] is not None)
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(f["outcomes"].items()))
        found = ", ".join(f"{k} {v}" for k, v in sorted(f["findings"].items()))
        print(f"  fuzz {f['target']}: {f['examples']} examples ({outcomes})")
        if found:
            print(f"    finding: exceptions other than Unreadable out of the reader: {found}")
        if f["failure"]:
            print(f"    FAILURE {f['failure']}")
    if result.returncode not in (0, 1):
        print(f"fuzz: the fuzzing process failed (exit {result.returncode}): {result.stderr[-1000:]}")
        failures += 1
    print(f"fuzz: {failures} failing targets ({time.monotonic() - started:.0f} s)", flush=True)
    return failures


def _timed(name: str, work: Callable[[], T]) -> T:
    started = time.monotonic()
    result = work()
    print(f"[{name}: {time.monotonic() - started:.0f} s]", flush=True)
    return result


def _wanted(name: str, only: list[str]) -> bool:
    return not only or any(o in name for o in only)


def main(argv: list[str]) -> int:
    """Run the campaigns asked for and print their figures; exit 1 on any failure."""
    parser = argparse.ArgumentParser(prog="scripts/campaigns.sh")
    parser.add_argument("--trials", type=int, default=100, help="trials per campaign (default 100)")
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--only", nargs="*", default=[], help="campaigns whose name contains one of these")
    args = parser.parse_args(argv)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="fieldvault-campaigns-") as folder:
        work = Path(folder)
        failures += run_crashes(work, args.trials, args.seed, args.only)
        if _wanted("tamper", args.only):
            failures += run_tamper(work, args.trials, args.seed)
        if _wanted("hostile files", args.only):
            failures += run_hostile(work, args.trials, args.seed)
        if _wanted("fuzz", args.only):
            failures += run_fuzz(args.trials, args.seed)
    print(f"campaigns: {failures} failures in all")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
