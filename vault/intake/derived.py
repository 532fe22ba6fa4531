"""What examination found, stored inside the encrypted database and keyed by the original's SHA-256.

Text and thumbnails are derived data: rebuildable from the blob, the same for every record of that
content, and kept out of revision bodies (vault/schema_evidence.py has the tables).
"""

from __future__ import annotations

import json

from vault import audit
from vault.intake.findings import Findings
from vault.store import Connection

PIPELINE_VERSION = 1  # raise when examination improves, so stored content can be examined again


def put(conn: Connection, sha256: str, findings: Findings) -> None:
    """Replace whatever was derived from ``sha256`` with ``findings`` (inside the caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO evidence_examined "
        "(sha256, media_type, pipeline, examined_at, problem, notes) VALUES (?, ?, ?, ?, ?, ?)",
        (
            sha256,
            findings.media_type,
            PIPELINE_VERSION,
            audit.utc_now(),
            findings.problem,
            json.dumps(findings.notes, ensure_ascii=False),
        ),
    )
    conn.execute("DELETE FROM evidence_text WHERE sha256 = ?", (sha256,))
    conn.executemany(
        "INSERT INTO evidence_text (sha256, page, text) VALUES (?, ?, ?)",
        [(sha256, page, text) for page, text in findings.pages],
    )
    conn.execute("DELETE FROM evidence_thumbnails WHERE sha256 = ?", (sha256,))
    if findings.thumbnail:
        conn.execute(
            "INSERT INTO evidence_thumbnails (sha256, jpeg) VALUES (?, ?)", (sha256, findings.thumbnail)
        )


def examined(conn: Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM evidence_examined WHERE sha256 = ?", (sha256,)).fetchone() is not None


def thumbnail(conn: Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT jpeg FROM evidence_thumbnails WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row else None


def pages(conn: Connection, sha256: str) -> list[tuple[int, str]]:
    """The extracted text, page by page, in order."""
    rows = conn.execute("SELECT page, text FROM evidence_text WHERE sha256 = ? ORDER BY page", (sha256,))
    return [(int(page), str(text)) for page, text in rows]


def text(conn: Connection, sha256: str) -> str:
    """All extracted text as one string (what the search index holds)."""
    return "\n".join(t for _, t in pages(conn, sha256))


def notes(conn: Connection, sha256: str) -> list[str]:
    row = conn.execute("SELECT notes FROM evidence_examined WHERE sha256 = ?", (sha256,)).fetchone()
    if not row:
        return []
    value = json.loads(row[0])
    return [str(n) for n in value] if isinstance(value, list) else []
