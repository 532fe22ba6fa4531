"""RTF as text, and Outlook's compressed RTF (MS-OXRTFCP, "LZFu") undone, with bounds.

An Outlook message often keeps its body only as compressed RTF (PR_RTF_COMPRESSED), and RTF writes
letters outside ASCII as escapes (``\\'e9``, ``\\u233?``): a name in such a body is in no plain stream.
Both are read here, bounded in output size, without recursion.
"""

from __future__ import annotations

import re
import struct

MAX_RTF_BYTES = 64 * 1024 * 1024  # decompressed; a body larger than this is cut (and said so by the caller)

_PRESET = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_COMPRESSED = b"LZFu"
_UNCOMPRESSED = b"MELA"


class BadRtf(ValueError):
    """The compressed RTF's header is not one we know."""


def decompress(data: bytes, limit: int = MAX_RTF_BYTES) -> bytes:
    """The RTF a PR_RTF_COMPRESSED stream holds (at most ``limit`` bytes)."""
    if len(data) < 16:
        raise BadRtf("short header")
    _comp_size, raw_size, kind = struct.unpack_from("<II4s", data)
    body = data[16:]
    if kind == _UNCOMPRESSED:
        return body[: min(raw_size, limit)]
    if kind != _COMPRESSED:
        raise BadRtf("unknown compression")
    window = bytearray(4096)
    window[: len(_PRESET)] = _PRESET
    write = len(_PRESET)
    out = bytearray()
    cap = min(raw_size, limit)
    at = 0
    while at < len(body) and len(out) < cap:
        control = body[at]
        at += 1
        for bit in range(8):
            if at >= len(body) or len(out) >= cap:
                break
            if not control & (1 << bit):
                byte = body[at]
                at += 1
                out.append(byte)
                window[write] = byte
                write = (write + 1) % 4096
                continue
            if at + 2 > len(body):
                return bytes(out)
            (ref,) = struct.unpack_from(">H", body, at)
            at += 2
            offset, length = ref >> 4, (ref & 0xF) + 2
            if offset == write:
                return bytes(out)  # the end marker
            for i in range(length):
                byte = window[(offset + i) % 4096]
                out.append(byte)
                window[write] = byte
                write = (write + 1) % 4096
    return bytes(out[:cap])


_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}]+)", re.S)
_BREAKS = frozenset({b"par", b"line", b"row", b"cell", b"sect", b"page"})


def rtf_text(data: bytes) -> str:
    """Every letter of an RTF document (fonts' and styles' names included: nothing is skipped), with
    ``\\'hh`` read in the document's code page and ``\\uN`` as Unicode; paragraphs become lines. The
    text of an ignorable destination (``{\\*\\bkmkstart x}``, a field instruction) is read after the
    document's, not inside the word it sits in (where it would split a name no reader shows split)."""
    codepage = "cp1252"
    found = re.search(rb"\\ansicpg(\d{3,5})", data[:4096])
    if found:
        codepage = _codepage(int(found.group(1)))
    shown: list[str] = []
    aside: list[str] = []
    out = shown
    pending = bytearray()  # \'hh bytes, decoded together (a multi-byte code page needs them so)
    skip_after_unicode = 1
    skip = 0
    depth = 0
    aside_from: int | None = None  # the depth of the ignorable destination being read
    after_brace = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, "replace"))
            pending.clear()

    for word, number, hexbyte, symbol, brace, plain in _TOKEN.findall(data):
        opened, after_brace = after_brace, brace == b"{"
        if hexbyte:
            if skip:
                skip -= 1
                continue
            pending.append(int(hexbyte, 16))
            continue
        flush()
        if word:
            if word == b"uc" and number:
                skip_after_unicode = max(0, min(int(number), 8))
            elif word == b"u" and number:
                value = int(number)
                out.append(chr(value + 65536 if value < 0 else value) if -32768 <= value < 65536 else "")
                skip = skip_after_unicode
            elif word in _BREAKS:
                out.append("\n")
            elif word == b"tab":
                out.append("\t")
        elif symbol == b"*" and opened and aside_from is None:
            aside_from, out = depth, aside
        elif symbol:
            out.append({b"~": " ", b"_": "-", b"\n": "\n", b"\r": "\n"}.get(symbol, symbol.decode("latin-1")))
        elif brace == b"{":
            skip = 0
            depth += 1
        elif brace:
            skip = 0
            if aside_from is not None and depth == aside_from:
                aside.append("\n")
                aside_from, out = None, shown
            depth -= 1
        elif plain:
            text = plain.replace(b"\r", b"").replace(b"\n", b"")
            if skip:
                dropped = min(skip, len(text))
                text, skip = text[dropped:], skip - dropped
            out.append(text.decode(codepage, "replace"))
    flush()
    return "".join(shown) + ("\n" + "".join(aside) if aside else "")


def _codepage(number: int) -> str:
    name = f"cp{number}"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name
