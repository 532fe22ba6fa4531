"""Records with concurrent heads, listed for a person to resolve, and their resolution.

A merge keeps every head; the displayed one is chosen by a deterministic rule (greatest clock, then
greatest hash — vault.storage.revisions.heads) and the record is flagged. Resolving writes one revision whose
parents are all the heads: either a chosen head's content (a deletion, if the chosen head is one) or new
content given by the coordinator.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vault import kinds
from vault.errors import InvalidInput
from vault.exchange import methodology_flags, roster
from vault.keys.identity import Identity
from vault.messages import Text
from vault.storage import audit, hlc, records, revisions
from vault.storage.records import Record
from vault.storage.store import Connection


@dataclass(frozen=True)
class Head:
    hash: str
    author: str
    author_name: str
    hlc: str
    tombstone: bool
    body: Mapping[str, Any]


@dataclass(frozen=True)
class Conflict:
    record_id: str
    kind: str
    title: str
    heads: tuple[Head, ...]  # the displayed one first
    flags: tuple[str, ...] = ()  # why a record with one head is listed (vault/exchange/methodology_flags.py)


def _author_name(conn: Connection, own: str, author: str) -> str:
    if author == own:
        return Text("this vault")
    member = roster.lookup(conn, author)
    return member.name if member else Text("key {key}", key=author[:12])


def list_conflicts(conn: Connection, own_key_id: str, limit: int = 1000) -> list[Conflict]:
    """Records with concurrent heads, and records flagged for a person (a claim raised past the
    methodology), newest first; each head with its author's name on the roster."""
    flags = methodology_flags.standing(conn, own_key_id)
    rows = conn.execute(
        "SELECT id, kind, title FROM records WHERE head_count > 1 ORDER BY updated DESC, id LIMIT ?", (limit,)
    ).fetchall()
    listed = {str(r[0]) for r in rows}
    rows += [
        r
        for rid in flags
        if rid not in listed
        for r in conn.execute("SELECT id, kind, title FROM records WHERE id = ?", (rid,)).fetchall()
    ]
    found = []
    for record_id, kind, title in rows[:limit]:
        heads = tuple(
            Head(h.hash, h.author, _author_name(conn, own_key_id, h.author), h.hlc, h.tombstone, dict(h.body))
            for h in revisions.heads(conn, record_id)
        )
        found.append(Conflict(record_id, kind, title, heads, tuple(flags.get(str(record_id), ()))))
    return found


def resolve(
    conn: Connection,
    me: Identity,
    record_id: str,
    *,
    take: str | None = None,
    data: Mapping[str, Any] | None = None,
) -> Record:
    """Resolve a conflict (inside the caller's transaction) by taking a head or giving new content."""
    if (take is None) == (data is None):
        raise InvalidInput(Text("give either a head to take or new content, not both"), field="take")
    heads = revisions.heads(conn, record_id)
    if len(heads) < 2 and record_id not in methodology_flags.standing(conn, me.key_id):
        raise InvalidInput(Text("record {record} has no conflict to resolve", record=record_id), field="id")
    if data is not None:
        return records.resolve(conn, me, record_id, data)
    text = (take or "").strip().lower()
    chosen = [h for h in heads if len(text) >= 8 and h.hash.startswith(text)]
    if len(chosen) != 1:
        raise InvalidInput(
            Text("that is not one of the record's current heads (give at least 8 characters)"), field="take"
        )
    head = chosen[0]
    if not head.tombstone:
        return records.resolve(conn, me, record_id, kinds.get(head.kind).validate(head.body))
    rev = revisions.make(
        record_id,
        head.kind,
        me.key_id,
        me.sign_secret.reveal(),
        hlc.tick(conn),
        [h.hash for h in heads],
        True,
        {"reason": Text("conflict resolved: the deletion was kept")},
    )
    revisions.insert(conn, rev)
    records.refresh(conn, record_id)
    audit.append(conn, me.key_id, "resolve", record_id, {"revision": rev.hash, "kind": rev.kind})
    return records.get(conn, record_id)
