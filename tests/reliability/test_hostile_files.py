"""Hostile and malformed files imported through the CLI: no crash, no hang, a message naming each file,
the original stored whenever it can be read from disk (the long run adds random mutants: campaigns.sh)."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.hostile import corpus, hostile_campaign


def test_every_hostile_file_is_stored_as_received_or_refused_by_name_and_nothing_crashes(
    tmp_path: Path,
) -> None:
    outcome = hostile_campaign(tmp_path, mutant_count=10, seed=20261124)
    assert outcome.failures == []
    assert outcome.files == len(corpus()) + 10  # every file was looked at, none skipped
    assert outcome.refused_by_name == sum(1 for item in corpus() if item.data is None)
    assert outcome.warned >= sum(1 for item in corpus() if item.must_warn)
