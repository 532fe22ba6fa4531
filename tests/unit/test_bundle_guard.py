"""The leak guard on bundles: a protected identity leaves an expert's vault only sealed.

A current revision naming a protected source refuses the bundle, listing the place; once the text is
changed, the bundle goes out and the superseded revision that named the source stays behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.test_bundles import Group, make_group
from vault.errors import InvalidInput
from vault.guard.leakguard import LeakRefused
from vault.storage import revisions

NAME = "Amina Kettaneh"


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Group]:
    g = make_group(tmp_path)
    yield g
    for svc in (g.archive, g.alice, g.bob):
        svc.close()


def _archive_texts(g: Group) -> str:
    return "\n".join(str(rev.body) for _, rev in revisions.iterate(g.archive._vault.conn))


def test_a_note_naming_a_protected_source_stops_the_bundle_until_the_text_changes(group: Group) -> None:
    group.alice.model.add_model_record(
        "source", {"name": NAME, "protection": "protected", "organisation": "port"}
    )
    note = group.alice.records.add_note("Meeting at the port", f"{NAME} confirmed the crates")
    out = group.root / "refused.fvb"
    with pytest.raises(LeakRefused) as refused:
        group.alice.bundles.write_bundle(group.archive_id, out, everything=True)
    assert "note" in str(refused.value)
    assert "S-001" in str(refused.value)
    assert NAME not in str(refused.value)  # the refusal names the place and the code, never the identity
    assert not out.exists()

    group.alice.records.edit_record(note.id, {"body": "S-001 confirmed the crates"})
    written = group.alice.bundles.write_bundle(group.archive_id, out, everything=True)
    assert written.withheld == 1
    (report,) = group.archive.bundles.merge_bundles([out])
    assert report.status == "merged"
    assert group.archive.get(note.id).body["body"] == "S-001 confirmed the crates"
    assert NAME not in _archive_texts(group)
    assert group.archive.verify().ok


def test_a_source_made_protected_later_travels_without_its_earlier_clear_identity(group: Group) -> None:
    source = group.alice.model.add_model_record("source", {"name": NAME, "protection": "confidential"})
    group.alice.model.edit_model_record(source.id, {"protection": "protected"})
    written = group.alice.bundles.write_bundle(group.archive_id, group.root / "b1.fvb", everything=True)
    assert written.withheld == 1
    group.archive.bundles.merge_bundles([group.root / "b1.fvb"])
    shown = group.archive.get(source.id)
    assert shown.body.get("code") == "S-001"
    assert "name" not in shown.body
    assert NAME not in _archive_texts(group)
    assert group.archive.verify().ok


def test_confidential_identities_may_travel_inside_the_group(group: Group) -> None:
    group.alice.model.add_model_record("source", {"name": NAME, "protection": "confidential"})
    group.alice.records.add_note("Meeting", f"{NAME} attended")
    written = group.alice.bundles.write_bundle(group.archive_id, group.root / "b.fvb")
    assert written.withheld == 0
    group.archive.bundles.merge_bundles([group.root / "b.fvb"])
    assert NAME in _archive_texts(group)


def test_a_source_code_two_experts_both_chose_is_refused_in_the_archive_not_guessed(group: Group) -> None:
    group.alice.model.add_model_record("source", {"name": "Port office", "protection": "public"})
    group.bob.model.add_model_record("source", {"name": "Customs", "protection": "public"})
    group.archive.bundles.merge_bundles([group.bundle(group.alice, "a"), group.bundle(group.bob, "b")])
    with pytest.raises(InvalidInput, match="S-001 names 2 sources"):
        group.archive.resolve_id("S-001")
    assert group.alice.resolve_id("S-001")  # unambiguous in the expert's own vault
