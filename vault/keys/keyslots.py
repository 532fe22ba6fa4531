"""The key envelope (``keyslots.json``): the random master key, wrapped once per way in.

Format (version 1)::

    {"format": "fieldvault-keyslots", "version": 1, "vault_id": "<uuid>",
     "db": {"cipher": "sqlcipher4", "page_size": 65536},
     "slots": [{"type": "passphrase", "kdf": {"name": "argon2id", "memory_kib": …, "iterations": …,
                "lanes": …}, "salt": "<b64>", "nonce": "<b64>", "wrapped": "<b64>"},
               {"type": "recovery", …}, {"type": "keyring", "kdf": null, …}],
     "mac": "<b64>"}

Each slot wraps the master key with AES-256-GCM; the associated data binds the slot to this vault, its
type, its KDF parameters and salt, so a slot cannot be moved between vaults or have its cost lowered.
``mac`` is an HMAC-SHA256 over the rest of the envelope under a key derived from the master key
(as KDBX 4 does for its header): once any slot opens, any other change to the file is detected.
Changing a passphrase rewrites this small file atomically; the database is never re-encrypted.

The file is read strictly: exact JSON types (an integer is a JSON integer, not a string, a float or a
boolean), no field Fieldvault does not write at any level, exactly version 1, at most 64 KiB. The file
is written in canonical JSON (vault.canonical) and a final newline, and it must be byte for byte what
``serialize`` makes of its content: the MAC covers that canonical encoding, so together they cover every
byte as stored. A change of content is ``EnvelopeTampered``; the same content in other bytes (white
space, key order, escapes, base64 spellings, duplicate keys) is ``VaultCorrupt``; both are found as soon
as a slot opens, before the database is touched.

``keyslots.json.pending`` exists only while ``fieldvault rekey`` runs (vault.session): the envelope of
the new master key, written before the database is re-encrypted.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from vault import canonical, crypto
from vault.crypto import KdfParams
from vault.errors import (
    DecryptionFailed,
    EnvelopeTampered,
    NotAVault,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryCode,
)
from vault.fsync import sync_folder
from vault.keys.keyslots_json import (
    CIPHER,
    FILENAME,
    FORMAT,
    MAX_FILE_BYTES,
    PAGE_SIZES,
    PENDING_FILENAME,
    SLOT_TYPES,
    VERSION,
    Envelope,
    Slot,
    b64,
    kdf_json,
    parse,
    serialize,
    to_json,
)
from vault.keys.secret import MasterKey, Secret
from vault.messages import Text

__all__ = [
    "CIPHER",
    "FILENAME",
    "FORMAT",
    "MAX_FILE_BYTES",
    "PAGE_SIZES",
    "PENDING_FILENAME",
    "SLOT_TYPES",
    "VERSION",
    "Envelope",
    "Slot",
    "create",
    "discard_pending",
    "load",
    "load_pending",
    "parse",
    "save",
    "serialize",
    "unlock_with_keyring_secret",
    "unlock_with_passphrase",
    "unlock_with_recovery_code",
    "with_keyring_slot",
    "with_slot_replaced",
]

_MAC_INFO = b"fieldvault keyslots mac v1"
_KEYRING_INFO = b"fieldvault keyring slot v1"


def _slot_aad(vault_id: str, slot_type: str, kdf: KdfParams | None, salt: bytes) -> bytes:
    return canonical.dumps(
        {"format": FORMAT, "vault_id": vault_id, "slot": slot_type, "kdf": kdf_json(kdf), "salt": b64(salt)}
    )


def _compute_mac(env: Envelope, master: MasterKey) -> bytes:
    return crypto.mac(crypto.hkdf(master.reveal(), _MAC_INFO), canonical.dumps(to_json(env, with_mac=False)))


def _sealed(env: Envelope, master: MasterKey) -> Envelope:
    return replace(env, mac=_compute_mac(env, master), stored=None)


# --- building slots ---------------------------------------------------------------------------------


def _wrap(
    vault_id: str, slot_type: str, wrapping_key: bytes, master: MasterKey, kdf: KdfParams | None, salt: bytes
) -> Slot:
    nonce, wrapped = crypto.seal(wrapping_key, master.reveal(), _slot_aad(vault_id, slot_type, kdf, salt))
    return Slot(slot_type, kdf, salt, nonce, wrapped)


def _secret_slot(vault_id: str, slot_type: str, secret: Secret, master: MasterKey, kdf: KdfParams) -> Slot:
    salt = crypto.random_bytes(crypto.SALT_BYTES)
    return _wrap(vault_id, slot_type, crypto.argon2id(secret, salt, kdf), master, kdf, salt)


def create(
    vault_id: str,
    page_size: int,
    master: MasterKey,
    passphrase: Secret,
    recovery_code: Secret,
    kdf: KdfParams,
) -> Envelope:
    """A new envelope with a passphrase slot and a recovery slot."""
    slots = (
        _secret_slot(vault_id, "passphrase", passphrase, master, kdf),
        _secret_slot(vault_id, "recovery", recovery_code, master, kdf),
    )
    return _sealed(Envelope(vault_id, page_size, slots), master)


def with_slot_replaced(
    env: Envelope, master: MasterKey, slot_type: str, secret: Secret, kdf: KdfParams
) -> Envelope:
    """The same envelope with one passphrase-style slot rewrapped under a new secret."""
    new = _secret_slot(env.vault_id, slot_type, secret, master, kdf)
    slots = tuple(new if s.type == slot_type else s for s in env.slots)
    if env.slot(slot_type) is None:
        slots = (*slots, new)
    return _sealed(replace(env, slots=slots), master)


def with_keyring_slot(env: Envelope, master: MasterKey, keyring_secret: Secret | None) -> Envelope:
    """Add (or, with ``None``, remove) the OS keyring slot."""
    slots = tuple(s for s in env.slots if s.type != "keyring")
    if keyring_secret is not None:
        key = crypto.hkdf(keyring_secret.reveal(), _KEYRING_INFO)
        slots = (*slots, _wrap(env.vault_id, "keyring", key, master, None, b""))
    return _sealed(replace(env, slots=slots), master)


# --- opening ------------------------------------------------------------------------------------------


def _unwrap(env: Envelope, slot: Slot, wrapping_key: bytes) -> MasterKey:
    raw = crypto.open_sealed(
        wrapping_key, slot.nonce, slot.wrapped, _slot_aad(env.vault_id, slot.type, slot.kdf, slot.salt)
    )
    master = MasterKey(raw)
    if not crypto.mac_equal(_compute_mac(env, master), env.mac):
        raise EnvelopeTampered(
            Text("keyslots.json was altered outside Fieldvault (its authentication code does not match)")
        )
    if env.stored is not None and env.stored != serialize(env):
        raise VaultCorrupt(
            Text("keyslots.json was altered outside Fieldvault (its bytes are not those Fieldvault wrote)")
        )
    return master


def _unlock_secret(env: Envelope, slot_type: str, secret: Secret) -> MasterKey:
    slot = env.slot(slot_type)
    if slot is None or slot.kdf is None:
        raise VaultCorrupt(Text("keyslots.json has no {slot} slot", slot=slot_type))
    return _unwrap(env, slot, crypto.argon2id(secret, slot.salt, slot.kdf))


def unlock_with_passphrase(env: Envelope, passphrase: Secret) -> MasterKey:
    try:
        return _unlock_secret(env, "passphrase", passphrase)
    except DecryptionFailed as exc:
        raise WrongPassphrase(Text("wrong passphrase (or keyslots.json was altered)")) from exc


def unlock_with_recovery_code(env: Envelope, code: Secret) -> MasterKey:
    try:
        return _unlock_secret(env, "recovery", code)
    except DecryptionFailed as exc:
        raise WrongRecoveryCode(Text("wrong recovery code for this vault")) from exc


def unlock_with_keyring_secret(env: Envelope, keyring_secret: Secret) -> MasterKey:
    slot = env.slot("keyring")
    if slot is None:
        raise VaultCorrupt(Text("keyslots.json has no keyring slot"))
    try:
        return _unwrap(env, slot, crypto.hkdf(keyring_secret.reveal(), _KEYRING_INFO))
    except DecryptionFailed as exc:
        raise WrongPassphrase(Text("the OS keyring holds a key that does not open this vault")) from exc


# --- reading and writing the file ---------------------------------------------------------------------


def _read(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def load(folder: Path) -> Envelope:
    path = folder / FILENAME
    try:
        data = _read(path)
    except FileNotFoundError as exc:
        raise NotAVault(
            Text("{folder} is not a Fieldvault vault (no {file})", folder=str(folder), file=FILENAME)
        ) from exc
    except OSError as exc:
        raise NotAVault(Text("cannot read {path}: {error}", path=str(path), error=exc.strerror)) from exc
    return parse(data)


def load_pending(folder: Path) -> Envelope | None:
    """The envelope an interrupted rekey left (``keyslots.json.pending``), or None when there is none or
    it cannot be read (it was then never the only way in: see vault.session)."""
    try:
        return parse(_read(folder / PENDING_FILENAME))
    except (OSError, VaultCorrupt, NotAVault):
        return None


def save(folder: Path, env: Envelope, filename: str = FILENAME) -> None:
    """Replace keyslots.json (or ``filename``) atomically: the old or the new envelope survives a crash,
    never half of one.

    No backup copy is kept: an old envelope would still open with the old passphrase.
    """
    path = folder / filename
    tmp = folder / (filename + ".tmp")
    data = serialize(env)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    sync_folder(folder, strict=True)


def discard_pending(folder: Path) -> None:
    """Remove ``keyslots.json.pending`` (and a half-written copy of it), durably."""
    removed = False
    for name in (PENDING_FILENAME, PENDING_FILENAME + ".tmp"):
        try:
            (folder / name).unlink()
            removed = True
        except FileNotFoundError:
            pass
    if removed:
        sync_folder(folder, strict=True)
