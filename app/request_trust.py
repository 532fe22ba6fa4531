"""What a request's verdicts trust, and what not: records received from another vault are checked
against their kind, a field changed by another key's revision is not trusted, the same bytes are judged
under every record naming them, and a redacted working copy is told apart (its original shows more)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from vault import kinds
from vault.errors import InvalidInput
from vault.model import queries
from vault.storage import audit, revisions
from vault.storage.store import Connection


def redacted(body: Mapping[str, Any]) -> bool:
    """Whether an evidence body is a working copy with areas redacted (its original shows them)."""
    ops = body.get("operations")
    return bool(body.get("derived_from")) and (
        not isinstance(ops, list) or any(not isinstance(o, str) or o.startswith("redact") for o in ops)
    )


def malformed(kind: str, body: Mapping[str, Any]) -> bool:
    """Whether a body fails its kind's checks (one received from another vault is never trusted)."""
    try:
        kinds.get(kind).validate(body)
    except InvalidInput:
        return True
    return False


def changed_by_another_key(conn: Connection, rid: str, names: Sequence[str], me: str) -> bool:
    """Whether a revision by a key other than the record's first author's or ``me`` changed one of
    the fields ``names`` (a colleague's bundle widening a consent, or a request's purpose)."""
    revs = revisions.for_record(conn, rid)
    if not revs:
        return True
    trusted = {revs[0].author, me}
    for rev in revs:
        if rev.author in trusted or rev.tombstone:
            continue
        parents = [p for h in rev.parents if (p := revisions.get(conn, h)) is not None]
        if not parents:
            return True
        if any(rev.body.get(n) != p.body.get(n) for p in parents for n in names):
            return True
    return False


ByBytes = Mapping[str, Sequence[tuple[str, Mapping[str, Any]]]]


def by_bytes(conn: Connection) -> dict[str, list[tuple[str, Mapping[str, Any]]]]:
    """Every live evidence record by the SHA-256 it names (as its bytes or its sealed original)."""
    out: dict[str, list[tuple[str, Mapping[str, Any]]]] = {}
    for rid, body in queries.live_bodies(conn, "evidence"):
        for name in ("sha256", "sealed_sha256"):
            value = body.get(name)
            if isinstance(value, str) and (rid, body) not in out.get(value, []):
                out.setdefault(value, []).append((rid, body))
    return out


def sources_of(conn: Connection, rid: str, body: Mapping[str, Any], sha: str) -> list[str]:
    """Every source the bytes came from: the record's, and each receipt's in its custody entries."""
    found: dict[str, None] = {}
    if isinstance(body.get("source"), str):
        found.setdefault(str(body["source"]))
    for entry in audit.for_target(conn, [rid, sha]):
        source = entry.detail.get("source")
        if isinstance(source, str) and source:
            found.setdefault(source)
    return list(found)
