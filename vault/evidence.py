"""Evidence items: an original file's bytes (a blob) plus an ``evidence`` record that describes it.

The original is the evidentiary copy: stored as received, addressed by its SHA-256, never modified.
Receiving the same bytes again does not store them twice: the existing item gets a further intake
custody event (who it came from this time, when), and the caller is told it was a duplicate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from vault import attachments, audit, kinds, records
from vault.attachments import CancelCheck, Progress
from vault.errors import InvalidInput
from vault.identity import Identity
from vault.kinds import Body, Kind, register, text_field
from vault.store import Connection

DEFAULT_MAX_BYTES = 16 * 1024**3  # 16 GiB: far above field material, below what would fill a laptop


@dataclass(frozen=True)
class Stored:
    id: str
    sha256: str
    name: str
    size: int
    duplicate: bool
    warnings: tuple[str, ...] = field(default_factory=tuple)


def find_by_sha256(conn: Connection, sha256: str) -> str | None:
    """The id of a live evidence record whose original has this SHA-256, if any."""
    row = conn.execute(
        "SELECT r.id FROM revisions v JOIN records r ON r.head = v.hash "
        "WHERE v.kind = 'evidence' AND json_extract(v.body, '$.sha256') = ? AND r.deleted = 0 "
        "ORDER BY r.created LIMIT 1",
        (sha256,),
    ).fetchone()
    return str(row[0]) if row else None


def intake_detail(
    me: Identity,
    sha256: str,
    size: int,
    source: str | None,
    received_at: str,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The custody facts of one receipt: what (hash, size), from whom (source id), by whom, when."""
    detail: dict[str, Any] = {"sha256": sha256, "size": size, "by": me.key_id, "device_clock": received_at}
    if source:
        detail["source"] = source
    detail.update(extra or {})
    return detail


def store_original(
    conn: Connection,
    me: Identity,
    stream: BinaryIO,
    name: str,
    *,
    body_extra: Mapping[str, Any] | None = None,
    source: str | None = None,
    investigation: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Stored:
    """Stream one file in as evidence, inside the caller's transaction."""
    blob = attachments.store_stream(conn, stream, max_bytes=max_bytes, progress=progress, cancelled=cancelled)
    received_at = audit.utc_now()
    existing = find_by_sha256(conn, blob.sha256)
    if existing is not None:
        audit.append(
            conn,
            me.key_id,
            "intake",
            existing,
            intake_detail(me, blob.sha256, blob.size, source, received_at, {"duplicate": True}),
        )
        return Stored(existing, blob.sha256, name, blob.size, duplicate=True)
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
    body.update(body_extra or {})
    rec = records.create(
        conn,
        me,
        "evidence",
        body,
        action="intake",
        detail=intake_detail(me, blob.sha256, blob.size, source, received_at),
    )
    warnings = tuple(str(w) for w in body.get("warnings", ()))
    return Stored(rec.id, blob.sha256, name, blob.size, duplicate=False, warnings=warnings)


# --- the evidence kind ---------------------------------------------------------------------------


def _validate_evidence(body: Mapping[str, Any]) -> Body:
    # Evidence bodies are written by the intake pipeline, not typed by users; check the essentials.
    text_field(body, "name", required=True, max_len=4096, kind="evidence")
    sha = text_field(body, "sha256", required=True, max_len=64, kind="evidence")
    if sha is None or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise InvalidInput("evidence: field 'sha256' must be 64 lowercase hex digits", field="sha256")
    size = body.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise InvalidInput("evidence: field 'size' must be a non-negative integer", field="size")
    return kinds.keep_set(body)


def _evidence_text(body: Mapping[str, Any]) -> str:
    parts = [str(body.get("name", "")), str(body.get("caption", "")), str(body.get("description", ""))]
    return "\n".join(p for p in parts if p)


register(
    Kind(
        name="evidence",
        validate=_validate_evidence,
        title=lambda b: str(b.get("caption") or b.get("name", "")),
        search_text=_evidence_text,
    )
)
