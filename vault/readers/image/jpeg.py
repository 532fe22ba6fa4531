"""JPEG files: every segment in order to the end of the image (comments, every APPn: EXIF, XMP and
extended XMP, ICC chunks, Photoshop resources, JFXX thumbnails, unknown segments; reserved segments;
bytes between segments), including segments between progressive scans."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vault.messages import Text
from vault.readers.image.values import _text, _u16, _u32

if TYPE_CHECKING:
    from vault.readers.image.core import _ReaderCore


class _Jpeg:
    """One JPEG's segments, in order, to its end (EOI), including segments between progressive scans."""

    _MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")

    def __init__(self, reader: _ReaderCore, data: bytes, collect: bool = True) -> None:
        self.reader, self.data, self.collect = reader, data, collect
        self.icc: list[tuple[int, bytes]] = []
        self.extended: dict[bytes, tuple[int, dict[int, bytes]]] = {}
        self.photoshop: list[bytes] = []
        self.counts: dict[str, int] = {}

    def walk(self) -> int:
        """Read the segments; the offset just past the end of this image."""
        data, at, scanning = self.data, 2, False
        end = len(data)
        while at < len(data):
            if scanning or data[at] != 0xFF:
                found = self._MARKER.search(data, at)
                if found is None:
                    break
                if not scanning and self.collect:
                    self.reader.add_runs(Text("bytes between JPEG segments"), data[at : found.start()])
                at = found.start()
            while at + 1 < len(data) and data[at + 1] == 0xFF:
                at += 1
            if at + 1 >= len(data):
                break
            code, at = data[at + 1], at + 2
            if code == 0xD9:
                end = at
                break
            if code in (0x01, 0xD8) or 0xD0 <= code <= 0xD7:
                continue
            length = _u16(data, at)
            if length < 2:
                scanning = True  # a broken length: look for the next marker
                continue
            if self.collect:
                self._segment(code, data[at + 2 : at + length])
            at += length
            scanning = code == 0xDA
        if self.collect:
            self._finish()
        return end

    def _count(self, what: str) -> int:
        self.counts[what] = self.counts.get(what, 0) + 1
        return self.counts[what]

    def _segment(self, code: int, payload: bytes) -> None:
        reader = self.reader
        if code == 0xFE:
            reader.add(Text("JPEG comment {number}", number=self._count("COM")), _text(payload))
        elif 0xE0 <= code <= 0xEF:
            n = code - 0xE0
            number = self._count(f"APP{n}")
            if n == 1 and payload[:6] in (b"Exif\x00\x00", b"Exif\x00\xff"):
                reader.exif(payload[6:])
            elif n == 1 and payload.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
                reader.nested(Text("the XMP packet"), payload[29:], reader.xmp)
            elif (
                n == 1
                and payload.startswith(b"http://ns.adobe.com/xmp/extension/\x00")
                and len(payload) >= 75
            ):
                guid, total, offset = payload[35:67], _u32(payload, 67), _u32(payload, 71)
                chunks = self.extended.setdefault(guid, (total, {}))[1]
                chunks[offset] = payload[75:]
            elif n == 2 and payload.startswith(b"ICC_PROFILE\x00") and len(payload) >= 14:
                self.icc.append((payload[12], payload[14:]))
            elif n == 13 and payload.startswith(b"Photoshop 3.0\x00"):
                self.photoshop.append(payload[14:])
            elif n == 0 and payload.startswith(b"JFIF\x00"):
                pass  # version, density and an uncompressed RGB thumbnail: numbers and pixels
            elif n == 0 and payload.startswith(b"JFXX\x00") and payload[5:6] == b"\x10":
                reader.embed(Text("JFIF extension thumbnail"), payload[6:])
            else:
                where = Text("JPEG APP{n} segment {number}", n=n, number=number)
                reader.add_runs(where, payload)
        elif 0xF0 <= code <= 0xFD:  # reserved JPEG extensions: nothing should be there
            reader.add_runs(Text("JPEG reserved segment {number}", number=self._count("JPGn")), payload)

    def _finish(self) -> None:
        reader = self.reader
        if self.icc:
            profile = b"".join(chunk for _, chunk in sorted(self.icc, key=lambda c: c[0]))
            reader.nested(Text("the ICC profile"), profile, reader.icc)
        for _, chunks in self.extended.values():  # the chunks present, in order (never the declared size)
            packet = b"".join(chunk for _, chunk in sorted(chunks.items()))
            reader.nested(Text("the extended XMP packet"), packet, reader.xmp)
        if self.photoshop:
            reader.nested(Text("the Photoshop resources"), b"".join(self.photoshop), reader.photoshop)
