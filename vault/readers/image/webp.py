"""WebP files: RIFF chunks (EXIF, XMP, ICCP, unknown chunks with their names), inside animation frames
too, and whatever follows the RIFF data."""

from __future__ import annotations

import struct

from vault.messages import Text
from vault.readers.image.core import _ReaderCore
from vault.readers.image.values import _text


class _WebP(_ReaderCore):
    """WebP chunks."""

    def webp(self, data: bytes) -> None:
        end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
        self._riff_chunks(data, 12, end, [0])
        if end < len(data):
            self.trailer(data, end)

    def _riff_chunks(self, data: bytes, at: int, end: int, number: list[int], frame: bool = False) -> None:
        while at + 8 <= end:
            kind, size = struct.unpack_from("<4sI", data, at)
            body = data[at + 8 : min(at + 8 + size, end)]
            at += 8 + size + (size & 1)
            number[0] += 1
            where = Text("WebP {chunk} chunk {number}", chunk=kind.decode("latin-1"), number=number[0])
            if kind in (b"VP8 ", b"VP8L", b"ALPH", b"VP8X", b"ANIM"):
                continue
            if kind == b"ANMF" and not frame:  # an animation frame: a header, then chunks of its own
                self._riff_chunks(body, 16, len(body), number, frame=True)
            elif kind == b"ICCP":
                self.nested(where, body, self.icc)
            elif kind == b"EXIF":
                self.exif(body)
            elif kind == b"XMP ":
                self.nested(where, body, self.xmp)
            else:
                where = Text("WebP chunk {number}", number=number[0])
                self.add_runs(where, body, _text(kind))
