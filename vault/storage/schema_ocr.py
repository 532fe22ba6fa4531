"""Schema step for OCR: the originals waiting to be read, and what was read on each page.

Owned by that feature; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one. Like the gate's readings (schema_gate.py), recognised text is keyed by the
original's SHA-256. Originals already held when a vault reaches this version are queued too (every
photograph and PDF), to be read behind like new ones; they are not held back from outputs meanwhile
(they left as they were before OCR existed; holding thousands back would stop the next bundle for hours).
"""

from __future__ import annotations

from vault.storage.store import Connection, run_script

SQL = """
-- Originals still to be read (photos, and PDFs whose pages lack a text layer). ``todo`` is the JSON list
-- of pages left (NULL: a PDF not yet surveyed, or a photo). A row goes once every page is read.
-- ``holds``: 1 when what the original shows is not known until it is read (stored since OCR existed),
-- so the outbound gate holds it back; 0 for the backlog queued below and for items read again.
CREATE TABLE ocr_queue (
    sha256 TEXT PRIMARY KEY,
    queued_at TEXT NOT NULL,
    todo TEXT,
    holds INTEGER NOT NULL DEFAULT 1
);

-- What was read on each page (page 0: a photo): the text, its words as JSON
-- [[text, left, top, width, height, confidence], ...] in image pixels, and the image's size. ``document``
-- is 0 for a photo that does not read like a document: its words are not shown or indexed, but the
-- outbound gate reads them all the same.
CREATE TABLE ocr_text (
    sha256 TEXT NOT NULL,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    words TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    confidence INTEGER NOT NULL,
    languages TEXT NOT NULL,
    document INTEGER NOT NULL,
    PRIMARY KEY (sha256, page)
) WITHOUT ROWID;

-- Originals read in full: when, in which languages, and pages that could not be read.
CREATE TABLE ocr_done (
    sha256 TEXT PRIMARY KEY,
    done_at TEXT NOT NULL,
    languages TEXT NOT NULL,
    problems TEXT NOT NULL
);

INSERT OR IGNORE INTO ocr_queue (sha256, queued_at, todo, holds)
    SELECT sha256, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 0 FROM evidence_examined
    WHERE problem IS NULL AND (media_type LIKE 'image/%' OR media_type = 'application/pdf');
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
