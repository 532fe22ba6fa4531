"""An OLE compound file (MS-CFB, version 3: 512-byte sectors) written from a tree of storages and streams.

Used to give an Outlook message attached inside another message a file of its own (the way Outlook's
"Save as" does), so that it is stored as its own evidence item. Only what a reader needs is written:
streams under 4096 bytes go in the mini stream, larger ones in sectors of their own; the FAT grows into
DIFAT sectors when it needs more than the header's 109 entries. Sibling entries form a balanced tree in
the order MS-CFB sets (shorter names first, then by upper-case code units), coloured so it is a valid
red-black tree. Times and class ids are left zero.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END, FAT_SECTOR, DIFAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
NO_ENTRY = 0xFFFFFFFF
_PER_SECTOR = SECTOR // 4
_HEADER_DIFAT = 109
_STORAGE, _STREAM, _ROOT = 1, 2, 5
_RED, _BLACK = 0, 1

Tree = dict[str, "bytes | Tree"]


class NameTooLong(ValueError):
    pass


@dataclass
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = NO_ENTRY
    right: int = NO_ENTRY
    child: int = NO_ENTRY
    colour: int = _BLACK
    start: int = END


def _key(name: str) -> tuple[int, list[int]]:
    upper = [ord(c.upper()) if len(c.upper()) == 1 else ord(c) for c in name]
    return len(name.encode("utf-16-le")), upper


def _flatten(tree: Tree) -> list[_Entry]:
    entries = [_Entry("Root Entry", _ROOT)]

    def add(parent: int, branch: Tree) -> None:
        for name, value in branch.items():
            if len(name.encode("utf-16-le")) > 62:  # 31 code units and a terminator in 64 bytes
                raise NameTooLong(name)
            index = len(entries)
            if isinstance(value, bytes):
                entries.append(_Entry(name, _STREAM, value))
            else:
                entries.append(_Entry(name, _STORAGE))
                add(index, value)
            entries[parent].children.append(index)

    add(0, tree)
    for entry in entries:
        ordered = sorted(entry.children, key=lambda i: _key(entries[i].name))
        entry.child = _balance(entries, ordered, 0, _depth(len(ordered)))
    return entries


def _depth(n: int) -> int:
    return n.bit_length() - 1 if n else 0


def _balance(entries: list[_Entry], ordered: list[int], level: int, deepest: int) -> int:
    """A balanced binary tree of ``ordered`` (its depth is ``deepest``, the floor of log2 of its size):
    nodes on the deepest level are red and have no children, all others black, so every path from the
    root to an empty leaf crosses as many black nodes."""
    if not ordered:
        return NO_ENTRY
    middle = len(ordered) // 2
    node = entries[ordered[middle]]
    node.left = _balance(entries, ordered[:middle], level + 1, deepest)
    node.right = _balance(entries, ordered[middle + 1 :], level + 1, deepest)
    node.colour = _RED if level == deepest and deepest > 0 else _BLACK
    return ordered[middle]


def _chain(fat: list[int], first: int, count: int) -> None:
    for n in range(count):
        fat[first + n] = first + n + 1 if n + 1 < count else END


def write(tree: Tree) -> bytes:
    """The compound file holding ``tree`` (names map to bytes for streams, to sub-trees for storages)."""
    entries = _flatten(tree)
    mini = bytearray()
    minifat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != _STREAM or not entry.data:
            continue
        if len(entry.data) < MINI_CUTOFF:
            count = -(-len(entry.data) // MINI_SECTOR)
            entry.start = len(minifat)
            minifat += [0] * count
            _chain(minifat, entry.start, count)
            mini += entry.data.ljust(count * MINI_SECTOR, b"\0")
        else:
            big.append(entry)
    # Sectors in order: the directory, the mini FAT, the mini stream, the big streams, then FAT and
    # DIFAT. Structure first: a stream's content never sits where a reader sniffing the file's first
    # kilobyte would take it for the file's own type (a PDF attachment read as "%PDF-" at byte 512).
    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        count = -(-len(data) // SECTOR)
        first = len(sectors)
        fat.extend([0] * count)
        _chain(fat, first, count)
        sectors.extend(data[i : i + SECTOR].ljust(SECTOR, b"\0") for i in range(0, count * SECTOR, SECTOR))
        return first if count else END

    padded = len(entries) + (-len(entries) % 4)
    directory_start = place(bytes(padded * 128))  # filled in once every stream has its place
    minifat_start = place(struct.pack(f"<{len(minifat)}I", *minifat)) if minifat else END
    minifat_sectors = -(-len(minifat) * 4 // SECTOR)
    root = entries[0]
    root.start = place(bytes(mini))
    root.data = bytes(mini)
    for entry in big:
        entry.start = place(entry.data)
    directory = b"".join(_directory_entry(e) for e in entries)
    directory += _empty_entry() * (padded - len(entries))
    for n in range(len(directory) // SECTOR):
        sectors[directory_start + n] = directory[n * SECTOR : (n + 1) * SECTOR]
    fat_count = difat_count = 0
    while True:  # FAT sectors map themselves and the DIFAT sectors: grow until everything fits
        total = len(sectors) + fat_count + difat_count
        need_fat = -(-total // _PER_SECTOR)
        need_difat = -(-max(0, need_fat - _HEADER_DIFAT) // (_PER_SECTOR - 1))
        if (need_fat, need_difat) == (fat_count, difat_count):
            break
        fat_count, difat_count = need_fat, need_difat
    fat_first = len(sectors)
    difat_first = fat_first + fat_count
    fat += [FAT_SECTOR] * fat_count + [DIFAT_SECTOR] * difat_count
    fat += [FREE] * (fat_count * _PER_SECTOR - len(fat))
    fat_numbers = list(range(fat_first, fat_first + fat_count))
    body = b"".join(sectors) + struct.pack(f"<{len(fat)}I", *fat)
    rest = fat_numbers[_HEADER_DIFAT:]
    for n in range(difat_count):
        part = rest[n * (_PER_SECTOR - 1) : (n + 1) * (_PER_SECTOR - 1)]
        part += [FREE] * (_PER_SECTOR - 1 - len(part))
        following = difat_first + n + 1 if n + 1 < difat_count else END
        body += struct.pack(f"<{_PER_SECTOR}I", *part, following)
    head = fat_numbers[:_HEADER_DIFAT] + [FREE] * (_HEADER_DIFAT - min(fat_count, _HEADER_DIFAT))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH6sII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, fat_count)
        + struct.pack("<III", directory_start, 0, MINI_CUTOFF)
        + struct.pack("<II", minifat_start, minifat_sectors)
        + struct.pack("<II", difat_first if difat_count else END, difat_count)
        + struct.pack(f"<{_HEADER_DIFAT}I", *head)
    )
    return header + body


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    size = len(entry.data) if entry.kind in (_STREAM, _ROOT) else 0
    start = entry.start if size else (0 if entry.kind == _STORAGE else END)
    return (
        name.ljust(64, b"\0")
        + struct.pack("<HBB", len(name), entry.kind, entry.colour)
        + struct.pack("<III", entry.left, entry.right, entry.child)
        + bytes(16)
        + struct.pack("<I", 0)
        + bytes(16)
        + struct.pack("<IQ", start, size)
    )


def _empty_entry() -> bytes:
    siblings = struct.pack("<III", NO_ENTRY, NO_ENTRY, NO_ENTRY)
    return bytes(64) + struct.pack("<HBB", 0, 0, 0) + siblings + bytes(16 + 4 + 16 + 4 + 8)
