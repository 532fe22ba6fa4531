"""The optional OS keyring slot (off by default).

When enabled, a random 256-bit secret is stored in the OS keyring (Secret Service, macOS Keychain,
Windows Credential Locker) under service ``fieldvault`` and the vault's id, and a ``keyring`` slot in
the envelope wraps the master key under it. Anyone who can read the user's keyring can then open the
vault without the passphrase: that is the trade-off, so it is the user's explicit choice.

Only real backends count. The ``fail`` and ``null`` backends, and plain-file backends such as
keyrings.alt's (or any class that says it keeps a file or plain text), are refused: a secret stored in a
readable file would defeat the vault. A chain of backends (keyring's ``ChainerBackend``) is refused when
any backend in it, at any depth, would be: the chain reads from and writes to each of them.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os

from vault.errors import KeyringUnavailable
from vault.keys.secret import Secret
from vault.messages import Text

SERVICE = "fieldvault"
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
# A class that says it keeps its secrets in a file: keyrings.alt's file backends (and others built the
# same way) have these attributes; a name saying "plaintext" says it outright.
_FILE_MARKERS = ("file_path", "filename")
_CHAIN_DEPTH = 8


def _refused(backend: object, depth: int = 0) -> bool:
    """Whether ``backend`` is no keyring, stores in a plain file, or chains to such a backend (at any
    depth). Class attributes are inspected without being run, except a chain's list of members."""
    cls = type(backend)
    module = cls.__module__ or ""
    if any(module == m or module.startswith(m + ".") for m in _REFUSED_MODULES):
        return True
    names = "".join(c.__name__ for c in cls.__mro__).lower()
    if "plaintext" in names or "plain_text" in names:
        return True
    if any(any(marker in vars(c) for c in cls.__mro__) for marker in _FILE_MARKERS):
        return True
    if not any("backends" in vars(c) for c in cls.__mro__):
        return False
    if depth >= _CHAIN_DEPTH:
        return True  # a chain nested this deep is not something to trust
    try:
        members = list(getattr(backend, "backends", None) or ())
    except Exception:  # noqa: BLE001 - a chain that cannot list its members is not used
        return True
    return not members or any(_refused(m, depth + 1) for m in members)


def _backend() -> object:
    import keyring  # imported late: it probes the desktop session and is slow when unused

    backend = keyring.get_keyring()
    if _refused(backend):
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
