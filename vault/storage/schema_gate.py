"""Schema step for the outbound gate: every text an original carries, and originals sealed to others.

Owned by that feature; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one. Like the other derived data (schema_evidence.py), readings are keyed by
the original's SHA-256: the same bytes always read the same, so the gate can read a stored original once
and check what it carries against the identifiers of the day at every output.
"""

from __future__ import annotations

from vault.storage.store import Connection, run_script

SQL = """
-- Every located piece of text an original carries (vault/readers), in reading order.
CREATE TABLE evidence_parts (
    sha256 TEXT NOT NULL,
    n INTEGER NOT NULL,
    location TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (sha256, n)
) WITHOUT ROWID;

-- Places of an original the readers could not read in full (JSON list), beside its parts.
CREATE TABLE evidence_unread (
    sha256 TEXT PRIMARY KEY,
    places TEXT NOT NULL
);

-- Originals received sealed: encrypted to the keys of a protected source's identity, held here as
-- received (the archive keeps the record and the hash, not the bytes).
CREATE TABLE sealed_originals (
    sha256 TEXT PRIMARY KEY,
    envelope BLOB NOT NULL
);
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
