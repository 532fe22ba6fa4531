"""Wrapping and unwrapping the 16-byte file key in recipient stanzas (c2sp.org/age): X25519 only.

Bundles and handover packages are encrypted to X25519 keys and nothing else; a file addressed only to
another kind of recipient (a passphrase, a post-quantum hybrid key, a plugin) opens with no identity
here ("no match"). A passphrase stanza must stand alone, whoever reads the file.

An identity's ``unwrap`` returns the file key, None when no stanza is addressed to it, or raises
HeaderFailure for a stanza of its type that is malformed (wrong argument count, non-canonical or
wrong-length share, a body that is not exactly 32 bytes, an all-zero shared secret). Those are the
rules the conformance suite checks; getting them right keeps a malformed file from being mistaken for
one that is merely addressed to someone else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vault import crypto
from vault.age.errors import HeaderFailure
from vault.age.header import Stanza, b64decode, b64encode
from vault.errors import DecryptionFailed

FILE_KEY_BYTES = 16
WRAPPED_BYTES = FILE_KEY_BYTES + 16
ZERO_NONCE = b"\0" * 12
X25519_INFO = b"age-encryption.org/v1/X25519"


def _arg_bytes(text: str, length: int) -> bytes:
    try:
        value = b64decode(text.encode("ascii"))
    except ValueError:
        raise HeaderFailure() from None
    if len(value) != length:
        raise HeaderFailure()
    return value


def _open_body(key: bytes, nonce: bytes, body: bytes) -> bytes | None:
    try:
        return crypto.Aead(key).open(nonce, body)
    except DecryptionFailed:
        return None


def _agree(secret: bytes, public: bytes) -> bytes:
    try:
        return crypto.agree(secret, public)
    except DecryptionFailed:
        raise HeaderFailure() from None  # all-zero shared secret: the spec says abort


@dataclass(frozen=True)
class X25519Recipient:
    public: bytes

    def wrap(self, file_key: bytes) -> Stanza:
        ephemeral = crypto.new_agreement_key()
        share = crypto.agreement_public(ephemeral)
        shared = crypto.agree(ephemeral, self.public)
        wrap_key = crypto.hkdf_sha256(shared, share + self.public, X25519_INFO)
        body = crypto.Aead(wrap_key).seal(ZERO_NONCE, file_key)
        return Stanza(("X25519", b64encode(share).decode("ascii")), body)


@dataclass(frozen=True)
class X25519Identity:
    secret: bytes = field(repr=False)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        public = crypto.agreement_public(self.secret)
        for s in stanzas:
            if s.args[0] != "X25519":
                continue
            if len(s.args) != 2:
                raise HeaderFailure()
            share = _arg_bytes(s.args[1], 32)
            if len(s.body) != WRAPPED_BYTES:
                raise HeaderFailure()
            shared = _agree(self.secret, share)
            wrap_key = crypto.hkdf_sha256(shared, share + public, X25519_INFO)
            file_key = _open_body(wrap_key, ZERO_NONCE, s.body)
            if file_key is not None:
                return file_key
        return None


Identity = X25519Identity


def unwrap_file_key(stanzas: Sequence[Stanza], identities: Sequence[Identity]) -> bytes | None:
    """The file key from the first identity that opens a stanza; HeaderFailure for a malformed file."""
    if any(s.args[0] == "scrypt" for s in stanzas) and len(stanzas) != 1:
        raise HeaderFailure()  # a passphrase-encrypted file must not also be readable by a key
    for identity in identities:
        file_key = identity.unwrap(stanzas)
        if file_key is not None:
            return file_key
    return None
