"""Schema step for bundles and the group archive: roster, receipts of merged bundles, export marks.

Owned by that feature; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one.
"""

from __future__ import annotations

from vault.storage.store import Connection, run_script

SQL = """
-- The archive's roster: experts enrolled in person (public keys only). A revoked member's bundles with a
-- sequence number above accept_through are refused; its past bundles still verify.
CREATE TABLE roster (
    key_id TEXT PRIMARY KEY,
    agree_public BLOB NOT NULL,
    name TEXT NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    accept_through INTEGER
);

-- Bundles merged here, with their signed manifest and checksum list exactly as received, so the archive
-- can prove later what it received and from whom (kind leaves room for other signed deliveries).
CREATE TABLE receipts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'bundle',
    bundle_id TEXT NOT NULL UNIQUE,
    sender TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    manifest BLOB NOT NULL,
    manifest_sig TEXT NOT NULL,
    sums BLOB NOT NULL,
    sums_sig TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (sender, sequence)
);
-- The revisions each receipt delivered, in the order of the bundle's revisions file, so that file's
-- SHA-256 (signed in the manifest) can be recomputed from the stored revisions.
CREATE TABLE receipt_revisions (
    receipt INTEGER NOT NULL REFERENCES receipts (id),
    idx INTEGER NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (receipt, idx)
) WITHOUT ROWID;
CREATE INDEX receipt_revisions_by_hash ON receipt_revisions (hash);

-- Bundles this vault wrote: where the next incremental bundle starts.
CREATE TABLE bundle_exports (
    sequence INTEGER PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    recipient TEXT NOT NULL,
    revisions_through INTEGER NOT NULL,
    audit_through INTEGER NOT NULL,
    manifest_sha256 TEXT NOT NULL
);
CREATE TABLE bundle_exported_blobs (
    sha256 TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL
) WITHOUT ROWID;
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
