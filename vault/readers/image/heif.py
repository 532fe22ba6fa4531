"""HEIC and AVIF (ISO base media boxes): the meta box's items (Exif, XMP and other MIME items, JPEG
thumbnails) with their names, the handler name, colour profiles and other item properties, XML boxes,
the XMP UUID box, and the readable runs of unknown boxes."""

from __future__ import annotations

from vault.messages import Text
from vault.readers.image.core import _ReaderCore
from vault.readers.image.values import _text, _u16, _u32

_HEIF_NUMERIC_PROPERTIES = {b"ispe", b"pixi", b"hvcC", b"av1C", b"irot", b"imir", b"clap", b"colr", b"pasp",
                            b"rloc", b"lsel", b"a1op", b"a1lx", b"clli", b"mdcv", b"cclv", b"amve", b"vvcC",
                            b"jpgC", b"oinf", b"tols"}  # fmt: skip
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")


class _Heif(_ReaderCore):
    """ISO base media boxes."""

    def iso(self, data: bytes) -> None:
        """HEIC, AVIF (ISO base media boxes): items (Exif, XMP, MIME), names, colour profiles, other boxes."""
        number = 0
        for kind, start, end in _boxes(data, 0, len(data)):
            number += 1
            if kind in (b"ftyp", b"mdat", b"free", b"skip", b"wide", b"pnot"):
                if kind in (b"free", b"skip"):
                    self.add_runs(Text("ISO media box {number}", number=number), data[start:end])
                continue
            if kind == b"meta":
                self._meta(data, start + 4, end)
            elif kind == b"uuid" and data[start : start + 16] == _XMP_UUID:
                self.nested(Text("ISO media XMP box"), data[start + 16 : end], self.xmp)
            else:  # a movie (image sequences), an unknown box: its readable runs
                where = Text("ISO media box {number}", number=number)
                self.add_runs(where, data[start:end], _text(kind))

    def _meta(self, data: bytes, begin: int, end: int) -> None:
        items: dict[int, tuple[bytes, str, str]] = {}  # item ID -> (type, name, content type)
        locations: dict[int, list[tuple[int, int, int]]] = {}  # item ID -> [(method, offset, length)]
        idat = (0, 0)
        number = 0
        for kind, start, stop in _boxes(data, begin, end):
            number += 1
            if kind == b"hdlr":
                self.add(Text("HEIF handler name"), _text(data[start + 24 : stop]))
            elif kind == b"iinf":
                for item_id, item in _item_infos(data, start, stop):
                    items[item_id] = item
            elif kind == b"iloc":
                locations = _item_locations(data, start, stop)
            elif kind == b"idat":
                idat = (start, stop)
            elif kind == b"iprp":
                for sub, s_start, s_stop in _boxes(data, start, stop):
                    if sub != b"ipco":
                        continue
                    for index, (prop, p_start, p_stop) in enumerate(_boxes(data, s_start, s_stop), 1):
                        if prop == b"colr" and data[p_start : p_start + 4] in (b"prof", b"rICC"):
                            self.nested(Text("HEIF colour profile"), data[p_start + 4 : p_stop], self.icc)
                        elif prop not in _HEIF_NUMERIC_PROPERTIES:  # user descriptions ('udes'), ...
                            where = Text("HEIF item property {number}", number=index)
                            self.add_runs(where, data[p_start:p_stop], _text(prop))
            elif kind in (b"xml ", b"bxml"):
                self.nested(Text("HEIF XML box"), data[start + 4 : stop], self.xmp)
            elif kind not in (b"pitm", b"iref", b"dinf", b"grpl", b"idat"):
                where = Text("ISO media meta box {number}", number=number)
                self.add_runs(where, data[start:stop], _text(kind))
        for index, (item_id, (kind, name, content_type)) in enumerate(items.items(), 1):
            if name:
                self.add(Text("HEIF item {number} name", number=index), name)
            if kind not in (b"Exif", b"mime", b"uri ", b"jpeg"):
                continue  # coded pictures, grids, overlays: pixels
            extents = locations.get(item_id, [])
            if not self.spend(sum(min(n, len(data)) for _, _, n in extents)):
                return
            body = b"".join(
                data[start : start + length]
                for start, length in (((idat[0] if m == 1 else 0) + o, n) for m, o, n in extents)
            )
            where = Text("HEIF item {number}", number=index)
            if kind == b"Exif" and len(body) >= 4:
                self.exif(body[4 + int.from_bytes(body[:4], "big") :])
            elif kind == b"mime" and ("xmp" in content_type or "rdf+xml" in content_type):
                self.nested(where, body, self.xmp)
            elif kind == b"jpeg":
                self.embed(where, body)
            else:
                self.add_runs(where, body, content_type)


def _boxes(data: bytes, at: int, end: int) -> list[tuple[bytes, int, int]]:
    """ISO base media boxes between ``at`` and ``end``: (type, content start, content end)."""
    found = []
    while at + 8 <= end:
        size, kind = _u32(data, at), data[at + 4 : at + 8]
        header = 8
        if size == 1:
            size, header = int.from_bytes(data[at + 8 : at + 16], "big"), 16
        elif size == 0:
            size = end - at
        if size < header:
            break
        found.append((kind, at + header, min(at + size, end)))
        at += size
    return found


def _c_string(data: bytes, at: int, end: int) -> tuple[str, int]:
    stop = data.find(b"\x00", at, end)
    stop = end if stop < 0 else stop
    return data[at:stop].decode("utf-8", "replace"), stop + 1


def _item_infos(data: bytes, start: int, stop: int) -> list[tuple[int, tuple[bytes, str, str]]]:
    version = data[start]
    at = start + 4 + (2 if version == 0 else 4)
    found = []
    for kind, b_start, b_stop in _boxes(data, at, stop):
        if kind != b"infe":
            continue
        version = data[b_start]
        at = b_start + 4
        if version < 2:
            item_id, at = _u16(data, at), at + 4
            item_type = b"mime" if version == 1 else b""
        else:
            width = 4 if version >= 3 else 2
            item_id = int.from_bytes(data[at : at + width], "big")
            at += width + 2
            item_type, at = data[at : at + 4], at + 4
        name, at = _c_string(data, at, b_stop)
        content_type = ""
        if item_type in (b"mime", b"uri "):
            content_type, at = _c_string(data, at, b_stop)
        found.append((item_id, (item_type, name, content_type)))
    return found


def _item_locations(data: bytes, start: int, stop: int) -> dict[int, list[tuple[int, int, int]]]:
    version = data[start]
    sizes, more = data[start + 4], data[start + 5]
    offset_size, length_size, base_size = sizes >> 4, sizes & 15, more >> 4
    index_size = more & 15 if version in (1, 2) else 0
    at = start + 6

    def number(width: int) -> int:
        nonlocal at
        value = int.from_bytes(data[at : at + width], "big")
        at += width
        return value

    count = number(2 if version < 2 else 4)
    found: dict[int, list[tuple[int, int, int]]] = {}
    for _ in range(count):
        if at >= stop:
            break
        item_id = number(2 if version < 2 else 4)
        method = number(2) & 15 if version in (1, 2) else 0
        number(2)  # data reference index
        base = number(base_size)
        extents = []
        for _ in range(number(2)):
            if at >= stop:
                break
            number(index_size)
            offset, length = number(offset_size), number(length_size)
            extents.append((method, base + offset, length if length else len(data)))
        found[item_id] = extents
    return found
