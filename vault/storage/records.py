"""Records: the user-facing view of revisions (create, edit, delete, resolve, read, list).

Every local change is one new signed revision plus one audit entry, in the caller's transaction.
Nothing is overwritten: an edit names the displayed head as its parent; a deletion is a tombstone
revision with a reason; a resolution names every head. The ``records`` table and the search index
are derived from the heads by ``refresh`` and can always be rebuilt from the revisions.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vault import kinds
from vault.errors import InvalidInput, NotFound
from vault.keys.identity import Identity
from vault.messages import Text
from vault.storage import audit, hlc, revisions, search
from vault.storage.revisions import Revision
from vault.storage.store import Connection


@dataclass(frozen=True)
class Record:
    id: str
    kind: str
    body: Mapping[str, Any]
    head: str
    heads: tuple[str, ...]
    deleted: bool
    title: str
    created: str
    updated: str

    @property
    def conflicted(self) -> bool:
        return len(self.heads) > 1


@dataclass(frozen=True)
class Summary:
    id: str
    kind: str
    title: str
    deleted: bool
    conflicted: bool
    updated: str
    investigation: str | None


def _new_revision(
    conn: Connection,
    me: Identity,
    record_id: str,
    kind: str,
    parents: tuple[str, ...],
    tombstone: bool,
    body: Mapping[str, Any],
) -> Revision:
    return revisions.make(
        record_id, kind, me.key_id, me.sign_secret.reveal(), hlc.tick(conn), parents, tombstone, body
    )


def _commit_local(
    conn: Connection, me: Identity, rev: Revision, action: str, detail: Mapping[str, Any] | None = None
) -> Record:
    revisions.insert(conn, rev)
    refresh(conn, rev.record_id)
    audit.append(
        conn, me.key_id, action, rev.record_id, {"revision": rev.hash, "kind": rev.kind, **(detail or {})}
    )
    return get(conn, rev.record_id)


def create(
    conn: Connection,
    me: Identity,
    kind: str,
    body: Mapping[str, Any],
    *,
    action: str = "create",
    detail: Mapping[str, Any] | None = None,
) -> Record:
    """A new record with a fresh UUID; ``action``/``detail`` name the audit entry (e.g. intake)."""
    clean = kinds.get(kind).validate(body)
    rev = _new_revision(conn, me, str(uuid.uuid4()), kind, (), False, clean)
    return _commit_local(conn, me, rev, action, detail)


def edit(
    conn: Connection, me: Identity, record_id: str, changes: Mapping[str, Any], action: str = "edit"
) -> Record:
    """Set the given fields (a field set to None is removed), keep the rest; refuse on a deleted record.

    ``action`` names the edit in the audit log (``seal``, ``withhold`` … for what they mean in custody).
    """
    current = get(conn, record_id)
    if current.deleted:
        raise InvalidInput(Text("record {id} is deleted; it cannot be edited", id=record_id), field="id")
    merged = {**current.body, **changes}
    clean = kinds.get(current.kind).validate(merged)
    if dict(clean) == dict(current.body):
        return current
    rev = _new_revision(conn, me, record_id, current.kind, (current.head,), False, clean)
    return _commit_local(conn, me, rev, action)


def delete(conn: Connection, me: Identity, record_id: str, reason: str, *, amend: bool = False) -> Record:
    """A tombstone revision: the record disappears from lists and search, its history stays.

    ``amend``: a record already deleted gets a new tombstone with this reason (the old one superseded).
    """
    current = get(conn, record_id)
    if current.deleted and (not amend or current.body.get("reason") == reason):
        return current
    if not reason.strip():
        raise InvalidInput(Text("a deletion needs a reason"), field="reason")
    rev = _new_revision(conn, me, record_id, current.kind, (current.head,), True, {"reason": reason})
    return _commit_local(conn, me, rev, "delete")


def resolve(conn: Connection, me: Identity, record_id: str, body: Mapping[str, Any]) -> Record:
    """Resolve a conflict: one revision whose parents are all current heads."""
    current = get(conn, record_id)
    clean = kinds.get(current.kind).validate(body)
    rev = _new_revision(conn, me, record_id, current.kind, current.heads, False, clean)
    return _commit_local(conn, me, rev, "resolve")


def apply(conn: Connection, rev: Revision) -> bool:
    """Store a revision that came from elsewhere (a bundle, a handover). False when already present.

    Its clock moves this vault's clock at most ``hlc.MAX_AHEAD_MS`` past the wall clock: a signed
    revision can still carry any clock its author (or a forger holding a key) chose."""
    if not revisions.insert(conn, rev):
        return False
    hlc.observe_bounded(conn, rev.hlc)
    refresh(conn, rev.record_id)
    return True


def _content_revision(conn: Connection, shown: Revision) -> Revision:
    """The revision whose body describes the record: the shown head, or before a tombstone its parent."""
    rev = shown
    while rev.tombstone and rev.parents:
        parent = revisions.get(conn, rev.parents[-1])
        if parent is None:
            break
        rev = parent
    return rev


def refresh(conn: Connection, record_id: str) -> None:
    """Rebuild the record's row in ``records`` and its search entry from its heads."""
    heads = revisions.heads(conn, record_id)
    if not heads:
        return
    shown = heads[0]
    content = _content_revision(conn, shown)
    body = content.body if not content.tombstone else {}
    title = kinds.title_of(shown.kind, body)
    investigation = body.get("investigation") if isinstance(body.get("investigation"), str) else None
    created = conn.execute("SELECT min(hlc) FROM revisions WHERE record_id = ?", (record_id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO records (id, kind, head, head_count, deleted, title, investigation, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
        "head = excluded.head, head_count = excluded.head_count, deleted = excluded.deleted, "
        "title = excluded.title, investigation = excluded.investigation, created = excluded.created, "
        "updated = excluded.updated",
        (
            record_id,
            shown.kind,
            shown.hash,
            len(heads),
            int(shown.tombstone),
            title,
            investigation,
            created,
            shown.hlc,
        ),
    )
    n = conn.execute("SELECT n FROM records WHERE id = ?", (record_id,)).fetchone()[0]
    if shown.tombstone:
        search.remove(conn, n)
    else:
        text = kinds.search_text_of(shown.kind, body)
        derived = kinds.derived_text_of(conn, shown.kind, body)
        search.put(conn, n, title, f"{text}\n{derived}" if derived else text)


def get(conn: Connection, record_id: str) -> Record:
    row = conn.execute(
        "SELECT kind, head, deleted, title, created, updated FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    if row is None:
        raise NotFound(Text("no record with id {id}", id=record_id))
    kind, head, deleted, title, created, updated = row
    heads = revisions.heads(conn, record_id)
    content = _content_revision(conn, heads[0])
    body = {} if content.tombstone else dict(content.body)
    made = kinds.title_of(kind, body)
    if isinstance(made, Text) and made == title:  # a title the vault made (translatable), never one typed
        title = made
    return Record(
        record_id, kind, body, head, tuple(h.hash for h in heads), bool(deleted), title, created, updated
    )


def resolve_id(conn: Connection, text: str) -> str:
    """A full record id from an id or a unique prefix of at least 6 characters."""
    text = text.strip().lower()
    if conn.execute("SELECT 1 FROM records WHERE id = ?", (text,)).fetchone():
        return text
    if len(text) < 6 or any(c not in "0123456789abcdef-" for c in text):
        raise NotFound(Text("no record with id {id}", id=text))
    rows = conn.execute(
        "SELECT id FROM records WHERE id >= ? AND id < ? LIMIT 2", (text, text + "g")
    ).fetchall()
    if len(rows) == 1:
        return str(rows[0][0])
    if not rows:
        raise NotFound(Text("no record with id {id}", id=text))
    raise InvalidInput(
        Text("the id prefix {prefix} matches more than one record; give more characters", prefix=text),
        field="id",
    )


def list_summaries(
    conn: Connection,
    kind: str | None = None,
    investigation: str | None = None,
    include_deleted: bool = False,
    limit: int = 1000,
    offset: int = 0,
) -> list[Summary]:
    """Records, most recently changed first."""
    sql = "SELECT id, kind, title, deleted, head_count, updated, investigation FROM records WHERE 1 = 1"
    args: list[object] = []
    if kind is not None:
        sql += " AND kind = ?"
        args.append(kind)
    if investigation is not None:
        sql += " AND investigation = ?"
        args.append(investigation)
    if not include_deleted:
        sql += " AND deleted = 0"
    sql += " ORDER BY updated DESC, id LIMIT ? OFFSET ?"
    args += [limit, offset]
    return [Summary(r[0], r[1], r[2], bool(r[3]), int(r[4]) > 1, r[5], r[6]) for r in conn.execute(sql, args)]


def count(conn: Connection, kind: str | None = None, include_deleted: bool = False) -> int:
    sql = "SELECT count(*) FROM records WHERE 1 = 1"
    args: list[object] = []
    if kind is not None:
        sql += " AND kind = ?"
        args.append(kind)
    if not include_deleted:
        sql += " AND deleted = 0"
    return int(conn.execute(sql, args).fetchone()[0])
