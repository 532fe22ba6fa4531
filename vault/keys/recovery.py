"""Recovery codes: shown once at creation, written on paper, typed back in by a human.

A code is 30 random Crockford base-32 characters (150 bits) plus 2 checksum characters, shown as
eight groups of four: ``7K2M-…``. Crockford's alphabet has no I, L, O or U, and reading is forgiving
(I and L read as 1, O as 0, case and dashes ignored), so a code copied by hand under stress still works;
the checksum turns a typo into "that code has a typo" instead of a slow, misleading "wrong code".
"""

from __future__ import annotations

import hashlib
import secrets

from vault.errors import InvalidRecoveryCode
from vault.keys.secret import RecoveryCode
from vault.messages import Text

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 30
CHECK_CHARS = 2
GROUP = 4
_READ_AS = {"I": "1", "L": "1", "O": "0"}


def _checksum(data: str) -> str:
    digest = hashlib.sha256(b"fieldvault-recovery-v1:" + data.encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big")
    return ALPHABET[(value >> 5) & 31] + ALPHABET[value & 31]


def generate() -> RecoveryCode:
    """A fresh random recovery code (normalised form)."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return RecoveryCode((data + _checksum(data)).encode("ascii"))


def display(code: RecoveryCode) -> str:
    """The code grouped for printing and reading aloud."""
    raw = code.reveal().decode("ascii")
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def parse(typed: str) -> RecoveryCode:
    """Normalise what a person typed; raise InvalidRecoveryCode on a wrong length or checksum."""
    chars = []
    for ch in typed.upper():
        if ch in " -\t\r\n":
            continue
        ch = _READ_AS.get(ch, ch)
        if ch not in ALPHABET:
            raise InvalidRecoveryCode(Text("the recovery code contains a character that is not in a code"))
        chars.append(ch)
    normal = "".join(chars)
    if len(normal) != DATA_CHARS + CHECK_CHARS:
        raise InvalidRecoveryCode(
            Text(
                "a recovery code has {expected} characters; this one has {n}",
                expected=DATA_CHARS + CHECK_CHARS,
                n=len(normal),
            )
        )
    if _checksum(normal[:DATA_CHARS]) != normal[DATA_CHARS:]:
        raise InvalidRecoveryCode(Text("the recovery code has a typo (its checksum does not match)"))
    return RecoveryCode(normal.encode("ascii"))
