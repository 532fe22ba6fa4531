"""How the UI creates and opens vaults, injected by the launcher (app/entry/gui.py) or by tests.

The UI never sees KDF parameters or keys: the launcher binds them into these callables (production
uses the calibrated default; tests bind cheap parameters explicitly). Each callable runs on a worker
thread, because deriving a key from a passphrase takes most of a second by design.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.public import Passphrase, RecoveryCode
from app.service import VaultService


@dataclass(frozen=True)
class VaultOpener:
    create: Callable[[Path, Passphrase], tuple[VaultService, RecoveryCode]]
    unlock: Callable[[Path, Passphrase], VaultService]
    recover: Callable[[Path, str], VaultService]  # the recovery code as typed
    build_demo: Callable[[Path], None]
    demo_folder: Path
    demo_passphrase: str
    # The passphrase typed again, then a new recovery code for the vault (folder, vault id): the old
    # code stops working. Runs on a worker (key derivation).
    renew_recovery: Callable[[Path, str, Passphrase], RecoveryCode]
    # The demo group archive (coordinator mode), built on first use from the demo vault's bundles.
    demo_archive_folder: Path | None = None
    build_demo_archive: Callable[[Path, Path], None] | None = None
    # The passphrase in use, then a new one (refused when weak), for the vault (folder, vault id): the
    # key is rewrapped under the new one. Runs on a worker (key derivation).
    change_passphrase: Callable[[Path, str, Passphrase, Passphrase], None] | None = None
    # The OS keyring, for a vault that lets it unlock (``fieldvault keyring on``): whether the folder has a
    # keyring slot (read from its key envelope, no secret), and the unlock itself, None when the keyring
    # cannot open it. The same policy as the CLI's (VaultService.unlock_with_keyring_if_possible).
    keyring_enabled: Callable[[Path], bool] = VaultService.keyring_enabled
    keyring_unlock: Callable[[Path], VaultService | None] = VaultService.unlock_with_keyring_if_possible
