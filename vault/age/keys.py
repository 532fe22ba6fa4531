"""Bech32 (BIP 173, without its length limit, as age uses it) and age's key strings.

An X25519 identity is ``AGE-SECRET-KEY-1…`` (32 secret bytes), its recipient ``age1…`` (the public
key). A vault's X25519 receiving key is used as is, so a vault can decrypt what the stock ``age`` tool
encrypts to it, and ``age -d -i`` opens what is encrypted to the vault.
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)

X25519_IDENTITY_HRP = "age-secret-key-"
X25519_RECIPIENT_HRP = "age"


class Bech32Error(ValueError):
    """Not a valid Bech32 string (case, characters, checksum or padding)."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= _GENERATOR[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        raise Bech32Error("non-zero padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Lower-case Bech32 of ``data`` under ``hrp``."""
    words = _convert(data, 8, 5, True)
    checksum = _polymod(_hrp_expand(hrp) + words + [0] * 6) ^ 1
    words += [(checksum >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[w] for w in words)


def decode(text: str) -> tuple[str, bytes]:
    """``(hrp, data)``; the string may be all upper or all lower case, never mixed."""
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("mixed case")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text) or any(not 33 <= ord(c) <= 126 for c in text):
        raise Bech32Error("malformed")
    hrp, tail = text[:pos], text[pos + 1 :]
    try:
        words = [CHARSET.index(c) for c in tail]
    except ValueError:
        raise Bech32Error("invalid character") from None
    if _polymod(_hrp_expand(hrp) + words) != 1:
        raise Bech32Error("bad checksum")
    return hrp, bytes(_convert(words[:-6], 5, 8, False))


def x25519_recipient(public: bytes) -> str:
    """``age1…`` for an X25519 public key."""
    return encode(X25519_RECIPIENT_HRP, public)


def x25519_identity(secret: bytes) -> str:
    """``AGE-SECRET-KEY-1…`` for an X25519 secret key (show it to no one but its holder)."""
    return encode(X25519_IDENTITY_HRP, secret).upper()


def parse_x25519_recipient(text: str) -> bytes:
    """The 32-byte public key of an ``age1…`` string; ValueError if it is anything else."""
    hrp, data = decode(text.strip())
    if hrp != X25519_RECIPIENT_HRP or len(data) != 32 or text.strip() != text.strip().lower():
        raise ValueError("not an age X25519 recipient")
    return data


def parse_identity(text: str) -> tuple[str, bytes]:
    """``("x25519", secret)`` of an ``AGE-SECRET-KEY-1…`` string; ValueError otherwise (post-quantum
    ``AGE-SECRET-KEY-PQ-1…`` keys included: no bundle is encrypted to one)."""
    text = text.strip()
    hrp, data = decode(text)
    if text != text.upper() or len(data) != 32:
        raise ValueError("not an age identity")
    if hrp == X25519_IDENTITY_HRP:
        return "x25519", data
    raise ValueError("not an age identity")
