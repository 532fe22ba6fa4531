"""Decoding values: bytes that should be text (UTF-8, else Windows-1252; UTF-16 by its byte-order mark or
its zero bytes), EXIF byte values and charset-prefixed values (UserComment, GPS text tags), and the
integers of a container's structure."""

from __future__ import annotations

from vault.readers.image.textruns import runs

_CONTROLS = {c: " " for c in (*range(0, 9), 11, 12, *range(14, 32), 127)}


def _text(raw: bytes) -> str:
    """Bytes that should be text: UTF-8, else Windows-1252; NULs separate strings."""
    pieces = [p for p in raw.split(b"\x00") if p]
    out = []
    for piece in pieces:
        try:
            out.append(piece.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(piece.decode("cp1252", "replace"))
    return "\n".join(out).translate(_CONTROLS)


def _utf16(raw: bytes, big_endian: bool | None = None) -> str:
    """UTF-16 of either byte order: a byte-order mark, else where the zero (high) bytes are, else the hint."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        big_endian, raw = raw[:2] == b"\xfe\xff", raw[2:]
    elif len(raw) >= 2:
        zeros_even, zeros_odd = raw[0::2].count(0), raw[1::2].count(0)
        if zeros_even != zeros_odd:
            big_endian = zeros_even > zeros_odd
        elif big_endian is None:
            big_endian = sum(raw[0::2]) < sum(raw[1::2])
    raw = raw[: len(raw) // 2 * 2]
    text = raw.decode("utf-16-be" if big_endian else "utf-16-le", "replace")
    return text.replace("\x00", "\n").translate(_CONTROLS)


def _bytes_value(raw: bytes) -> str:
    """A byte (BYTE, UNDEFINED) value: text when short, its readable runs when long."""
    if len(raw) > 4096:
        return runs(raw)
    body = raw.rstrip(b"\x00")
    if len(body) >= 4 and (body[1::2].count(0) > len(body) // 4 or body[0::2].count(0) > len(body) // 4):
        return _utf16(body + b"\x00" * (len(body) % 2))
    return _text(body)


def _charset_value(raw: bytes, big_endian: bool) -> str:
    """UserComment, GPSProcessingMethod, GPSAreaInformation: an 8-byte charset code, then the text."""
    code, body = raw[:8], raw[8:]
    if code.startswith(b"ASCII"):
        return _text(body)
    if code.startswith(b"UNICODE"):
        return _utf16(body.rstrip(b"\x00") + b"\x00" * (len(body.rstrip(b"\x00")) % 2), big_endian)
    if code.startswith(b"JIS"):
        for codec in ("iso2022_jp", "shift_jis", "euc_jp"):
            try:
                return body.rstrip(b"\x00").decode(codec).translate(_CONTROLS)
            except UnicodeDecodeError:
                continue
        return runs(body)
    return _bytes_value(raw)  # undefined (eight NULs) or an unknown code: the bytes as they are


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _u16(data: bytes, at: int, big: bool = True) -> int:
    return int.from_bytes(data[at : at + 2], "big" if big else "little")


def _u32(data: bytes, at: int, big: bool = True) -> int:
    return int.from_bytes(data[at : at + 4], "big" if big else "little")
