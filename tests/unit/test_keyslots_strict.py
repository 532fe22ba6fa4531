"""keyslots.json is read strictly: exact JSON types, no field Fieldvault does not write, exactly the
supported version, and exactly the bytes Fieldvault writes — so that no change to the file goes unnoticed.

Each attack edits the bytes of a real vault's keyslots.json the way someone with the disk could, then
opens the vault: the open is refused with a message naming keyslots.json, and nothing in the folder is
written. Envelopes written by the version before the strict parser (tests/data/keyslots-v1) still open.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.errors import EnvelopeTampered, NotAVault, VaultCorrupt, VaultError, WrongPassphrase
from vault.keys import keyslots, recovery
from vault.keys.secret import MasterKey, Passphrase, Secret
from vault.session import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "keyslots-v1"

Doc = dict[str, Any]


def _canonical(doc: Doc) -> bytes:
    """What Fieldvault writes: sorted keys, no white space, UTF-8, a final newline."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "strict.fvault"
    service, _ = VaultService.create(path, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.records.add_note("kept", "a note")
    service.close()
    return path


def _attack(folder: Path, edit: Callable[[bytes], bytes]) -> VaultError:
    """Apply ``edit`` to the file's bytes, try to open the vault, return the refusal; nothing written."""
    path = folder / keyslots.FILENAME
    path.write_bytes(edit(path.read_bytes()))
    before = _snapshot(folder)
    with pytest.raises((VaultCorrupt, NotAVault)) as refused:
        Vault.open(folder, Passphrase.from_text(PASSPHRASE)).close()
    assert _snapshot(folder) == before
    assert "keyslots.json" in str(refused.value)
    return refused.value


def _doc_edit(change: Callable[[Doc], None]) -> Callable[[bytes], bytes]:
    """Edit the parsed document and write it back exactly as Fieldvault would (only the content differs)."""

    def edit(data: bytes) -> bytes:
        doc = json.loads(data)
        change(doc)
        return _canonical(doc)

    return edit


def _slot(doc: Doc, slot_type: str = "passphrase") -> Doc:
    slot: Doc = next(s for s in doc["slots"] if s["type"] == slot_type)
    return slot


# --- exact types ----------------------------------------------------------------------------------


def test_an_integer_written_as_a_string_is_refused(folder: Path) -> None:
    def as_string(doc: Doc) -> None:
        kdf = _slot(doc)["kdf"]
        kdf["memory_kib"] = str(kdf["memory_kib"])

    _attack(folder, _doc_edit(as_string))


def test_a_page_size_written_as_a_string_is_refused(folder: Path) -> None:
    def as_string(doc: Doc) -> None:
        doc["db"]["page_size"] = str(doc["db"]["page_size"])

    _attack(folder, _doc_edit(as_string))


def test_an_integer_written_as_a_boolean_is_refused(folder: Path) -> None:
    def as_bool(doc: Doc) -> None:
        _slot(doc)["kdf"]["lanes"] = True  # True == 1 in Python: the lanes of the test KDF

    _attack(folder, _doc_edit(as_bool))


def test_an_integer_written_as_a_float_is_refused(folder: Path) -> None:
    def as_float(data: bytes) -> bytes:
        return data.replace(b'"iterations":1,', b'"iterations":1.0,', 1)

    _attack(folder, as_float)


def test_a_version_written_as_a_string_is_refused(folder: Path) -> None:
    def as_string(doc: Doc) -> None:
        doc["version"] = "1"

    _attack(folder, _doc_edit(as_string))


# --- unknown fields at every level ----------------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    [
        lambda doc: doc,
        lambda doc: doc["db"],
        lambda doc: _slot(doc),
        lambda doc: _slot(doc, "recovery"),
        lambda doc: _slot(doc)["kdf"],
    ],
    ids=["top level", "db", "passphrase slot", "recovery slot", "kdf"],
)
def test_an_unknown_field_is_refused_at_every_level(folder: Path, where: Callable[[Doc], Doc]) -> None:
    def add_field(doc: Doc) -> None:
        where(doc)["comment"] = "added by someone else"

    _attack(folder, _doc_edit(add_field))


def test_a_missing_field_is_refused(folder: Path) -> None:
    def drop_cipher(doc: Doc) -> None:
        del doc["db"]["cipher"]

    _attack(folder, _doc_edit(drop_cipher))


def test_another_cipher_is_refused(folder: Path) -> None:
    def other_cipher(doc: Doc) -> None:
        doc["db"]["cipher"] = "sqlcipher3"

    _attack(folder, _doc_edit(other_cipher))


# --- the version ----------------------------------------------------------------------------------


@pytest.mark.parametrize("version", [-1, 0, -(2**70)])
def test_a_version_other_than_the_supported_one_is_refused(folder: Path, version: int) -> None:
    def set_version(doc: Doc) -> None:
        doc["version"] = version

    _attack(folder, _doc_edit(set_version))


def test_a_newer_version_is_reported_as_made_by_a_newer_fieldvault(folder: Path) -> None:
    def set_version(doc: Doc) -> None:
        doc["version"] = keyslots.VERSION + 1

    refused = _attack(folder, _doc_edit(set_version))
    assert isinstance(refused, NotAVault)
    assert "newer" in str(refused)


# --- the bytes themselves: only what Fieldvault writes --------------------------------------------


def _reordered(data: bytes) -> bytes:
    doc = json.loads(data)
    reordered = dict(reversed(list(doc.items())))
    return json.dumps(reordered, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


@pytest.mark.parametrize(
    "edit",
    [
        _reordered,
        lambda data: json.dumps(json.loads(data), sort_keys=True, indent=2).encode() + b"\n",
        lambda data: data.replace(b'"version":1', b'"version": 1'),
        lambda data: data + b" ",
        lambda data: data.rstrip(b"\n"),
        lambda data: data.replace(b'"format":"fieldvault-keyslots"', b'"format":"\\u0066ieldvault-keyslots"'),
        lambda data: data.replace(b'"version":1', b'"version":1,"version":1'),
    ],
    ids=[
        "keys reordered",
        "indented",
        "one space",
        "trailing space",
        "no final newline",
        "escaped letter",
        "duplicate key",
    ],
)
def test_the_same_content_in_other_bytes_is_refused(folder: Path, edit: Callable[[bytes], bytes]) -> None:
    original = (folder / keyslots.FILENAME).read_bytes()
    assert edit(original) != original
    assert json.loads(edit(original)) == json.loads(original)  # only the bytes differ, not the content
    _attack(folder, edit)


def test_a_base64_value_with_other_trailing_bits_is_refused(folder: Path) -> None:
    def other_bits(doc: Doc) -> None:
        salt = _slot(doc)["salt"]  # 16 bytes: 22 characters and "=="; the last one carries 4 spare bits
        assert salt.endswith("==")
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        last = alphabet.index(salt[-3])
        _slot(doc)["salt"] = salt[:-3] + alphabet[last ^ 1] + "=="

    _attack(folder, _doc_edit(other_bits))  # the salt decodes to the same bytes; only its spelling differs


def test_a_huge_file_is_refused_without_reading_it_all(folder: Path) -> None:
    _attack(folder, lambda data: data[:-1] + b" " * (2 * 1024 * 1024) + b"\n")


# --- what still opens -------------------------------------------------------------------------------


def _fixture_secrets() -> dict[str, str]:
    secrets: dict[str, str] = json.loads((FIXTURES / "secrets.json").read_text(encoding="utf-8"))
    return secrets


@pytest.mark.parametrize("name", ["two-slots.json", "three-slots.json"])
def test_an_envelope_written_before_the_strict_parser_still_parses_byte_for_byte(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    env = keyslots.parse(data)
    assert keyslots.serialize(env) == data


def test_every_slot_of_an_envelope_written_before_the_strict_parser_still_opens() -> None:
    known = _fixture_secrets()
    master = MasterKey(bytes.fromhex(known["master_hex"]))
    two = keyslots.parse((FIXTURES / "two-slots.json").read_bytes())
    three = keyslots.parse((FIXTURES / "three-slots.json").read_bytes())
    code = recovery.parse(known["recovery_code"])
    assert keyslots.unlock_with_passphrase(two, Passphrase.from_text(known["passphrase"])) == master
    assert keyslots.unlock_with_recovery_code(two, code) == master
    changed = Passphrase.from_text(known["changed_passphrase"])
    assert keyslots.unlock_with_passphrase(three, changed) == master
    assert keyslots.unlock_with_recovery_code(three, code) == master
    keyring_secret = Secret(bytes.fromhex(known["keyring_secret_hex"]))
    assert keyslots.unlock_with_keyring_secret(three, keyring_secret) == master
    with pytest.raises(WrongPassphrase):
        keyslots.unlock_with_passphrase(three, Passphrase.from_text(known["passphrase"]))


def test_a_vault_as_fieldvault_writes_it_opens_and_opening_changes_no_byte(folder: Path) -> None:
    before = _snapshot(folder)
    vault = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    vault.close()
    assert _snapshot(folder)[keyslots.FILENAME] == before[keyslots.FILENAME]


def test_an_altered_value_written_as_fieldvault_would_is_caught_by_the_authentication_code(
    folder: Path,
) -> None:
    def swap_recovery_nonce(doc: Doc) -> None:
        _slot(doc, "recovery")["nonce"] = "AAAAAAAAAAAAAAAA"

    path = folder / keyslots.FILENAME
    path.write_bytes(_doc_edit(swap_recovery_nonce)(path.read_bytes()))
    with pytest.raises(EnvelopeTampered, match="keyslots.json"):
        Vault.open(folder, Passphrase.from_text(PASSPHRASE))
