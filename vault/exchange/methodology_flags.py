"""Claims raised past the archive's methodology: flagged for a person, with the conflicts.

An expert's vault refuses to raise a claim's status beyond what the methodology allows, but a bundle is
another vault's word: a revision that raises a claim (to information, or to verified fact) is assessed
again here, against the archive's methodology and everything the archive holds, once the bundle is
merged. A raise the methodology does not allow is kept (revisions are never dropped) but flagged: an
audit entry ``flag`` names the revision, and the claim is listed with the conflicts until the
coordinator resolves it (a new revision replaces the flagged head).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vault.keys.identity import Identity
from vault.messages import Text
from vault.model import assessment, claim
from vault.storage import audit, revisions
from vault.storage.store import Connection


def _status(body: Mapping[str, Any]) -> str:
    value = body.get("status")
    return value if isinstance(value, str) and value in claim.STATUSES else claim.STATUSES[0]


def raised_past_methodology(conn: Connection, rev: revisions.Revision) -> bool:
    """True when ``rev`` raises its claim's status beyond what the methodology here allows."""
    before = claim.STATUSES[0]
    for parent in rev.parents:
        held = revisions.get(conn, parent)
        if held is not None and not held.tombstone and claim.rank(_status(held.body)) > claim.rank(before):
            before = _status(held.body)
    status = _status(rev.body)
    if claim.rank(status) <= claim.rank(before):
        return False
    return not assessment.assess(conn, rev.record_id, rev.body).allows(status)


def flag(conn: Connection, me: Identity, rev: revisions.Revision, detail: Mapping[str, Any]) -> None:
    """Record the flag (inside the caller's transaction)."""
    audit.append(
        conn,
        me.key_id,
        "flag",
        rev.record_id,
        {
            **detail,
            "revision": rev.hash,
            "author": rev.author,
            "status": _status(rev.body),
            "why": "methodology",
        },
    )


def standing(conn: Connection, own_key_id: str) -> dict[str, list[str]]:
    """Record id → the reasons it is flagged, for flags whose revision is still a current head."""
    found: dict[str, list[str]] = {}
    rows = conn.execute(
        "SELECT target, json_extract(detail, '$.revision'), json_extract(detail, '$.status') FROM audit "
        "WHERE chain = ? AND action = 'flag' AND target IS NOT NULL ORDER BY seq",
        (own_key_id,),
    ).fetchall()
    for target, flagged, status in rows:
        if not conn.execute("SELECT 1 FROM heads WHERE hash = ?", (str(flagged),)).fetchone():
            continue  # resolved since: the flagged revision is no longer a head
        found.setdefault(str(target), []).append(
            Text(
                "raised to {status} past the methodology (revision {revision})",
                status=str(status),
                revision=str(flagged)[:12],
            )
        )
    return found
