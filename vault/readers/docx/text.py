"""What counts as text in a DOCX (not numbers, measures, hexadecimal ids, GUIDs ...), how a part is
added to the reading (a long one in overlapping pieces, so nothing is cut), and an unparsable XML part
read as raw text."""

from __future__ import annotations

import re

from vault.messages import Text
from vault.readers.base import MAX_PART_CHARS, Reading

_OVERLAP = 4096  # characters repeated between the pieces of a part longer than MAX_PART_CHARS

# Values that are not text anyone wrote: short numbers and measures (long digit runs may be phone
# numbers: kept), hexadecimal with letters and digits (revision ids, colours), GUIDs, relationship ids.
_NOT_TEXT = re.compile(
    r"[-+]?(?:\d{1,5}(?:[.,]\d+)?|\.\d+)(?:[eE][-+]?\d+)?(?:%|pt|px|in|cm|mm|emu|pc|em|fd|f)?"
    r"|(?=[0-9A-Fa-f]*\d)(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{2,}"
    r"|\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?"
    r"|rId\d+|true|false|on|off|[-+]?\d{1,5}(?:,[-+]?\d{1,5})+"
)
_ID_ATTRIBUTES = ("rsid", "paraId", "textId", "paraIdParent", "durableId")


def _looks_like_text(value: str) -> bool:
    stripped = value.strip()
    return bool(stripped) and not _NOT_TEXT.fullmatch(stripped)


_RAW_TEXT_NODES = re.compile(r">([^<]+)<")
_RAW_ATTRIBUTES = re.compile(r"=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _raw_text(reading: Reading, label: str, raw: bytes) -> None:
    """An unparsable XML part, still read: its text nodes run together (a name split across runs stays
    whole), and its attribute values, one a line. Nothing is expanded: entity references stay as written."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", "replace")
    elif len(raw) >= 4 and (raw[1] == 0 or raw[0] == 0):
        text = raw.decode("utf-16-le" if raw[1] == 0 else "utf-16-be", "replace")
    else:
        text = raw.decode("utf-8", "replace")
    where = Text("part {part}", part=label)
    _add(reading, Text("{where} raw text", where=where), "".join(_RAW_TEXT_NODES.findall(text)))
    values = dict.fromkeys(a or b for a, b in _RAW_ATTRIBUTES.findall(text) if _looks_like_text(a or b))
    _add(reading, Text("{where} raw attribute values", where=where), "\n".join(values))


def _add(reading: Reading, location: str, text: str) -> None:
    """Add a part; one longer than MAX_PART_CHARS goes in overlapping pieces, so nothing is cut."""
    if len(text) <= MAX_PART_CHARS:
        reading.add(location, text)
        return
    step = MAX_PART_CHARS - _OVERLAP
    for start in range(0, len(text) - _OVERLAP, step):
        piece = text[start : start + MAX_PART_CHARS]
        reading.add(Text("{where} from character {start}", where=location, start=start), piece)
