"""A minimal OLE compound file writer (MS-CFB version 3), for Outlook messages with attachments (the real
.msg samples in tests/data/msg have none): one FAT sector, streams under 4,096 bytes in the mini
stream. Siblings are chained through their right pointers (olefile does not require a balanced tree).
"""

from __future__ import annotations

import struct

SECTOR = 512
END, FREE, FAT_SECTOR, NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF

Tree = dict[str, "bytes | Tree"]


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded) if name else 0, kind, 1)
        + struct.pack("<III", NONE, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )


def ole(tree: Tree) -> bytes:
    """An OLE file holding ``tree`` (a storage: name → bytes for a stream, or a dict for a storage)."""
    flat: list[tuple[str, int, bytes | None, list[int]]] = [
        ("Root Entry", 5, None, [])
    ]  # name, kind, data, kids

    def add(storage: Tree, parent: int) -> None:
        for name, value in storage.items():
            index = len(flat)
            flat[parent][3].append(index)
            if isinstance(value, bytes):
                flat.append((name, 2, value, []))
            else:
                flat.append((name, 1, None, []))
                add(value, index)

    add(tree, 0)
    right = {kids[i]: kids[i + 1] for _, _, _, kids in flat for i in range(len(kids) - 1)}
    # Streams under 4,096 bytes live in the mini stream (64-byte sectors, their own FAT).
    mini = b""
    minifat: list[int] = []
    starts: dict[int, int] = {}
    for index, (_, kind, blob, _) in enumerate(flat):
        if kind == 2 and blob and len(blob) < 4096:
            count = -(-len(blob) // 64)
            starts[index] = len(minifat)
            minifat += [len(minifat) + i + 1 for i in range(count - 1)] + [END]
            mini += blob.ljust(count * 64, b"\x00")
    dir_sectors = -(-len(flat) * 128 // SECTOR)
    minifat_sectors = -(-len(minifat) * 4 // SECTOR)
    fat: list[int] = [FAT_SECTOR]

    def chain(count: int) -> int:
        first = len(fat)
        fat.extend([first + i + 1 for i in range(count - 1)] + [END])
        return first

    dir_start = chain(dir_sectors)
    minifat_start = chain(minifat_sectors) if minifat_sectors else END
    mini_sectors = -(-len(mini) // SECTOR)
    root_start = chain(mini_sectors) if mini_sectors else END
    data = mini.ljust(mini_sectors * SECTOR, b"\x00")
    for index, (_, kind, blob, _) in enumerate(flat):
        if kind == 2 and blob and len(blob) >= 4096:
            count = -(-len(blob) // SECTOR)
            starts[index] = chain(count)
            data += blob.ljust(count * SECTOR, b"\x00")
    if len(fat) > SECTOR // 4:
        raise ValueError("too large for one FAT sector")

    def entry(i: int) -> bytes:
        name, kind, blob, kids = flat[i]
        start, size = (root_start, len(mini)) if kind == 5 else (starts.get(i, END), len(blob) if blob else 0)
        return _entry(name, kind, kids[0] if kids else NONE, right.get(i, NONE), start, size)

    directory = b"".join(entry(i) for i in range(len(flat))).ljust(dir_sectors * SECTOR, b"\x00")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, dir_start, 0, 4096, minifat_start, minifat_sectors, END, 0)
        + struct.pack("<109I", 0, *([FREE] * 108))
    )  # fmt: skip
    fat_sector = struct.pack(f"<{SECTOR // 4}I", *(fat + [FREE] * (SECTOR // 4 - len(fat))))
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat).ljust(minifat_sectors * SECTOR, b"\xff")
    return header + fat_sector + directory + minifat_bytes + data


def msg(subject: str, body: str, attachments: list[tuple[str, bytes]]) -> bytes:
    """An Outlook message: subject and body (UTF-16 strings), each attachment a storage with its long
    file name and its data."""
    tree: Tree = {
        "__substg1.0_0037001F": subject.encode("utf-16-le"),
        "__substg1.0_1000001F": body.encode("utf-16-le"),
    }
    for n, (name, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{n:08X}"] = {
            "__substg1.0_3707001F": name.encode("utf-16-le"),
            "__substg1.0_37010102": data,
        }
    return ole(tree)
