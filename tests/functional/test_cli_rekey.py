"""``fieldvault rekey``: a new master key, the database re-encrypted, every way in rewrapped.

What rekey is for: a master key that may have leaked (a memory dump, an old copy of keyslots.json and a
passphrase that was seen) stops opening the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import resource
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties

from app.service import VaultService
from tests.helpers import CLI_KDF, FAST_KDF, PASSPHRASE, init_vault, run_cli
from vault.errors import (
    KeyringUnavailable,
    StorageFull,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryCode,
)
from vault.keys import keyring_slot, keyslots, recovery
from vault.keys.secret import MasterKey, Passphrase
from vault.session import Vault
from vault.storage import audit, store

pytestmark = pytest.mark.usefixtures("cli_env")


def _master_of(folder: Path) -> bytes:
    vault = Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    try:
        return vault.master.reveal()
    finally:
        vault.close()


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_rekey_replaces_the_key_keeps_the_content_and_issues_a_new_recovery_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "case.fvault"
    old_code = init_vault(capsys, folder)["recovery_code"]
    note_id = run_cli(
        capsys, "note", "add", folder, "--title", "Port visit", "--body", "manifest"
    ).out.strip()
    old_master = _master_of(folder)

    result = run_cli(capsys, "rekey", folder, "--json", *CLI_KDF)

    assert result.code == 0, result.err
    new_code = result.json()["recovery_code"]
    assert new_code != old_code
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "vault.db"]  # nothing pending
    assert _master_of(folder) != old_master
    shown = run_cli(capsys, "show", folder, note_id, "--json")
    assert shown.json()["body"]["body"] == "manifest"
    verified = run_cli(capsys, "verify", folder, "--json")
    assert verified.json()["ok"], verified.out
    Vault.open_with_recovery_code(folder, recovery.parse(new_code)).close()
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery_code(folder, recovery.parse(old_code))
    with pytest.raises(VaultCorrupt):  # the old key no longer decrypts a single page
        store.connect(folder / store.DB_FILENAME, MasterKey(old_master)).close()


def test_an_old_copy_of_keyslots_json_and_the_passphrase_no_longer_open_the_vault(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "case.fvault"
    init_vault(capsys, folder)
    old_copy = tmp_path / "keyslots-backup.json"
    shutil.copyfile(folder / keyslots.FILENAME, old_copy)
    assert run_cli(capsys, "rekey", folder, *CLI_KDF).code == 0

    shutil.copyfile(old_copy, folder / keyslots.FILENAME)  # the attacker's old copy put back
    with pytest.raises(VaultCorrupt, match="cannot be read with this vault's key"):
        Vault.open(folder, Passphrase.from_text(PASSPHRASE))
    refused = run_cli(capsys, "note", "add", folder, "--title", "t")
    assert refused.code != 0
    assert "Traceback" not in refused.err


def test_rekey_prints_the_new_code_once_and_says_what_happened(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "case.fvault"
    init_vault(capsys, folder)
    result = run_cli(capsys, "rekey", folder, *CLI_KDF)
    assert result.code == 0, result.err
    code_lines = [line.strip() for line in result.out.splitlines() if line.strip().count("-") == 7]
    assert len(code_lines) == 1
    Vault.open_with_recovery_code(folder, recovery.parse(code_lines[0])).close()
    assert "new master key" in result.out


def test_rekey_with_the_wrong_passphrase_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "case.fvault"
    init_vault(capsys, folder)
    before = _snapshot(folder)
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "not the passphrase at all")
    result = run_cli(capsys, "rekey", folder, *CLI_KDF)
    assert result.code == 2
    assert "wrong passphrase" in result.err
    assert _snapshot(folder) == before


def test_the_service_refuses_a_passphrase_other_than_the_vaults_and_writes_nothing(
    service: VaultService, vault_path: Path
) -> None:
    service.records.add_note("kept", "body")
    before = _snapshot(vault_path)
    with pytest.raises(WrongPassphrase):
        service.rekey(Passphrase.from_text("another passphrase entirely"), FAST_KDF)
    assert _snapshot(vault_path) == before
    assert service.records.find("kept").hits  # the open service still works with its key


def test_the_service_records_the_rekey_in_the_audit_log_without_secrets(
    service: VaultService, vault_path: Path
) -> None:
    code = service.rekey(Passphrase.from_text(PASSPHRASE), FAST_KDF)
    entries = [e for e in audit.chain_entries(service._vault.conn, service.key_id) if e.action == "rekey"]
    assert len(entries) == 1
    assert dict(entries[0].detail) == {"slots": ["passphrase", "recovery"]}
    assert recovery.display(code) not in repr(entries[0])
    service.records.add_note("after", "still writable under the new key")
    service.close()
    again = VaultService.unlock(vault_path, Passphrase.from_text(PASSPHRASE))
    try:
        assert again.verify().ok
        assert again.records.find("writable").hits
    finally:
        again.close()


# --- the keyring slot -------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A working keyring backend (keyring's own API) that keeps its entries in memory."""

    viable = False  # never chosen by keyring's own discovery

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test backend, never chosen by discovery")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Select a MemoryKeyring; afterwards keyring's selection is as it was, "none yet" included (asking
    for the backend would run keyring's detection, which tests/unit/test_keyring_slot.py expects to
    happen only once its own Secret Service runs)."""
    previous = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous


def test_rekey_gives_the_keyring_slot_a_new_secret(
    service: VaultService, vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    service.enable_keyring()
    old_secret = keyring_slot.load_secret(service.vault_id)
    service.rekey(Passphrase.from_text(PASSPHRASE), FAST_KDF)
    service.close()
    new_secret = keyring_slot.load_secret(keyslots.load(vault_path).vault_id)
    assert new_secret != old_secret
    VaultService.unlock_with_keyring(vault_path).close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_keyring_secret(vault_path, old_secret)


def test_rekey_refuses_when_the_keyring_slot_cannot_get_a_new_secret(
    service: VaultService, vault_path: Path, memory_keyring: MemoryKeyring
) -> None:
    service.enable_keyring()
    before = _snapshot(vault_path)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(KeyringUnavailable, match="keyring"):
        service.rekey(Passphrase.from_text(PASSPHRASE), FAST_KDF)
    assert _snapshot(vault_path) == before


# --- a disk too full to re-encrypt ------------------------------------------------------------------


@contextlib.contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """Every file this process writes is limited to ``limit`` bytes (RLIMIT_FSIZE, as a full disk)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def test_a_rekey_the_disk_cannot_hold_changes_nothing_and_the_vault_stays_writable(
    vault_path: Path,
) -> None:
    service, code = VaultService.create(vault_path, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        for i in range(12):
            service.records.add_note(f"Note {i}", f"kept {i} " + "x" * 400_000)
        size = (vault_path / store.DB_FILENAME).stat().st_size
        master = _master_of(vault_path)
        with _file_size_limit(size // 2), pytest.raises(StorageFull, match="nothing was changed"):
            service.rekey(Passphrase.from_text(PASSPHRASE), FAST_KDF)
        # the same open service goes on working, under the old key
        service.records.add_note("After the failed rekey", "written on the same connection")
    finally:
        service.close()
    assert sorted(p.name for p in vault_path.iterdir()) == ["keyslots.json", "vault.db"]
    assert _master_of(vault_path) == master
    again = VaultService.unlock(vault_path, Passphrase.from_text(PASSPHRASE))
    try:
        assert again.verify().ok
        assert again.records.find("connection").hits
        assert len(again.records.find("kept").hits) == 12
    finally:
        again.close()
    Vault.open_with_recovery_code(vault_path, code).close()
