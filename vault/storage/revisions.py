"""Immutable, content-addressed, signed revisions, and the heads of each record's revision graph.

A revision's hash is the SHA-256 of the canonical JSON of everything it says: record, kind, author,
hybrid logical clock, parents (sorted), tombstone flag and body. Its author signs that hash with
Ed25519. Nothing about a revision depends on the vault it sits in, so two vaults holding the same
revisions hold byte-identical facts, and merging is a set union.

The heads of a record are its revisions that no other revision names as a parent. One head is the
normal case; two or more mean concurrent edits (a conflict a human resolves with a revision naming all
heads as parents). Revisions may arrive in any order: a child stored before its parent is still
correct, because a revision becomes a head only if nothing already stored descends from it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from vault import canonical, crypto
from vault.messages import Text
from vault.storage import hlc
from vault.storage.store import Connection

SIGNING_CONTEXT = b"fieldvault-revision-v1\n"


@dataclass(frozen=True)
class Revision:
    hash: str
    record_id: str
    kind: str
    author: str
    hlc: str
    parents: tuple[str, ...]
    tombstone: bool
    body: Mapping[str, Any]
    signature: bytes

    def to_json(self) -> dict[str, Any]:
        """The portable form carried in bundles (signature in hex)."""
        return {
            "hash": self.hash,
            "record": self.record_id,
            "kind": self.kind,
            "author": self.author,
            "hlc": self.hlc,
            "parents": list(self.parents),
            "tombstone": self.tombstone,
            "body": dict(self.body),
            "signature": self.signature.hex(),
        }


def compute_hash(
    record_id: str,
    kind: str,
    author: str,
    hlc_value: str,
    parents: Iterable[str],
    tombstone: bool,
    body: Mapping[str, Any],
) -> str:
    doc = {
        "v": 1,
        "record": record_id,
        "kind": kind,
        "author": author,
        "hlc": hlc_value,
        "parents": sorted(parents),
        "tombstone": tombstone,
        "body": dict(body),
    }
    return hashlib.sha256(canonical.dumps(doc)).hexdigest()


def make(
    record_id: str,
    kind: str,
    author: str,
    sign_secret: bytes,
    hlc_value: str,
    parents: Iterable[str],
    tombstone: bool,
    body: Mapping[str, Any],
) -> Revision:
    """A new revision, hashed and signed by its author."""
    ordered = tuple(sorted(set(parents)))
    digest = compute_hash(record_id, kind, author, hlc_value, ordered, tombstone, body)
    signature = crypto.sign(sign_secret, SIGNING_CONTEXT + bytes.fromhex(digest))
    return Revision(digest, record_id, kind, author, hlc_value, ordered, tombstone, dict(body), signature)


def problems(rev: Revision) -> list[str]:
    """What is wrong with a revision on its own (hash, signature, field shapes); [] when sound."""
    found: list[str] = []
    try:
        digest = compute_hash(
            rev.record_id, rev.kind, rev.author, rev.hlc, rev.parents, rev.tombstone, rev.body
        )
    except ValueError:
        return [Text("revision {revision} holds a value that is not canonical JSON", revision=rev.hash[:12])]
    if digest != rev.hash:
        found.append(
            Text(
                "revision {revision} of record {record} was altered (hash mismatch)",
                revision=rev.hash[:12],
                record=rev.record_id,
            )
        )
    elif not _signature_ok(rev):
        found.append(
            Text(
                "revision {revision} of record {record} has an invalid signature",
                revision=rev.hash[:12],
                record=rev.record_id,
            )
        )
    if not hlc.is_valid(rev.hlc):
        found.append(Text("revision {revision} has a malformed clock value", revision=rev.hash[:12]))
    if list(rev.parents) != sorted(set(rev.parents)):
        found.append(Text("revision {revision} lists its parents out of order", revision=rev.hash[:12]))
    return found


def _signature_ok(rev: Revision) -> bool:
    try:
        public = bytes.fromhex(rev.author)
    except ValueError:
        return False
    return len(public) == 32 and crypto.verify_signature(
        public, rev.signature, SIGNING_CONTEXT + bytes.fromhex(rev.hash)
    )


_COLUMNS = "hash, record_id, kind, author, hlc, parents, tombstone, body, signature"


def _from_row(row: tuple[Any, ...]) -> Revision:
    hash_, record_id, kind, author, hlc_value, parents, tombstone, body, signature = row
    return Revision(
        hash_,
        record_id,
        kind,
        author,
        hlc_value,
        tuple(canonical.loads(parents)),
        bool(tombstone),
        canonical.loads(body),
        bytes(signature),
    )


def insert(conn: Connection, rev: Revision) -> bool:
    """Store a revision and update the record's heads. False when it was already stored (a no-op)."""
    cur = conn.execute(
        f"INSERT OR IGNORE INTO revisions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            rev.hash,
            rev.record_id,
            rev.kind,
            rev.author,
            rev.hlc,
            canonical.dumps_text(list(rev.parents)),
            int(rev.tombstone),
            canonical.dumps_text(dict(rev.body)),
            rev.signature,
        ),
    )
    if cur.rowcount == 0:
        return False
    for parent in rev.parents:
        conn.execute(
            "INSERT OR IGNORE INTO revision_parents (parent, child) VALUES (?, ?)", (parent, rev.hash)
        )
        conn.execute("DELETE FROM heads WHERE record_id = ? AND hash = ?", (rev.record_id, parent))
    has_child = conn.execute(
        "SELECT 1 FROM revision_parents WHERE parent = ? LIMIT 1", (rev.hash,)
    ).fetchone()
    if not has_child:
        conn.execute("INSERT OR IGNORE INTO heads (record_id, hash) VALUES (?, ?)", (rev.record_id, rev.hash))
    return True


def get(conn: Connection, digest: str) -> Revision | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM revisions WHERE hash = ?", (digest,)).fetchone()
    return _from_row(row) if row else None


def for_record(conn: Connection, record_id: str) -> list[Revision]:
    """All revisions of a record, oldest first by clock."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM revisions WHERE record_id = ? ORDER BY hlc, hash",
        (record_id,),
    ).fetchall()
    return [_from_row(r) for r in rows]


def heads(conn: Connection, record_id: str) -> list[Revision]:
    """The record's heads, the displayed one first (greatest clock, then greatest hash)."""
    rows = conn.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))} FROM heads h "
        "JOIN revisions r ON r.hash = h.hash WHERE h.record_id = ? ORDER BY r.hlc DESC, r.hash DESC",
        (record_id,),
    ).fetchall()
    return [_from_row(r) for r in rows]


def iterate(conn: Connection, after_seq: int = 0) -> Iterator[tuple[int, Revision]]:
    """Every stored revision in local arrival order, with its local sequence number."""
    rows = conn.execute(
        f"SELECT seq, {_COLUMNS} FROM revisions WHERE seq > ? ORDER BY seq",
        (after_seq,),
    )
    for row in rows:
        yield int(row[0]), _from_row(row[1:])


def digest_of_all(conn: Connection) -> str:
    """A hash of the set of revision hashes: equal in any two vaults holding the same revisions."""
    h = hashlib.sha256(b"fieldvault-content-digest-v1\n")
    for (digest,) in conn.execute("SELECT hash FROM revisions ORDER BY hash"):
        h.update(digest.encode("ascii") + b"\n")
    return h.hexdigest()
