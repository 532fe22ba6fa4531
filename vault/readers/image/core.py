"""What every part of one image's reading shares: the parts it adds (a long one in overlapping pieces),
the work budget against a hostile file, nesting (EXIF in a Photoshop resource in a TIFF tag ...),
decompression within a budget, and whatever follows the end of the picture.

Each kind of block or container is a mixin of ``_ReaderCore`` in a module of its own (tiff, xmp, iptc,
icc, png, gif, webp, heif), combined in read.py; the methods the mixins call on one another are declared
here for the type checker only.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from vault.messages import Text
from vault.readers.base import MAX_PART_CHARS, Embedded, Reading
from vault.readers.image.jpeg import _Jpeg
from vault.readers.image.textruns import runs

_OVERLAP = 4096  # characters repeated between the pieces of a part longer than MAX_PART_CHARS
_MAX_INFLATED = 64 * 1024**2  # decompressed bytes (zTXt, iCCP, ...) in all, per file
_MAX_NESTING = 8  # EXIF in a Photoshop resource in a TIFF tag in ...: deeper is refused
_WORK_PER_BYTE, _WORK_EXTRA = 4, 8 * 1024**2  # see _Reader.spend


def _file_kind(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "PNG"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[4:8] == b"ftyp":
        return "ISO"
    return ""


def _looks_like_a_file(data: bytes) -> bool:
    return bool(_file_kind(data)) or data[:5] == b"%PDF-" or data[:4] == b"PK\x03\x04"


class _ReaderCore:
    """One image's reading: what it found, and what it may still spend."""

    def __init__(self, size: int) -> None:
        self.out = Reading()
        self.inflated = 0
        self.depth = 0
        # Bytes examined in all (values, blocks, runs, embedded files): an honest file reads each of its
        # bytes a few times; a hostile one (a thousand IFDs or ICC tags pointing at the whole file) stops.
        self.budget = _WORK_PER_BYTE * size + _WORK_EXTRA
        self.exhausted = False

    def spend(self, size: int) -> bool:
        """Whether ``size`` more bytes may be examined; when not, the rest of the file is not read."""
        self.budget -= size
        if self.budget >= 0:
            return True
        if not self.exhausted:
            self.exhausted = True
            self.out.unread.append(Text("the picture repeats its structure too often; the rest was not read"))
        return False

    def embed(self, where: str, data: bytes) -> None:
        if data and self.spend(len(data)):
            self.out.embedded.append(Embedded(where, data))

    # -- common ----------------------------------------------------------------------------------------

    def add(self, location: str, text: str) -> None:
        if len(text) <= MAX_PART_CHARS:
            self.out.add(location, text)
            return
        for start in range(0, len(text), MAX_PART_CHARS - _OVERLAP):
            self.out.add(location, text[start : start + MAX_PART_CHARS])

    def add_runs(self, location: str, data: bytes, name: str = "") -> None:
        """The readable runs of ``data``; ``name`` (a chunk type, an identifier: the author's) first."""
        if self.spend(len(data)) and (name or data.strip(b"\x00")):
            self.add(location, f"{name}: {runs(data)}" if name else runs(data))

    def nested(self, what: Text, data: bytes, parse: Callable[[bytes], None]) -> None:
        """Parse one block (EXIF, XMP, ICC ...); if it is damaged, say so and read its runs instead."""
        if not self.spend(len(data)):
            return
        if self.depth >= _MAX_NESTING:
            self.out.unread.append(Text("{what} is nested too deep to be read", what=what))
            self.add_runs(Text("{what}, readable runs", what=what), data)
            return
        self.depth += 1
        try:
            parse(data)
        except Exception:  # noqa: BLE001 - a hostile file must not stop the reading
            self.out.unread.append(Text("{what} is damaged; its readable runs were read instead", what=what))
            self.add_runs(Text("{what}, readable runs", what=what), data)
        finally:
            self.depth -= 1

    def inflate(self, data: bytes, what: Text) -> bytes:
        """zlib data, within the per-file budget (a bomb is cut, and said so)."""
        left = _MAX_INFLATED - self.inflated
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(data, max(left, 1))
        except zlib.error:
            self.out.unread.append(Text("{what} cannot be decompressed", what=what))
            self.add_runs(Text("{what}, readable runs", what=what), data)
            return b""
        self.inflated += len(out)
        if inflater.unconsumed_tail:
            too_much = Text("{what} decompresses to too much data; the rest was not read", what=what)
            self.out.unread.append(too_much)
        return out

    def trailer(self, data: bytes, at: int) -> None:
        """Whatever follows the end of the image: appended JPEGs (MPF, depth maps), files, other bytes."""
        number = 0
        while at < len(data):
            rest = data[at:].lstrip(b"\x00")
            at = len(data) - len(rest)
            if not rest.strip():
                return
            if rest[:3] == b"\xff\xd8\xff":
                end = at + _Jpeg(self, rest, collect=False).walk()
                number += 1
                where = Text("image {number} appended after the end of the picture", number=number)
                self.embed(where, data[at:end])
                at = end
                continue
            if _looks_like_a_file(rest):
                self.embed(Text("file appended after the end of the picture"), rest)
            else:
                self.add_runs(Text("data after the end of the picture"), rest)
            return

    if TYPE_CHECKING:  # defined by the mixins (see the module docstring)

        def exif(self, data: bytes) -> None: ...

        def xmp(self, data: bytes) -> None: ...

        def iptc(self, data: bytes) -> None: ...

        def photoshop(self, data: bytes) -> None: ...

        def icc(self, data: bytes) -> None: ...
