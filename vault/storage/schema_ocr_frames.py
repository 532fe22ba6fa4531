"""Schema step for the frames of multi-frame images (v9): originals OCR read only in part are read again.

Owned by vault/ocr; migrations.py runs ``upgrade`` inside the upgrade transaction. Once released, never
edit a step: add a new one. Before this version OCR read only an image's first frame: page 2 of a
multi-page TIFF scan (or a later frame of a GIF or WebP) was never read, so a source named there was
not seen by the outbound gate. Those originals are queued again from their first frame, which says how
many follow (vault/ocr/job.py), and held back from outputs until read: unlike the backlog queued at v7
(every photo, read behind), these are few, and what they show is not known. What was read stays until
replaced page by page. JPEG (MPO) and PNG (APNG) files may carry further frames too, rarely with text;
reading every photograph again would take hours on a laptop, so they are left as read.
"""

from __future__ import annotations

from vault.storage.store import Connection, run_script

SQL = """
INSERT OR REPLACE INTO ocr_queue (sha256, queued_at, todo, holds)
    SELECT d.sha256, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 1
    FROM ocr_done d JOIN evidence_examined e USING (sha256)
    WHERE e.media_type IN ('image/tiff', 'image/gif', 'image/webp');
DELETE FROM ocr_done WHERE sha256 IN (SELECT sha256 FROM ocr_queue);
"""


def upgrade(conn: Connection) -> None:
    run_script(conn, SQL)
