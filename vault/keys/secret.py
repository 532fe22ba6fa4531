"""Secret value types that never show themselves.

A ``Secret`` holds bytes in a ``bytearray`` so that ``wipe()`` can overwrite them when the vault locks.
Python may still have copied the value elsewhere (the interpreter gives no guarantee); wiping is
best-effort and SECURITY.md says so. What is guaranteed: ``repr``, ``str``, formatting and pickling never
reveal the value, so a secret cannot reach a log line or a traceback by accident.
"""

from __future__ import annotations

import hmac
import unicodedata
from typing import NoReturn


class Secret:
    """Bytes that redact themselves. Compare in constant time; read with ``reveal()``."""

    __slots__ = ("_value",)

    def __init__(self, value: bytes | bytearray) -> None:
        self._value = bytearray(value)

    def reveal(self) -> bytes:
        """The secret bytes. Call only where the value is consumed by a primitive."""
        return bytes(self._value)

    def wipe(self) -> None:
        """Overwrite the held bytes (best-effort; see module docstring)."""
        for i in range(len(self._value)):
            self._value[i] = 0
        self._value = bytearray()

    def __len__(self) -> int:
        return len(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(bytes(self._value), bytes(other._value))

    def __hash__(self) -> int:
        raise TypeError(f"{type(self).__name__} is not hashable")

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: redacted>"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __reduce__(self) -> NoReturn:
        raise TypeError(f"{type(self).__name__} cannot be pickled")


class MasterKey(Secret):
    """The vault's random 256-bit database key. Never derived from a passphrase."""

    __slots__ = ()

    def __init__(self, value: bytes | bytearray) -> None:
        if len(value) != 32:
            raise ValueError("a master key is 32 bytes")
        super().__init__(value)

    def sqlcipher_pragma_value(self) -> str:
        """The raw-key literal SQLCipher expects: ``x'<64 hex>'``."""
        return "x'" + bytes(self._value).hex() + "'"


class Passphrase(Secret):
    """A passphrase as the user typed it, NFC-normalised and UTF-8 encoded.

    Normalising means the same passphrase typed on two keyboards (composed or decomposed accents)
    unlocks the same vault.
    """

    __slots__ = ()

    @classmethod
    def from_text(cls, text: str) -> Passphrase:
        return cls(unicodedata.normalize("NFC", text).encode("utf-8"))


class RecoveryCode(Secret):
    """A normalised recovery code (see vault.keys.recovery)."""

    __slots__ = ()
