"""The compound-file writer (vault/readers/cfb_write.py), checked with olefile, an independent reader:
every stream comes back byte for byte, in the mini stream or in sectors of its own, past the header's 109
FAT sectors (DIFAT), and each storage's siblings form a valid red-black tree in MS-CFB's order."""

from __future__ import annotations

import io
import random
import struct

import olefile  # type: ignore[import-untyped]
import pytest

from vault.intake import detect
from vault.readers.cfb_write import NO_ENTRY, NameTooLong, Tree, write


def _tree(rng: random.Random, width: int, depth: int) -> Tree:
    tree: Tree = {}
    for n in range(width):
        name = f"__substg1.0_{n:04X}{rng.choice(['001F', '0102', '0003'])}"
        if depth and rng.random() < 0.2:
            tree[f"__attach_version1.0_#{n:08X}"] = _tree(rng, width // 2, depth - 1)
        else:
            tree[name] = rng.randbytes(rng.choice([0, 1, 63, 64, 65, 4095, 4096, 4097, 20_000]))
    return tree


def _same(ole: olefile.OleFileIO, tree: Tree, prefix: list[str]) -> int:
    count = 0
    for name, value in tree.items():
        if isinstance(value, bytes):
            assert ole.openstream([*prefix, name]).read() == value, [*prefix, name]
            count += 1
        else:
            assert ole.get_type([*prefix, name]) == olefile.STGTY_STORAGE
            count += _same(ole, value, [*prefix, name])
    return count


@pytest.mark.parametrize("seed", range(5))
def test_every_stream_comes_back_byte_for_byte(seed: int) -> None:
    tree = _tree(random.Random(seed), 40, 2)  # noqa: S311 - test data, not secrets
    ole = olefile.OleFileIO(io.BytesIO(write(tree)))
    assert _same(ole, tree, []) == len(ole.listdir(streams=True, storages=False))


def test_a_file_needing_more_fat_than_the_header_holds_uses_difat_sectors() -> None:
    tree: Tree = {f"s{n}": bytes([n]) * 300_000 for n in range(40)}  # 12 MB: over 109 FAT sectors
    data = write(tree)
    assert struct.unpack_from("<I", data, 0x48)[0] > 0  # DIFAT sectors in use
    ole = olefile.OleFileIO(io.BytesIO(data))
    assert _same(ole, tree, []) == 40


Entries = list[tuple[str, int, int, int, int]]


def _entries(data: bytes) -> Entries:
    ole = olefile.OleFileIO(io.BytesIO(data))
    return [(e.name, e.color, e.sid_left, e.sid_right, e.sid_child) for e in ole.direntries if e is not None]


def _key(name: str) -> tuple[int, str]:
    return len(name), name.upper()


def _walk(
    entries: Entries, index: int, low: tuple[int, str] | None, high: tuple[int, str] | None
) -> tuple[int, int]:
    """(black height, nodes) of the subtree at ``index``; asserts the order and the colour rules."""
    if index == NO_ENTRY:
        return 1, 0
    name, colour, left, right, _ = entries[index]
    key = _key(name)
    assert low is None or low < key
    assert high is None or key < high
    for child in (left, right):
        if colour == 0 and child != NO_ENTRY:
            assert entries[child][1] == 1, "a red node with a red child"
    left_height, left_nodes = _walk(entries, left, low, key)
    right_height, right_nodes = _walk(entries, right, key, high)
    assert left_height == right_height, "black heights differ"
    return left_height + colour, left_nodes + right_nodes + 1


def test_siblings_are_a_valid_red_black_tree_in_the_order_the_format_sets() -> None:
    for width in (1, 2, 3, 7, 8, 31, 100):
        tree: Tree = {f"n{'x' * (n % 5)}{n}": b"" for n in range(width)}
        entries = _entries(write(tree))
        _, nodes = _walk(entries, entries[0][4], None, None)
        assert nodes == width


def test_a_name_longer_than_the_format_allows_is_refused() -> None:
    with pytest.raises(NameTooLong):
        write({"x" * 32: b""})


def test_no_stream_content_sits_in_the_first_kilobyte_where_a_reader_sniffs_the_type() -> None:
    # a PDF attachment placed right after the header read as "%PDF-" at byte 512: the whole file was
    # taken for a PDF (and an attached Outlook message with a PDF in it stored as a damaged PDF)
    pdf = b"%PDF-1.7\n" + bytes(10_000)
    data = write({"__substg1.0_0037001F": "x".encode("utf-16-le"), "a": {"__substg1.0_37010102": pdf}})
    assert b"%PDF-" not in data[:1024]
    assert detect.media_type(data) != detect.PDF
