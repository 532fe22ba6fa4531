"""This vault's own keys, one pair per purpose. Created at init, kept in vault.db.

- Ed25519 **signing** key: revisions, bundle manifests, audit chains, and the sealing key's signature.
- X25519 **transport** key (``agree``): bundles and handover packages are age-encrypted to it. Its
  secret may be exported as an age identity to check a bundle with stock ``age``
  (docs/VERIFYING.md), so it must open nothing else.
- X25519 **sealing** key (``seal``): protected identities (vault/keys/sealing.py) and sealed originals
  (vault/exchange/evidence_sharing.py) are sealed to it, never to a transport key. It is never exported.

The public half is what other people enroll; the fingerprint is how two people check, aloud, that they
hold the same public half (eight groups of five digits, language-neutral, as Signal's safety numbers
are). The fingerprint covers the signing and transport keys only, as it always did (fingerprints
compared before the sealing key existed stay valid); the sealing key is bound to it by a signature of
the signing key (``seal_signature``), which the identity file carries (vault/keys/identity_file.py).

A vault made before the sealing key existed has none until vault/keys/identity_upgrade.py gives it one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from vault import crypto
from vault.errors import VaultCorrupt, VaultError
from vault.keys.secret import Secret
from vault.messages import Text
from vault.storage.store import Connection

# What the signing key signs to vouch for a sealing key (domain-separated from every other signature).
SEAL_KEY_SIGNATURE_PREFIX = b"fieldvault-seal-key-v1\n"


class SealKeyMissing(VaultError):
    """The vault has no sealing key yet (made before keys were separated by purpose, not yet upgraded)."""

    def __init__(self) -> None:
        super().__init__(
            Text(
                "this vault has no sealing key yet: open it with this version of Fieldvault so its keys "
                "are upgraded"
            )
        )


def seal_key_message(seal_public: bytes) -> bytes:
    """The bytes the signing key signs to vouch for ``seal_public``."""
    return SEAL_KEY_SIGNATURE_PREFIX + seal_public


def seal_key_signed(sign_public: bytes, seal_public: bytes, signature: bytes) -> bool:
    """True when ``signature`` is the signing key's signature of this sealing key."""
    return crypto.verify_signature(sign_public, signature, seal_key_message(seal_public))


@dataclass(frozen=True)
class PublicIdentity:
    """What others may know of a vault: its public keys. ``seal_public`` is None for an identity known
    only from a version 1 identity file (or a vault not yet upgraded); ``seal_signature`` is the
    signing key's signature of it."""

    sign_public: bytes
    agree_public: bytes
    seal_public: bytes | None = None
    seal_signature: bytes | None = field(default=None, repr=False)

    @property
    def key_id(self) -> str:
        """The author id written into revisions and audit chains: the signing key in hex."""
        return self.sign_public.hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.agree_public)

    @property
    def seal_key_authentic(self) -> bool:
        """True when the sealing key is present and signed by this identity's signing key."""
        if self.seal_public is None or self.seal_signature is None:
            return False
        return seal_key_signed(self.sign_public, self.seal_public, self.seal_signature)


@dataclass(frozen=True)
class Identity:
    """The vault's key pairs. Secret halves are Secret objects: they never print."""

    public: PublicIdentity
    sign_secret: Secret = field(repr=False)
    agree_secret: Secret = field(repr=False)
    seal_secret: Secret | None = field(default=None, repr=False)

    @property
    def key_id(self) -> str:
        return self.public.key_id

    @property
    def seal_public(self) -> bytes:
        """This vault's sealing public key; SealKeyMissing before the vault's keys are upgraded."""
        if self.public.seal_public is None:
            raise SealKeyMissing()
        return self.public.seal_public

    @property
    def seal_private(self) -> Secret:
        """This vault's sealing secret key; SealKeyMissing before the vault's keys are upgraded."""
        if self.seal_secret is None:
            raise SealKeyMissing()
        return self.seal_secret

    def sign(self, message: bytes) -> bytes:
        return crypto.sign(self.sign_secret.reveal(), message)


def fingerprint(sign_public: bytes, agree_public: bytes) -> str:
    digest = hashlib.sha256(b"fieldvault-fingerprint-v1\n" + sign_public + agree_public).digest()
    groups = [int.from_bytes(digest[i : i + 4], "big") % 100000 for i in range(0, 32, 4)]
    return " ".join(f"{g:05d}" for g in groups)


def has_seal_columns(conn: Connection) -> bool:
    """True once the schema has the sealing key's columns (vault/storage/schema_keys.py)."""
    return any(row[1] == "seal_public" for row in conn.execute("PRAGMA table_info(identity)"))


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
    if has_seal_columns(conn):  # always, except for a vault built at an earlier schema version (tests)
        return add_seal_key(conn)
    return load(conn)


def add_seal_key(conn: Connection) -> Identity:
    """Give the vault its sealing key pair if it has none (inside the caller's transaction)."""
    seal_secret = crypto.new_agreement_key()
    conn.execute(
        "UPDATE identity SET seal_secret = ?, seal_public = ? WHERE id = 1 AND seal_secret IS NULL",
        (seal_secret, crypto.agreement_public(seal_secret)),
    )
    return load(conn)


def load(conn: Connection) -> Identity:
    seal_columns = "seal_secret, seal_public" if has_seal_columns(conn) else "NULL, NULL"
    row = conn.execute(
        f"SELECT sign_secret, sign_public, agree_secret, agree_public, {seal_columns} FROM identity "
        "WHERE id = 1"
    ).fetchone()
    if row is None:
        raise VaultCorrupt(Text("the vault has no identity keys: the database is damaged"))
    sign_secret, sign_public, agree_secret, agree_public = (bytes(v) for v in row[:4])
    if (
        crypto.signing_public(sign_secret) != sign_public
        or crypto.agreement_public(agree_secret) != agree_public
    ):
        raise VaultCorrupt(Text("the vault's identity keys do not match each other: the database is damaged"))
    if row[4] is None or row[5] is None:
        return Identity(PublicIdentity(sign_public, agree_public), Secret(sign_secret), Secret(agree_secret))
    seal_secret, seal_public = bytes(row[4]), bytes(row[5])
    if crypto.agreement_public(seal_secret) != seal_public or seal_public == agree_public:
        raise VaultCorrupt(Text("the vault's identity keys do not match each other: the database is damaged"))
    # Ed25519 signatures are deterministic: the same signature every time, so nothing more is stored.
    signature = crypto.sign(sign_secret, seal_key_message(seal_public))
    return Identity(
        PublicIdentity(sign_public, agree_public, seal_public, signature),
        Secret(sign_secret),
        Secret(agree_secret),
        Secret(seal_secret),
    )
