"""The optional OS keyring slot (off by default).

When enabled, a random 256-bit secret is stored in the OS keyring (Secret Service, macOS Keychain,
Windows Credential Locker) under service ``fieldvault`` and the vault's id, and a ``keyring`` slot in
the envelope wraps the master key under it. Anyone who can read the user's keyring can then open the
vault without the passphrase: that is the trade-off, so it is the user's explicit choice.

Only real backends count. The ``fail`` and ``null`` backends, and plain-file backends such as
keyrings.alt, are refused: a secret stored in a readable file would defeat the vault.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os

from vault.errors import KeyringUnavailable
from vault.messages import Text
from vault.secret import Secret

SERVICE = "fieldvault"
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _backend() -> object:
    import keyring  # imported late: it probes the desktop session and is slow when unused

    backend = keyring.get_keyring()
    module = type(backend).__module__
    chainer = getattr(backend, "backends", None)
    if any(module.startswith(m) for m in _REFUSED_MODULES) or (chainer is not None and not chainer):
        raise KeyringUnavailable(
            Text("no OS keyring is available on this computer (none is running or unlocked)")
        )
    return backend


def available() -> bool:
    try:
        _backend()
    except KeyringUnavailable:
        return False
    return True


def store_new_secret(vault_id: str) -> Secret:
    """Create a random secret, save it in the OS keyring for this vault, and return it."""
    import keyring
    import keyring.errors

    _backend()
    secret = os.urandom(32)
    try:
        keyring.set_password(SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(Text("the OS keyring refused to store the vault's key")) from exc
    return Secret(secret)


def load_secret(vault_id: str) -> Secret:
    import keyring
    import keyring.errors

    _backend()
    try:
        value = keyring.get_password(SERVICE, vault_id)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(Text("the OS keyring could not be read")) from exc
    if value is None:
        raise KeyringUnavailable(Text("the OS keyring holds no key for this vault"))
    try:
        return Secret(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError) as exc:
        raise KeyringUnavailable(Text("the OS keyring entry for this vault is damaged")) from exc


def delete_secret(vault_id: str) -> None:
    import keyring
    import keyring.errors

    # Already absent, or no backend: either way nothing is left to remove.
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, vault_id)
