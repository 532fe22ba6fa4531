"""Quick crash campaigns (CI) for bundle export and archive merge, killed with SIGKILL at random moments.

The long campaigns (hundreds of trials) run from ``scripts/campaigns.sh``; their figures go in the notes.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.crash_bundles import export_campaign, merge_campaign


def test_bundle_exports_killed_at_random_moments_deliver_everything_with_the_next_bundle(
    tmp_path: Path,
) -> None:
    outcome = export_campaign(tmp_path, trials=8, seed=20261124, base_files=6)
    assert outcome.failures == []
    assert outcome.killed_mid_work >= 1  # the campaign did interrupt exports, or it proved nothing
    assert outcome.promises_checked > 0


def test_merges_killed_at_random_moments_leave_the_archive_merged_or_as_before(tmp_path: Path) -> None:
    outcome = merge_campaign(tmp_path, trials=6, seed=20261124, bundles=4)
    assert outcome.failures == []
    assert outcome.killed_mid_work >= 1
    assert outcome.rolled_back + outcome.committed_unreported >= 1  # a merge was caught in progress
