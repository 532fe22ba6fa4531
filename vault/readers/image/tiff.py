"""EXIF blocks and TIFF files: every IFD (IFD0, IFD1 and its JPEG thumbnail, the Exif, GPS and Interop
IFDs, SubIFDs, every page of a TIFF), every tag by type: text, UTF-16LE XP* tags, charset-prefixed
values, byte values, short integer lists, the maker note's readable runs, and XMP, IPTC, ICC and
Photoshop blocks held in tags."""

from __future__ import annotations

import struct
from collections import deque

from PIL import ExifTags

from vault.messages import Text
from vault.readers.image.core import _ReaderCore
from vault.readers.image.values import _bytes_value, _charset_value, _text, _u16, _u32

_MAX_IFDS = 4096  # pages and sub-IFDs of one TIFF structure
_MAX_NUMBERS = 16  # integer tags with more values than this are tables (offsets, curves), not text

_INTEROP_TAGS = {1: "InteroperabilityIndex", 2: "InteroperabilityVersion", 0x1000: "RelatedImageFileFormat",
                 0x1001: "RelatedImageWidth", 0x1002: "RelatedImageLength"}  # fmt: skip
_IFD_POINTERS = {0x8769: "Exif", 0x8825: "GPS", 0xA005: "Interop", 0x014A: "SubIFD"}
# Offsets, byte counts and tables: structure, not text.
_STRUCTURAL = {0x0111, 0x0117, 0x0120, 0x0121, 0x0144, 0x0145, 0x0140, 0x012D, 0x0123, 0x0201, 0x0202,
               0x015B, *_IFD_POINTERS}  # fmt: skip
_XP_TAGS = range(0x9C9B, 0x9CA0)  # XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject: UTF-16LE
_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
              16: 8, 17: 8, 18: 8}  # fmt: skip
_INT_CODE = {3: "H", 4: "I", 8: "h", 9: "i", 13: "I", 16: "Q", 17: "q", 18: "Q"}
_BYTE_TYPES = (1, 6, 7)


def _tag_name(ifd: str, tag: int) -> str:
    table = ExifTags.GPSTAGS if ifd == "GPS" else _INTEROP_TAGS if ifd == "Interop" else ExifTags.TAGS
    return table.get(tag) or f"tag 0x{tag:04X}"


class _Tiff(_ReaderCore):
    """EXIF and TIFF structures."""

    def exif(self, data: bytes) -> None:
        if data[:6] in (b"Exif\x00\x00", b"Exif\x00\xff"):
            data = data[6:]
        self.nested(Text("the EXIF block"), data, lambda d: self.tiff(d, pages=False))

    def tiff(self, data: bytes, *, pages: bool) -> None:
        """A TIFF structure: an EXIF block (IFD0, IFD1 ...) or a TIFF file (pages)."""
        big_endian = data[:2] == b"MM"
        if data[:2] not in (b"II", b"MM"):
            raise ValueError("not a TIFF header")
        e = ">" if big_endian else "<"
        magic = _u16(data, 2, big_endian)
        bigtiff = magic == 43
        if magic not in (42, 43):
            raise ValueError("not a TIFF header")
        first = struct.unpack_from(e + "Q", data, 8)[0] if bigtiff else _u32(data, 4, big_endian)
        queue: deque[tuple[int, str, int]] = deque([(first, "IFD0" if not pages else "", 1)])
        visited: set[int] = set()
        chain = 0
        while queue:
            offset, ifd, page = queue.popleft()
            if offset == 0 or offset in visited:
                continue
            if len(visited) >= _MAX_IFDS:
                self.out.unread.append(Text("more than {count} IFDs; the rest was not read", count=_MAX_IFDS))
                break
            if offset >= len(data):
                self.out.unread.append(self._where(pages, page, ifd or "IFD", "(out of range)"))
                continue
            visited.add(offset)
            subs, following = self._ifd(data, offset, ifd, page, e, bigtiff, pages)
            queue.extend(subs)
            if ifd.startswith("IFD") or ifd == "":  # the chain: IFD0, IFD1 ... or page 1, page 2 ...
                chain += 1
                queue.append((following, f"IFD{chain}" if not pages else "", page + (1 if pages else 0)))

    @staticmethod
    def _where(pages: bool, page: int, ifd: str, tag: str) -> Text:
        if not pages:
            return Text("EXIF {ifd} {tag}", ifd=ifd, tag=tag)
        if not ifd:
            return Text("TIFF page {page} {tag}", page=page, tag=tag)
        return Text("TIFF page {page} {ifd} {tag}", page=page, ifd=ifd, tag=tag)

    def _ifd(
        self, data: bytes, offset: int, ifd: str, page: int, e: str, bigtiff: bool, pages: bool
    ) -> tuple[list[tuple[int, str, int]], int]:
        big_endian = e == ">"
        if bigtiff:
            count, start, size, inline, value_at = (
                struct.unpack_from(e + "Q", data, offset)[0],
                offset + 8,
                20,
                8,
                12,
            )
            count_code, offset_code = "Q", "Q"
        else:
            count, start, size, inline, value_at = _u16(data, offset, big_endian), offset + 2, 12, 4, 8
            count_code, offset_code = "I", "I"
        whole = count
        count = min(count, max(0, (len(data) - start) // size))
        if count < whole:
            self.out.unread.append(self._where(pages, page, ifd or "IFD", "(truncated)"))
        entry = struct.Struct(e + "HH" + count_code)
        pointer = struct.Struct(e + offset_code)
        subs: list[tuple[int, str, int]] = []
        thumbnail: dict[int, int] = {}
        for i in range(count):
            at = start + i * size
            tag, kind, n = entry.unpack_from(data, at)
            width = _TYPE_SIZE.get(kind)
            if width is None or n == 0:
                continue
            length = n * width
            if not self.spend(12 + min(length, len(data))):
                break
            if length <= inline:
                raw = data[at + value_at : at + value_at + length]
            else:
                value_offset = pointer.unpack_from(data, at + value_at)[0]
                raw = data[value_offset : value_offset + min(length, len(data))]
                if len(raw) < length:
                    name = _tag_name(ifd, tag)
                    self.out.unread.append(self._where(pages, page, ifd or "IFD", name + " (truncated)"))
            self._tag(raw, tag, kind, n, ifd, page, pages, big_endian, subs, thumbnail)
        following_at = start + count * size
        following = 0
        if count == whole and following_at + (8 if bigtiff else 4) <= len(data):
            following = pointer.unpack_from(data, following_at)[0]
        if 0x0201 in thumbnail and thumbnail.get(0x0202):
            begin = thumbnail[0x0201]
            image = data[begin : begin + thumbnail[0x0202]]
            if image:
                where = (
                    Text("EXIF {ifd} thumbnail", ifd=ifd)
                    if not pages
                    else Text("TIFF page {page} {ifd} JPEG data", page=page, ifd=ifd or "IFD")
                )
                self.embed(where, image)
        return subs, following

    def _tag(
        self,
        raw: bytes,
        tag: int,
        kind: int,
        n: int,
        ifd: str,
        page: int,
        pages: bool,
        big_endian: bool,
        subs: list[tuple[int, str, int]],
        thumbnail: dict[int, int],
    ) -> None:
        special = ifd not in ("GPS", "Interop")
        code = _INT_CODE.get(kind)
        if special and (tag in _IFD_POINTERS or kind in (13, 18)) and code:
            label = _IFD_POINTERS.get(tag, "SubIFD")
            width = struct.calcsize(code)
            values = struct.unpack(
                ("<>"[big_endian]) + code * (len(raw) // width), raw[: len(raw) // width * width]
            )
            for value in values:
                subs.append((value, label, page))
            return
        if special and tag in (0x0201, 0x0202) and code:
            thumbnail[tag] = struct.unpack(("<>"[big_endian]) + code, raw[: struct.calcsize(code)])[0]
            return
        name = _tag_name(ifd, tag)
        where = self._where(pages, page, ifd, name)
        if special and tag == 0x02BC:
            self.nested(where, raw, self.xmp)
        elif special and tag == 0x83BB:
            self.nested(where, raw, self.iptc)
        elif special and tag == 0x8773:
            self.nested(where, raw, self.icc)
        elif special and tag == 0x8649:
            self.nested(where, raw, self.photoshop)
        elif special and tag == 0x927C:
            self.add_runs(where, raw)  # maker notes: owner names, serial numbers, in the maker's layout
        elif (ifd == "Exif" and tag == 0x9286) or (ifd == "GPS" and tag in (0x1B, 0x1C)):
            self.add(where, _charset_value(raw, big_endian))
        elif special and tag in _XP_TAGS and kind in _BYTE_TYPES:
            self.add(where, raw.decode("utf-16-le", "replace").rstrip("\x00").replace("\x00", "\n"))
        elif kind == 2:
            self.add(where, _text(raw))
        elif kind in _BYTE_TYPES:
            if special and tag in _STRUCTURAL:
                return
            self.add(where, _bytes_value(raw))
        elif code and n <= _MAX_NUMBERS and not (special and tag in _STRUCTURAL):
            values = struct.unpack(("<>"[big_endian]) + code * n, raw[: n * struct.calcsize(code)])
            self.add(where, " ".join(str(v) for v in values))
