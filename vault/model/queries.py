"""Reading the shown bodies of live records, for rules that look across records (codes, claims, letters)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault import canonical
from vault.storage.store import Connection


def live_bodies(conn: Connection, kind: str) -> list[tuple[str, Mapping[str, Any]]]:
    """``(id, body)`` of every record of ``kind`` that is not deleted, oldest first."""
    rows = conn.execute(
        "SELECT r.id, v.body FROM records r JOIN revisions v ON v.hash = r.head "
        "WHERE r.kind = ? AND r.deleted = 0 ORDER BY r.created, r.id",
        (kind,),
    ).fetchall()
    return [(str(rid), canonical.loads(body)) for rid, body in rows]


def live_body(conn: Connection, record_id: str) -> tuple[str, Mapping[str, Any]] | None:
    """``(kind, body)`` of a live record, or None when there is none (missing or deleted)."""
    row = conn.execute(
        "SELECT r.kind, v.body FROM records r JOIN revisions v ON v.hash = r.head "
        "WHERE r.id = ? AND r.deleted = 0",
        (record_id,),
    ).fetchone()
    return None if row is None else (str(row[0]), canonical.loads(row[1]))


def sources_by_code(conn: Connection, code: str) -> list[str]:
    """The ids of the live sources with this code, oldest first. More than one happens in an archive
    when two experts' vaults each chose the same code."""
    rows = conn.execute(
        "SELECT r.id FROM records r JOIN revisions v ON v.hash = r.head "
        "WHERE v.kind = 'source' AND json_extract(v.body, '$.code') = ? AND r.deleted = 0 "
        "ORDER BY r.created, r.id",
        (code,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def source_by_code(conn: Connection, code: str) -> str | None:
    """The id of the live source with this code (the oldest, should two vaults have chosen the same)."""
    found = sources_by_code(conn, code)
    return found[0] if found else None


def mentioning(conn: Connection, needle: str) -> list[tuple[str, str, Mapping[str, Any]]]:
    """``(id, kind, body)`` of live records whose shown body contains ``needle`` anywhere (a pre-filter)."""
    rows = conn.execute(
        "SELECT r.id, r.kind, v.body FROM records r JOIN revisions v ON v.hash = r.head "
        "WHERE r.deleted = 0 AND instr(v.body, ?) > 0 ORDER BY r.created, r.id",
        (needle,),
    ).fetchall()
    return [(str(rid), str(kind), canonical.loads(body)) for rid, kind, body in rows]
