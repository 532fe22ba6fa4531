"""Full-text search (SQLite FTS5) over the displayed head of every record.

The index lives inside the encrypted database, keyed by ``records.n`` so that re-indexing a record is
a rowid delete and insert, never a scan. What a kind puts in the index is its ``search_text``: sealed
identities never enter it. User input is never passed to FTS5 as query syntax; each word becomes a
quoted prefix term, all of which must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.store import Connection

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str


def put(conn: Connection, rowid: int, title: str, text: str) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
    conn.execute("INSERT INTO search (rowid, title, text) VALUES (?, ?, ?)", (rowid, title, text))


def remove(conn: Connection, rowid: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))


def to_fts_query(text: str) -> str | None:
    """Each word of the user's text as a quoted prefix term; None when there are no words."""
    words = _WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def query(conn: Connection, text: str, limit: int = 50, kind: str | None = None) -> list[Hit]:
    """Records matching every word of ``text``, best match first (BM25, title weighted higher)."""
    fts = to_fts_query(text)
    if fts is None:
        return []
    sql = (
        "SELECT r.id, r.kind, r.title FROM search s JOIN records r ON r.n = s.rowid "
        "WHERE search MATCH ? AND r.deleted = 0"
    )
    args: list[object] = [fts]
    if kind is not None:
        sql += " AND r.kind = ?"
        args.append(kind)
    sql += " ORDER BY bm25(search, 5.0, 1.0) LIMIT ?"
    args.append(limit)
    return [Hit(*row) for row in conn.execute(sql, args)]
