"""Wrapping and unwrapping the 16-byte file key in recipient stanzas (c2sp.org/age, native types).

An identity's ``unwrap`` returns the file key, None when no stanza is addressed to it, or raises
HeaderFailure for a stanza of its type that is malformed (wrong argument count, non-canonical or
wrong-length share, a body that is not exactly 32 bytes, an all-zero shared secret). Those are the
rules the conformance suite checks; getting them right keeps a malformed file from being mistaken for
one that is merely addressed to someone else.
"""

from __future__ import annotations

import re
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
SCRYPT_SALT_LABEL = b"age-encryption.org/v1/scrypt"
MAX_SCRYPT_WORK_FACTOR = 22  # as the reference implementation: 2^22 takes seconds, more is an attack
HYBRID_INFO = b"age-encryption.org/mlkem768x25519"
HYBRID_ENC_BYTES = 1088 + 32
_XWING_LABEL = b"\\.//^\\"
_HPKE_SUITE = (
    b"HPKE" + (0x647A).to_bytes(2, "big") + (0x0001).to_bytes(2, "big") + (0x0003).to_bytes(2, "big")
)
_DECIMAL = re.compile(r"^[1-9][0-9]*$")


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


@dataclass(frozen=True)
class ScryptIdentity:
    passphrase: bytes = field(repr=False)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for s in stanzas:
            if s.args[0] != "scrypt":
                continue
            if len(s.args) != 3 or not _DECIMAL.match(s.args[2]) or len(s.args[2]) > 3:
                raise HeaderFailure()
            salt = _arg_bytes(s.args[1], 16)
            work_factor = int(s.args[2])
            if work_factor > MAX_SCRYPT_WORK_FACTOR or len(s.body) != WRAPPED_BYTES:
                raise HeaderFailure()
            key = crypto.scrypt(self.passphrase, SCRYPT_SALT_LABEL + salt, work_factor)
            file_key = _open_body(key, ZERO_NONCE, s.body)
            if file_key is not None:
                return file_key
        return None


def _labeled_extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return crypto.hkdf_extract(salt, b"HPKE-v1" + _HPKE_SUITE + label + ikm)


def _labeled_expand(prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return crypto.hkdf_expand(
        prk, length.to_bytes(2, "big") + b"HPKE-v1" + _HPKE_SUITE + label + info, length
    )


def _hpke_key_schedule(shared_secret: bytes, info: bytes) -> tuple[bytes, bytes]:
    """RFC 9180 base mode: the AEAD key and base nonce."""
    context = b"\x00" + _labeled_extract(b"", b"psk_id_hash", b"") + _labeled_extract(b"", b"info_hash", info)
    secret = _labeled_extract(shared_secret, b"secret", b"")
    return (
        _labeled_expand(secret, b"key", context, 32),
        _labeled_expand(secret, b"base_nonce", context, 12),
    )


@dataclass(frozen=True)
class HybridIdentity:
    """MLKEM768-X25519 (X-Wing) through HPKE, as age's ``mlkem768x25519`` stanza."""

    seed: bytes = field(repr=False)

    def _decapsulate(self, enc: bytes) -> bytes:
        expanded = crypto.shake256(self.seed, 96)
        mlkem_seed, x_secret = expanded[:64], expanded[64:]
        x_public = crypto.agreement_public(x_secret)
        ct_m, ct_x = enc[:1088], enc[1088:]
        ss_m = crypto.mlkem768_decapsulate(mlkem_seed, ct_m)
        ss_x = _agree(x_secret, ct_x)
        return crypto.sha3_256(ss_m + ss_x + ct_x + x_public + _XWING_LABEL)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for s in stanzas:
            if s.args[0] != "mlkem768x25519":
                continue
            if len(s.args) != 2:
                raise HeaderFailure()
            enc = _arg_bytes(s.args[1], HYBRID_ENC_BYTES)
            if len(s.body) != WRAPPED_BYTES:
                raise HeaderFailure()
            key, nonce = _hpke_key_schedule(self._decapsulate(enc), HYBRID_INFO)
            file_key = _open_body(key, nonce, s.body)
            if file_key is not None:
                return file_key
        return None


Identity = X25519Identity | ScryptIdentity | HybridIdentity


def unwrap_file_key(stanzas: Sequence[Stanza], identities: Sequence[Identity]) -> bytes | None:
    """The file key from the first identity that opens a stanza; HeaderFailure for a malformed file."""
    if any(s.args[0] == "scrypt" for s in stanzas) and len(stanzas) != 1:
        raise HeaderFailure()  # a passphrase-encrypted file must not also be readable by a key
    for identity in identities:
        file_key = identity.unwrap(stanzas)
        if file_key is not None:
            return file_key
    return None
