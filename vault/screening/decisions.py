"""The expert's decisions on screening candidates: ``list_match`` records, one per entity and listing.

Confirming or rejecting again edits the same record (a new revision, signed and logged, travelling in
bundles like every edit). A candidate for a protected source is decided in a sealed record whose clear
body says nothing (vault/model/listings.py): sealed to this vault's own key only (never to the keys granted
for that source, which would single the source out), padded to a fixed width so its size does not say
the decision, and logged without the decision.

A decision names the revision of its subject it was taken on: when the subject's names changed since,
the decision is stale (to be taken again) and is not used. A decision whose subject is not a live
record of the right kind (a colleague's match pointing at a source, a deleted or unknown record) or whose
sealed inside is malformed is passed over.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from vault import canonical
from vault.errors import VaultError
from vault.keys import sealing
from vault.keys.identity import Identity
from vault.model import protection
from vault.model.listings import DECISIONS, MATCH_KIND
from vault.storage import records, revisions
from vault.storage.records import Record
from vault.storage.store import Connection

SEAL_CONTEXT = "fieldvault-list-match"
SEALED_FIELDS = ("decision", "note", "pad", "reasons", "reference", "revision", "score", "source")
_LEGACY_FIELDS = ("decision", "reasons", "reference", "score", "source")
PAD_TO = 1024  # a sealed match's inside is a multiple of this many bytes
_REF = re.compile(r"^[A-Za-z]{2,4}\.\d{1,5}$")


@dataclass(frozen=True)
class Decision:
    record_id: str
    subject: str  # the entity's (or, sealed, the source's) record id
    reference: str
    decision: str
    score: int
    reasons: tuple[str, ...]
    sealed: bool
    stale: bool = False  # the subject's names changed since the decision: to be taken again


def _binding(match: str, fields: tuple[str, ...] = SEALED_FIELDS) -> sealing.Binding:
    return sealing.Binding(SEAL_CONTEXT, match, fields)


def _open(envelope: Any, match: str, me: Identity) -> Any:
    for fields in (SEALED_FIELDS, _LEGACY_FIELDS):
        try:
            return sealing.open_value(envelope, me.seal_private.reveal(), _binding(match, fields))
        except (VaultError, KeyError, TypeError, ValueError):
            continue
    return None  # sealed to others: this vault cannot know what it says


def _well_formed(body: Mapping[str, Any], subject_field: str) -> bool:
    reasons = body.get("reasons", [])
    score = body.get("score", 0)
    return (
        isinstance(body.get(subject_field), str)
        and isinstance(body.get("reference"), str)
        and bool(_REF.fullmatch(body["reference"]))
        and body.get("decision") in DECISIONS
        and isinstance(score, int)
        and not isinstance(score, bool)
        and isinstance(reasons, list)
        and all(isinstance(r, str) for r in reasons)
        and isinstance(body.get("revision", ""), str)
    )


def _names(kind: str, body: Mapping[str, Any], me: Identity, record_id: str) -> tuple[str, ...] | None:
    if kind == "source":
        try:
            who = protection.identity_of(body, me, record_id)
        except VaultError:
            return None
        return (who.name, *who.aliases)
    aliases = body.get("aliases") or []
    return tuple(str(n) for n in [body.get("name", ""), *aliases])


def _stale(conn: Connection, subject: Record, revision: str, me: Identity) -> bool:
    if not revision:
        return False  # decided before decisions named a revision
    if revision == subject.head:
        return False
    then = revisions.get(conn, revision)
    if then is None or then.record_id != subject.id or then.tombstone:
        return True
    now = _names(subject.kind, subject.body, me, subject.id)
    return now is None or _names(subject.kind, then.body, me, subject.id) != now


def _decision(conn: Connection, rec: Record, me: Identity) -> Decision | None:
    body: Any = rec.body
    sealed = "sealed" in body
    if sealed:
        body = _open(body["sealed"], str(body.get("match", "")), me)
        if not isinstance(body, dict) or not _well_formed(body, "source"):
            return None
        subject_id, kind = str(body["source"]), "source"
    else:
        if not _well_formed(body, "entity"):
            return None
        subject_id, kind = str(body["entity"]), "entity"
    try:
        subject = records.get(conn, subject_id)
    except VaultError:
        return None  # a record this vault does not hold
    if subject.kind != kind or subject.deleted:
        return None  # a clear match pointing at a source, or at a deleted record: not used
    return Decision(
        rec.id,
        subject_id,
        str(body["reference"]),
        str(body["decision"]),
        int(body.get("score", 0) or 0),
        tuple(body.get("reasons", []) or []),
        sealed,
        _stale(conn, subject, str(body.get("revision", "")), me),
    )


def all_decisions(conn: Connection, me: Identity) -> Iterator[Decision]:
    rows = conn.execute("SELECT id FROM records WHERE kind = ? AND deleted = 0 ORDER BY n", (MATCH_KIND,))
    for (rid,) in rows.fetchall():
        found = _decision(conn, records.get(conn, str(rid)), me)
        if found is not None:
            yield found


def _existing(conn: Connection, me: Identity, subject: str, reference: str) -> str | None:
    """The match record already deciding ``subject`` ⇄ ``reference`` (stale or not)."""
    for d in all_decisions(conn, me):
        if d.subject == subject and d.reference == reference:
            return d.record_id
    return None


def _padded(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` with a ``pad`` of spaces making its canonical form a multiple of PAD_TO bytes."""
    base = len(canonical.dumps({**value, "pad": ""}))
    return {**value, "pad": " " * (-base % PAD_TO)}


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
    existing = _existing(conn, me, subject, reference)
    value: dict[str, Any] = {
        "reference": reference,
        "decision": decision,
        "score": score,
        "reasons": list(reasons),
        "revision": records.get(conn, subject).head,
    }
    detail: dict[str, Any] | None
    if source:
        value["source"] = subject
        if note:
            value["note"] = note
        match = str(uuid.uuid4())
        sealed = sealing.seal(_padded(value), [me.seal_public], _binding(match), me)
        body: dict[str, Any] = {"match": match, "sealed": sealed}
        detail = None  # the decision stays inside the seal
    else:
        body = {**value, "entity": subject}
        if list_record:
            body["list"] = list_record
        if note:
            body["note"] = note
        detail = {"decision": decision}
    if existing is None:
        return records.create(conn, me, MATCH_KIND, body, action="list-match", detail=detail)
    current = records.get(conn, existing)
    changes: dict[str, Any] = {**{k: None for k in current.body}, **body}
    return records.edit(conn, me, existing, changes, action="list-match")
