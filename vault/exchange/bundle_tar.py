"""A strict, streaming subset of POSIX ustar: the container inside a bundle's age encryption.

Written: regular files only, mode 0644, owner 0, names under 100 bytes, sizes in octal (or GNU base-256
above 8 GiB), the two zero blocks at the end. Stock ``tar -x`` extracts it. Read: exactly that and
nothing else — other entry types (links, directories, devices, pax or GNU long-name headers), a bad
header checksum, non-zero padding or data after the end are refused, so what the reader accepts is what
the writer could have produced.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from vault.messages import Text

BLOCK = 512
_OCTAL_SIZE_LIMIT = 8**11


class TarError(ValueError):
    """The archive inside the bundle is not the strict form we write; the message says how."""


class Source(Protocol):
    def read(self, n: int) -> bytes: ...


class Sink(Protocol):
    def write(self, data: bytes) -> object: ...


def _octal(value: int, width: int) -> bytes:
    return f"{value:0{width - 1}o}".encode("ascii") + b"\0"


def header(name: str, size: int, mtime: int) -> bytes:
    """The 512-byte ustar header of a regular file."""
    raw = name.encode("utf-8")
    if len(raw) >= 100 or not raw:
        raise ValueError("entry name too long")
    size_field = _octal(size, 12) if size < _OCTAL_SIZE_LIMIT else b"\x80" + size.to_bytes(11, "big")
    block = bytearray(BLOCK)
    block[0:100] = raw.ljust(100, b"\0")
    block[100:108] = _octal(0o644, 8)
    block[108:116] = _octal(0, 8)
    block[116:124] = _octal(0, 8)
    block[124:136] = size_field
    block[136:148] = _octal(mtime, 12)
    block[148:156] = b" " * 8
    block[156:157] = b"0"
    block[257:263] = b"ustar\0"
    block[263:265] = b"00"
    checksum = sum(block)
    block[148:156] = f"{checksum:06o}".encode("ascii") + b"\0 "
    return bytes(block)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


def end() -> bytes:
    return b"\0" * (2 * BLOCK)


@dataclass(frozen=True)
class Entry:
    untrusted_name: str
    size: int


def _read_exact(src: Source, n: int) -> bytes:
    parts = []
    got = 0
    while got < n:
        data = src.read(n - got)
        if not data:
            raise TarError(Text("the archive is truncated"))
        parts.append(data)
        got += len(data)
    return b"".join(parts) if len(parts) != 1 else parts[0]


def _parse_size(field: bytes) -> int:
    if field[0] == 0x80:
        return int.from_bytes(field[1:], "big")
    text = field.rstrip(b"\0 ").lstrip(b" ")
    if not text or any(c not in b"01234567" for c in text):
        raise TarError(Text("an entry has a malformed size"))
    return int(text, 8)


def parse_header(block: bytes) -> Entry | None:
    """The entry a header block describes, None for the first end-of-archive block."""
    if block == b"\0" * BLOCK:
        return None
    stored = block[148:156].rstrip(b"\0 ").lstrip(b" ")
    if not stored or any(c not in b"01234567" for c in stored):
        raise TarError(Text("an entry header is malformed"))
    if int(stored, 8) != sum(block[:148]) + 8 * 32 + sum(block[156:]):
        raise TarError(Text("an entry header is damaged (checksum)"))
    if block[257:263] != b"ustar\0" or block[263:265] != b"00":
        raise TarError(Text("the archive is not in ustar form"))
    if block[156:157] not in (b"0", b"\0"):
        raise TarError(Text("an entry is not a regular file (link, folder or extended header)"))
    if block[345:500].strip(b"\0"):
        raise TarError(Text("an entry uses a long-name prefix"))
    raw_name = block[0:100].split(b"\0", 1)[0]
    try:
        name = raw_name.decode("utf-8")
    except UnicodeDecodeError:
        raise TarError(Text("an entry name is not UTF-8")) from None
    size = _parse_size(block[124:136])
    mtime = block[136:148].rstrip(b"\0")
    try:
        written = header(name, size, int(mtime, 8)) if mtime and mtime.isdigit() else b""
    except ValueError:
        written = b""
    if block != written:  # mode, owner, times, names: anything the writer would have put otherwise
        raise TarError(Text("an entry header is not in the form this program writes"))
    return Entry(name, size)


class EntryReader:
    """Reads one entry's bytes; ``read(n)`` returns up to ``n`` bytes, b"" at its end."""

    def __init__(self, src: Source, size: int) -> None:
        self._src = src
        self._left = size

    def read(self, n: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        want = self._left if n < 0 else min(n, self._left)
        data = _read_exact(self._src, want)
        self._left -= len(data)
        return data

    def drain(self) -> None:
        while self.read(1 << 20):
            pass


def entries(src: Source) -> Iterator[tuple[Entry, EntryReader]]:
    """Each entry with a reader of its bytes; the caller reads (or drains) it before the next one."""
    while True:
        entry = parse_header(_read_exact(src, BLOCK))
        if entry is None:
            if _read_exact(src, BLOCK) != b"\0" * BLOCK:
                raise TarError(Text("the end of the archive is malformed"))
            if src.read(1):
                raise TarError(Text("data follows the end of the archive"))
            return
        reader = EntryReader(src, entry.size)
        yield entry, reader
        reader.drain()
        if _read_exact(src, -entry.size % BLOCK) != padding(entry.size):
            raise TarError(Text("an entry's padding is not zero"))
