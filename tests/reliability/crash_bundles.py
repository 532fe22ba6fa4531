"""Crash campaigns for bundles: an export and a merge, each killed with SIGKILL at random moments.

Export: after each kill the expert's vault verifies; a file under the requested name exists only if it
is a complete bundle (the archive accepts it); and the next bundle still carries everything not yet
delivered, so once the archive has merged whatever files exist, it holds every revision and attachment
the expert committed.

Merge: each trial kills a merge of the same bundles into a fresh copy of the same archive. The archive
must then verify and be exactly in the state after the bundles reported merged, or after one more
(committed just before the kill): its content digest and receipts are compared with those of a
reference archive that merged the bundles one by one. Merging again finishes the work.
"""

from __future__ import annotations

import contextlib
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.campaign import ROUND, Outcome
from tests.reliability.group import (
    Group,
    add_work,
    blob_hashes,
    copy_vault,
    make_group,
    open_vault,
    receipt_ids,
    revision_hashes,
)
from tests.reliability.kill import run_driver
from vault.exchange.bundle_plan import NothingNew

ACCEPTED = ("merged", "already merged")


@dataclass
class BundleOutcome(Outcome):
    """A crash campaign's figures, with what the bundle campaigns count besides."""

    orphans: int = 0  # complete bundles left under the requested name by a kill before recording
    partial_files: int = 0  # temporary ciphertext files left beside the output by a kill
    rolled_back: int = 0  # merges interrupted before their commit: the archive as before
    committed_unreported: int = 0  # merges committed just before the kill, before reporting
    notes: list[str] = field(default_factory=list)


def export_campaign(workdir: Path, trials: int, seed: int, base_files: int = 10) -> BundleOutcome:
    """Export bundles (everything, or since the last one) killed at random moments; a fresh group of
    vaults every ROUND trials."""
    rng = random.Random(seed)  # noqa: S311 - test data and kill times, not security
    outcome = BundleOutcome()
    for start in range(0, trials, ROUND):
        folder = workdir / f"round-{start // ROUND}"
        _export_round(folder, range(start, min(trials, start + ROUND)), rng, base_files, outcome)
        shutil.rmtree(folder)
    return outcome


def _export_round(
    workdir: Path, trials: range, rng: random.Random, base_files: int, outcome: BundleOutcome
) -> None:
    group = make_group(workdir / "group", experts=("alice",))
    alice = group.expert("alice")
    scratch = workdir / "scratch"
    out_dir = workdir / "out"
    scratch.mkdir()
    out_dir.mkdir()
    with open_vault(alice) as expert:
        add_work(expert, rng, scratch, notes=20, files=base_files)
    windows: dict[str, float] = {}  # seconds of work per mode, measured by runs that were not killed
    for mode in ("all", "since"):
        out = out_dir / f"calibration-{mode}.fvb"
        windows[mode] = run_driver(["bundle", str(alice), str(group.archive_id), str(out), mode], None).work_s
        outcome.failures += _deliver_the_rest(group, out, out_dir / f"calibration-{mode}-next.fvb", outcome)
    for trial in trials:
        with open_vault(alice) as expert:
            add_work(expert, rng, scratch, notes=3, files=1)
        mode = "all" if rng.random() < 0.4 else "since"
        out = out_dir / f"t{trial}.fvb"
        run = run_driver(
            ["bundle", str(alice), str(group.archive_id), str(out), mode], rng.uniform(0, windows[mode] * 1.3)
        )
        # Unkilled runs measure the work; kills widen the window so its end (write, link, record) is hit too.
        windows[mode] = windows[mode] * 1.15 if run.killed else max(0.005, run.work_s)
        outcome.trials += 1
        outcome.killed_mid_work += int(run.mid_work)
        promised = run.promises("wrote")
        problems: list[str] = []
        if promised and not out.exists():
            problems.append("the bundle was reported written but its file is missing")
        if out.exists() and not promised:
            outcome.orphans += 1
        for leftover in out_dir.glob(".*.partial"):
            outcome.partial_files += 1
            leftover.unlink()
        problems += _deliver_the_rest(group, out, out_dir / f"t{trial}-next.fvb", outcome)
        outcome.failures += [f"export trial {trial}: {p}" for p in problems]


def _deliver_the_rest(group: Group, killed: Path, following: Path, outcome: BundleOutcome) -> list[str]:
    """Verify the expert, write the next bundle, merge every file that exists; all must arrive."""
    with open_vault(group.expert("alice")) as expert:
        problems = list(expert.verify().problems)
        with contextlib.suppress(NothingNew):  # the killed export delivered all: no empty bundle after it
            expert.bundles.write_bundle(group.archive_id, following)
        committed = revision_hashes(expert)
        originals = blob_hashes(expert)
    with open_vault(group.archive) as archive:
        files = [p for p in (killed, following) if p.exists()]
        for path, report in zip(files, archive.bundles.merge_bundles(files), strict=True):
            if report.status not in ACCEPTED:
                problems.append(f"{path.name} was refused ({report.reason}): {report.message}")
        missing = committed - revision_hashes(archive)
        missing_blobs = originals - blob_hashes(archive)
        problems += [f"{len(missing)} committed revision(s) never delivered"] if missing else []
        problems += [f"{len(missing_blobs)} attachment(s) never delivered"] if missing_blobs else []
        problems += archive.verify().problems
    outcome.promises_checked += len(committed) + len(originals)
    return problems


State = tuple[str, frozenset[str]]  # content digest, bundle ids with a receipt


def _make_bundles(group: Group, rng: random.Random, count: int) -> list[Path]:
    bundles = []
    scratch = group.root / "scratch"
    scratch.mkdir()
    for i in range(count):
        name = ("alice", "bob")[i % 2]
        with open_vault(group.expert(name)) as expert:
            add_work(expert, rng, scratch, notes=rng.randint(5, 40), files=rng.randint(1, 3))
            path = group.root / f"b{i}-{name}.fvb"
            expert.bundles.write_bundle(group.archive_id, path)
        bundles.append(path)
    return bundles


def _state(folder: Path) -> State:
    with open_vault(folder) as archive:
        return archive.digest(), frozenset(receipt_ids(archive))


def merge_campaign(workdir: Path, trials: int, seed: int, bundles: int = 6) -> BundleOutcome:
    """Merge the same bundles into fresh copies of one archive, killed at random moments."""
    rng = random.Random(seed)  # noqa: S311 - test data and kill times, not security
    outcome = BundleOutcome()
    group = make_group(workdir / "group")
    paths = _make_bundles(group, rng, bundles)
    states: list[State] = [_state(group.archive)]
    reference = copy_vault(group.archive, workdir / "reference.fvault")
    with open_vault(reference) as archive:
        for path in paths:
            (report,) = archive.bundles.merge_bundles([path])
            assert report.status == "merged", report.message  # noqa: S101 - the campaign's own set-up
            states.append((archive.digest(), frozenset(receipt_ids(archive))))
    calibration = copy_vault(group.archive, workdir / "calibration.fvault")
    window = run_driver(["merge", str(calibration), *map(str, paths)], None).work_s
    if _state(calibration) != states[-1]:
        outcome.failures.append("an uninterrupted merge by the driver differs from the reference")
    for trial in range(trials):
        folder = copy_vault(group.archive, workdir / f"trial-{trial}.fvault")
        run = run_driver(["merge", str(folder), *map(str, paths)], rng.uniform(0, window * 1.2))
        outcome.trials += 1
        outcome.killed_mid_work += int(run.mid_work)
        reported = len(run.promises("merged"))
        outcome.promises_checked += reported
        problems = _check_merge(folder, paths, states, reported, outcome)
        outcome.failures += [f"merge trial {trial}: {p}" for p in problems]
        shutil.rmtree(folder)
    return outcome


def _check_merge(
    folder: Path, paths: list[Path], states: list[State], reported: int, outcome: BundleOutcome
) -> list[str]:
    with open_vault(folder) as archive:
        problems = list(archive.verify().problems)
        state = archive.digest(), frozenset(receipt_ids(archive))
        if state == states[reported]:
            done = reported
            outcome.rolled_back += int(reported < len(paths))
        elif reported + 1 < len(states) and state == states[reported + 1]:
            done = reported + 1
            outcome.committed_unreported += 1
        else:
            return [*problems, f"after {reported} reported merge(s) the archive is in no state a merge makes"]
        statuses = [r.status for r in archive.bundles.merge_bundles(paths)]
        expected = ["already merged"] * done + ["merged"] * (len(paths) - done)
        if statuses != expected:
            problems.append(f"merging again gave {statuses}, expected {expected}")
        if (archive.digest(), frozenset(receipt_ids(archive))) != states[-1]:
            problems.append("merging again did not reach the reference archive's content")
        problems += archive.verify().problems
    return problems
