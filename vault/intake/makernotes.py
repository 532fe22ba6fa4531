"""Camera serial numbers kept in maker notes (EXIF tag 0x927C), by maker, where the standard EXIF
BodySerialNumber is absent: Canon (0x000C), Nikon (0x001D, type 3 notes with their own TIFF header),
Fujifilm (0x0010), Panasonic (0x0025), Pentax (0x0229), Olympus (equipment IFD 0x2010 → 0x0101).

A maker note is an IFD in the maker's dialect: some count offsets from the EXIF block's TIFF header
(Canon, Panasonic), some from the note itself (Fujifilm, Olympus type 2), some carry their own TIFF
header (Nikon). Every read is bounded by the note's bytes; anything out of shape gives no serial.
"""

from __future__ import annotations

import struct

MAX_ENTRIES = 1_000
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}


def _entries(block: bytes, at: int, order: str) -> dict[int, tuple[int, int, bytes]]:
    """tag → (type, count, the value's 4 bytes or its offset field) of the IFD at ``at`` in ``block``."""
    if at < 0 or at + 2 > len(block):
        return {}
    (count,) = struct.unpack_from(order + "H", block, at)
    found: dict[int, tuple[int, int, bytes]] = {}
    for n in range(min(count, MAX_ENTRIES)):
        entry = at + 2 + 12 * n
        if entry + 12 > len(block):
            break
        tag, kind, number = struct.unpack_from(order + "HHI", block, entry)
        found[tag] = (kind, number, block[entry + 8 : entry + 12])
    return found


def _value(block: bytes, base: int, order: str, entry: tuple[int, int, bytes]) -> bytes | int | None:
    kind, count, field = entry
    size = _TYPE_SIZES.get(kind, 0) * count
    if size <= 4:
        raw = field[:size]
    else:
        (offset,) = struct.unpack(order + "I", field)
        if base + offset + size > len(block) or size > 4096:
            return None
        raw = block[base + offset : base + offset + size]
    if kind in (3, 4) and count == 1:
        return int(struct.unpack(order + ("H" if kind == 3 else "I"), raw)[0])
    return raw


def _text(value: bytes | int | None) -> str | None:
    if isinstance(value, int):
        return str(value) if value else None
    if not value:
        return None
    text = " ".join(value.replace(b"\x00", b" ").decode("latin-1").split())
    return text if text and any(c.isalnum() for c in text) else None


def serial(make: str | None, note: bytes, tiff: bytes) -> str | None:
    """The camera's serial number in ``note`` (the MakerNote's bytes), read by ``make``'s dialect;
    ``tiff`` is the EXIF block from its TIFF header (for notes whose offsets count from there)."""
    maker = (make or "").strip().lower()
    try:
        if maker.startswith("canon"):
            return _at_tiff(note, tiff, 0, 0x000C)
        if maker.startswith("nikon") and note.startswith(b"Nikon\x00") and len(note) > 18:
            inner = note[10:]
            order = "<" if inner[:2] == b"II" else ">"
            (first,) = struct.unpack_from(order + "I", inner, 4)
            entry = _entries(inner, first, order).get(0x001D)
            return _text(_value(inner, 0, order, entry)) if entry else None
        if maker.startswith("fujifilm") and note.startswith(b"FUJIFILM") and len(note) > 12:
            (first,) = struct.unpack_from("<I", note, 8)
            entry = _entries(note, first, "<").get(0x0010)
            return _text(_value(note, 0, "<", entry)) if entry else None
        if maker.startswith("panasonic") and note.startswith(b"Panasonic\x00"):
            return _at_tiff(note, tiff, 12, 0x0025)
        if maker.startswith(("pentax", "ricoh")) and note.startswith(b"AOC\x00"):
            order = "<" if note[4:6] == b"II" else ">"
            entry = _entries(note, 6, order).get(0x0229)
            return _text(_value(note, 0, order, entry)) if entry else None
        if maker.startswith(("olympus", "om digital")) and note.startswith(b"OLYMPUS\x00"):
            order = "<" if note[8:10] == b"II" else ">"
            equipment = _entries(note, 12, order).get(0x2010)
            if equipment is None:
                return None
            (offset,) = struct.unpack(order + "I", equipment[2])
            entry = _entries(note, offset, order).get(0x0101)
            return _text(_value(note, 0, order, entry)) if entry else None
    except (struct.error, ValueError, IndexError):
        return None
    return None


def _at_tiff(note: bytes, tiff: bytes, skip: int, tag: int) -> str | None:
    """A note that is a plain IFD (after ``skip`` bytes of signature) with offsets from the TIFF header."""
    order = "<" if tiff[:2] == b"II" else ">"
    where = tiff.find(note)
    if where < 0:
        return None
    entry = _entries(tiff, where + skip, order).get(tag)
    return _text(_value(tiff, 0, order, entry)) if entry else None
