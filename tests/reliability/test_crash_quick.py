"""Quick crash campaign (CI): intake killed with SIGKILL at random moments loses nothing committed.

The long campaign (hundreds of trials) is ``scripts/campaigns.sh``; its figures go in the issue notes.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.campaign import intake_campaign, notes_campaign


def test_intake_killed_at_random_moments_keeps_every_committed_item(tmp_path: Path) -> None:
    outcome = intake_campaign(tmp_path, trials=6, seed=20261124)
    assert outcome.failures == []
    assert outcome.killed_mid_work >= 1  # the campaign did interrupt work, or it proved nothing
    assert outcome.promises_checked > 0


def test_note_edits_killed_at_random_moments_keep_every_committed_revision(tmp_path: Path) -> None:
    outcome = notes_campaign(tmp_path, trials=5, seed=7)
    assert outcome.failures == []
    assert outcome.killed_mid_work >= 1
    assert outcome.promises_checked > 0
