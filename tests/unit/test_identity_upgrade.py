"""A vault made before keys were separated by purpose gets its sealing key on upgrade, and what it had
sealed to its transport key is sealed again to the sealing key alone; the transport key then opens none
of it, history still reads, and ``verify`` is clean."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.helpers import FAST_KDF, PASSPHRASE
from tests.legacy_keys import add_protected_source, seal_original_v1, seal_v1, vault_before_keys
from vault import crypto
from vault.age.codec import open_decrypting
from vault.age.errors import NoMatch
from vault.age.recipients import X25519Identity
from vault.errors import DecryptionFailed
from vault.keys import identity, identity_upgrade, sealing
from vault.keys.secret import Passphrase
from vault.model import protection
from vault.model.identifiers import readable_identifiers
from vault.session import Vault
from vault.storage import attachments, audit, integrity, migrations, records, revisions, store

IDENTITY = {"name": "Amani Zawadi", "contacts": "+243 81 234 5678", "aliases": ["Mama Z"]}
ORIGINAL = b"Statement handed over in person; names the depot guard. " * 20


def _age_open(data: bytes, secret: bytes) -> bytes:
    return open_decrypting(io.BytesIO(data), [X25519Identity(secret)], armored=False).read()


def _old_vault(tmp_path: Path) -> tuple[Path, dict[str, str], bytes]:
    """A vault as the previous version left it: a protected source sealed (version 1) to its transport
    key and to one granted vault's transport key, and an original from that source sealed the same way."""
    folder = tmp_path / "old.fvault"
    granted_before = crypto.agreement_public(crypto.new_agreement_key())
    (tmp_path / "statement.txt").write_bytes(ORIGINAL)
    with vault_before_keys(folder) as old:
        conn, me = old._vault.conn, old._vault.identity
        with store.transaction(conn):
            src = add_protected_source(conn, me, IDENTITY, also=[granted_before], consent=["archive"])
        (outcome,) = old.evidence.import_files([tmp_path / "statement.txt"]).outcomes
        assert outcome.id is not None
        with store.transaction(conn):
            item = seal_original_v1(conn, me, outcome.id, src.id)
        # What the old version allowed: the transport key opened both.
        transport = me.agree_secret.reveal()
        assert (
            sealing.open_legacy(src.body["sealed"], transport, protection.CONTEXT)["name"] == "Amani Zawadi"
        )
        assert _age_open(attachments.read_all(conn, item.body["sealed_sha256"], 10**6), transport) == ORIGINAL
        ids = {
            "source": src.id,
            "evidence": item.id,
            "key_id": me.key_id,
            "fingerprint": me.public.fingerprint,
        }
        ids["old_copy"] = str(item.body["sealed_sha256"])
    return folder, ids, granted_before


def test_the_upgrade_seals_again_to_the_sealing_key_only_and_the_transport_key_opens_nothing_new(
    tmp_path: Path,
) -> None:
    folder, ids, granted_before = _old_vault(tmp_path)
    vault = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        conn = vault.conn
        assert migrations.version(conn) == migrations.LATEST
        me = identity_upgrade.ensure_keys(conn)  # vault/session.py calls this on open
        # The keys: a new sealing key, signed; the key id and the fingerprint compared aloud unchanged.
        assert me.key_id == ids["key_id"]
        assert me.public.fingerprint == ids["fingerprint"]
        assert me.seal_public != me.public.agree_public
        assert me.public.seal_key_authentic
        transport, seal = me.agree_secret.reveal(), me.seal_private.reveal()

        source = records.get(conn, ids["source"])
        env = source.body["sealed"]
        assert sealing.version(env) == sealing.VERSION
        assert sealing.authenticated_recipients(env, protection.binding(source.id)) == (me.seal_public,)
        assert sealing.sealer(env) == me.key_id
        with pytest.raises(DecryptionFailed):
            sealing.open_value(env, transport, protection.binding(source.id))
        with pytest.raises(DecryptionFailed):
            sealing.open_legacy(env, transport, protection.CONTEXT)
        assert sealing.open_value(env, seal, protection.binding(source.id))["name"] == "Amani Zawadi"
        assert protection.identity_of(source.body, me, source.id).contacts == "+243 81 234 5678"

        item = records.get(conn, ids["evidence"])
        assert item.body["sealed_to"] == [me.seal_public.hex()]
        assert item.body["sealed_sha256"] != ids["old_copy"]
        sealed_bytes = attachments.read_all(conn, item.body["sealed_sha256"], 10**6)
        with pytest.raises(NoMatch):
            _age_open(sealed_bytes, transport)
        assert _age_open(sealed_bytes, seal) == ORIGINAL

        # The earlier grant (a transport key) is not carried over; the log says it must be renewed.
        entries = audit.for_target(conn, [source.id])
        (renew,) = [e for e in entries if e.action == "grant-to-renew"]
        assert renew.detail["keys"] == [granted_before.hex()]
        assert protection.granted_keys(conn, source.id) == []
        assert [e.action for e in audit.chain_entries(conn, me.key_id)].count("seal-key") == 1

        # History still reads (the version 1 revision), and the whole vault verifies.
        names = {i.value for i in readable_identifiers(conn, me) if i.kind == "name"}
        assert names == {"Amani Zawadi"}
        assert len(revisions.for_record(conn, source.id)) == 2
        assert integrity.verify(conn, me.key_id).problems == []

        # What a bundle can keep back: the superseded revision and ciphertext sealed the old way.
        old_revs, old_copies = identity_upgrade.superseded_legacy(conn)
        assert old_revs == {revisions.for_record(conn, source.id)[0].hash}
        assert old_copies == {ids["old_copy"]}

        # Once is enough: opening again changes nothing.
        digest = revisions.digest_of_all(conn)
        again = identity_upgrade.ensure_keys(conn)
        assert again.seal_public == me.seal_public
        assert revisions.digest_of_all(conn) == digest
    finally:
        vault.close()


def test_an_archive_gets_a_sealing_key_and_seals_nothing_again(tmp_path: Path) -> None:
    folder = tmp_path / "archive.fvault"
    with vault_before_keys(folder, role="archive") as old:
        conn, me = old._vault.conn, old._vault.identity
        with store.transaction(conn):
            src = add_protected_source(conn, me, IDENTITY)
    vault = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        me = identity_upgrade.ensure_keys(vault.conn)
        assert me.seal_secret is not None
        assert records.get(vault.conn, src.id).body["sealed"] == src.body["sealed"]  # an expert's record
        assert protection.identity_of(src.body, me, src.id).name == "Amani Zawadi"  # still read (version 1)
    finally:
        vault.close()


def test_a_source_sealed_to_other_vaults_only_is_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "old.fvault"
    elsewhere = crypto.agreement_public(crypto.new_agreement_key())
    with vault_before_keys(folder) as old:
        conn, me = old._vault.conn, old._vault.identity
        body = {"code": "S-009", "protection": "protected", "sealed": seal_v1({"name": "X"}, [elsewhere])}
        with store.transaction(conn):
            rec = records.create(conn, me, "source", body)
    vault = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        identity_upgrade.ensure_keys(vault.conn)
        assert records.get(vault.conn, rec.id).head == rec.head
    finally:
        vault.close()


def test_a_new_vault_has_three_distinct_keys_and_needs_no_upgrade(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "new.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        me = identity.load(vault.conn)
        assert me.seal_secret is not None
        keys = {me.public.sign_public, me.public.agree_public, me.seal_public}
        assert len(keys) == 3
        assert me.public.seal_key_authentic
        assert me.public.fingerprint == identity.fingerprint(me.public.sign_public, me.public.agree_public)
        assert identity_upgrade.ensure_keys(vault.conn) == me
        assert [e.action for e in audit.chain_entries(vault.conn, me.key_id)] == ["create-vault"]
    finally:
        vault.close()


def test_a_damaged_legacy_envelope_is_left_for_verify_and_the_rest_is_upgraded(tmp_path: Path) -> None:
    folder = tmp_path / "old.fvault"
    with vault_before_keys(folder) as old:
        conn, me = old._vault.conn, old._vault.identity
        with store.transaction(conn):
            good = add_protected_source(conn, me, IDENTITY)
            env = seal_v1({"name": "Jean Bosco"}, [me.public.agree_public])
            broken = {**env, "data": env["data"][:-8] + "AAAAAAA="}
            bad = records.create(
                conn, me, "source", {"code": "S-002", "protection": "protected", "sealed": broken}
            )
    vault = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        me = identity_upgrade.ensure_keys(vault.conn)
        assert me.seal_secret is not None
        assert records.get(vault.conn, bad.id).head == bad.head  # left as it was, nothing half-written
        assert sealing.version(records.get(vault.conn, good.id).body["sealed"]) == sealing.VERSION
        assert len(revisions.for_record(vault.conn, bad.id)) == 1
    finally:
        vault.close()
