"""The vault's exception tree.

Every message here is fixed wording chosen by us and safe to show a user: no evidence content, no
secrets, no text taken from a third-party exception. The UI and the CLI map these types to dialogs and
exit codes; they never show ``str()`` of a foreign exception.
"""

from __future__ import annotations

from vault.messages import Text


class VaultError(Exception):
    """Base of every error the vault raises on purpose. ``str(e)`` is user-safe."""


class UserError(VaultError):
    """The user asked for something that cannot be done as asked (CLI exit code 2)."""


class NotAVault(UserError):
    """The path is not a Fieldvault vault (or not one this version can read)."""


class VaultExists(UserError):
    """Refusing to create a vault over an existing path."""


class WrongPassphrase(UserError):
    """The passphrase does not unlock this vault's passphrase slot."""


class WrongRecoveryCode(UserError):
    """The recovery code does not unlock this vault's recovery slot."""


class InvalidRecoveryCode(UserError):
    """The recovery code is malformed (wrong length or checksum): most likely a typo."""


class WeakPassphrase(UserError):
    """The new passphrase is too short or empty."""


class NotFound(UserError):
    """No record, attachment or file with that identifier."""


class InvalidInput(UserError):
    """A field or argument has a value we refuse; the message names the field and why."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class KeyringUnavailable(UserError):
    """The OS keyring slot was asked for but no keyring backend is available or holds the secret."""


class Cancelled(VaultError):
    """Long work was cancelled by the user; whatever was committed before stays, nothing half-written."""


class EnvelopeTampered(VaultError):
    """keyslots.json does not match its authentication code: it was altered outside Fieldvault."""


class VaultCorrupt(VaultError):
    """The database or the key envelope is damaged: the message says which and how."""


class StorageFull(VaultError):
    """The disk is full (or a file size limit was hit); the interrupted work was rolled back."""


class DecryptionFailed(VaultError):
    """One opaque error for every failed authenticated decryption (wrong key or altered data)."""

    def __init__(self) -> None:
        super().__init__(Text("decryption failed: wrong key or altered data"))
