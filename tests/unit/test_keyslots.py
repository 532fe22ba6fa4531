"""Key slots: the passphrase, the recovery code, changing either, and a tampered envelope."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.errors import (
    EnvelopeTampered,
    InvalidRecoveryCode,
    NotAVault,
    VaultCorrupt,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from vault.keys import keyslots, recovery
from vault.keys.secret import Passphrase
from vault.session import Vault


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_vault_opens_with_its_passphrase_and_keeps_its_notes(
    service: VaultService, vault_path: Path
) -> None:
    note = service.records.add_note("Meeting", "Notes of the meeting")
    service.close()
    again = VaultService.unlock(vault_path, Passphrase.from_text(PASSPHRASE))
    try:
        assert again.get(note.id).body["body"] == "Notes of the meeting"
    finally:
        again.close()


def test_the_wrong_passphrase_is_refused(service: VaultService, vault_path: Path) -> None:
    service.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, Passphrase.from_text("not the passphrase"))


def test_the_passphrase_is_normalised_so_composed_and_decomposed_accents_match(tmp_path: Path) -> None:
    composed = "caf\u00e9 au lait du matin"
    decomposed = "cafe\u0301 au lait du matin"
    vault, _ = Vault.create(tmp_path / "a.fvault", Passphrase.from_text(composed), kdf=FAST_KDF)
    vault.close()
    Vault.open(tmp_path / "a.fvault", Passphrase.from_text(decomposed)).close()


def test_the_recovery_code_opens_the_vault_and_a_wrong_one_does_not(tmp_path: Path) -> None:
    folder = tmp_path / "r.fvault"
    vault, code = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    vault.close()
    typed = recovery.display(code).lower().replace("-", " ")  # typed by hand, spaced, lower case
    Vault.open_with_recovery_code(folder, recovery.parse(typed)).close()
    other = recovery.generate()
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery_code(folder, other)


def test_a_mistyped_recovery_code_is_reported_as_a_typo() -> None:
    shown = recovery.display(recovery.generate())
    wrong = ("0" if shown[0] != "0" else "1") + shown[1:]
    with pytest.raises(InvalidRecoveryCode, match="typo"):
        recovery.parse(wrong)
    with pytest.raises(InvalidRecoveryCode, match="characters"):
        recovery.parse(shown[:-5])


def test_changing_the_passphrase_rewraps_the_key_and_leaves_the_database_untouched(
    service: VaultService, vault_path: Path
) -> None:
    service.records.add_note("Before", "kept")
    db = vault_path / "vault.db"
    before = _digest(db)
    service.change_passphrase(Passphrase.from_text("a brand new passphrase"), FAST_KDF)
    assert _digest(db) == before
    service.close()
    assert _digest(db) == before
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, Passphrase.from_text(PASSPHRASE))
    Vault.open(vault_path, Passphrase.from_text("a brand new passphrase")).close()


def test_a_new_recovery_code_replaces_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "n.fvault"
    vault, old_code = Vault.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    fresh = vault.new_recovery_code(FAST_KDF)
    vault.close()
    Vault.open_with_recovery_code(folder, fresh).close()
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery_code(folder, old_code)


def test_a_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "w.fvault", Passphrase.from_text("short"), kdf=FAST_KDF)
    assert not (tmp_path / "w.fvault").exists()


def _edit_envelope(folder: Path, change: object) -> None:
    path = folder / "keyslots.json"
    doc = json.loads(path.read_bytes())
    change(doc)  # type: ignore[operator]
    path.write_text(json.dumps(doc))


def test_an_altered_recovery_slot_is_detected_when_the_passphrase_opens_the_vault(
    service: VaultService, vault_path: Path
) -> None:
    service.close()

    def swap_salt(doc: dict[str, list[dict[str, str]]]) -> None:
        slot = next(s for s in doc["slots"] if s["type"] == "recovery")
        slot["salt"] = "AAAAAAAAAAAAAAAAAAAAAA=="

    _edit_envelope(vault_path, swap_salt)
    with pytest.raises(EnvelopeTampered):
        Vault.open(vault_path, Passphrase.from_text(PASSPHRASE))


def test_lowered_kdf_cost_in_the_passphrase_slot_does_not_open_the_vault(
    service: VaultService, vault_path: Path
) -> None:
    service.close()

    def cheapen(doc: dict[str, list[dict[str, dict[str, int]]]]) -> None:
        doc["slots"][0]["kdf"]["iterations"] = 2

    _edit_envelope(vault_path, cheapen)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, Passphrase.from_text(PASSPHRASE))


def test_an_added_slot_is_detected(service: VaultService, vault_path: Path) -> None:
    service.close()

    def duplicate_as_keyring(doc: dict[str, list[dict[str, object]]]) -> None:
        slot = dict(doc["slots"][1])
        slot["type"] = "keyring"
        slot["kdf"] = None
        doc["slots"].append(slot)

    _edit_envelope(vault_path, duplicate_as_keyring)
    with pytest.raises(EnvelopeTampered):
        Vault.open(vault_path, Passphrase.from_text(PASSPHRASE))


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"{not json", VaultCorrupt),
        (b'{"format": "something-else"}', NotAVault),
        (b'{"format": "fieldvault-keyslots", "version": 99}', NotAVault),
        (
            b'{"format": "fieldvault-keyslots", "version": 1, "vault_id": "x", '
            b'"db": {"page_size": 3}, "slots": []}',
            VaultCorrupt,
        ),
    ],
)
def test_a_damaged_envelope_gives_a_clear_error(
    service: VaultService, vault_path: Path, content: bytes, error: type[Exception]
) -> None:
    service.close()
    (vault_path / "keyslots.json").write_bytes(content)
    with pytest.raises(error):
        Vault.open(vault_path, Passphrase.from_text(PASSPHRASE))


def test_kdf_parameters_out_of_range_are_refused_before_any_work(
    service: VaultService, vault_path: Path
) -> None:
    service.close()

    def huge(doc: dict[str, list[dict[str, dict[str, int]]]]) -> None:
        doc["slots"][0]["kdf"]["memory_kib"] = 1 << 40

    _edit_envelope(vault_path, huge)
    with pytest.raises(VaultCorrupt, match="out of range"):
        Vault.open(vault_path, Passphrase.from_text(PASSPHRASE))


def test_the_envelope_records_argon2id_and_its_parameters(service: VaultService, vault_path: Path) -> None:
    doc = json.loads((vault_path / "keyslots.json").read_bytes())
    assert doc["version"] == 1
    kinds = {s["type"]: s for s in doc["slots"]}
    assert set(kinds) == {"passphrase", "recovery"}
    assert kinds["passphrase"]["kdf"] == {"name": "argon2id", "memory_kib": 8192, "iterations": 1, "lanes": 1}


def test_the_production_default_uses_at_least_64_mib() -> None:
    from vault.crypto import DEFAULT_MEMORY_KIB, MIN_ITERATIONS

    assert DEFAULT_MEMORY_KIB >= 64 * 1024
    assert MIN_ITERATIONS >= 3


def test_the_vault_folder_must_end_in_fvault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match=r"\.fvault"):
        Vault.create(tmp_path / "evidence", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)


def test_a_half_created_vault_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(folder: Path, env: keyslots.Envelope) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keyslots, "save", broken_save)
    with pytest.raises(OSError, match="space"):
        Vault.create(tmp_path / "x.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    assert list(tmp_path.iterdir()) == []
