"""The handover preview (what the desktop app's wizard shows before writing): what goes across, what
stays, what happens to each identity and why — and that looking writes and logs nothing."""

from __future__ import annotations

import pytest

from tests.functional.test_handover import Pair, pair  # noqa: F401 (the fixture)
from vault.errors import UserError


def test_the_preview_says_what_will_and_will_not_go_across_and_writes_nothing(pair: Pair) -> None:  # noqa: F811
    other = pair.outgoing.model.add_model_record("investigation", {"title": "Another line", "status": "open"})
    pair.outgoing.records.add_note("Other line's note", "stays behind", other.id)
    before = pair.outgoing.digest()
    preview = pair.outgoing.handover.handover_preview(pair.successor_id, [pair.world.investigation])
    assert [rid for rid, _ in preview.investigations] == [pair.world.investigation]
    counts = dict(preview.counts)
    assert counts["investigation"] == 1
    assert counts["letter"] == 1
    assert preview.staying >= 2  # the other investigation and its note
    decisions = {p.protection: p.decision for p in preview.sources}
    assert decisions["protected"] == "withheld"
    assert decisions["confidential"] == "in_clear"
    assert all(p.reason for p in preview.sources if p.decision == "withheld")
    assert preview.reseal_allowed == ()  # its consent does not include the archive
    assert pair.outgoing.digest() == before
    assert not list(pair.folder.glob("*.fvh"))
    protected = next(p.code for p in preview.sources if p.protection == "protected")
    with pytest.raises(UserError, match="consent"):
        pair.outgoing.handover.handover_preview(pair.successor_id, [pair.world.investigation], [protected])
