"""The optional OS keyring slot, against a real Secret Service (gnome-keyring on a private D-Bus).

The ``secret_service`` fixture (tests/conftest.py) starts its own session bus and an unlocked
gnome-keyring-daemon with a throwaway data folder, so the user's own keyring is never touched.
"""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.service import VaultService
from tests.helpers import PASSPHRASE
from vault.errors import KeyringUnavailable
from vault.keys import keyring_slot, keyslots
from vault.keys.secret import Passphrase
from vault.session import Vault


@pytest.mark.usefixtures("secret_service")
def test_the_keyring_slot_opens_the_vault_until_it_is_disabled(
    service: VaultService, vault_path: Path
) -> None:
    assert not VaultService.keyring_enabled(vault_path)
    service.enable_keyring()
    service.records.add_note("Meeting", "kept")
    service.close()
    assert keyslots.load(vault_path).has_keyring_slot
    opened = VaultService.unlock_with_keyring(vault_path)
    assert [n.title for n in opened.records.list_records(kind="note")] == ["Meeting"]
    opened.disable_keyring()
    opened.close()
    assert not keyslots.load(vault_path).has_keyring_slot
    assert keyring.get_password(keyring_slot.SERVICE, keyslots.load(vault_path).vault_id) is None
    Vault.open(vault_path, Passphrase.from_text(PASSPHRASE)).close()


@pytest.mark.usefixtures("secret_service")
def test_a_keyring_entry_for_another_vault_does_not_open_this_one(
    service: VaultService, vault_path: Path
) -> None:
    service.enable_keyring()
    vault_id = service.vault_id
    service.close()
    keyring.set_password(keyring_slot.SERVICE, vault_id, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    with pytest.raises(Exception, match="does not open this vault"):
        VaultService.unlock_with_keyring(vault_path)


def test_without_a_keyring_backend_enabling_is_refused_clearly(service: VaultService) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        assert not keyring_slot.available()
        with pytest.raises(KeyringUnavailable, match="no OS keyring"):
            service.enable_keyring()
    finally:
        keyring.set_keyring(previous)
