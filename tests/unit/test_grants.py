"""Grants: the only keys, besides its own sealing key, a vault seals a source's identity and its sealed
originals to. A key listed on an envelope is not a grant; a transport key is never a sealing key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.legacy_keys import fake_wrap
from vault.exchange import evidence_sharing
from vault.keys import sealing
from vault.keys.identity import PublicIdentity
from vault.keys.secret import Passphrase
from vault.model import protection
from vault.session import Vault
from vault.storage import audit, records, store


@pytest.fixture
def other(tmp_path: Path) -> Iterator[PublicIdentity]:
    vault, _ = Vault.create(tmp_path / "other.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    yield vault.identity.public
    vault.close()


def _source(service: VaultService) -> records.Record:
    return service.model.add_model_record("source", {"name": "Amani Zawadi", "protection": "protected"})


def test_a_grant_is_recorded_once_and_logged_once(service: VaultService, other: PublicIdentity) -> None:
    rec = _source(service)
    conn, me = service._vault.conn, service._vault.identity
    with store.transaction(conn):
        assert protection.record_grant(conn, rec.id, other, me)
        assert not protection.record_grant(conn, rec.id, other, me)
    assert protection.granted_keys(conn, rec.id) == [other.seal_public]
    row = conn.execute(
        "SELECT recipient_key_id, granted_by FROM grants WHERE record_id = ?", (rec.id,)
    ).fetchone()
    assert tuple(row) == (other.key_id, me.key_id)
    assert [e.action for e in audit.for_target(conn, [rec.id])].count("grant") == 1


def test_readable_by_needs_the_grant_and_the_signed_list(
    service: VaultService, other: PublicIdentity
) -> None:
    rec = _source(service)
    conn, me = service._vault.conn, service._vault.identity
    assert other.seal_public is not None
    listed = sealing.seal({"name": "A"}, [me.seal_public, other.seal_public], protection.binding(rec.id), me)
    assert not protection.readable_by(conn, rec.id, {"sealed": listed}, other.seal_public)  # no grant
    with store.transaction(conn):
        protection.record_grant(conn, rec.id, other, me)
    assert protection.readable_by(conn, rec.id, {"sealed": listed}, other.seal_public)
    not_listed = rec.body["sealed"]
    assert not protection.readable_by(conn, rec.id, {"sealed": not_listed}, other.seal_public)
    injected = {**not_listed, "recipients": [*not_listed["recipients"], fake_wrap(other.seal_public)]}
    assert not protection.readable_by(conn, rec.id, {"sealed": injected}, other.seal_public)
    assert not protection.readable_by(conn, "another-record", {"sealed": listed}, other.seal_public)


def test_originals_are_sealed_to_sealing_keys_mine_and_granted_never_transport_keys(
    service: VaultService, other: PublicIdentity, tmp_path: Path
) -> None:
    rec = _source(service)
    conn, me = service._vault.conn, service._vault.identity
    assert other.seal_public is not None
    listed = sealing.seal({"name": "A"}, [me.seal_public, other.seal_public], protection.binding(rec.id), me)
    with store.transaction(conn):
        records.edit(conn, me, rec.id, {"sealed": listed})  # a listed key, not a grant
    assert evidence_sharing.seal_keys(conn, me, {"source": rec.id}) == [me.seal_public]
    service.model.grant_source(rec.id, other)
    assert evidence_sharing.seal_keys(conn, me, {"source": "S-001"}) == [me.seal_public, other.seal_public]
    assert evidence_sharing.seal_keys(conn, me, {"source": "a person named in text"}) == [me.seal_public]

    (tmp_path / "page.txt").write_bytes(b"a page from the source")
    (outcome,) = service.evidence.import_files([tmp_path / "page.txt"], source="S-001").outcomes
    assert outcome.id is not None
    sealed_to = service.get(outcome.id).body["sealed_to"]
    assert sealed_to == [me.seal_public.hex(), (other.seal_public or b"").hex()]
    assert me.public.agree_public.hex() not in sealed_to
    assert other.agree_public.hex() not in sealed_to
