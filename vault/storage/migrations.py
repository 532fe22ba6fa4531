"""Schema versions and the steps between them.

``PRAGMA user_version`` holds the schema version. ``MIGRATIONS[i]`` takes a database from version ``i``
to ``i + 1``; a new vault runs them all. Each step runs inside the caller's transaction, so an upgrade
either completes or leaves the old schema untouched. tests/unit/test_migrations.py builds a vault at
every earlier version and upgrades it. Never edit a released step: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable

from vault.errors import NotAVault
from vault.messages import Text
from vault.storage import (
    schema_bundles,
    schema_evidence,
    schema_gate,
    schema_keys,
    schema_model,
    schema_ocr,
    schema_ocr_frames,
    schema_search,
)
from vault.storage.store import Connection, run_script

V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sign_secret BLOB NOT NULL,
    sign_public BLOB NOT NULL,
    agree_secret BLOB NOT NULL,
    agree_public BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Immutable, content-addressed revisions; seq is only the local arrival order.
CREATE TABLE revisions (
    seq INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    author TEXT NOT NULL,
    hlc TEXT NOT NULL,
    parents TEXT NOT NULL,
    tombstone INTEGER NOT NULL,
    body TEXT NOT NULL,
    signature BLOB NOT NULL
);
CREATE INDEX revisions_by_record ON revisions (record_id);
CREATE INDEX evidence_by_sha256 ON revisions (json_extract(body, '$.sha256')) WHERE kind = 'evidence';
CREATE TABLE revision_parents (
    parent TEXT NOT NULL,
    child TEXT NOT NULL,
    PRIMARY KEY (parent, child)
) WITHOUT ROWID;
CREATE TABLE heads (
    record_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (record_id, hash)
) WITHOUT ROWID;

-- The current state of each record, derived from its heads (rebuildable; never the source of truth).
CREATE TABLE records (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    head TEXT NOT NULL,
    head_count INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    title TEXT NOT NULL,
    investigation TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX records_by_kind ON records (kind, updated);
CREATE INDEX records_by_investigation ON records (investigation);

-- Attachments: content-addressed blobs stored as chunks (sha256 is NULL while a blob is written).
CREATE TABLE blobs (
    id INTEGER PRIMARY KEY,
    sha256 TEXT UNIQUE,
    size INTEGER NOT NULL,
    chunk_size INTEGER NOT NULL
);
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    blob_id INTEGER NOT NULL REFERENCES blobs (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (blob_id, idx)
);

-- Hash-chained audit log; one chain per signing key (this vault's, and others' received in bundles).
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    chain TEXT NOT NULL,
    seq INTEGER NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT NOT NULL,
    UNIQUE (chain, seq)
);
CREATE INDEX audit_by_target ON audit (target);

-- Full-text index over the displayed head of each record; rowid = records.n.
CREATE VIRTUAL TABLE search USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');
"""


def _v1(conn: Connection) -> None:
    run_script(conn, V1)


Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = [
    _v1,
    schema_evidence.upgrade,  # v2: evidence intake (metadata, derived data, thumbnails)
    schema_model.upgrade,  # v3: the investigation model
    schema_bundles.upgrade,  # v4: bundles, roster, receipts
    schema_gate.upgrade,  # v5: what originals carry (the outbound gate), sealed originals
    schema_keys.upgrade,  # v6: keys by purpose (the sealing key), grants
    schema_ocr.upgrade,  # v7: OCR (originals waiting to be read, recognised text)
    schema_search.upgrade,  # v8: prefix indexes in the full-text index (search at archive scale)
    schema_ocr_frames.upgrade,  # v9: multi-frame images read again, every frame
]
LATEST = len(MIGRATIONS)


def latest() -> int:
    """The newest schema version (a function so tests can build vaults at earlier versions)."""
    return LATEST


def version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def upgrade(conn: Connection, target: int | None = None) -> int:
    """Bring the schema up to ``target`` (default: the latest) inside the caller's transaction.

    Returns the version it started from.
    """
    target = latest() if target is None else target
    current = version(conn)
    if current > latest():
        raise NotAVault(Text("this vault was made by a newer Fieldvault (schema version is unknown)"))
    for step in range(current, target):
        MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {step + 1}")
    return current
