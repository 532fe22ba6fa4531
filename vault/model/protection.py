"""Sealing and revealing the identity of protected sources.

For a ``protected`` source the identity fields (vault/model/source.py ``IDENTITY_FIELDS``) are sealed
to the recording vault's X25519 key, and to further keys only when the expert grants them; the stored
body keeps the code and the non-identifying fields in clear. Editing an identity field re-seals to every
key the envelope already names, so a grant survives later edits. Only a vault able to open the envelope
may change, reveal, grant or unprotect the identity.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from vault import sealing
from vault.errors import InvalidInput, UserError
from vault.identity import Identity
from vault.kinds import Body
from vault.messages import Text
from vault.model import source

CONTEXT = b"fieldvault-source-identity-v1"


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


def _identity(fields: Mapping[str, Any]) -> SourceIdentity:
    clean = source.validate_identity(fields)
    return SourceIdentity(
        clean["name"],
        tuple(clean.get("aliases", ())),
        clean.get("contacts"),
        clean.get("risk_notes"),
        tuple(clean.get("identifying_terms", ())),
    )


def can_read(body: Mapping[str, Any], me: Identity) -> bool:
    """True when the identity is in clear or sealed to this vault's key."""
    env = body.get("sealed")
    return not isinstance(env, Mapping) or sealing.is_recipient(env, me.public.agree_public)


def identity_of(body: Mapping[str, Any], me: Identity) -> SourceIdentity:
    """The identity of a stored source body: in clear, or unsealed with this vault's key.

    Raises IdentitySealed when this vault is not a recipient and DecryptionFailed when it is one but
    the envelope does not open (it was altered).
    """
    env = body.get("sealed")
    if not isinstance(env, Mapping):
        return _identity({k: body[k] for k in source.IDENTITY_FIELDS if k in body})
    if not sealing.is_recipient(env, me.public.agree_public):
        raise IdentitySealed(str(body.get("code", "")))
    value = sealing.open_value(env, me.agree_secret.reveal(), CONTEXT)
    if not isinstance(value, dict):
        raise InvalidInput(Text("the sealed identity is not an object"), field="sealed")
    return _identity(value)


def _split(data: Mapping[str, Any]) -> tuple[Body, Body]:
    identity = {k: v for k, v in data.items() if k in source.IDENTITY_FIELDS}
    rest = {k: v for k, v in data.items() if k not in source.IDENTITY_FIELDS}
    return identity, rest


def seal_new(data: Mapping[str, Any], me: Identity, share_with: Iterable[bytes] = ()) -> Body:
    """A new source body as it is stored: for ``protected``, the identity sealed to me (+ share_with)."""
    if data.get("sealed") is not None:
        raise InvalidInput(Text("source: field 'sealed' is set by Fieldvault, not given"), field="sealed")
    if data.get("protection") is None or str(data["protection"]).strip().lower() != "protected":
        return dict(data)
    identity, rest = _split(data)
    clean = _identity(identity).to_body()
    keys = [me.public.agree_public, *share_with]
    return {**rest, "sealed": sealing.seal(clean, keys, CONTEXT)}


def prepare_edit(current: Mapping[str, Any], changes: Mapping[str, Any], me: Identity) -> Body:
    """The changes to store for an edit of a source, sealing or unsealing as the protection requires."""
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
        return dict(changes)
    if was and now and not identity_changes:
        return dict(changes)
    merged = {**identity_of(current, me).to_body(), **identity_changes}
    clean = _identity({k: v for k, v in merged.items() if v is not None}).to_body()
    if now:
        env = current.get("sealed")
        keys = list(sealing.recipients(env)) if was and isinstance(env, Mapping) else []
        sealed = sealing.seal(clean, [me.public.agree_public, *keys], CONTEXT)
        cleared = {k: None for k in source.IDENTITY_FIELDS}  # nothing identifying stays in clear
        return {**rest, **cleared, "sealed": sealed}
    # Unprotecting: the identity goes back in clear from this revision on (an explicit choice).
    return {**rest, **{k: clean.get(k) for k in source.IDENTITY_FIELDS}, "sealed": None}


def grant(current: Mapping[str, Any], me: Identity, recipient: bytes) -> Body:
    """The change that lets ``recipient`` (an X25519 public key) read the sealed identity too."""
    env = current.get("sealed")
    if not isinstance(env, Mapping):
        raise InvalidInput(
            Text("source {code} is not protected: its identity is not sealed", code=current.get("code", "")),
            field="id",
        )
    if not sealing.is_recipient(env, me.public.agree_public):
        raise IdentitySealed(str(current.get("code", "")))
    return {"sealed": sealing.add_recipient(env, me.agree_secret.reveal(), recipient, CONTEXT)}
