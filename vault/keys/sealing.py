"""Field-level sealing: a JSON value encrypted once, readable by each chosen X25519 sealing key, signed by
the vault that sealed it and bound to the record and fields it stands for.

The value is canonical JSON sealed with a random content key (AES-256-GCM). For each recipient the
content key is wrapped under a key derived (HKDF-SHA256) from an X25519 agreement between a fresh
ephemeral key and the recipient's public key, as age's X25519 stanza does. Recipients are *sealing*
keys (vault/keys/identity.py), never the transport keys bundles are encrypted to.

Envelope version 2, a JSON object that travels inside a record body (and so in bundles)::

    {"v": 2, "scheme": "X25519-HKDF-SHA256-AES256GCM",
     "context": "fieldvault-source-identity",     what the value is
     "record": "<record id>", "fields": [...],     where it belongs: the record and the fields it replaces
     "sealer": "<key id>",                         the Ed25519 key of the vault that sealed it (hex)
     "nonce": b64, "data": b64,
     "recipients": [{"key": hex, "epk": b64, "nonce": b64, "wrapped": b64}, ...],
     "sig": b64}

- ``sig`` is the sealer's Ed25519 signature of ``fieldvault-sealed-v2\\n`` followed by the canonical JSON
  of the envelope without ``sig``: the recipient list (its order too), the binding and the ciphertexts
  cannot change without the signature failing.
- The binding digest, SHA-256 of ``fieldvault-sealed-binding-v2\\n`` + canonical JSON of {context,
  record, fields, sealer, recipients (hex keys, in order)}, is in the associated data of the content, of
  every wrapped key and in every key-encryption key's derivation: an envelope copied to another record,
  given another recipient list, or passed off as other fields does not open even before the signature
  is checked.

Opening checks the version, the scheme, the binding against what the caller expects, and the signature
before it decrypts; every failure (not a recipient, wrong key, altered, swapped or malformed envelope)
is the single opaque ``DecryptionFailed``. The signature says who sealed it and that nothing was changed
since; it does not make the sealer trusted: a vault seals again only to keys it granted itself
(vault/model/protection.py).

Version 1 envelopes (unsigned, unbound, sealed to transport keys before keys were separated by purpose)
are still opened for history with ``open_legacy``; they are never produced again.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vault import canonical, crypto
from vault.errors import DecryptionFailed
from vault.keys.identity import Identity

VERSION = 2
LEGACY_VERSION = 1
SCHEME = "X25519-HKDF-SHA256-AES256GCM"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
_SIG_PREFIX = b"fieldvault-sealed-v2\n"
_BINDING_PREFIX = b"fieldvault-sealed-binding-v2\n"
_CONTENT_AAD = b"fieldvault-sealed-content-v2\n"
_WRAP_AAD = b"fieldvault-sealed-key-v2\n"
_KEK_INFO = b"fieldvault-sealed-kek-v2\n"
_LEGACY_CONTENT_AAD = b"fieldvault-sealed-content-v1\n"
_LEGACY_WRAP_AAD = b"fieldvault-sealed-key-v1\n"
_LEGACY_KEK_INFO = b"fieldvault-sealed-kek-v1\n"
_HEAD = ("v", "scheme", "context", "record", "fields", "sealer")
_ENTRY = {"key", "epk", "nonce", "wrapped"}

Envelope = dict[str, Any]


@dataclass(frozen=True)
class Binding:
    """What a sealed value is (``context``) and where it belongs: the record and the fields it replaces."""

    context: str
    record: str
    fields: tuple[str, ...]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise DecryptionFailed()
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DecryptionFailed() from exc


def _digest(head: Mapping[str, Any], keys: Sequence[str]) -> bytes:
    bound = {k: head[k] for k in ("context", "record", "fields", "sealer")}
    return hashlib.sha256(_BINDING_PREFIX + canonical.dumps({**bound, "recipients": list(keys)})).digest()


def _kek(shared: bytes, epk: bytes, recipient: bytes, bound: bytes, info: bytes) -> bytes:
    # Binding both public keys and the binding digest: a wrapped key opens only for this exchange.
    return crypto.hkdf(shared, info + epk + recipient + bound)


def _wrap(content_key: bytes, recipient: bytes, bound: bytes) -> dict[str, str]:
    ephemeral = crypto.new_agreement_key()
    epk = crypto.agreement_public(ephemeral)
    kek = _kek(crypto.agree(ephemeral, recipient), epk, recipient, bound, _KEK_INFO)
    nonce, wrapped = crypto.seal(kek, content_key, _WRAP_AAD + bound)
    return {"key": recipient.hex(), "epk": _b64(epk), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _check_fields(value: object, fields: Sequence[str]) -> bool:
    return not isinstance(value, Mapping) or set(value) <= set(fields)


def seal(value: object, recipients: Iterable[bytes], binding: Binding, sealer: Identity) -> Envelope:
    """Encrypt ``value`` (any canonical-JSON value) so that each recipient sealing key can open it, bound
    to ``binding`` and signed by ``sealer``.

    Recipients are X25519 public keys (32 bytes, not low-order); duplicates are kept once, in order. At
    least one is needed. A mapping value may only hold the fields the binding names.
    """
    keys = list(dict.fromkeys(recipients))
    if not keys:
        raise ValueError("a sealed value needs at least one recipient")
    if not all(usable_public_key(k) for k in keys):
        raise ValueError("a sealed value's recipients are X25519 public keys")
    if not _check_fields(value, binding.fields):
        raise ValueError("the sealed value holds a field its binding does not name")
    head: Envelope = {
        "v": VERSION,
        "scheme": SCHEME,
        "context": binding.context,
        "record": binding.record,
        "fields": sorted(binding.fields),
        "sealer": sealer.key_id,
    }
    bound = _digest(head, [k.hex() for k in keys])
    content_key = crypto.random_bytes(crypto.KEY_BYTES)
    nonce, data = crypto.seal(content_key, canonical.dumps(value), _CONTENT_AAD + bound)
    envelope = {
        **head,
        "nonce": _b64(nonce),
        "data": _b64(data),
        "recipients": [_wrap(content_key, k, bound) for k in keys],
    }
    envelope["sig"] = _b64(sealer.sign(_SIG_PREFIX + canonical.dumps(envelope)))
    return envelope


def usable_public_key(public: bytes) -> bool:
    """True for an X25519 public key a value can be sealed to (32 bytes, not a low-order point)."""
    if len(public) != PUBLIC_KEY_BYTES:
        return False
    try:
        crypto.agree(crypto.new_agreement_key(), public)
    except DecryptionFailed:
        return False
    return True


def version(envelope: Mapping[str, Any]) -> int | None:
    """The envelope's format version (1: legacy, 2: signed and bound), None when it names none."""
    v = envelope.get("v")
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def recipients(envelope: Mapping[str, Any]) -> tuple[bytes, ...]:
    """The public keys an envelope *claims* to be sealed to, unchecked (empty when malformed).

    For display only: ``authenticated_recipients`` is the list its sealer signed.
    """
    found: list[bytes] = []
    entries = envelope.get("recipients")
    if not isinstance(entries, list):
        return ()
    for entry in entries:
        if isinstance(entry, Mapping) and isinstance(entry.get("key"), str):
            try:
                found.append(bytes.fromhex(entry["key"]))
            except ValueError:
                continue
    return tuple(found)


def is_recipient(envelope: Mapping[str, Any], public: bytes) -> bool:
    """Whether the envelope claims ``public`` as a recipient (unchecked; see ``authenticated_recipients``)."""
    return public in recipients(envelope)


def sealer(envelope: Mapping[str, Any]) -> str | None:
    """The key id the envelope says sealed it (unchecked), None for a legacy or malformed envelope."""
    value = envelope.get("sealer")
    return value if version(envelope) == VERSION and isinstance(value, str) else None


def _entries(envelope: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    entries = envelope.get("recipients")
    if not isinstance(entries, list) or not entries:
        raise DecryptionFailed()
    keys: list[str] = []
    for entry in entries:
        if not isinstance(entry, Mapping) or set(entry) != _ENTRY or not isinstance(entry["key"], str):
            raise DecryptionFailed()
        keys.append(entry["key"])
    if len(set(keys)) != len(keys):
        raise DecryptionFailed()
    return list(entries)


def _authenticated(envelope: Mapping[str, Any], binding: Binding) -> tuple[list[Mapping[str, Any]], bytes]:
    """The recipient entries and binding digest of a version 2 envelope whose binding is ``binding``
    and whose signature verifies; DecryptionFailed otherwise."""
    if set(envelope) != {*_HEAD, "nonce", "data", "recipients", "sig"}:
        raise DecryptionFailed()
    if (
        version(envelope) != VERSION
        or envelope["scheme"] != SCHEME
        or envelope["context"] != binding.context
        or envelope["record"] != binding.record
        or envelope["fields"] != sorted(binding.fields)
        or not isinstance(envelope["sealer"], str)
    ):
        raise DecryptionFailed()
    try:
        sealer_key = bytes.fromhex(envelope["sealer"])
    except ValueError as exc:
        raise DecryptionFailed() from exc
    entries = _entries(envelope)
    signed = canonical.dumps({k: v for k, v in envelope.items() if k != "sig"})
    signature = _unb64(envelope["sig"])
    if len(signature) != SIGNATURE_BYTES or not crypto.verify_signature(
        sealer_key, signature, _SIG_PREFIX + signed
    ):
        raise DecryptionFailed()
    return entries, _digest(envelope, [str(e["key"]) for e in entries])


def authenticated_recipients(envelope: Mapping[str, Any], binding: Binding) -> tuple[bytes, ...]:
    """The recipient keys the sealer signed, for an envelope bound to ``binding``; else DecryptionFailed
    (a legacy envelope has no signed list)."""
    entries, _ = _authenticated(envelope, binding)
    try:
        return tuple(bytes.fromhex(str(e["key"])) for e in entries)
    except ValueError as exc:
        raise DecryptionFailed() from exc


def _open_entry(
    entry: Mapping[str, Any], secret: bytes, public: bytes, bound: bytes, info: bytes, aad: bytes
) -> bytes:
    epk = _unb64(entry.get("epk"))
    if len(epk) != PUBLIC_KEY_BYTES:
        raise DecryptionFailed()
    kek = _kek(crypto.agree(secret, epk), epk, public, bound, info)
    return crypto.open_sealed(kek, _unb64(entry.get("nonce")), _unb64(entry.get("wrapped")), aad)


def _loads(plain: bytes) -> Any:
    try:
        return canonical.loads(plain)
    except ValueError as exc:
        raise DecryptionFailed() from exc


def open_value(envelope: Mapping[str, Any], seal_secret: bytes, binding: Binding) -> Any:
    """The sealed value of a version 2 envelope, for a holder of one recipient's sealing key, once the
    binding and the signature are checked; else DecryptionFailed."""
    entries, bound = _authenticated(envelope, binding)
    public = crypto.agreement_public(seal_secret).hex()
    mine = next((e for e in entries if e["key"] == public), None)
    if mine is None:
        raise DecryptionFailed()
    content_key = _open_entry(mine, seal_secret, bytes.fromhex(public), bound, _KEK_INFO, _WRAP_AAD + bound)
    plain = crypto.open_sealed(
        content_key, _unb64(envelope.get("nonce")), _unb64(envelope.get("data")), _CONTENT_AAD + bound
    )
    value = _loads(plain)
    if not _check_fields(value, binding.fields):
        raise DecryptionFailed()
    return value


def open_legacy(envelope: Mapping[str, Any], agree_secret: bytes, context: bytes) -> Any:
    """The value of a version 1 envelope (history: sealed to a transport key before keys were separated
    by purpose), for a holder of one recipient's key; else DecryptionFailed."""
    if envelope.get("v") != LEGACY_VERSION or envelope.get("scheme") != SCHEME:
        raise DecryptionFailed()
    public = crypto.agreement_public(agree_secret)
    entries = envelope.get("recipients")
    if not isinstance(entries, list):
        raise DecryptionFailed()
    for entry in entries:
        if not isinstance(entry, Mapping) or entry.get("key") != public.hex():
            continue
        content_key = _open_entry(
            entry, agree_secret, public, context, _LEGACY_KEK_INFO, _LEGACY_WRAP_AAD + context
        )
        plain = crypto.open_sealed(
            content_key,
            _unb64(envelope.get("nonce")),
            _unb64(envelope.get("data")),
            _LEGACY_CONTENT_AAD + context,
        )
        return _loads(plain)
    raise DecryptionFailed()
