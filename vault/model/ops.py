"""Local changes to model records: what the service calls, inside its transaction.

These wrap vault.storage.records with what only the investigation model knows: links must name live records
of the right kind, a protected source's identity is sealed before it is stored, a source gets the
next free code, a claim moves up only as the methodology allows, and reveals and grants are logged.

A grant names another vault by its public identity (from its identity file, version 2: its sealing
key, signed by its signing key): a bare key is refused, so nothing is ever sealed to a transport key or
to a key nobody vouched for. Sealing again after an edit drops keys this vault never granted, and says
so in the audit log (``seal-dropped``: the keys, never content).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vault import kinds
from vault.errors import InvalidInput, UserError
from vault.keys.identity import Identity, PublicIdentity
from vault.messages import Text
from vault.model import assessment, claim, links, protection, queries, source
from vault.model.assessment import Assessment
from vault.model.protection import SourceIdentity
from vault.storage import audit, hlc, records, revisions
from vault.storage.records import Record
from vault.storage.store import Connection

NOT_ADDED_HERE = {
    "evidence": Text("evidence is added with 'fieldvault import', which keeps the original file"),
    "disclosure": Text("a disclosure is recorded by 'fieldvault request package', with the package it made"),
}
# Claim statuses as a sentence names them (translated with it).
_STATUS_WORDS = {
    "allegation": Text("allegation"),
    "information": Text("information"),
    "verified_fact": Text("verified fact"),
}


def _status_words(status: str) -> str:
    return _STATUS_WORDS.get(status) or status.replace("_", " ")


class PromotionRefused(UserError):
    """The methodology does not allow the claim to move up; the message gives every reason."""

    def __init__(self, status: str, reasons: Iterable[str]) -> None:
        self.reasons = tuple(reasons)
        super().__init__(
            Text(
                "the claim cannot become {status}: {reasons}",
                status=_status_words(status),
                reasons="; ".join(self.reasons),
            )
        )


def next_source_code(conn: Connection) -> str:
    """The next free code ``S-NNN`` (one more than the highest S- code among this vault's sources)."""
    highest = 0
    for _, body in queries.live_bodies(conn, source.KIND):
        match = re.fullmatch(r"S-(\d+)", str(body.get("code", "")))
        if match:
            highest = max(highest, int(match.group(1)))
    return f"S-{highest + 1:03d}"


def _check_code_free(conn: Connection, code: object, record_id: str | None) -> None:
    normal = source.normal_code(code) if isinstance(code, str) else None
    if normal is None:
        return  # the kind's validation names a malformed code
    owner = queries.source_by_code(conn, normal)
    if owner is not None and owner != record_id:
        raise InvalidInput(
            Text("source: field 'code': {code} is already the code of another source", code=normal),
            field="code",
        )


def _check_claim_status(conn: Connection, claim_id: str | None, body: Mapping[str, Any], before: str) -> None:
    status = claim.validate(body)["status"]
    if claim.rank(status) <= claim.rank(before):
        return
    found = assessment.assess(conn, claim_id, body)
    reasons = found.refusal(status)
    if reasons:
        raise PromotionRefused(status, reasons)


_BARE_KEY = Text(
    "a grant names the other vault by its identity file (fieldvault identity export), not by a bare key"
)


def _recipients(share_with: Iterable[PublicIdentity | bytes]) -> list[PublicIdentity]:
    found: list[PublicIdentity] = []
    for item in share_with:
        if not isinstance(item, PublicIdentity):
            raise InvalidInput(_BARE_KEY, field="to")
        protection.usable_recipient(item)
        found.append(item)
    return found


def _create_source(
    conn: Connection, me: Identity, data: Mapping[str, Any], share: Sequence[PublicIdentity]
) -> Record:
    """``records.create`` for a source, with its id chosen first: a sealed identity is bound to it.

    (The same steps as records.create; ``records.create(..., record_id=...)`` would replace this.)
    """
    record_id = str(uuid.uuid4())
    body = protection.seal_new(record_id, data, me, [p.seal_public for p in share if p.seal_public])
    clean = kinds.get(source.KIND).validate(body)
    rev = revisions.make(
        record_id, source.KIND, me.key_id, me.sign_secret.reveal(), hlc.tick(conn), (), False, clean
    )
    revisions.insert(conn, rev)
    records.refresh(conn, record_id)
    audit.append(conn, me.key_id, "create", record_id, {"revision": rev.hash, "kind": source.KIND})
    if source.is_protected(clean):
        for recipient in share:
            protection.record_grant(conn, record_id, recipient, me)
    return records.get(conn, record_id)


def add(
    conn: Connection,
    me: Identity,
    kind: str,
    data: Mapping[str, Any],
    share_with: Iterable[PublicIdentity | bytes] = (),
) -> Record:
    """Create a record of ``kind`` from what a user entered (links checked, identity sealed).

    ``share_with``: other vaults (public identities with a sealing key) a protected source is granted
    to from the start (each grant logged).
    """
    kinds.get(kind)
    if kind in NOT_ADDED_HERE:
        raise InvalidInput(NOT_ADDED_HERE[kind], field="kind")
    share = _recipients(share_with)
    body = links.resolve_links(conn, kind, data)
    if kind == source.KIND:
        if body.get("code") is None:
            body["code"] = next_source_code(conn)
        _check_code_free(conn, body["code"], None)
        return _create_source(conn, me, body, share)
    if kind == claim.KIND:
        _check_claim_status(conn, None, body, "allegation")
    rec = records.create(conn, me, kind, body)
    if kind == claim.KIND and rec.body.get("status") != "allegation":
        _log_promotion(conn, me, rec.id, "allegation", rec.body)
    return rec


def edit(conn: Connection, me: Identity, record_id: str, changes: Mapping[str, Any]) -> Record:
    """Set the given fields of a record, keep the rest (None removes a field)."""
    current = records.get(conn, record_id)
    prepared = links.resolve_links(conn, current.kind, changes, fields=set(changes))
    dropped: tuple[bytes, ...] = ()
    if current.kind == source.KIND:
        if "code" in prepared:
            _check_code_free(conn, prepared["code"], current.id)
        granted = protection.granted_keys(conn, current.id)
        sealed = protection.prepare_edit(current.id, current.body, prepared, me, granted)
        prepared, dropped = sealed.changes, sealed.dropped
    before = str(current.body.get("status", "allegation"))
    if current.kind == claim.KIND:
        _check_claim_status(conn, current.id, {**current.body, **prepared}, before)
    rec = records.edit(conn, me, current.id, prepared)
    if dropped and rec.head != current.head:
        log_dropped(conn, me, rec, dropped)
    if rec.kind == claim.KIND and claim.rank(str(rec.body["status"])) > claim.rank(before):
        _log_promotion(conn, me, rec.id, before, rec.body)
    return rec


def link(
    conn: Connection, me: Identity, from_ref: str, to_ref: str, field: str | None = None
) -> tuple[Record, str, str]:
    """Add the record ``to_ref`` to a link field of ``from_ref`` (the usual field unless named).

    Returns the updated record, the field used and the full id linked to.
    """
    current = records.get(conn, links.resolve_ref(conn, from_ref))
    target = links.resolve_ref(conn, to_ref)
    found = queries.live_body(conn, target)
    if found is None:
        raise InvalidInput(Text("record {id} is deleted", id=target), field="to")
    field = field or links.default_field(current.kind, found[0])
    if field is None:
        raise InvalidInput(
            Text(
                "a {kind} has no usual link to a {other}; name the field with --as",
                kind=current.kind,
                other=found[0],
            ),
            field="as",
        )
    updated = edit(conn, me, current.id, links.with_link(current.kind, current.body, field, target))
    return updated, field, target


def promote(conn: Connection, me: Identity, claim_id: str, to: str | None = None) -> Assessment:
    """Move a claim up (one step, or to ``to``) if the methodology allows; else PromotionRefused."""
    current = records.get(conn, claim_id)
    if current.kind != claim.KIND:
        raise InvalidInput(
            Text("record {id} is a {kind}, not a claim", id=current.id, kind=current.kind), field="id"
        )
    status = str(current.body.get("status", "allegation"))
    if to is None:
        if status == claim.STATUSES[-1]:
            raise InvalidInput(Text("the claim is already a verified fact"), field="status")
        to = claim.STATUSES[claim.rank(status) + 1]
    target = claim.validate({**current.body, "status": to})["status"]
    if claim.rank(target) <= claim.rank(status):
        raise InvalidInput(
            Text("the claim is already {status}", status=_status_words(status)), field="status"
        )
    edit(conn, me, current.id, {"status": target})
    return assessment.assess_stored(conn, current.id)


def _log_promotion(
    conn: Connection, me: Identity, claim_id: str, before: str, body: Mapping[str, Any]
) -> None:
    # The status change itself is an edit revision; this entry records which rules allowed it.
    found = assessment.assess(conn, claim_id, body)
    audit.append(
        conn,
        me.key_id,
        "promote",
        claim_id,
        {
            "from": before,
            "to": str(body.get("status")),
            "methodology": found.rules.record_id or "default",
            "independent_sources": found.independent_sources,
            "documents": len(found.documents),
        },
    )


def _source(conn: Connection, ref: str) -> Record:
    rec = records.get(conn, links.resolve_ref(conn, ref))
    if rec.kind != source.KIND:
        raise InvalidInput(
            Text("record {id} is a {kind}, not a source", id=rec.id, kind=rec.kind), field="id"
        )
    return rec


def reveal(conn: Connection, me: Identity, ref: str) -> SourceIdentity:
    """A source's identity; for a protected source each reveal is an audit entry (no content in it)."""
    rec = _source(conn, ref)
    who = protection.identity_of(rec.body, me, rec.id)
    if source.is_protected(rec.body):
        fields = sorted(who.to_body())
        audit.append(conn, me.key_id, "reveal", rec.id, {"code": str(rec.body.get("code")), "fields": fields})
    return who


def log_dropped(conn: Connection, me: Identity, rec: Record, dropped: Sequence[bytes]) -> None:
    """Say in the audit log that sealing again left out keys this vault never granted (keys only)."""
    detail = {"code": str(rec.body.get("code", "")), "keys": [k.hex() for k in dropped], "by": me.key_id}
    audit.append(conn, me.key_id, "seal-dropped", rec.id, detail)


def grant(conn: Connection, me: Identity, ref: str, recipient: PublicIdentity | bytes) -> Record:
    """Let another vault read a protected source's identity: an explicit act, stored in the grants
    table and logged ("grant": the record, the recipient's key id, fingerprint and sealing key, by whom),
    after which the identity is sealed again to my key and every key granted for it.

    ``recipient`` is the other vault's public identity from its identity file (version 2); a bare key
    is refused. Granting a key already granted changes nothing.
    """
    if not isinstance(recipient, PublicIdentity):
        raise InvalidInput(_BARE_KEY, field="to")
    seal = protection.usable_recipient(recipient)
    if recipient.key_id == me.key_id:
        raise InvalidInput(Text("that is this vault's own identity"), field="to")
    rec = _source(conn, ref)
    granted = protection.granted_keys(conn, rec.id)
    if seal in granted and protection.readable_by(conn, rec.id, rec.body, seal):
        return rec
    change = protection.reseal(rec.id, rec.body, me, [*granted, seal] if seal not in granted else granted)
    updated = records.edit(conn, me, rec.id, change.changes)
    protection.record_grant(conn, rec.id, recipient, me)
    if change.dropped:
        log_dropped(conn, me, updated, change.dropped)
    return updated
