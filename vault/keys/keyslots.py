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

import base64
import binascii
import os
import uuid
from dataclasses import dataclass, field, replace
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
from vault.keys.secret import MasterKey, Secret
from vault.messages import Text

FILENAME = "keyslots.json"
PENDING_FILENAME = "keyslots.json.pending"
FORMAT = "fieldvault-keyslots"
VERSION = 1
CIPHER = "sqlcipher4"
SLOT_TYPES = ("passphrase", "recovery", "keyring")
PAGE_SIZES = (4096, 8192, 16384, 32768, 65536)
MAX_FILE_BYTES = 64 * 1024
_TOP_FIELDS = frozenset({"format", "version", "vault_id", "db", "slots", "mac"})
_DB_FIELDS = frozenset({"cipher", "page_size"})
_SLOT_FIELDS = frozenset({"type", "kdf", "salt", "nonce", "wrapped"})
_KDF_FIELDS = frozenset({"name", "memory_kib", "iterations", "lanes"})
_MAC_BYTES = 32
_WRAPPED_BYTES = crypto.KEY_BYTES + 16  # the master key and the GCM tag
_MAX_SALT_BYTES = 64
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
    # The file's bytes as read (None for an envelope made here): checked against ``serialize``.
    stored: bytes | None = field(default=None, repr=False, compare=False)

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


def _fields(value: object, names: frozenset[str], what: str) -> dict[str, object]:
    """``value`` as a JSON object holding exactly the fields ``names``."""
    if not isinstance(value, dict):
        raise VaultCorrupt(Text("keyslots.json is damaged: {what} is not an object", what=what))
    if not set(value) <= names:
        raise VaultCorrupt(
            Text("keyslots.json is damaged: {what} holds a field Fieldvault does not write", what=what)
        )
    if set(value) != names:
        raise VaultCorrupt(Text("keyslots.json is damaged: missing fields"))
    return value


def _int(value: object, what: str) -> int:
    if type(value) is not int:  # not a bool, a float or a string that looks like a number
        raise VaultCorrupt(Text("keyslots.json is damaged: {what} is not an integer", what=what))
    return value


def _bytes(value: object, what: str, sizes: range) -> bytes:
    data = _unb64(value, what)
    if len(data) not in sizes:
        raise VaultCorrupt(Text("keyslots.json is damaged: {what} has the wrong length", what=what))
    return data


def _parse_kdf(doc: object) -> KdfParams | None:
    if doc is None:
        return None
    fields = _fields(doc, _KDF_FIELDS, Text("a key derivation"))
    if fields["name"] != "argon2id":
        raise VaultCorrupt(Text("keyslots.json is damaged: unknown key derivation"))
    params = KdfParams(
        _int(fields["memory_kib"], Text("a key derivation parameter")),
        _int(fields["iterations"], Text("a key derivation parameter")),
        _int(fields["lanes"], Text("a key derivation parameter")),
    )
    try:
        params.validate()
    except ValueError as exc:
        raise VaultCorrupt(Text("keyslots.json is damaged: key derivation parameters out of range")) from exc
    return params


def _parse_slot(item: object) -> Slot:
    fields = _fields(item, _SLOT_FIELDS, Text("a key slot"))
    slot_type = fields["type"]
    if not isinstance(slot_type, str) or slot_type not in SLOT_TYPES:
        raise VaultCorrupt(Text("keyslots.json is damaged: unknown slot"))
    kdf = _parse_kdf(fields["kdf"])
    if (kdf is None) != (slot_type == "keyring"):  # a keyring secret is random: no KDF; the others have one
        raise VaultCorrupt(Text("keyslots.json is damaged: unknown key derivation"))
    salt_sizes = range(crypto.SALT_BYTES, crypto.SALT_BYTES + 1) if kdf else range(_MAX_SALT_BYTES + 1)
    return Slot(
        type=slot_type,
        kdf=kdf,
        salt=_bytes(fields["salt"], Text("a salt"), salt_sizes),
        nonce=_bytes(fields["nonce"], Text("a nonce"), range(crypto.NONCE_BYTES, crypto.NONCE_BYTES + 1)),
        wrapped=_bytes(fields["wrapped"], Text("a wrapped key"), range(_WRAPPED_BYTES, _WRAPPED_BYTES + 1)),
    )


def _vault_id(value: object) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise VaultCorrupt(Text("keyslots.json is damaged: the vault id is not a UUID"))


def parse(data: bytes) -> Envelope:
    """Parse and validate the envelope's structure, strictly (not its MAC, nor whether its bytes are the
    canonical ones: ``_unwrap`` checks both once a slot has given the key)."""
    if len(data) > MAX_FILE_BYTES:
        raise VaultCorrupt(Text("keyslots.json is damaged: it is far larger than a key envelope"))
    try:
        doc = canonical.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise VaultCorrupt(Text("keyslots.json is damaged: not valid JSON")) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAVault(Text("not a Fieldvault vault (keyslots.json has the wrong format)"))
    version = doc.get("version")
    if type(version) is int and version > VERSION:
        raise NotAVault(
            Text("this vault was made by a newer Fieldvault (keyslots.json has an unknown version)")
        )
    if type(version) is not int or version != VERSION:
        raise VaultCorrupt(Text("keyslots.json is damaged: its version is not one Fieldvault writes"))
    top = _fields(doc, _TOP_FIELDS, Text("the envelope"))
    db = _fields(top["db"], _DB_FIELDS, Text("the database section"))
    if db["cipher"] != CIPHER:
        raise VaultCorrupt(Text("keyslots.json is damaged: unknown database cipher"))
    page_size = _int(db["page_size"], Text("the page size"))
    if page_size not in PAGE_SIZES:
        raise VaultCorrupt(Text("keyslots.json is damaged: unknown page size"))
    slots_doc = top["slots"]
    if not isinstance(slots_doc, list) or not 1 <= len(slots_doc) <= len(SLOT_TYPES):
        raise VaultCorrupt(Text("keyslots.json is damaged: missing fields"))
    slots = tuple(_parse_slot(item) for item in slots_doc)
    if len({s.type for s in slots}) != len(slots):
        raise VaultCorrupt(Text("keyslots.json is damaged: a slot appears twice"))
    mac = _bytes(top["mac"], Text("the mac"), range(_MAC_BYTES, _MAC_BYTES + 1))
    return Envelope(_vault_id(top["vault_id"]), page_size, slots, mac, stored=bytes(data))


def serialize(env: Envelope) -> bytes:
    return canonical.dumps(_to_json(env, with_mac=True)) + b"\n"


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
