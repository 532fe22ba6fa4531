"""Field-level sealing: a JSON value encrypted once, readable by each chosen X25519 key.

The value is canonical JSON sealed with a random content key (AES-256-GCM). For each recipient the
content key is wrapped under a key derived (HKDF-SHA256) from an X25519 agreement between a fresh
ephemeral key and the recipient's public key, as age's X25519 stanza does. Adding a recipient needs a
key that can already open the envelope: it unwraps the content key and wraps it once more.

The envelope is a JSON object that travels inside a record body (and so in bundles):
``{"v": 1, "scheme": ..., "nonce": b64, "data": b64, "recipients": [{"key": hex, "epk": b64,
"nonce": b64, "wrapped": b64}, ...]}``. ``context`` names what the value is (e.g. a source's identity)
and is bound into every ciphertext, so an envelope cannot be passed off as something else.

Every failure to open an envelope (not a recipient, wrong key, altered or malformed envelope) is the
single opaque ``DecryptionFailed``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from typing import Any

from vault import canonical, crypto
from vault.errors import DecryptionFailed

VERSION = 1
SCHEME = "X25519-HKDF-SHA256-AES256GCM"
PUBLIC_KEY_BYTES = 32
_CONTENT_AAD = b"fieldvault-sealed-content-v1\n"
_WRAP_AAD = b"fieldvault-sealed-key-v1\n"
_KEK_INFO = b"fieldvault-sealed-kek-v1\n"

Envelope = dict[str, Any]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise DecryptionFailed()
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DecryptionFailed() from exc


def _kek(shared: bytes, epk: bytes, recipient: bytes, context: bytes) -> bytes:
    # Binding both public keys and the context means a wrapped key opens only for this exchange.
    return crypto.hkdf(shared, _KEK_INFO + epk + recipient + context)


def _wrap(content_key: bytes, recipient: bytes, context: bytes) -> dict[str, str]:
    if len(recipient) != PUBLIC_KEY_BYTES:
        raise ValueError("an X25519 public key is 32 bytes")
    ephemeral = crypto.new_agreement_key()
    epk = crypto.agreement_public(ephemeral)
    kek = _kek(crypto.agree(ephemeral, recipient), epk, recipient, context)
    nonce, wrapped = crypto.seal(kek, content_key, _WRAP_AAD + context)
    return {"key": recipient.hex(), "epk": _b64(epk), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def seal(value: object, recipients: Iterable[bytes], context: bytes) -> Envelope:
    """Encrypt ``value`` (any canonical-JSON value) so that each recipient public key can open it.

    Recipients are X25519 public keys (32 bytes); duplicates are kept once. At least one is needed.
    """
    keys = list(dict.fromkeys(recipients))
    if not keys:
        raise ValueError("a sealed value needs at least one recipient")
    content_key = crypto.random_bytes(crypto.KEY_BYTES)
    nonce, data = crypto.seal(content_key, canonical.dumps(value), _CONTENT_AAD + context)
    return {
        "v": VERSION,
        "scheme": SCHEME,
        "nonce": _b64(nonce),
        "data": _b64(data),
        "recipients": [_wrap(content_key, k, context) for k in keys],
    }


def usable_public_key(public: bytes) -> bool:
    """True for an X25519 public key a value can be sealed to (32 bytes, not a low-order point)."""
    if len(public) != PUBLIC_KEY_BYTES:
        return False
    try:
        crypto.agree(crypto.new_agreement_key(), public)
    except DecryptionFailed:
        return False
    return True


def recipients(envelope: Mapping[str, Any]) -> tuple[bytes, ...]:
    """The public keys an envelope is sealed to (empty when the envelope is malformed)."""
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
    return public in recipients(envelope)


def _content_key(envelope: Mapping[str, Any], agree_secret: bytes, context: bytes) -> bytes:
    if envelope.get("v") != VERSION or envelope.get("scheme") != SCHEME:
        raise DecryptionFailed()
    public = crypto.agreement_public(agree_secret)
    entries = envelope.get("recipients")
    if not isinstance(entries, list):
        raise DecryptionFailed()
    for entry in entries:
        if not isinstance(entry, Mapping) or entry.get("key") != public.hex():
            continue
        epk = _unb64(entry.get("epk"))
        if len(epk) != PUBLIC_KEY_BYTES:
            raise DecryptionFailed()
        kek = _kek(crypto.agree(agree_secret, epk), epk, public, context)
        return crypto.open_sealed(
            kek, _unb64(entry.get("nonce")), _unb64(entry.get("wrapped")), _WRAP_AAD + context
        )
    raise DecryptionFailed()


def open_value(envelope: Mapping[str, Any], agree_secret: bytes, context: bytes) -> Any:
    """The sealed value, for a holder of one recipient's X25519 private key; else DecryptionFailed."""
    content_key = _content_key(envelope, agree_secret, context)
    plain = crypto.open_sealed(
        content_key, _unb64(envelope.get("nonce")), _unb64(envelope.get("data")), _CONTENT_AAD + context
    )
    try:
        return canonical.loads(plain)
    except ValueError as exc:
        raise DecryptionFailed() from exc


def add_recipient(
    envelope: Mapping[str, Any], agree_secret: bytes, new_public: bytes, context: bytes
) -> Envelope:
    """The same envelope, also openable by ``new_public``. The caller must already be a recipient."""
    content_key = _content_key(envelope, agree_secret, context)
    if is_recipient(envelope, new_public):
        return dict(envelope)
    entries = list(envelope["recipients"])
    entries.append(_wrap(content_key, new_public, context))
    return {**envelope, "recipients": entries}
