"""What left the vault and to whom: watermarked draft copies and sanitized shares, as records.

Each is a record (signed revision, audit entry, carried in bundles), so the group archive learns who
received which copy and under whose authority something was shared, and a leaked copy can be traced in
the archive as well as in the vault that made it. The audit entry names the record and the hashes of
what was written; the recipient and the authority, being content, sit in the record, never in the log.

- ``draft_copy``: one recipient's stamped copy of a draft: recipient, copy id, SHA-256 of the copy and
  of the draft it was made from, pages, when.
- ``share``: one sanitized share: to whom, the authority for sharing, its reference (printed on it), the
  records shared, the SHA-256 of each file written, when.
"""

from __future__ import annotations

from collections.abc import Sequence

from vault import crypto
from vault.keys.identity import Identity
from vault.model.copies import DRAFT_COPY, SHARE
from vault.storage import audit, records
from vault.storage.store import Connection

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_copy_id() -> str:
    """A fresh copy id, ``FV-XXXX-XXXX-XXXX`` (60 random bits, Crockford base32: easy to read aloud)."""
    n = int.from_bytes(crypto.random_bytes(8), "big") >> 4
    chars = "".join(_CROCKFORD[(n >> (5 * i)) & 31] for i in range(12))
    return f"FV-{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"


def record_copy(
    conn: Connection,
    me: Identity,
    *,
    recipient: str,
    copy_id: str,
    sha256: str,
    draft_sha256: str,
    pages: int,
    label: str,
) -> records.Record:
    """Record one distributed copy (inside the caller's transaction); the audit entry is an export."""
    body = {
        "recipient": recipient,
        "copy_id": copy_id,
        "sha256": sha256,
        "draft_sha256": draft_sha256,
        "pages": pages,
        "label": label,
        "issued_at": audit.utc_now(),
    }
    detail = {"what": "draft copy", "copy_id": copy_id, "sha256": sha256, "draft": draft_sha256}
    return records.create(conn, me, DRAFT_COPY, body, action="export", detail=detail)


def record_share(
    conn: Connection,
    me: Identity,
    *,
    to: str,
    authority: str,
    reference: str,
    items: Sequence[str],
    files: Sequence[str],
) -> records.Record:
    """Record a sanitized share (inside the caller's transaction); the audit entry is an export."""
    body = {
        "to": to,
        "authority": authority,
        "reference": reference,
        "items": list(items),
        "files": list(files),
        "issued_at": audit.utc_now(),
    }
    detail = {"what": "sanitized share", "reference": reference, "items": list(items), "files": list(files)}
    return records.create(conn, me, SHARE, body, action="export", detail=detail)


def copies_where(conn: Connection, field: str, value: str) -> list[records.Record]:
    """Live draft-copy records whose ``field`` (copy_id, sha256, recipient) equals ``value``."""
    if field not in ("copy_id", "sha256", "recipient"):
        raise ValueError("unknown field")
    rows = conn.execute(
        "SELECT r.id FROM records r JOIN revisions v ON v.hash = r.head "
        f"WHERE r.kind = '{DRAFT_COPY}' AND r.deleted = 0 AND json_extract(v.body, '$.{field}') = ? "
        "ORDER BY r.created, r.id",
        (value,),
    ).fetchall()
    return [records.get(conn, str(row[0])) for row in rows]


def copies(conn: Connection) -> list[records.Record]:
    """Every live draft-copy record, oldest first."""
    rows = conn.execute(
        "SELECT id FROM records WHERE kind = ? AND deleted = 0 ORDER BY created, id", (DRAFT_COPY,)
    ).fetchall()
    return [records.get(conn, str(row[0])) for row in rows]
