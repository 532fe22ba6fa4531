"""Sealing and revealing the identity of protected sources, and the grants that say who else may read it.

For a ``protected`` source the identity fields (vault/model/source.py ``IDENTITY_FIELDS``) are sealed
(vault/keys/sealing.py, envelope version 2) to the recording vault's *sealing* key, signed by it and bound to
the record and those fields; the stored body keeps the code and the non-identifying fields in clear.

Who else may read an identity is decided here, by this vault, and nowhere else: a **grant** (a row of
the ``grants`` table, made by ``ops.grant`` and logged) names another vault's sealing key, taken from
its identity file. Every time this vault seals an identity — a new source, an edited identity, a grant,
the keys' upgrade — it seals to its own sealing key and to the keys it granted for that record, and to
nothing else: a key found on an envelope that came from elsewhere (a bundle, a handover, a copy) is not
a grant, and is dropped (``Prepared.dropped``, which the caller logs). Only a vault able to open the
envelope may change, reveal, grant or unprotect the identity.

Envelopes of version 1 (sealed to transport keys, before keys were separated by purpose) are still
opened with the transport key, for history; they are never written again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from vault.errors import DecryptionFailed, InvalidInput, UserError
from vault.keys import sealing
from vault.keys.identity import Identity, PublicIdentity
from vault.messages import Text
from vault.model import source
from vault.model.kind import Body
from vault.storage import audit
from vault.storage.store import Connection

CONTEXT = b"fieldvault-source-identity-v1"  # the context of version 1 envelopes (read only)
SEAL_CONTEXT = "fieldvault-source-identity"
SEALED_FIELDS = tuple(sorted(source.IDENTITY_FIELDS))


class IdentitySealed(UserError):
    """The source's identity is sealed to other keys: this vault cannot read or change it."""

    def __init__(self, code: str) -> None:
        super().__init__(
            Text(
                "the identity of source {code} is sealed to other keys; only the recording expert "
                "(or someone they granted) can read or change it",
                code=code,
            )
        )


@dataclass(frozen=True)
class SourceIdentity:
    """What identifies a source. Its repr is redacted so it never lands in a log by accident."""

    name: str
    aliases: tuple[str, ...] = ()
    contacts: str | None = None
    risk_notes: str | None = field(default=None)
    terms: tuple[str, ...] = ()  # identifying_terms

    def __repr__(self) -> str:
        return "<SourceIdentity (redacted)>"

    def to_body(self) -> Body:
        out: Body = {"name": self.name}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.contacts is not None:
            out["contacts"] = self.contacts
        if self.risk_notes is not None:
            out["risk_notes"] = self.risk_notes
        if self.terms:
            out["identifying_terms"] = list(self.terms)
        return out


@dataclass(frozen=True)
class Prepared:
    """The changes to store for an edit, and the foreign keys of the old envelope left out of the new one
    (never granted here: they are dropped, and the caller logs it)."""

    changes: Body
    dropped: tuple[bytes, ...] = ()


def binding(record_id: str) -> sealing.Binding:
    """What a source's sealed identity is bound to: its record and the identity fields."""
    return sealing.Binding(SEAL_CONTEXT, record_id, SEALED_FIELDS)


def _identity(fields: Mapping[str, Any]) -> SourceIdentity:
    clean = source.validate_identity(fields)
    return SourceIdentity(
        clean["name"],
        tuple(clean.get("aliases", ())),
        clean.get("contacts"),
        clean.get("risk_notes"),
        tuple(clean.get("identifying_terms", ())),
    )


def _my_key(env: Mapping[str, Any], me: Identity) -> bytes | None:
    """The key of mine an envelope would name: the sealing key (version 2), the transport key (1)."""
    if sealing.version(env) == sealing.LEGACY_VERSION:
        return me.public.agree_public
    return me.public.seal_public


def can_read(body: Mapping[str, Any], me: Identity) -> bool:
    """True when the identity is in clear or sealed to this vault's key."""
    env = body.get("sealed")
    if not isinstance(env, Mapping):
        return True
    mine = _my_key(env, me)
    return mine is not None and sealing.is_recipient(env, mine)


def identity_of(body: Mapping[str, Any], me: Identity, record_id: str) -> SourceIdentity:
    """The identity of a stored body of the source ``record_id``: in clear, or unsealed with my key.

    Raises IdentitySealed when this vault is not a recipient and DecryptionFailed when it is one but
    the envelope does not open: altered, re-signed, or copied from another record.
    """
    env = body.get("sealed")
    if not isinstance(env, Mapping):
        return _identity({k: body[k] for k in source.IDENTITY_FIELDS if k in body})
    if not can_read(body, me):
        raise IdentitySealed(str(body.get("code", "")))
    if sealing.version(env) == sealing.LEGACY_VERSION:
        value = sealing.open_legacy(env, me.agree_secret.reveal(), CONTEXT)
    else:
        value = sealing.open_value(env, me.seal_private.reveal(), binding(record_id))
    if not isinstance(value, dict):
        raise InvalidInput(Text("the sealed identity is not an object"), field="sealed")
    return _identity(value)


def _seal(record_id: str, clean: Body, me: Identity, granted: Iterable[bytes]) -> sealing.Envelope:
    return sealing.seal(clean, [me.seal_public, *granted], binding(record_id), me)


def _dropped(env: object, me: Identity, kept: Sequence[bytes]) -> tuple[bytes, ...]:
    if not isinstance(env, Mapping):
        return ()
    mine = {me.public.agree_public, me.public.seal_public}
    return tuple(k for k in sealing.recipients(env) if k not in mine and k not in kept)


def _split(data: Mapping[str, Any]) -> tuple[Body, Body]:
    identity = {k: v for k, v in data.items() if k in source.IDENTITY_FIELDS}
    rest = {k: v for k, v in data.items() if k not in source.IDENTITY_FIELDS}
    return identity, rest


def seal_new(record_id: str, data: Mapping[str, Any], me: Identity, granted: Iterable[bytes] = ()) -> Body:
    """A new source body as it is stored: for ``protected``, the identity sealed to me (+ ``granted``,
    sealing keys this vault grants the new record)."""
    if data.get("sealed") is not None:
        raise InvalidInput(Text("source: field 'sealed' is set by Fieldvault, not given"), field="sealed")
    if data.get("protection") is None or str(data["protection"]).strip().lower() != "protected":
        return dict(data)
    identity, rest = _split(data)
    clean = _identity(identity).to_body()
    return {**rest, "sealed": _seal(record_id, clean, me, granted)}


def prepare_edit(
    record_id: str,
    current: Mapping[str, Any],
    changes: Mapping[str, Any],
    me: Identity,
    granted: Sequence[bytes],
) -> Prepared:
    """The changes to store for an edit of a source, sealing or unsealing as the protection requires.

    A changed identity is sealed again to my sealing key and the keys this vault ``granted`` for the
    record — never to a key that is merely listed on the current envelope.
    """
    if "sealed" in changes:
        raise InvalidInput(Text("source: field 'sealed' is set by Fieldvault, not given"), field="sealed")
    was = current.get("protection") == "protected"
    if "protection" in changes and changes["protection"] is None and was:
        raise InvalidInput(
            Text(
                "source: field 'protection' must be set explicitly to lower a protected source's protection"
            ),
            field="protection",
        )
    new_level = changes.get("protection", current.get("protection"))
    now = isinstance(new_level, str) and new_level.strip().lower() == "protected"
    identity_changes, rest = _split(changes)
    if not was and not now:
        return Prepared(dict(changes))
    if was and now and not identity_changes:
        return Prepared(dict(changes))
    merged = {**identity_of(current, me, record_id).to_body(), **identity_changes}
    clean = _identity({k: v for k, v in merged.items() if v is not None}).to_body()
    if now:
        cleared = {k: None for k in source.IDENTITY_FIELDS}  # nothing identifying stays in clear
        sealed = _seal(record_id, clean, me, granted)
        return Prepared({**rest, **cleared, "sealed": sealed}, _dropped(current.get("sealed"), me, granted))
    # Unprotecting: the identity goes back in clear from this revision on (an explicit choice).
    return Prepared({**rest, **{k: clean.get(k) for k in source.IDENTITY_FIELDS}, "sealed": None})


def reseal(record_id: str, current: Mapping[str, Any], me: Identity, granted: Sequence[bytes]) -> Prepared:
    """The change that seals the identity again, unchanged, to my sealing key and ``granted`` (a grant,
    the keys' upgrade). IdentitySealed when this vault cannot read it."""
    env = current.get("sealed")
    if not isinstance(env, Mapping):
        raise InvalidInput(
            Text("source {code} is not protected: its identity is not sealed", code=current.get("code", "")),
            field="id",
        )
    clean = identity_of(current, me, record_id).to_body()
    return Prepared({"sealed": _seal(record_id, clean, me, granted)}, _dropped(env, me, granted))


# --- grants -----------------------------------------------------------------------------------------


def granted_keys(conn: Connection, record_id: str) -> list[bytes]:
    """The sealing keys this vault granted for a record, oldest grant first."""
    rows = conn.execute(
        "SELECT recipient_seal FROM grants WHERE record_id = ? ORDER BY granted_at, recipient_seal",
        (record_id,),
    )
    return [bytes(r[0]) for r in rows]


def is_granted(conn: Connection, record_id: str, seal_public: bytes) -> bool:
    row = conn.execute(
        "SELECT 1 FROM grants WHERE record_id = ? AND recipient_seal = ?", (record_id, seal_public)
    ).fetchone()
    return row is not None


def usable_recipient(recipient: PublicIdentity) -> bytes:
    """The sealing key of a grant's recipient, checked: present (an identity file of version 2), signed
    by the recipient's signing key, and a usable X25519 key. InvalidInput otherwise."""
    if recipient.seal_public is None:
        raise InvalidInput(
            Text(
                "the identity {fingerprint} has no sealing key (an identity file of version 1): ask for a "
                "new identity file ('fieldvault identity export') to grant it a source",
                fingerprint=recipient.fingerprint,
            ),
            field="to",
        )
    if not recipient.seal_key_authentic or not sealing.usable_public_key(recipient.seal_public):
        raise InvalidInput(
            Text(
                "the sealing key of identity {fingerprint} is not signed by it",
                fingerprint=recipient.fingerprint,
            ),
            field="to",
        )
    return recipient.seal_public


def record_grant(conn: Connection, record_id: str, recipient: PublicIdentity, me: Identity) -> bool:
    """Store and log a grant (inside the caller's transaction); False when it was already granted."""
    seal = usable_recipient(recipient)
    if is_granted(conn, record_id, seal):
        return False
    conn.execute(
        "INSERT INTO grants (record_id, recipient_seal, recipient_key_id, granted_at, granted_by) "
        "VALUES (?, ?, ?, ?, ?)",
        (record_id, seal, recipient.key_id, audit.utc_now(), me.key_id),
    )
    detail = {"recipient": recipient.key_id, "fingerprint": recipient.fingerprint, "seal_key": seal.hex()}
    audit.append(conn, me.key_id, "grant", record_id, {**detail, "by": me.key_id})
    return True


def readable_by(conn: Connection, record_id: str, body: Mapping[str, Any], seal_public: bytes) -> bool:
    """True when the holder of ``seal_public`` can read this identity *because this vault said so*: the
    envelope's signed recipient list names the key and this vault granted it for the record."""
    env = body.get("sealed")
    if not isinstance(env, Mapping) or not is_granted(conn, record_id, seal_public):
        return False
    try:
        return seal_public in sealing.authenticated_recipients(env, binding(record_id))
    except DecryptionFailed:
        return False
