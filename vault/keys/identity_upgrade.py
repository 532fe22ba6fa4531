"""Giving a vault made before keys were separated by purpose its sealing key, and sealing again with it.

Before, one X25519 key did two jobs: bundles and handover packages were encrypted to it (its secret can be
exported as an age identity to check a bundle with stock ``age``) and protected identities and sealed
originals were sealed to it. ``upgrade_keys`` runs once, in one transaction, the first time this version
opens such a vault (it has no sealing key yet):

1. It generates the sealing key pair (vault/keys/identity.py). The signing and transport keys, and so the
   fingerprint compared aloud at enrolment, do not change; the identity file now carries the sealing key,
   signed by the signing key (vault/keys/identity_file.py, version 2).
2. In an expert's vault, every live protected source whose current identity this vault can open and
   that is still sealed the old way (envelope version 1) is sealed again: a new revision, signed as
   usual, with an envelope of version 2 to this vault's sealing key **only**. Other keys on the old
   envelope were transport keys of vaults it had granted: this vault does not know their sealing keys,
   and a transport key must seal nothing, so those grants are not carried over. Each is named (by key,
   never content) in a ``grant-to-renew`` audit entry on the source: the expert grants again, from the
   other vault's new identity file (``fieldvault record grant``), which the grants table then records.
3. Every live sealed original this vault holds the bytes of and sealed the old way (its ``sealed_to``
   names this vault's transport key) is encrypted again to ``evidence_sharing.seal_keys`` (this vault's
   sealing key, as no grant exists yet): a new revision (``seal`` in its custody).
4. An archive gets its sealing key and seals nothing again: its records are the experts' work.

What cannot change: revisions are immutable and signed, so superseded revisions (and bundles already
sent) keep their version 1 envelopes and old ciphertexts, which the transport key still opens.
``superseded_legacy`` lists them so that bundles can keep them back (vault/exchange/bundle_write.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from vault.errors import VaultError
from vault.exchange import evidence_sharing
from vault.keys import identity, sealing
from vault.keys.identity import Identity
from vault.messages import Text
from vault.model import protection, queries
from vault.storage import audit, records, store
from vault.storage.store import Connection


def _role(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
    return str(row[0]) if row else "expert"


@contextmanager
def _each(conn: Connection) -> Iterator[None]:
    """One item of the upgrade: undone alone if it fails (a damaged envelope or original is left as it
    is, for ``verify`` to report), so that one damaged item never keeps the vault from opening."""
    conn.execute("SAVEPOINT upgrade_item")
    try:
        yield
    except VaultError:
        conn.execute("ROLLBACK TO upgrade_item")
    finally:
        conn.execute("RELEASE upgrade_item")


def _reseal_sources(conn: Connection, me: Identity) -> None:
    for rid, body in queries.live_bodies(conn, "source"):
        env = body.get("sealed")
        if not isinstance(env, Mapping) or sealing.version(env) != sealing.LEGACY_VERSION:
            continue
        if not protection.can_read(body, me):
            continue  # sealed to other vaults: not ours to seal again
        with _each(conn):
            change = protection.reseal(rid, body, me, protection.granted_keys(conn, rid))
            rec = records.edit(conn, me, rid, change.changes)
            if change.dropped:
                detail = {"code": str(rec.body.get("code", "")), "keys": [k.hex() for k in change.dropped]}
                audit.append(conn, me.key_id, "grant-to-renew", rid, {**detail, "by": me.key_id})


def _reseal_originals(conn: Connection, me: Identity) -> None:
    mine = me.public.agree_public.hex()
    for rid, body in queries.live_bodies(conn, "evidence"):
        sealed_to = body.get("sealed_to")
        if body.get("sealed_sha256") and isinstance(sealed_to, list) and mine in sealed_to:
            with _each(conn):
                evidence_sharing.reseal(conn, me, rid)


def upgrade_keys(conn: Connection, me: Identity) -> Identity:
    """Give the vault its sealing key and seal again what it sealed to its transport key (see above),
    inside the caller's transaction. Returns the identity with the sealing key; a vault that has one
    already is returned unchanged."""
    if me.seal_secret is not None:
        return me
    upgraded = identity.add_seal_key(conn)
    audit.append(conn, upgraded.key_id, "seal-key", None, {"seal_key": upgraded.seal_public.hex()})
    if _role(conn) == "expert":
        _reseal_sources(conn, upgraded)
        _reseal_originals(conn, upgraded)
    return upgraded


def ensure_keys(conn: Connection) -> Identity:
    """The vault's identity, upgraded first (in its own transaction) when it has no sealing key yet.

    For vault/session.py, right after the schema is upgraded: ``self.identity = ensure_keys(conn)``.
    """
    me = identity.load(conn)
    if me.seal_secret is not None or not identity.has_seal_columns(conn):
        return me  # upgraded already, or (tests) a vault kept at a schema before the sealing key
    with store.transaction(conn, Text("giving the vault its sealing key")):
        return upgrade_keys(conn, identity.load(conn))


def superseded_legacy(conn: Connection) -> tuple[set[str], set[str]]:
    """What superseded history still holds sealed the old way, once a record was sealed again:
    ``(revision hashes, attachment SHA-256s)`` — revisions of a source whose current identity is an
    envelope of version 2 but which hold one of version 1, and old ciphertexts of originals that no
    current revision names. A bundle can keep both back, as it keeps back a superseded revision that
    names a protected source: the current revision carries the identity (or the original) sealed anew.
    """
    revs = {
        str(r[0])
        for r in conn.execute(
            "SELECT v.hash FROM revisions v JOIN records r ON r.id = v.record_id "
            "JOIN revisions h ON h.hash = r.head WHERE v.kind = 'source' "
            "AND NOT EXISTS (SELECT 1 FROM heads WHERE heads.hash = v.hash) "
            "AND json_extract(v.body, '$.sealed.v') = 1 AND json_extract(h.body, '$.sealed.v') = 2"
        )
    }
    current = {
        str(r[0])
        for r in conn.execute(
            "SELECT json_extract(v.body, '$.sealed_sha256') FROM records r "
            "JOIN revisions v ON v.hash = r.head WHERE r.kind = 'evidence' "
            "AND json_extract(v.body, '$.sealed_sha256') IS NOT NULL"
        )
    }
    return revs, evidence_sharing.sealed_copies(conn) - current
