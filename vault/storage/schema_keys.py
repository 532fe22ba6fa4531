"""Schema step for keys by purpose: the vault's X25519 sealing key, the grants it made, enrolled seal keys.

Owned by that feature; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one. The sealing key columns stay empty in a vault made before this step until
vault/keys/identity_upgrade.py gives it a key (and re-seals what it sealed with its transport key).
"""

from __future__ import annotations

from vault.storage.store import Connection, run_script

SQL = """
-- The sealing key pair (X25519): protected identities and sealed originals are sealed to it, never to
-- the transport key (agree_*) that bundles and handover packages are encrypted to.
ALTER TABLE identity ADD COLUMN seal_secret BLOB;
ALTER TABLE identity ADD COLUMN seal_public BLOB;

-- A member's sealing key, when enrolled from an identity file that carries one (version 2).
ALTER TABLE roster ADD COLUMN seal_public BLOB;

-- Who this vault let read a protected source's identity (and its sealed originals): the only keys it
-- ever seals that record to besides its own. A grant is made here, explicitly, and logged; a key found
-- on an envelope that came from elsewhere is not a grant.
CREATE TABLE grants (
    record_id TEXT NOT NULL,
    recipient_seal BLOB NOT NULL,
    recipient_key_id TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    PRIMARY KEY (record_id, recipient_seal)
) WITHOUT ROWID;
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
