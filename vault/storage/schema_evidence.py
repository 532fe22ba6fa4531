"""Schema step for evidence intake: tables for extracted text, thumbnails and how each file was examined.

Owned by that feature; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one.

Derived data is keyed by the original's SHA-256, not by record: it describes content, is the same for
every record of that content, and can be rebuilt from the blob. It stays out of revision bodies, which
travel in bundles and are copied on every edit.
"""

from __future__ import annotations

from vault.storage.store import Connection, run_script

SQL = """
-- How each stored content was examined: its type judged from the bytes, and why it could not be read.
CREATE TABLE evidence_examined (
    sha256 TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    pipeline INTEGER NOT NULL,
    examined_at TEXT NOT NULL,
    problem TEXT,
    notes TEXT NOT NULL
);

-- Text extracted for search, per page (page 0: a document without pages); never in revision bodies.
CREATE TABLE evidence_text (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (sha256, page)
);

-- JPEG thumbnails, inside the encrypted database: there is no thumbnail cache on disk.
CREATE TABLE evidence_thumbnails (
    sha256 TEXT PRIMARY KEY,
    jpeg BLOB NOT NULL
);

-- Working copies name their original; this finds them from it.
CREATE INDEX evidence_by_original ON revisions (json_extract(body, '$.derived_from')) WHERE kind = 'evidence';
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
