"""SSH signatures (OpenSSH's PROTOCOL.sshsig) with Ed25519 keys, so ``ssh-keygen -Y verify`` checks ours.

A signature covers ``"SSHSIG" || string(namespace) || string("") || string("sha512") ||
string(SHA-512(message))`` and is stored armored between ``-----BEGIN SSH SIGNATURE-----`` lines. The
namespace keeps a bundle signature from being valid for anything else. Public keys are written in
OpenSSH's one-line form (``ssh-ed25519 AAAA… comment``), which an ``allowed_signers`` file takes as is.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct

from vault import crypto

MAGIC = b"SSHSIG"
KEY_TYPE = b"ssh-ed25519"
HASH_ALG = b"sha512"
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
MAX_ARMORED = 4096


class SignatureFormatError(ValueError):
    """Not an SSH signature we understand (format, version, key type or hash)."""


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def take(self, n: int) -> bytes:
        if self._pos + n > len(self._data):
            raise SignatureFormatError("truncated")
        out = self._data[self._pos : self._pos + n]
        self._pos += n
        return out

    def string(self) -> bytes:
        (length,) = struct.unpack(">I", self.take(4))
        return self.take(length)

    def done(self) -> bool:
        return self._pos == len(self._data)


def public_key_blob(public: bytes) -> bytes:
    return _string(KEY_TYPE) + _string(public)


def openssh_public_key(public: bytes, comment: str = "") -> str:
    """``ssh-ed25519 AAAA… [comment]`` for a raw Ed25519 public key."""
    text = "ssh-ed25519 " + base64.b64encode(public_key_blob(public)).decode("ascii")
    return f"{text} {comment}" if comment else text


def parse_openssh_public_key(line: str) -> bytes:
    """The raw 32-byte key of an ``ssh-ed25519 AAAA…`` line; SignatureFormatError otherwise."""
    parts = line.strip().split()
    if len(parts) < 2 or parts[0] != KEY_TYPE.decode():
        raise SignatureFormatError("not an ssh-ed25519 public key")
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except binascii.Error:
        raise SignatureFormatError("not an ssh-ed25519 public key") from None
    r = _Reader(blob)
    if r.string() != KEY_TYPE:
        raise SignatureFormatError("not an ssh-ed25519 public key")
    public = r.string()
    if len(public) != 32 or not r.done():
        raise SignatureFormatError("not an ssh-ed25519 public key")
    return public


def _signed_data(namespace: str, message_digest: bytes) -> bytes:
    return MAGIC + _string(namespace.encode()) + _string(b"") + _string(HASH_ALG) + _string(message_digest)


def sign_digest(secret: bytes, namespace: str, message_sha512: bytes) -> str:
    """The armored SSH signature of a message given its SHA-512 (for streamed messages)."""
    public = crypto.signing_public(secret)
    raw = crypto.sign(secret, _signed_data(namespace, message_sha512))
    blob = (
        MAGIC
        + struct.pack(">I", 1)
        + _string(public_key_blob(public))
        + _string(namespace.encode())
        + _string(b"")
        + _string(HASH_ALG)
        + _string(_string(KEY_TYPE) + _string(raw))
    )
    return _armor(blob)


def _armor(blob: bytes) -> str:
    """The armored form ``ssh-keygen -Y sign`` writes: base64 in 70-column lines, one LF after END."""
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def sign(secret: bytes, namespace: str, message: bytes) -> str:
    """The armored SSH signature of ``message`` under ``namespace``."""
    return sign_digest(secret, namespace, hashlib.sha512(message).digest())


def signer_of(armored: str, namespace: str) -> tuple[bytes, bytes]:
    """``(public key, raw signature)`` from an armored signature; checks format and namespace only."""
    if len(armored) > MAX_ARMORED:
        raise SignatureFormatError("too long")
    lines = armored.strip().splitlines()
    if len(lines) < 3 or lines[0] != BEGIN or lines[-1] != END:
        raise SignatureFormatError("not an SSH signature")
    try:
        blob = base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):  # ValueError: characters outside ASCII
        raise SignatureFormatError("not an SSH signature") from None
    if armored != _armor(blob):
        # Only the exact armored form: other line breaks or white space would let the stored bytes of a
        # signature differ from what its signer wrote while it still verifies.
        raise SignatureFormatError("not in the armored form ssh-keygen writes")
    r = _Reader(blob)
    if r.take(6) != MAGIC or struct.unpack(">I", r.take(4))[0] != 1:
        raise SignatureFormatError("not an SSH signature (version 1)")
    key = _Reader(r.string())
    if key.string() != KEY_TYPE:
        raise SignatureFormatError("not an Ed25519 signature")
    public = key.string()
    if r.string() != namespace.encode() or r.string() != b"" or r.string() != HASH_ALG:
        raise SignatureFormatError("wrong namespace or hash")
    sig = _Reader(r.string())
    if sig.string() != KEY_TYPE:
        raise SignatureFormatError("not an Ed25519 signature")
    raw = sig.string()
    if len(public) != 32 or len(raw) != 64 or not key.done() or not sig.done() or not r.done():
        raise SignatureFormatError("malformed signature")
    return public, raw


def verify(armored: str, namespace: str, message: bytes, public: bytes) -> bool:
    """Whether ``armored`` is ``public``'s signature of ``message`` under ``namespace``."""
    return verify_digest(armored, namespace, hashlib.sha512(message).digest(), public)


def verify_digest(armored: str, namespace: str, message_sha512: bytes, public: bytes) -> bool:
    try:
        signer, raw = signer_of(armored, namespace)
    except SignatureFormatError:
        return False
    return signer == public and crypto.verify_signature(public, raw, _signed_data(namespace, message_sha512))
