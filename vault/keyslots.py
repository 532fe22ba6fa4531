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
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass, replace
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
from vault.messages import Text
from vault.secret import MasterKey, Secret

FILENAME = "keyslots.json"
FORMAT = "fieldvault-keyslots"
VERSION = 1
SLOT_TYPES = ("passphrase", "recovery", "keyring")
_MAC_INFO = b"fieldvault keyslots mac v1"
_KEYRING_INFO = b"fieldvault keyring slot v1"


@dataclass(frozen=True)
class Slot:
    type: str
    kdf: KdfParams | None
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class Envelope:
    vault_id: str
    page_size: int
    slots: tuple[Slot, ...]
    mac: bytes = b""

    def slot(self, slot_type: str) -> Slot | None:
        return next((s for s in self.slots if s.type == slot_type), None)

    @property
    def has_keyring_slot(self) -> bool:
        return self.slot("keyring") is not None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultCorrupt(Text("keyslots.json is damaged: {what} is not text", what=what))
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise VaultCorrupt(Text("keyslots.json is damaged: {what} is not base64", what=what)) from exc


def _kdf_json(kdf: KdfParams | None) -> dict[str, object] | None:
    if kdf is None:
        return None
    return {
        "name": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
    }


def _slot_aad(vault_id: str, slot_type: str, kdf: KdfParams | None, salt: bytes) -> bytes:
    return canonical.dumps(
        {"format": FORMAT, "vault_id": vault_id, "slot": slot_type, "kdf": _kdf_json(kdf), "salt": _b64(salt)}
    )


def _to_json(env: Envelope, with_mac: bool) -> dict[str, object]:
    doc: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": env.vault_id,
        "db": {"cipher": "sqlcipher4", "page_size": env.page_size},
        "slots": [
            {
                "type": s.type,
                "kdf": _kdf_json(s.kdf),
                "salt": _b64(s.salt),
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
            }
            for s in env.slots
        ],
    }
    if with_mac:
        doc["mac"] = _b64(env.mac)
    return doc


def _compute_mac(env: Envelope, master: MasterKey) -> bytes:
    return crypto.mac(crypto.hkdf(master.reveal(), _MAC_INFO), canonical.dumps(_to_json(env, with_mac=False)))


def _sealed(env: Envelope, master: MasterKey) -> Envelope:
    return replace(env, mac=_compute_mac(env, master))


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


def _parse_kdf(doc: object) -> KdfParams | None:
    if doc is None:
        return None
    if not isinstance(doc, dict) or doc.get("name") != "argon2id":
        raise VaultCorrupt(Text("keyslots.json is damaged: unknown key derivation"))
    try:
        params = KdfParams(int(doc["memory_kib"]), int(doc["iterations"]), int(doc["lanes"]))
        params.validate()
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultCorrupt(Text("keyslots.json is damaged: key derivation parameters out of range")) from exc
    return params


def parse(data: bytes) -> Envelope:
    """Parse and validate the envelope's structure (not its MAC: that needs the key)."""
    try:
        doc = canonical.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise VaultCorrupt(Text("keyslots.json is damaged: not valid JSON")) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAVault(Text("not a Fieldvault vault (keyslots.json has the wrong format)"))
    version = doc.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise NotAVault(Text("this vault was made by a newer Fieldvault (key envelope version is unknown)"))
    db = doc.get("db")
    slots_doc = doc.get("slots")
    vault_id = doc.get("vault_id")
    if not isinstance(db, dict) or not isinstance(slots_doc, list) or not isinstance(vault_id, str):
        raise VaultCorrupt(Text("keyslots.json is damaged: missing fields"))
    page_size = db.get("page_size")
    if page_size not in (4096, 8192, 16384, 32768, 65536):
        raise VaultCorrupt(Text("keyslots.json is damaged: unknown page size"))
    slots = []
    for item in slots_doc:
        if not isinstance(item, dict) or item.get("type") not in SLOT_TYPES:
            raise VaultCorrupt(Text("keyslots.json is damaged: unknown slot"))
        slots.append(
            Slot(
                type=str(item["type"]),
                kdf=_parse_kdf(item.get("kdf")),
                salt=_unb64(item.get("salt"), Text("a salt")),
                nonce=_unb64(item.get("nonce"), Text("a nonce")),
                wrapped=_unb64(item.get("wrapped"), Text("a wrapped key")),
            )
        )
    if len({s.type for s in slots}) != len(slots):
        raise VaultCorrupt(Text("keyslots.json is damaged: a slot appears twice"))
    return Envelope(vault_id, int(page_size), tuple(slots), _unb64(doc.get("mac"), Text("the mac")))


def serialize(env: Envelope) -> bytes:
    return canonical.dumps(_to_json(env, with_mac=True)) + b"\n"


def load(folder: Path) -> Envelope:
    path = folder / FILENAME
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise NotAVault(
            Text("{folder} is not a Fieldvault vault (no {file})", folder=str(folder), file=FILENAME)
        ) from exc
    except OSError as exc:
        raise NotAVault(Text("cannot read {path}: {error}", path=str(path), error=exc.strerror)) from exc
    return parse(data)


def save(folder: Path, env: Envelope) -> None:
    """Replace keyslots.json atomically: the old or the new envelope survives a crash, never half of one.

    No backup copy is kept: an old envelope would still open with the old passphrase.
    """
    path = folder / FILENAME
    tmp = folder / (FILENAME + ".tmp")
    data = serialize(env)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
