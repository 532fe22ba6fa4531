"""The key envelope's JSON (vault/keys/keyslots.py says what it holds and why): its types, the strict
reading of ``keyslots.json`` and its canonical encoding. No keys are used here."""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass, field

from vault import canonical, crypto
from vault.crypto import KdfParams
from vault.errors import NotAVault, VaultCorrupt
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
MAC_BYTES = 32
WRAPPED_BYTES = crypto.KEY_BYTES + 16  # the master key and the GCM tag
_MAX_SALT_BYTES = 64


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


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultCorrupt(Text("keyslots.json is damaged: {what} is not text", what=what))
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise VaultCorrupt(Text("keyslots.json is damaged: {what} is not base64", what=what)) from exc


def kdf_json(kdf: KdfParams | None) -> dict[str, object] | None:
    if kdf is None:
        return None
    return {
        "name": "argon2id",
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
    }


def to_json(env: Envelope, with_mac: bool) -> dict[str, object]:
    doc: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": env.vault_id,
        "db": {"cipher": "sqlcipher4", "page_size": env.page_size},
        "slots": [
            {
                "type": s.type,
                "kdf": kdf_json(s.kdf),
                "salt": b64(s.salt),
                "nonce": b64(s.nonce),
                "wrapped": b64(s.wrapped),
            }
            for s in env.slots
        ],
    }
    if with_mac:
        doc["mac"] = b64(env.mac)
    return doc


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
        wrapped=_bytes(fields["wrapped"], Text("a wrapped key"), range(WRAPPED_BYTES, WRAPPED_BYTES + 1)),
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
    mac = _bytes(top["mac"], Text("the mac"), range(MAC_BYTES, MAC_BYTES + 1))
    return Envelope(_vault_id(top["vault_id"]), page_size, slots, mac, stored=bytes(data))


def serialize(env: Envelope) -> bytes:
    return canonical.dumps(to_json(env, with_mac=True)) + b"\n"
