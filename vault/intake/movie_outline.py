"""A movie too large to examine whole (over ``limits.MAX_EXAMINE_BYTES``): its structure without its media.

A phone's video of a few GB is almost all media payload (the top-level ``mdat`` boxes); its structure
(``moov``: tracks, duration, dates, GPS, device, user data, and any box a writer adds) is small. The
outline is the file with each top-level ``mdat`` emptied (its 8-byte header kept, its size set to 8):
the workers examine it like any file, so the expert sees the video's metadata and the outbound gate reads
its whole structure; the payload's printable runs are then read, streamed, in the vault's process
(derived.read_payload_strings), and past their budget count as media payload as they do for any movie.

Nothing here parses more than box headers, and the outline is bounded (``MAX_OUTLINE_BYTES``, a number of
boxes): a file that is not a clean sequence of boxes has no outline and is stored unexamined as before,
and so is one without a top-level ``moov`` (no movie: its ``mdat`` is not a movie's payload, whatever its
head says). The outline's SHA-256 (``digest``) is checked against the stored bytes' own outline before
its examination is kept (vault/intake/derived.py): the bytes read ahead are not the bytes stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

MAX_OUTLINE_BYTES = 64 * 1024 * 1024
MAX_BOXES = 10_000
_EMPTY_MDAT = b"\x00\x00\x00\x08mdat"


def outline(read: Callable[[int], bytes], skip: Callable[[int], None]) -> bytes | None:
    """The outline of the movie ``read`` returns bytes of, in order (``skip`` passes over ``n`` bytes);
    None when the file is not a sequence of boxes or its structure is larger than the bound."""
    out: list[bytes] = []
    size_out = 0
    movie = False  # a top-level moov: without one, nothing here is a movie's payload
    for _ in range(MAX_BOXES):
        header = read(8)
        if not header:
            return b"".join(out) if movie else None
        if len(header) < 8:
            return None
        size, kind = int.from_bytes(header[:4], "big"), header[4:8]
        if size == 1:
            large = read(8)
            if len(large) < 8:
                return None
            header += large
            size = int.from_bytes(large, "big")
        to_end = size == 0
        body = -1 if to_end else size - len(header)
        if body < 0 and not to_end:
            return None
        if kind == b"mdat":
            out.append(_EMPTY_MDAT)
            size_out += len(_EMPTY_MDAT)
            if to_end:
                return b"".join(out) if movie else None
            skip(body)
            continue
        if to_end or size_out + len(header) + body > MAX_OUTLINE_BYTES:
            return None  # a structure box running to the end of a huge file, or past the bound
        content = read(body)
        if len(content) < body:
            return None
        out.append(header + content)
        size_out += len(header) + body
        movie = movie or kind == b"moov"
    return None


def digest(sketch: bytes) -> str:
    return hashlib.sha256(sketch).hexdigest()


def of_file(handle: BinaryIO) -> bytes | None:
    """The outline of the movie open in ``handle`` (from its start)."""

    def skip(n: int) -> None:
        handle.seek(n, 1)

    return outline(handle.read, skip)


class _Chunks:
    """Bytes from an iterator of chunks, read and skipped in order (a stored original)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks: Iterator[bytes] = iter(chunks)
        self._buffer = b""

    def read(self, n: int) -> bytes:
        parts = [self._buffer[:n]]
        self._buffer = self._buffer[n:]
        wanted = n - len(parts[0])
        while wanted > 0:
            chunk = next(self._chunks, b"")
            if not chunk:
                break
            parts.append(chunk[:wanted])
            self._buffer = chunk[wanted:]
            wanted -= len(parts[-1])
        return b"".join(parts)

    def skip(self, n: int) -> None:
        while n > 0:
            if not self._buffer:
                self._buffer = next(self._chunks, b"")
                if not self._buffer:
                    return
            step = min(n, len(self._buffer))
            self._buffer = self._buffer[step:]
            n -= step


def of_chunks(chunks: Iterable[bytes]) -> bytes | None:
    """The outline of the movie whose bytes ``chunks`` yields in order."""
    stream = _Chunks(chunks)
    return outline(stream.read, stream.skip)
