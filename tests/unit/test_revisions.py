"""Revisions: content-addressed, signed, immutable; edits chain, tombstones delete, merges are unions."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.errors import InvalidInput, NotFound
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage import records, revisions, store


def test_an_edit_adds_a_revision_whose_parent_is_the_previous_one(service: VaultService) -> None:
    note = service.records.add_note("Meeting", "first draft")
    edited = service.records.edit_record(note.id, {"body": "second draft"})
    history = service.records.details(note.id).history
    assert [r.body["body"] for r in history] == ["first draft", "second draft"]
    assert history[1].parents == (history[0].hash,)
    assert edited.head == history[1].hash
    assert edited.body == {"title": "Meeting", "body": "second draft"}


def test_an_edit_that_changes_nothing_adds_no_revision(service: VaultService) -> None:
    note = service.records.add_note("Meeting", "same")
    service.records.edit_record(note.id, {"body": "same"})
    assert len(service.records.details(note.id).history) == 1


def test_setting_a_field_to_none_removes_it(service: VaultService) -> None:
    note = service.records.add_note("Meeting", "text")
    edited = service.records.edit_record(note.id, {"date": "2026-03-01"})
    assert edited.body["date"] == "2026-03-01"
    assert "date" not in service.records.edit_record(note.id, {"date": None}).body


def test_a_revision_hash_covers_its_content_and_its_signature_its_hash(service: VaultService) -> None:
    note = service.records.add_note("Meeting", "body")
    rev = service.records.details(note.id).history[0]
    assert revisions.problems(rev) == []
    altered = revisions.Revision(
        rev.hash,
        rev.record_id,
        rev.kind,
        rev.author,
        rev.hlc,
        rev.parents,
        rev.tombstone,
        {**rev.body, "body": "changed"},
        rev.signature,
    )
    assert any("altered" in p for p in revisions.problems(altered))
    resigned = revisions.Revision(
        rev.hash,
        rev.record_id,
        rev.kind,
        rev.author,
        rev.hlc,
        rev.parents,
        rev.tombstone,
        rev.body,
        bytes(64),
    )
    assert any("signature" in p for p in revisions.problems(resigned))


def test_a_tombstone_hides_the_record_but_keeps_its_history(service: VaultService) -> None:
    note = service.records.add_note("Interview with a witness", "unique-zebra-word")
    assert [h.id for h in service.records.search("zebra")] == [note.id]
    deleted = service.records.delete_record(note.id, "recorded twice")
    assert deleted.deleted
    assert service.records.search("zebra") == []
    assert note.id not in [s.id for s in service.records.list_records()]
    history = service.records.details(note.id).history
    assert [r.tombstone for r in history] == [False, True]
    assert history[1].body == {"reason": "recorded twice"}
    with pytest.raises(InvalidInput):
        service.records.edit_record(note.id, {"body": "resurrect"})


def test_a_deletion_needs_a_reason(service: VaultService) -> None:
    note = service.records.add_note("Meeting", "x")
    with pytest.raises(InvalidInput, match="reason"):
        service.records.delete_record(note.id, "  ")


def _second_vault(tmp_path: Path) -> Vault:
    vault, _ = Vault.create(tmp_path / "other.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    return vault


def _copy_all(src: Vault, dst: Vault) -> None:
    with store.transaction(dst.conn):
        for _, rev in revisions.iterate(src.conn):
            records.apply(dst.conn, rev)


def test_concurrent_edits_keep_both_heads_and_flag_a_conflict(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    b = _second_vault(tmp_path)
    with store.transaction(a.conn):
        rec = records.create(a.conn, a.identity, "note", {"title": "Shared", "body": "v0"})
    _copy_all(a, b)
    with store.transaction(a.conn):
        records.edit(a.conn, a.identity, rec.id, {"body": "edited in A"})
    with store.transaction(b.conn):
        records.edit(b.conn, b.identity, rec.id, {"body": "edited in B"})
    _copy_all(b, a)
    _copy_all(a, b)
    merged_a, merged_b = records.get(a.conn, rec.id), records.get(b.conn, rec.id)
    assert merged_a.conflicted
    assert merged_b.conflicted
    assert merged_a.heads == merged_b.heads
    assert merged_a.body == merged_b.body  # the same head is shown everywhere
    assert revisions.digest_of_all(a.conn) == revisions.digest_of_all(b.conn)
    with store.transaction(a.conn):
        resolved = records.resolve(
            a.conn, a.identity, rec.id, {"title": "Shared", "body": "both, reconciled"}
        )
    assert not resolved.conflicted
    assert set(revisions.get(a.conn, resolved.head).parents) == set(merged_a.heads)  # type: ignore[union-attr]
    a.close()
    b.close()


def test_a_tombstone_keeps_a_record_deleted_when_old_revisions_arrive_again(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    b = _second_vault(tmp_path)
    with store.transaction(a.conn):
        rec = records.create(a.conn, a.identity, "note", {"title": "Gone", "body": "x"})
    _copy_all(a, b)
    with store.transaction(a.conn):
        records.delete(a.conn, a.identity, rec.id, "duplicate")
    _copy_all(b, a)  # the old revision comes back from B
    assert records.get(a.conn, rec.id).deleted
    _copy_all(a, b)
    assert records.get(b.conn, rec.id).deleted
    a.close()
    b.close()


def test_revisions_arriving_child_first_give_the_same_heads(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    b = _second_vault(tmp_path)
    with store.transaction(a.conn):
        rec = records.create(a.conn, a.identity, "note", {"title": "T", "body": "1"})
        records.edit(a.conn, a.identity, rec.id, {"body": "2"})
        records.edit(a.conn, a.identity, rec.id, {"body": "3"})
    revs = [r for _, r in revisions.iterate(a.conn)]
    with store.transaction(b.conn):
        for rev in reversed(revs):
            records.apply(b.conn, rev)
    assert records.get(b.conn, rec.id).heads == records.get(a.conn, rec.id).heads
    assert records.get(b.conn, rec.id).body["body"] == "3"
    a.close()
    b.close()


def test_applying_a_revision_twice_changes_nothing(service: VaultService, tmp_path: Path) -> None:
    b = _second_vault(tmp_path)
    with store.transaction(b.conn):
        rec = records.create(b.conn, b.identity, "note", {"title": "T", "body": "1"})
    rev = revisions.heads(b.conn, rec.id)[0]
    with store.transaction(b.conn):
        assert records.apply(b.conn, rev) is False
    b.close()


def test_unknown_kinds_and_fields_are_refused_with_their_name(service: VaultService) -> None:
    with pytest.raises(InvalidInput, match="unknown kind 'gossip'"):
        service.records.add_record("gossip", {"title": "x"})
    with pytest.raises(InvalidInput, match="unknown field 'colour'") as info:
        service.records.add_record("note", {"title": "x", "colour": "red"})
    assert info.value.field == "colour"
    with pytest.raises(InvalidInput, match="'title' is required"):
        service.records.add_record("note", {"body": "no title"})


def test_ids_resolve_from_a_unique_prefix(service: VaultService) -> None:
    note = service.records.add_note("Meeting", "x")
    assert service.resolve_id(note.id[:8]) == note.id
    with pytest.raises(NotFound):
        service.resolve_id("ffffffff-nope")


def test_floats_cannot_enter_a_revision() -> None:
    from vault import canonical

    with pytest.raises(ValueError, match="float"):
        canonical.dumps({"body": 1.5})


def test_a_note_date_must_be_an_iso_date(service: VaultService) -> None:
    with pytest.raises(InvalidInput, match="'date'|date") as info:
        service.records.add_record("note", {"title": "x", "date": "2026-13-01"})
    assert info.value.field == "date"
    assert (
        service.records.add_record("note", {"title": "x", "date": "2026-03-01"}).body["date"] == "2026-03-01"
    )
