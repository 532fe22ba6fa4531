"""Evidence items: an original file's bytes (a blob) plus an ``evidence`` record that describes it.

The original is the evidentiary copy: stored as received, addressed by its SHA-256, never modified.
Receiving the same bytes again does not store them twice: the existing item gets a further intake
custody event (who it came from this time, when), and the caller is told it was a duplicate. When that
receipt names a source or an investigation the item does not have yet (or another one), the item is
linked to it by a new revision, and the caller is told which links were set (``Stored.linked``).

What an expert says about an item afterwards — a caption, its source, its investigation, and the date it
was taken when the camera's clock was wrong (``taken_at``: kept beside the claimed ``metadata``, never
written into it) — are edits of the record, each a revision of its own.

What examining the file found (vault/intake) goes in two places, in the same transaction as the bytes:
the small, bundle-worthy part (type, metadata, the "could not be read" flag) in the record's body; the
bulky, rebuildable part (text, thumbnail) in derived tables keyed by SHA-256 (vault/intake/derived.py).
A working copy (stripped, rotated, redacted) is an evidence record of its own, with its own hash, that
names its original in ``derived_from``; making one is a ``derive`` custody event on both.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

from vault.intake import derived, detect, limits
from vault.intake.findings import Findings, clip, no_floats
from vault.keys.identity import Identity
from vault.storage import attachments, audit, records
from vault.storage.attachments import CancelCheck, Progress
from vault.storage.store import Connection

DEFAULT_MAX_BYTES = 16 * 1024**3  # 16 GiB: far above field material, below what would fill a laptop
# Where intake keeps the date a file claims for itself (photo.py, pdf.py, docx.py), most telling first.
CLAIMED_DATES = ("captured_at", "digitized_at", "created_at", "created", "modified_at", "modified")


@dataclass(frozen=True)
class Stored:
    id: str
    sha256: str
    name: str
    size: int
    duplicate: bool
    warnings: tuple[str, ...] = field(default_factory=tuple)
    media_type: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)  # limits reached while examining it
    linked: tuple[str, ...] = field(default_factory=tuple)  # a duplicate's links set by this receipt
    attachments: tuple[Stored, ...] = field(default_factory=tuple)  # files it carries, stored as items


def find_by_sha256(conn: Connection, sha256: str) -> str | None:
    """The id of a live evidence record whose original has this SHA-256, if any."""
    row = conn.execute(
        "SELECT r.id FROM revisions v JOIN records r ON r.head = v.hash "
        "WHERE v.kind = 'evidence' AND json_extract(v.body, '$.sha256') = ? AND r.deleted = 0 "
        "ORDER BY r.created LIMIT 1",
        (sha256,),
    ).fetchone()
    return str(row[0]) if row else None


def records_by_sha256(conn: Connection) -> dict[str, str]:
    """SHA-256 of each live evidence original → the id of its (oldest) record, in one query."""
    rows = conn.execute(
        "SELECT json_extract(v.body, '$.sha256'), r.id FROM revisions v JOIN records r ON r.head = v.hash "
        "WHERE v.kind = 'evidence' AND r.deleted = 0 ORDER BY r.created DESC"
    ).fetchall()
    return {str(sha): str(rid) for sha, rid in rows if sha}


def working_copies(conn: Connection, original_id: str) -> list[str]:
    """Ids of the live working copies made from ``original_id``, oldest first."""
    rows = conn.execute(
        "SELECT DISTINCT r.id, r.created FROM revisions v JOIN records r ON r.head = v.hash "
        "WHERE v.kind = 'evidence' AND json_extract(v.body, '$.derived_from') = ? AND r.deleted = 0 "
        "ORDER BY r.created",
        (original_id,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def carried_by(conn: Connection, message_id: str) -> list[str]:
    """Ids of the live items a message brought (``attached_to`` it, or to an item it brought), in the
    order stored: what a further receipt of the message carries again."""
    found: list[str] = []
    frontier = [message_id]
    while frontier:
        parent = frontier.pop(0)
        rows = conn.execute(
            "SELECT r.id FROM revisions v JOIN records r ON r.head = v.hash "
            "WHERE v.kind = 'evidence' AND json_extract(v.body, '$.attached_to') = ? AND r.deleted = 0 "
            "ORDER BY r.created",
            (parent,),
        ).fetchall()
        for (child,) in rows:
            if str(child) not in found and str(child) != message_id:
                found.append(str(child))
                frontier.append(str(child))
    return found


def device_clock() -> str:
    """This computer's local time with its UTC offset: the clock the custody event was read from."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


def intake_detail(
    me: Identity,
    sha256: str,
    size: int,
    source: str | None,
    received_at: str,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The custody facts of one receipt: what (hash, size), from whom (source id), by whom, when."""
    detail: dict[str, Any] = {
        "sha256": sha256,
        "size": size,
        "by": me.key_id,
        "received_at": received_at,
        "device_clock": device_clock(),
    }
    if source:
        detail["source"] = source
    detail.update(extra or {})
    return detail


def findings_body(findings: Findings | None) -> dict[str, Any]:
    """The part of what examination found that belongs in the record's body."""
    if findings is None:
        return {}
    body: dict[str, Any] = {"media_type": findings.media_type}
    if findings.metadata:
        body["metadata"] = no_floats(findings.metadata)
    if findings.warning:
        body["warnings"] = [findings.warning]
    return body


def store_original(
    conn: Connection,
    me: Identity,
    stream: BinaryIO,
    name: str,
    *,
    body_extra: Mapping[str, Any] | None = None,
    findings: Findings | Callable[[], Findings] | None = None,
    source: str | None = None,
    investigation: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    custody_extra: Mapping[str, Any] | None = None,
) -> Stored:
    """Stream one file in as evidence, with what examining it found, inside the caller's transaction.

    ``findings`` may be a function that waits for them: it is called only once the bytes are stored
    and found to be new, so a worker examines the file while it is being written, and a duplicate is
    never waited for.
    """
    blob = attachments.store_stream(conn, stream, max_bytes=max_bytes, progress=progress, cancelled=cancelled)
    received_at = audit.utc_now()
    existing = find_by_sha256(conn, blob.sha256)
    if existing is not None:
        audit.append(
            conn,
            me.key_id,
            "intake",
            existing,
            intake_detail(
                me, blob.sha256, blob.size, source, received_at, {"duplicate": True, **(custody_extra or {})}
            ),
        )
        held_body = records.get(conn, existing).body
        linked = link_existing(conn, me, existing, source=source, investigation=investigation)
        held = held_body.get("media_type")
        media_type = held if isinstance(held, str) else None
        return Stored(
            existing, blob.sha256, name, blob.size, duplicate=True, media_type=media_type, linked=linked
        )
    body: dict[str, Any] = {
        "name": name,
        "sha256": blob.sha256,
        "size": blob.size,
        "received_at": received_at,
    }
    if source:
        body["source"] = source
    if investigation:
        body["investigation"] = investigation
    if callable(findings):
        findings = findings()
    if findings is not None and blob.size > limits.MAX_EXAMINE_BYTES:
        if findings.outlined:  # a worker read all but the media (if it read these bytes' outline)
            findings = derived.read_payload_strings(conn, blob.sha256, findings)
        elif not findings.parts:
            derived.read_as_strings(conn, blob.sha256, findings)  # no worker read it: read its strings
    body.update(findings_body(findings))
    body.update(body_extra or {})
    if findings is not None:
        derived.put(conn, blob.sha256, findings)  # before the record, so the search index sees the text
    rec = records.create(
        conn,
        me,
        "evidence",
        body,
        action="intake",
        detail=intake_detail(me, blob.sha256, blob.size, source, received_at, custody_extra),
    )
    warnings = tuple(str(w) for w in body.get("warnings", ()))
    notes = tuple(findings.notes) if findings is not None else ()
    carried = _store_attachments(conn, me, rec.id, blob.sha256, findings, source, investigation)
    return Stored(
        rec.id, blob.sha256, name, blob.size, False, warnings, body.get("media_type"), notes, (), carried
    )


def _store_attachments(
    conn: Connection,
    me: Identity,
    message_id: str,
    message_sha256: str,
    findings: Findings | None,
    source: str | None,
    investigation: str | None,
) -> tuple[Stored, ...]:
    """Each file a message carries as an evidence item of its own, ``attached_to`` the message (or to
    the attached message that carries it), with the message's source and investigation, and custody
    naming the message it came in (caller's transaction)."""
    stored: list[Stored] = []
    for n, item in enumerate(findings.attachments if findings is not None else (), 1):
        parent = message_id if item.parent < 0 else stored[item.parent].id
        link = {"attached_to": parent}
        name = clip(item.name, 255) or f"attachment {n}"
        stored.append(
            store_original(
                conn,
                me,
                io.BytesIO(item.data),
                name,
                body_extra=link,
                findings=item.findings or Findings(detect.UNKNOWN),
                source=source,
                investigation=investigation,
                custody_extra={**link, "in_message_sha256": message_sha256},
            )
        )
    return tuple(stored)


def link_existing(
    conn: Connection,
    me: Identity,
    record_id: str,
    *,
    source: str | None = None,
    investigation: str | None = None,
) -> tuple[str, ...]:
    """Set the source and investigation a further receipt of an item names, where the item has none or
    another one: one edit revision (caller's transaction). Returns the fields set (none: no revision)."""
    current = records.get(conn, record_id)
    changes: dict[str, Any] = {}
    if source and current.body.get("source") != source:
        changes["source"] = source
    if investigation and current.body.get("investigation") != investigation:
        changes["investigation"] = investigation
    if changes:
        records.edit(conn, me, record_id, changes)
    return tuple(changes)


def claimed_date(body: Mapping[str, Any]) -> str | None:
    """The date the file itself claims it was made (a camera's clock, a document's creation date)."""
    metadata = body.get("metadata")
    if not isinstance(metadata, Mapping):
        return None
    for key in CLAIMED_DATES:
        value = metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def store_working_copy(
    conn: Connection,
    me: Identity,
    original: records.Record,
    data: bytes,
    name: str,
    operations: Sequence[str],
    findings: Findings,
) -> Stored:
    """Store ``data``, made from ``original``, as a derived evidence record (caller's transaction)."""
    blob = attachments.store_bytes(conn, data)
    source_sha = str(original.body.get("sha256", ""))
    detail = {"from": original.id, "from_sha256": source_sha, "sha256": blob.sha256, "size": blob.size,
              "operations": list(operations), "by": me.key_id, "device_clock": device_clock()}  # fmt: skip
    existing = find_by_sha256(conn, blob.sha256)
    if existing is not None:  # the same operations on the same original give the same bytes
        audit.append(conn, me.key_id, "derive", existing, {**detail, "duplicate": True})
        return Stored(existing, blob.sha256, name, blob.size, duplicate=True, media_type=findings.media_type)
    body: dict[str, Any] = {
        "name": name,
        "sha256": blob.sha256,
        "size": blob.size,
        "received_at": audit.utc_now(),
        "derived_from": original.id,
        "derived_from_sha256": source_sha,
        "operations": list(operations),
        **findings_body(findings),
    }
    if isinstance(original.body.get("investigation"), str):
        body["investigation"] = original.body["investigation"]
    derived.put(conn, blob.sha256, findings)
    rec = records.create(conn, me, "evidence", body, action="derive", detail=detail)
    audit.append(conn, me.key_id, "derive", original.id, {**detail, "working_copy": rec.id})
    return Stored(rec.id, blob.sha256, name, blob.size, False, media_type=findings.media_type)
