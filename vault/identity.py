"""This vault's own keys: Ed25519 for signing, X25519 for receiving. Created at init, kept in vault.db.

The public half is what other people enroll; the fingerprint is how two people check, aloud, that
they hold the same public half (eight groups of five digits, language-neutral, as Signal's safety
numbers are).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from vault import crypto
from vault.errors import VaultCorrupt
from vault.messages import Text
from vault.secret import Secret
from vault.store import Connection


@dataclass(frozen=True)
class PublicIdentity:
    """What others may know of a vault: its two public keys."""

    sign_public: bytes
    agree_public: bytes

    @property
    def key_id(self) -> str:
        """The author id written into revisions and audit chains: the signing key in hex."""
        return self.sign_public.hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.agree_public)


@dataclass(frozen=True)
class Identity:
    """The vault's key pairs. Secret halves are Secret objects: they never print."""

    public: PublicIdentity
    sign_secret: Secret = field(repr=False)
    agree_secret: Secret = field(repr=False)

    @property
    def key_id(self) -> str:
        return self.public.key_id

    def sign(self, message: bytes) -> bytes:
        return crypto.sign(self.sign_secret.reveal(), message)


def fingerprint(sign_public: bytes, agree_public: bytes) -> str:
    digest = hashlib.sha256(b"fieldvault-fingerprint-v1\n" + sign_public + agree_public).digest()
    groups = [int.from_bytes(digest[i : i + 4], "big") % 100000 for i in range(0, 32, 4)]
    return " ".join(f"{g:05d}" for g in groups)


def create(conn: Connection, created_at: str) -> Identity:
    """Generate and store the vault's key pairs (inside the caller's transaction)."""
    sign_secret = crypto.new_signing_key()
    agree_secret = crypto.new_agreement_key()
    conn.execute(
        "INSERT INTO identity (id, sign_secret, sign_public, agree_secret, agree_public, created_at) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        (
            sign_secret,
            crypto.signing_public(sign_secret),
            agree_secret,
            crypto.agreement_public(agree_secret),
            created_at,
        ),
    )
    return load(conn)


def load(conn: Connection) -> Identity:
    row = conn.execute(
        "SELECT sign_secret, sign_public, agree_secret, agree_public FROM identity WHERE id = 1"
    ).fetchone()
    if row is None:
        raise VaultCorrupt(Text("the vault has no identity keys: the database is damaged"))
    sign_secret, sign_public, agree_secret, agree_public = (bytes(v) for v in row)
    if (
        crypto.signing_public(sign_secret) != sign_public
        or crypto.agreement_public(agree_secret) != agree_public
    ):
        raise VaultCorrupt(Text("the vault's identity keys do not match each other: the database is damaged"))
    return Identity(PublicIdentity(sign_public, agree_public), Secret(sign_secret), Secret(agree_secret))
