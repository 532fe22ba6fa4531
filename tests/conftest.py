"""Shared fixtures. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import atexit  # noqa: E402
import secrets  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402
from keyring.backends import SecretService  # noqa: E402

from app.service import VaultService  # noqa: E402
from tests.helpers import FAST_KDF, PASSPHRASE  # noqa: E402
from vault.keys.secret import Passphrase  # noqa: E402


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Leave with pytest's own exit status once it has reported, skipping the interpreter's teardown.

    A full run ended with its summary printed and then a segmentation fault while the interpreter tore
    down what 2,000 tests leave behind (native libraries' finalisers run after their libraries were
    unloaded: Qt, PDFium, libheif, in some order), so CI saw 139 for a run whose result was known.
    Exit handlers run newest first: this one, registered after every library registered its own, runs
    before them and leaves with the status pytest reported (tests/conftest.py only: the app's own exit
    is unchanged)."""
    status = int(exitstatus)

    def leave() -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)

    atexit.register(leave)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "field.fvault"


@pytest.fixture
def service(vault_path: Path) -> Iterator[VaultService]:
    """A fresh vault (cheap KDF parameters, passed explicitly), closed after the test."""
    svc, _ = VaultService.create(vault_path, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    yield svc
    svc.close()


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reads the passphrase from the environment, as scripts do."""
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)


_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture(scope="module")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A real Secret Service for the keyring tests: a private session bus and an unlocked
    gnome-keyring-daemon with a throwaway data folder, so the user's own keyring is never touched (Debian
    packages dbus-daemon and gnome-keyring; .ci/run installs them)."""
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is needed (Debian: dbus gnome-keyring); .ci/run installs it"
    home = tmp_path_factory.mktemp("keyring-home")
    # A bus of our own that starts no service by itself: with the standard session configuration, the
    # first client call would activate a second, locked gnome-keyring that races ours for the name.
    config = home / "bus.conf"
    config.write_text(_BUS_CONFIG.format(folder=home), encoding="utf-8")
    bus = subprocess.run(
        ["dbus-daemon", f"--config-file={config}", "--fork", "--print-address=1", "--print-pid=1"],
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
    with open_dbus_connection(bus=address) as connection:
        deadline = time.monotonic() + 20
        while not connection.send_and_get_reply(message_bus.NameHasOwner("org.freedesktop.secrets")).body[0]:
            assert daemon.poll() is None, "gnome-keyring-daemon stopped"
            assert time.monotonic() < deadline, "gnome-keyring-daemon did not take its name on the bus"
            time.sleep(0.05)
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())  # type: ignore[no-untyped-call]
    keyring.get_password("fieldvault-probe", "probe")  # the unlocked login collection answers
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
