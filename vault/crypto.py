"""The one module that calls cryptographic primitives.

Everything else in Fieldvault asks this module for "seal these bytes", "derive a key from this
passphrase", "sign this digest". A failed authenticated decryption is always the single opaque
``DecryptionFailed``: callers never learn (or leak) why.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault.errors import DecryptionFailed
from vault.keys.secret import Secret

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


def random_bytes(n: int) -> bytes:
    """Cryptographically secure random bytes from the OS."""
    return os.urandom(n)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- authenticated encryption -------------------------------------------------------------------


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce. Returns ``(nonce, ciphertext_with_tag)``."""
    nonce = random_bytes(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """Reverse of ``seal``. Any failure (key, nonce, data, aad) is ``DecryptionFailed``."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed() from exc


# --- key derivation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, recorded in the key envelope beside each slot."""

    memory_kib: int
    iterations: int
    lanes: int

    # Bounds on what we accept from an envelope: the floor keeps a tampered envelope from
    # silently weakening a future rewrap; the ceiling keeps it from exhausting memory or time.
    MIN_MEMORY_KIB = 8 * 1024
    MAX_MEMORY_KIB = 4 * 1024 * 1024
    MAX_ITERATIONS = 64
    MAX_LANES = 64

    def validate(self) -> None:
        if not (self.MIN_MEMORY_KIB <= self.memory_kib <= self.MAX_MEMORY_KIB):
            raise ValueError("argon2id memory out of range")
        if not (1 <= self.iterations <= self.MAX_ITERATIONS):
            raise ValueError("argon2id iterations out of range")
        if not (1 <= self.lanes <= self.MAX_LANES):
            raise ValueError("argon2id lanes out of range")


# Production default: 128 MiB, 4 lanes; iterations are calibrated at vault creation (see calibrate()).
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_LANES = 4
MIN_ITERATIONS = 3
TARGET_UNLOCK_SECONDS = 0.5


def argon2id(secret: Secret, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit key from a passphrase or recovery code."""
    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret.reveal())


def calibrate(target_seconds: float = TARGET_UNLOCK_SECONDS) -> KdfParams:
    """Choose Argon2id iterations so that one derivation takes about ``target_seconds`` here.

    Memory stays at 128 MiB (above the 64 MiB floor, below the import RSS budget); time is tuned with
    iterations, never below 3. Two probes (1 and 3 iterations) fit a line, because each derivation
    also pays a fixed cost (allocating and filling the memory) that a single probe would misattribute.
    """

    def timed(iterations: int) -> float:
        start = time.perf_counter()
        argon2id(
            Secret(b"calibration"),
            b"\0" * SALT_BYTES,
            KdfParams(DEFAULT_MEMORY_KIB, iterations, DEFAULT_LANES),
        )
        return time.perf_counter() - start

    one, three = timed(1), timed(3)
    per_iteration = max((three - one) / 2, 1e-6)
    fixed = max(one - per_iteration, 0.0)
    iterations = int((target_seconds - fixed) / per_iteration)
    iterations = max(MIN_ITERATIONS, min(iterations, 32))
    return KdfParams(DEFAULT_MEMORY_KIB, iterations, DEFAULT_LANES)


def hkdf(key: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    """Derive an independent subkey for one purpose (``info`` names the purpose)."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(key)


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def mac_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


# --- signatures and key agreement -----------------------------------------------------------------


def new_signing_key() -> bytes:
    """A fresh Ed25519 private key (32 raw bytes)."""
    return Ed25519PrivateKey.generate().private_bytes_raw()


def signing_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def new_agreement_key() -> bytes:
    """A fresh X25519 private key (32 raw bytes)."""
    return X25519PrivateKey.generate().private_bytes_raw()


def agreement_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def agree(private: bytes, peer_public: bytes) -> bytes:
    """X25519 shared secret; raises DecryptionFailed on a low-order peer key (all-zero output)."""
    try:
        shared = X25519PrivateKey.from_private_bytes(private).exchange(
            X25519PublicKey.from_public_bytes(peer_public)
        )
    except ValueError as exc:
        raise DecryptionFailed() from exc
    return shared


# --- primitives for the age file format (vault/age/) -------------------------------------------------


class Aead:
    """ChaCha20-Poly1305 under one key; ``open`` raises the single opaque DecryptionFailed."""

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    def seal(self, nonce: bytes, plaintext: bytes, aad: bytes | None = None) -> bytes:
        return self._aead.encrypt(nonce, plaintext, aad)

    def open(self, nonce: bytes, ciphertext: bytes, aad: bytes | None = None) -> bytes:
        try:
            return self._aead.decrypt(nonce, ciphertext, aad)
        except (InvalidTag, ValueError) as exc:
            raise DecryptionFailed() from exc


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = KEY_BYTES) -> bytes:
    """HKDF-SHA-256 (RFC 5869): extract with ``salt``, expand with ``info``."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)
