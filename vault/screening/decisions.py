"""The expert's decisions on screening candidates: ``list_match`` records, one per entity and listing.

Confirming or rejecting again edits the same record (a new revision, signed and logged, travelling in
bundles like every edit). A candidate for a protected source is decided in a sealed record whose clear
body says nothing (vault/model/listings.py); only vaults holding the source's sealing keys read it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vault.errors import VaultError
from vault.keys import sealing
from vault.keys.identity import Identity
from vault.model import protection
from vault.model.listings import MATCH_KIND
from vault.storage import records
from vault.storage.records import Record
from vault.storage.store import Connection

SEAL_CONTEXT = "fieldvault-list-match"
SEALED_FIELDS = ("decision", "reasons", "reference", "score", "source")


@dataclass(frozen=True)
class Decision:
    record_id: str
    subject: str  # the entity's (or, sealed, the source's) record id
    reference: str
    decision: str
    score: int
    reasons: tuple[str, ...]
    sealed: bool


def _binding(match: str) -> sealing.Binding:
    return sealing.Binding(SEAL_CONTEXT, match, SEALED_FIELDS)


def _decision(rec: Record, me: Identity) -> Decision | None:
    body: Any = rec.body
    if "sealed" in body:
        try:
            body = sealing.open_value(body["sealed"], me.seal_private.reveal(), _binding(str(body["match"])))
        except (VaultError, KeyError):
            return None  # sealed to others: this vault cannot know what it says
        if not isinstance(body, dict):
            return None
        subject = str(body.get("source", ""))
    else:
        subject = str(body.get("entity", ""))
    return Decision(
        rec.id,
        subject,
        str(body.get("reference", "")),
        str(body.get("decision", "")),
        int(body.get("score", 0) or 0),
        tuple(str(r) for r in body.get("reasons", []) or []),
        "sealed" in rec.body,
    )


def all_decisions(conn: Connection, me: Identity) -> Iterator[Decision]:
    rows = conn.execute("SELECT id FROM records WHERE kind = ? AND deleted = 0 ORDER BY n", (MATCH_KIND,))
    for (rid,) in rows.fetchall():
        found = _decision(records.get(conn, str(rid)), me)
        if found is not None:
            yield found


def decide(
    conn: Connection,
    me: Identity,
    subject: str,
    reference: str,
    decision: str,
    score: int,
    reasons: tuple[str, ...],
    *,
    list_record: str | None = None,
    source: bool = False,
    note: str | None = None,
) -> Record:
    """Record (or change) the decision on ``subject`` ⇄ ``reference``; inside the caller's transaction."""
    existing = next(
        (d for d in all_decisions(conn, me) if d.subject == subject and d.reference == reference), None
    )
    value: dict[str, Any] = {
        "reference": reference,
        "decision": decision,
        "score": score,
        "reasons": list(reasons),
    }
    if source:
        value["source"] = subject
        match = str(uuid.uuid4())
        keys = [me.seal_public, *protection.granted_keys(conn, subject)]
        body: dict[str, Any] = {"match": match, "sealed": sealing.seal(value, keys, _binding(match), me)}
    else:
        body = {**value, "entity": subject}
        if list_record:
            body["list"] = list_record
        if note:
            body["note"] = note
    if existing is None:
        return records.create(conn, me, MATCH_KIND, body, action="list-match", detail={"decision": decision})
    current = records.get(conn, existing.record_id)
    changes: dict[str, Any] = {**{k: None for k in current.body}, **body}
    return records.edit(conn, me, existing.record_id, changes, action="list-match")
