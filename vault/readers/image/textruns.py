"""Readable runs: every run of at least 4 characters of text in bytes of unknown layout, in ASCII, UTF-8,
Latin-1 (Windows-1252) and UTF-16 of either byte order, found by searches over translated bytes (an order
of magnitude faster than a character-class regex on binary data, and no Python loop over the runs).

Random bytes (a compressed video, encrypted data) hold many short accidental runs; what is read of them
must stay a fraction of their size, since the leak guard folds and searches all of it: ASCII runs, UTF-8
text between the bytes that are not UTF-8, and Latin-1 in runs of ASCII and Windows-1252 letters (not any
run of bytes above 0x7F: half of 0x80-0xBF is neither letter nor punctuation there).
"""

from __future__ import annotations

import re

_TEXT_BYTES = {9, 10, 13, *range(0x20, 0x7F)}  # printable ASCII, tab and line breaks
# Windows-1252 letters, and the punctuation text uses (nbsp, quotes, dashes, «», °, ·).
_LATIN_HIGH = bytes(range(0xC0, 0x100)) + b"\x8a\x8c\x8e\x9a\x9c\x9e\x9f\xa0\xab\xbb\xb0\xb7"
_LATIN_HIGH += b"\x91\x92\x93\x94\x96\x97"
# Bytes that cannot be part of a reading become NUL; a run is then what lies between NULs.
_ASCII_ONLY = bytes(c if c in _TEXT_BYTES else 0 for c in range(256))
_LATIN_ONLY = bytes(c if c in _TEXT_BYTES or c in _LATIN_HIGH else 0 for c in range(256))
# For C strings: "a" for a text byte, "z" for NUL, "." otherwise.
_C_CLASS = bytes(0x61 if c in _TEXT_BYTES else 0x7A if c == 0 else 0x2E for c in range(256))
_RUN_TEXT = re.compile(r"[^\x00]{4,}")
C_STRING_MAX = 256  # longer ones are read in the windows, or by their last 256 bytes
# UTF-16 text in the Latin-1 range: "a" for the low byte of a character, "z" for its zero high byte.
_WIDE_BYTE = bytes(0x61 if c in _TEXT_BYTES or c >= 0xA0 else 0x7A if c == 0 else 0x2E for c in range(256))
_RUN_LE = re.compile(rb"azazazaz(?:az)*")
_RUN_BE = re.compile(rb"zazazaza(?:za)*")
# UTF-16 text beyond Latin-1 (Latin Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic, Vietnamese): "h"
# for a possible high byte, found in the bytes at even and at odd positions; for unparsed files only.
_WIDE_HIGH = bytes(0x7A if c == 0 else 0x68 if c <= 0x06 or c in (0x1E, 0x1F) else 0x2E for c in range(256))
_PRINTABLE = re.compile(r"[^\x00-\x1f\x7f-\x9f\ufffd]{4,}")
# A UTF-8 piece: printable text, tabs and line breaks; 4 bytes of UTF-8 may be 2 letters.
_PRINTABLE_PIECE = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]{2,}")


def runs(data: bytes, *, every_script: bool = False) -> str:
    """Every readable run of at least 4 characters in ``data`` (UTF-8, Latin-1, UTF-16LE/BE), one a line.

    ``every_script`` also finds UTF-16 text outside the Latin-1 range (slower: unparsed files only).
    """
    texts = _RUN_TEXT.findall(data.translate(_ASCII_ONLY).decode("ascii"))
    if not data.isascii():
        pieces = _PRINTABLE_PIECE.findall(data.decode("utf-8", "replace"))
        texts += [t for t in pieces if not t.isascii() and len(t.encode("utf-8")) >= 4]  # a run: 4 bytes
        latin = _RUN_TEXT.findall(data.translate(_LATIN_ONLY).decode("cp1252"))
        texts += [t for t in latin if not t.isascii()]  # the ASCII ones are read above
    wide = data.translate(_WIDE_BYTE)
    for pattern, codec in ((_RUN_LE, "utf-16-le"), (_RUN_BE, "utf-16-be")):
        texts += (data[slice(*m.span())].decode(codec) for m in pattern.finditer(wide))
    if every_script:
        texts += _wide_runs(data)
    return "\n".join(dict.fromkeys(texts))


def _wide_runs(data: bytes) -> list[str]:
    """UTF-16 runs with characters beyond Latin-1, in both byte orders and both alignments."""
    found: list[str] = []
    # High bytes at odd offsets: little-endian text from an even offset, big-endian from an odd one; at
    # even offsets: big-endian from an even offset, little-endian from an odd one.
    for highs, readings in (
        (data[1::2].translate(_WIDE_HIGH), ((0, "utf-16-le"), (1, "utf-16-be"))),
        (data[0::2].translate(_WIDE_HIGH), ((0, "utf-16-be"), (-1, "utf-16-le"))),
    ):
        at = highs.find(b"h")  # a character beyond Latin-1; its run reaches the next impossible high byte
        while at >= 0:
            first = highs.rfind(b".", 0, at) + 1
            last = highs.find(b".", at)
            last = len(highs) if last < 0 else last
            if last - first >= 4:
                for shift, codec in readings:
                    begin = 2 * first + shift
                    begin += 2 if begin < 0 else 0  # keep the alignment: skip the partial first character
                    chunk = data[begin : 2 * last + shift]
                    found += _PRINTABLE.findall(chunk.decode(codec, "replace"))
            at = highs.find(b"h", last)
    return [run for run in found if max(run) > "\xff"]


def c_strings(data: bytes) -> str:
    """Every ASCII run of at least 4 characters ended by NUL (as programs store strings: "Jean Dupont",
    NUL), over the whole of ``data``, one a line (a run is read back at most ``C_STRING_MAX`` bytes).
    Cheap on any data (random bytes hold some 250 characters of them per megabyte; found by a literal
    search), so it covers a file beyond the windows ``runs`` reads."""
    classes = data.translate(_C_CLASS)
    found: list[bytes] = []
    at = classes.find(b"aaaaz")
    while at >= 0:
        end = at + 4
        low = max(0, end - C_STRING_MAX)
        start = max(low - 1, classes.rfind(b".", low, end), classes.rfind(b"z", low, end)) + 1
        found.append(data[start:end])
        at = classes.find(b"aaaaz", end + 1)
    return b"\n".join(dict.fromkeys(found)).decode("ascii")
