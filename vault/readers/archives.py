"""Compressed files and what a zip archive carries outside its members.

A gzip, bzip2 or xz file is inflated (bounded) and the inflated bytes handed back as ``Embedded``, read by
their own reader; a compressed format we cannot inflate here (7z, rar, zstd, lzip, compress) is named in
``unread``, so the outbound gate refuses it rather than vouch for runs of compressed bytes. A zip's archive
comment, each member's comment and extra fields (central directory and local header) are read too: no
program shows them, and anyone can write a name there.
"""

from __future__ import annotations

import bz2
import lzma
import zipfile
import zlib
from collections.abc import Callable
from typing import Protocol

from vault.messages import Text
from vault.readers.base import MAX_EMBEDDED_BYTES, Embedded, Reading

MAX_INFLATED = MAX_EMBEDDED_BYTES  # bytes one compressed file may inflate to
_CHUNK = 1024 * 1024
_UNREADABLE = {
    b"7z\xbc\xaf\x27\x1c": "7z",
    b"Rar!\x1a\x07": "RAR",
    b"\x28\xb5\x2f\xfd": "Zstandard",
    b"LZIP": "lzip",
    b"\x1f\x9d": "compress",
    b"\x1f\xa0": "compress",
    b"MSCF": "cabinet",
}


class _Decompressor(Protocol):
    def decompress(self, data: bytes, max_length: int = ...) -> bytes: ...


def compressed_reader(data: bytes) -> Callable[[bytes], Reading] | None:
    """The reader for a compressed file judged by its magic bytes, or None when it is not one."""
    if data.startswith(b"\x1f\x8b"):
        return read_gzip
    if data.startswith(b"BZh") and data[3:4].isdigit():
        return read_bzip2
    if data.startswith(b"\xfd7zXZ\x00"):
        return read_xz
    if any(data.startswith(magic) for magic in _UNREADABLE):
        return read_unreadable
    return None


def read_gzip(data: bytes) -> Reading:
    """Every member of a gzip file, inflated; the header's file name and comment are read as raw runs by
    the dispatcher (it reads the raw bytes of every compressed file)."""
    reading = Reading()
    out = bytearray()
    rest = data
    members = 0
    while rest[:2] == b"\x1f\x8b" and members < 64:
        members += 1
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        if not _inflate(inflater, rest, out, reading, Text("gzip member {n}", n=members)):
            return reading
        rest = inflater.unused_data
    if rest.strip(b"\x00"):
        reading.unread.append(Text("bytes after the gzip members"))
    reading.embedded.append(Embedded(Text("inflated"), bytes(out)))
    return reading


def read_bzip2(data: bytes) -> Reading:
    return _read_one(data, bz2.BZ2Decompressor(), "bzip2")


def read_xz(data: bytes) -> Reading:
    return _read_one(data, lzma.LZMADecompressor(), "xz")


def _read_one(data: bytes, inflater: _Decompressor, kind: str) -> Reading:
    reading = Reading()
    out = bytearray()
    if _inflate(inflater, data, out, reading, Text("the {kind} data", kind=kind)):
        reading.embedded.append(Embedded(Text("inflated"), bytes(out)))
    return reading


def _inflate(inflater: _Decompressor, data: bytes, out: bytearray, reading: Reading, where: str) -> bool:
    """Inflate ``data`` into ``out`` up to ``MAX_INFLATED`` bytes; False (and ``where`` unread) when
    it is damaged or inflates past the bound."""
    try:
        chunk = inflater.decompress(data, _CHUNK)
        while chunk:
            out += chunk
            if len(out) > MAX_INFLATED:
                reading.unread.append(Text("{where} (inflates past the size limit)", where=where))
                return False
            chunk = inflater.decompress(b"", _CHUNK)
    except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError):
        reading.unread.append(Text("{where} (damaged)", where=where))
        return False
    if not getattr(inflater, "eof", True):
        reading.unread.append(Text("{where} (truncated)", where=where))
    return True


def read_unreadable(data: bytes) -> Reading:
    kind = next(name for magic, name in _UNREADABLE.items() if data.startswith(magic))
    return Reading(unread=[Text("the file (compressed as {kind}, which is not read here)", kind=kind)])


def zip_outside_members(reading: Reading, data: bytes, archive: zipfile.ZipFile) -> None:
    """The archive comment, and each member's comment and extra fields (central and local), read as
    text: no program shows them."""
    from vault.readers.image.textruns import runs

    if archive.comment:
        reading.add(Text("zip archive comment"), archive.comment.decode("utf-8", "replace"))
    for n, info in enumerate(archive.infolist(), 1):
        if info.comment:
            reading.add(Text("zip member {n} comment", n=n), info.comment.decode("utf-8", "replace"))
        if info.extra:
            reading.add(Text("zip member {n} extra field", n=n), _binary_text(info.extra, runs))
        at = info.header_offset
        local = data[at : at + 30]
        if len(local) == 30 and local[:4] == b"PK\x03\x04":
            name_len, extra_len = (
                int.from_bytes(local[26:28], "little"),
                int.from_bytes(local[28:30], "little"),
            )
            extra = data[at + 30 + name_len : at + 30 + name_len + extra_len]
            if extra:
                reading.add(Text("zip member {n} local extra field", n=n), _binary_text(extra, runs))


def _binary_text(data: bytes, runs: Callable[..., str]) -> str:
    """Bytes of unknown layout as text: as UTF-8, and their readable runs (UTF-16 included)."""
    return data.decode("utf-8", "replace").replace("\x00", " ") + "\n" + runs(data, every_script=True)
