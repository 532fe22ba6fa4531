"""Property: merging is a set union — any order, any repetition of the same bundles gives the same
``verify --json`` digest (and a sound archive)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.service import VaultService
from tests.helpers import PASSPHRASE
from tests.unit.test_bundles import make_group
from vault.keys.secret import Passphrase


@pytest.fixture(scope="module")
def bundles() -> Iterator[tuple[Path, list[Path], str]]:
    """An empty enrolled archive (to copy per example), five overlapping bundles, the expected digest."""
    root = Path(tempfile.mkdtemp(prefix="fv-merge-prop-"))
    g = make_group(root)
    try:
        a1 = g.alice.records.add_note("a1", "one")
        a2 = g.alice.records.add_note("a2", "two")
        paths = [g.bundle(g.alice, "alice-1")]
        g.alice.records.edit_record(a1.id, {"body": "one, edited"})
        g.alice.records.delete_record(a2.id, "duplicate")
        g.alice.records.add_note("a3", "three")
        paths.append(g.bundle(g.alice, "alice-2"))
        paths.append(g.bundle(g.alice, "alice-all", everything=True))
        b1 = g.bob.records.add_note("b1", "bob")
        paths.append(g.bundle(g.bob, "bob-1"))
        g.bob.records.edit_record(b1.id, {"body": "bob, edited"})
        paths.append(g.bundle(g.bob, "bob-2"))
        g.archive.close()
        template = root / "template.fvault"
        shutil.copytree(root / "archive.fvault", template)
        g.archive = VaultService.unlock(root / "archive.fvault", Passphrase.from_text(PASSPHRASE))
        reports = g.archive.bundles.merge_bundles(paths)
        assert [r.status for r in reports] == ["merged"] * len(paths)
        expected = g.archive.verify().digest
        yield template, paths, expected
    finally:
        for svc in (g.archive, g.alice, g.bob):
            svc.close()
        shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=12), data=st.data())
def test_any_order_and_repetition_gives_the_same_digest(
    bundles: tuple[Path, list[Path], str], order: list[int], data: st.DataObject
) -> None:
    template, paths, expected = bundles
    # Every bundle at least once, in the drawn order, with the drawn repetitions mixed in.
    sequence = data.draw(st.permutations([*range(len(paths)), *order]))
    with tempfile.TemporaryDirectory(prefix="fv-merge-ex-") as tmp:
        folder = Path(tmp) / "archive.fvault"
        shutil.copytree(template, folder)
        archive = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
        try:
            reports = archive.bundles.merge_bundles([paths[i] for i in sequence])
            assert {r.status for r in reports} <= {"merged", "already merged"}
            assert sum(r.status == "merged" for r in reports) == len(paths)
            report = archive.verify()
        finally:
            archive.close()
    assert report.ok, report.problems
    assert report.digest == expected


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(split=st.integers(min_value=1, max_value=4), data=st.data())
def test_merging_in_two_archives_then_the_rest_is_associative(
    bundles: tuple[Path, list[Path], str], split: int, data: st.DataObject
) -> None:
    """(A ∪ B) ∪ C in one archive equals A ∪ (B ∪ C) in another, whatever the grouping."""
    template, paths, expected = bundles
    order = data.draw(st.permutations(range(len(paths))))
    digests = []
    with tempfile.TemporaryDirectory(prefix="fv-merge-assoc-") as tmp:
        for name, groups in (
            ("left", [order[:split], order[split:]]),
            ("right", [order[split:], order[:split]]),
        ):
            folder = Path(tmp) / f"{name}.fvault"
            shutil.copytree(template, folder)
            archive = VaultService.unlock(folder, Passphrase.from_text(PASSPHRASE))
            try:
                for part in groups:
                    archive.bundles.merge_bundles([paths[i] for i in part])
                digests.append(archive.digest())
            finally:
                archive.close()
    assert digests == [expected, expected]
