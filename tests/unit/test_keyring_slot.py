"""The optional OS keyring slot, against a real Secret Service (gnome-keyring on a private D-Bus).

The fixture starts its own session bus and an unlocked gnome-keyring-daemon with a throwaway data
folder, so the user's own keyring is never touched. Debian packages: dbus-daemon, gnome-keyring
(.ci/run installs them).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService, fail

from app.service import VaultService
from tests.helpers import PASSPHRASE
from vault import keyring_slot, keyslots
from vault.errors import KeyringUnavailable
from vault.secret import Passphrase
from vault.session import Vault


@pytest.fixture(scope="module")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is needed (Debian: dbus gnome-keyring); .ci/run installs it"
    home = tmp_path_factory.mktemp("keyring-home")
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
    )
    address, pid = bus.stdout.split()[:2]
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_HOME", "XDG_RUNTIME_DIR")}
    os.environ.update(DBUS_SESSION_BUS_ADDRESS=address, XDG_DATA_HOME=str(home), XDG_RUNTIME_DIR=str(home))
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(secrets.token_urlsafe(16).encode())
    daemon.stdin.close()
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())  # type: ignore[no-untyped-call]
    deadline = time.monotonic() + 20
    while True:  # wait until the daemon has claimed its name on the bus
        try:
            keyring.get_password("fieldvault-probe", "probe")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    yield
    keyring.set_keyring(previous)
    daemon.terminate()
    daemon.wait(timeout=10)
    os.kill(int(pid), signal.SIGTERM)
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.mark.usefixtures("secret_service")
def test_the_keyring_slot_opens_the_vault_until_it_is_disabled(
    service: VaultService, vault_path: Path
) -> None:
    assert not VaultService.keyring_enabled(vault_path)
    service.enable_keyring()
    service.add_note("Meeting", "kept")
    service.close()
    assert keyslots.load(vault_path).has_keyring_slot
    opened = VaultService.unlock_with_keyring(vault_path)
    assert [n.title for n in opened.list_records(kind="note")] == ["Meeting"]
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
