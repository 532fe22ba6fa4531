"""Merge semantics in the archive: conflicts kept and resolved, tombstones, clocks, and verify's receipts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.test_bundles import Group, make_group, merge_one
from vault.storage import audit, hlc, records, revisions, store


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Group]:
    g = make_group(tmp_path)
    yield g
    for svc in (g.archive, g.alice, g.bob):
        svc.close()


def test_concurrent_edits_keep_both_heads_and_are_listed_as_conflicts(group: Group) -> None:
    note = group.alice.records.add_note("Convoy sighting", "four trucks")
    merge_one(group, group.bundle(group.alice, "b1"))
    group.archive.records.edit_record(note.id, {"body": "five trucks (coordinator)"})
    group.alice.records.edit_record(note.id, {"body": "six trucks (expert)"})

    report = merge_one(group, group.bundle(group.alice, "b2"))

    assert report.conflicts == (note.id,)  # type: ignore[attr-defined]
    (conflict,) = group.archive.bundles.conflicts()
    assert conflict.record_id == note.id
    assert {h.body["body"] for h in conflict.heads} == {"five trucks (coordinator)", "six trucks (expert)"}
    assert {h.author_name for h in conflict.heads} == {"this vault", "Alice"}
    assert group.archive.get(note.id).conflicted
    assert group.archive.verify().ok


def test_resolving_takes_a_head_and_names_every_head_as_parent(group: Group) -> None:
    note = group.alice.records.add_note("n", "a")
    merge_one(group, group.bundle(group.alice, "b1"))
    group.archive.records.edit_record(note.id, {"body": "archive"})
    group.alice.records.edit_record(note.id, {"body": "expert"})
    merge_one(group, group.bundle(group.alice, "b2"))
    heads = group.archive.get(note.id).heads
    expert_head = next(h for h in group.archive.bundles.conflicts()[0].heads if h.body["body"] == "expert")

    resolved = group.archive.bundles.resolve_conflict(note.id, take=expert_head.hash[:12])

    assert not resolved.conflicted
    assert resolved.body["body"] == "expert"
    rev = revisions.get(group.archive._vault.conn, resolved.head)
    assert rev is not None
    assert set(rev.parents) == set(heads)
    assert group.archive.bundles.conflicts() == []
    assert group.archive.verify().ok


def test_a_conflict_can_be_resolved_with_new_content(group: Group) -> None:
    note = group.alice.records.add_note("n", "a")
    merge_one(group, group.bundle(group.alice, "b1"))
    group.archive.records.edit_record(note.id, {"body": "x"})
    group.alice.records.edit_record(note.id, {"body": "y"})
    merge_one(group, group.bundle(group.alice, "b2"))
    resolved = group.archive.bundles.resolve_conflict(note.id, data={"title": "n", "body": "x and y"})
    assert resolved.body["body"] == "x and y"
    assert not resolved.conflicted


def test_tombstones_keep_deleted_records_from_coming_back(group: Group) -> None:
    note = group.alice.records.add_note("to delete", "")
    b1 = group.bundle(group.alice, "b1")
    group.alice.records.delete_record(note.id, "entered twice")
    b2 = group.bundle(group.alice, "b2")
    everything = group.bundle(group.alice, "all", everything=True)
    # The deletion first, then the older bundle and a full resend: the record stays deleted.
    for path in (b2, b1, everything):
        assert merge_one(group, path).status == "merged"  # type: ignore[attr-defined]
    assert group.archive.get(note.id).deleted
    assert not group.archive.get(note.id).conflicted
    assert group.archive.records.search("delete") == []


def test_a_deletion_concurrent_with_an_edit_is_a_conflict_and_can_keep_the_deletion(group: Group) -> None:
    note = group.alice.records.add_note("n", "v1")
    merge_one(group, group.bundle(group.alice, "b1"))
    group.archive.records.edit_record(note.id, {"body": "v2"})
    group.alice.records.delete_record(note.id, "withdrawn")
    merge_one(group, group.bundle(group.alice, "b2"))
    tombstone = next(h for h in group.archive.bundles.conflicts()[0].heads if h.tombstone)
    resolved = group.archive.bundles.resolve_conflict(note.id, take=tombstone.hash)
    assert resolved.deleted
    assert not resolved.conflicted
    assert group.archive.verify().ok


def test_a_far_future_clock_in_a_bundle_does_not_drag_the_archive_along(group: Group) -> None:
    conn = group.archive._vault.conn
    now = 1_800_000_000_000
    with store.transaction(conn):
        hlc.observe_bounded(conn, hlc.format_hlc(now + 10 * 365 * 86_400_000, 7), now_ms=now)
        assert hlc.tick(conn, now_ms=now) == hlc.format_hlc(now + hlc.MAX_AHEAD_MS, 1)
        hlc.observe_bounded(conn, hlc.format_hlc(now + 5_000, 3), now_ms=now)
        assert hlc.tick(conn, now_ms=now) == hlc.format_hlc(now + hlc.MAX_AHEAD_MS, 2)


# --- verify accounts for every foreign revision ------------------------------------------------------


def test_verify_finds_a_foreign_revision_injected_outside_a_bundle(group: Group) -> None:
    merge_one(group, group.bundle(group.alice, "b0", everything=True))
    alice = group.alice._vault.identity
    forged = revisions.make(
        "11111111-1111-4111-8111-111111111111",
        "note",
        alice.key_id,
        alice.sign_secret.reveal(),
        hlc.format_hlc(1_800_000_000_000, 0),
        (),
        False,
        {"title": "planted"},
    )
    conn = group.archive._vault.conn
    with store.transaction(conn):
        records.apply(conn, forged)
    report = group.archive.verify()
    assert not report.ok
    assert any("not delivered by any bundle" in p for p in report.problems)


def test_verify_finds_a_delivered_revision_that_was_deleted(group: Group) -> None:
    note = group.alice.records.add_note("n", "")
    group.alice.records.edit_record(note.id, {"body": "later"})
    merge_one(group, group.bundle(group.alice, "b1"))
    first = revisions.for_record(group.archive._vault.conn, note.id)[0]
    conn = group.archive._vault.conn
    with store.transaction(conn):
        conn.execute("DELETE FROM revisions WHERE hash = ?", (first.hash,))
    report = group.archive.verify()
    assert any(f"revision {first.hash[:12]} it delivered is missing" in p for p in report.problems)


def test_verify_finds_a_received_audit_entry_that_was_altered(group: Group) -> None:
    group.alice.records.add_note("n", "")
    merge_one(group, group.bundle(group.alice, "b1"))
    conn = group.archive._vault.conn
    with store.transaction(conn):
        conn.execute(
            'UPDATE audit SET detail = \'{"kind":"other"}\' WHERE chain = ? AND seq = 2',
            (group.alice.key_id,),
        )
    problems = group.archive.verify().problems
    assert any("audit entries it delivered no longer match" in p for p in problems)


def test_verify_finds_a_tampered_receipt(group: Group) -> None:
    group.alice.records.add_note("n", "")
    merge_one(group, group.bundle(group.alice, "b1"))
    conn = group.archive._vault.conn
    with store.transaction(conn):
        (manifest,) = conn.execute("SELECT manifest FROM receipts").fetchone()
        altered = bytes(manifest).replace(b'"everything":false', b'"everything":true')
        conn.execute("UPDATE receipts SET manifest = ?", (altered,))
    assert any("no longer verifies" in p for p in group.archive.verify().problems)


def test_merge_entries_name_the_bundle_and_signer_but_hold_no_content(group: Group) -> None:
    note = group.alice.records.add_note("Secret meeting title", "body words")
    report = merge_one(group, group.bundle(group.alice, "b1"))
    entries = audit.chain_entries(group.archive._vault.conn, group.archive.key_id)
    merges = [e for e in entries if e.action == "merge"]
    assert {e.target for e in merges} >= {note.id, report.bundle_id}  # type: ignore[attr-defined]
    text = "".join(str(e.detail) for e in merges)
    assert "Secret" not in text
    assert "body words" not in text
