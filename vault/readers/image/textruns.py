"""Readable runs: every run of at least 4 characters of text in bytes of unknown layout, in UTF-8,
Latin-1 (Windows-1252) and UTF-16 of either byte order, found by literal searches over translated bytes
(an order of magnitude faster than a character-class regex on binary data)."""

from __future__ import annotations

import re

# One byte per byte: "a" for a byte that can be part of text (printable ASCII, tab and line breaks, and
# every byte >= 0x80: UTF-8 sequences and Latin-1 letters), NUL otherwise. A run is then found by a
# literal search, an order of magnitude faster than a character-class regex on binary data.
_TEXT_BYTE = bytes(0x61 if c in (9, 10, 13) or 0x20 <= c <= 0x7E or c >= 0x80 else 0 for c in range(256))
_RUN = re.compile(rb"aaaa+")
# UTF-16 text in the Latin-1 range: "a" for the low byte of a character, "z" for its zero high byte.
_WIDE_BYTE = bytes(
    0x61 if c in (9, 10, 13) or 0x20 <= c <= 0x7E or c >= 0xA0 else 0x7A if c == 0 else 0x2E
    for c in range(256)
)
_RUN_LE = re.compile(rb"azazazaz(?:az)*")
_RUN_BE = re.compile(rb"zazazaza(?:za)*")
# UTF-16 text beyond Latin-1 (Latin Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic, Vietnamese): "h"
# for a possible high byte, found in the bytes at even and at odd positions; for unparsed files only.
_WIDE_HIGH = bytes(0x7A if c == 0 else 0x68 if c <= 0x06 or c in (0x1E, 0x1F) else 0x2E for c in range(256))
_PRINTABLE = re.compile(r"[^\x00-\x1f\x7f-\x9f\ufffd]{4,}")
_HIGH = bytes(range(0x80, 0x100))  # deleted, what is left is the ASCII bytes
# Deleted, what is left is the bytes 0x80-0xBF but for Windows-1252's letters (Š Œ Ž š œ ž Ÿ) and the
# punctuation text uses (quotes, dashes, «», °, ·, nbsp).
_NOT_C1 = bytes(
    c
    for c in range(256)
    if not (0x80 <= c <= 0xBF)
    or c in b"\x8a\x8c\x8e\x9a\x9c\x9e\x9f\x91\x92\x93\x94\x96\x97\xa0\xab\xbb\xb0\xb7"
)


def _decode_runs(chunks: list[bytes]) -> list[str]:
    """ASCII runs as they are; UTF-8 runs as UTF-8; any other run by the UTF-8 text inside it (the pieces
    between bytes that are not UTF-8) and, when it reads like Latin-1 text (two fifths ASCII at least, few
    bytes of 0x80-0xBF, where Windows-1252 has punctuation and Latin-1 no letters), as Windows-1252 too.

    Random bytes (compressed video, encrypted data) are almost all "text bytes" by the byte test alone;
    without the Latin-1 test a megabyte of them read as two megabytes of characters that the leak guard
    then folds and searches (a video's worth took half a minute)."""
    plain = b"\n".join(c for c in chunks if c.isascii())
    texts = [plain.decode("ascii")] if plain else []
    utf8: list[str] = []
    latin: list[bytes] = []
    for chunk in chunks:
        if chunk.isascii():
            continue
        try:
            utf8.append(chunk.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        utf8 += _PRINTABLE.findall(chunk.decode("utf-8", "replace"))
        size, ascii_bytes = len(chunk), len(chunk.translate(None, _HIGH))
        if 5 * ascii_bytes >= 2 * size and 5 * len(chunk.translate(None, _NOT_C1)) <= size:
            latin.append(chunk)
    if utf8:
        texts.append("\n".join(utf8))
    if latin:
        texts.append(b"\n".join(latin).decode("cp1252", "replace"))
    return texts


def runs(data: bytes, *, every_script: bool = False) -> str:
    """Every readable run of at least 4 characters in ``data`` (UTF-8, Latin-1, UTF-16LE/BE), one a line.

    ``every_script`` also finds UTF-16 text outside the Latin-1 range (slower: unparsed files only).
    """
    texts = _decode_runs([data[slice(*m.span())] for m in _RUN.finditer(data.translate(_TEXT_BYTE))])
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
                    chunk = data[max(0, 2 * first + shift) : 2 * last + shift]
                    found += _PRINTABLE.findall(chunk.decode(codec, "replace"))
            at = highs.find(b"h", last)
    return [run for run in found if max(run) > "\xff"]
