"""Outlook messages (.msg, MS-OXMSG): a small MAPI property reader over ``olefile`` (BSD), read in full.

An .msg file is an OLE compound file: each MAPI property of the message is a stream named
``__substg1.0_IIIITTTT`` (property id, property type) beside a ``__properties_version1.0`` stream of
fixed-size values; recipients and attachments are storages of their own (``__recip_version1.0_#N``,
``__attach_version1.0_#N``), and an attached message is a storage inside its attachment. ``extract-msg``
reads all this but is GPL-3.0, which an Apache-2.0 app cannot ship; the subset we need is small.

For the outbound gate (``read_msg``) every stream of the file is read, whatever storage it sits in:
strings decoded (UTF-16 or the message's code page), the compressed RTF body decompressed and read as
text, HTML read with its attributes, attachment data handed back as ``Embedded`` (read by its own
reader), and any other binary read for its printable runs. ``message`` gives intake what a person looks
for: headers, the body, and the attached files.
"""

from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import olefile  # type: ignore[import-untyped]

from vault.messages import Text
from vault.readers.base import Embedded, Reading
from vault.readers.cfb_write import NameTooLong, Tree, write
from vault.readers.htmltext import html_text
from vault.readers.rtf import BadRtf, decompress, rtf_text

MAX_STREAMS = 20_000
MAX_STREAM_BYTES = 256 * 1024 * 1024
MSG_MARKER = "__substg1.0_".encode("utf-16-le")
_PROPERTY_STREAM = re.compile(r"^__substg1\.0_([0-9A-Fa-f]{4})([0-9A-Fa-f]{4})(-[0-9A-Fa-f]{8})?$")
_STORAGE = re.compile(
    r"^__(recip|attach|nameid)_version1\.0(_#[0-9A-Fa-f]{8})?$|^__substg1\.0_[0-9A-Fa-f]{8}$"
)
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_NAMEID = "__nameid_version1.0"

# Property ids (MS-OXPROPS) intake shows.
SUBJECT, BODY, HTML, RTF = 0x0037, 0x1000, 0x1013, 0x1009
SENDER_NAME, SENDER_EMAIL, SENDER_SMTP = 0x0C1A, 0x0C1F, 0x5D01
DISPLAY_TO, DISPLAY_CC, DISPLAY_BCC = 0x0E04, 0x0E03, 0x0E02
MESSAGE_ID, HEADERS, CODEPAGE = 0x1035, 0x007D, 0x3FFD
SUBMIT_TIME, DELIVERY_TIME = 0x0039, 0x0E06
ATTACH_DATA, ATTACH_LONG_NAME, ATTACH_NAME, DISPLAY_NAME = 0x3701, 0x3707, 0x3704, 0x3001


@dataclass
class Attachment:
    name: str | None
    data: bytes


@dataclass
class Message:
    """The top-level message's properties: strings and binaries by property id, times as ISO text."""

    strings: dict[int, str] = field(default_factory=dict)
    binaries: dict[int, bytes] = field(default_factory=dict)
    times: dict[int, str] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    embedded_messages: int = 0  # attached Outlook messages too large or malformed to be files of their own


def is_msg(data: bytes) -> bool:
    """An OLE file whose directory names MAPI property streams (read from the first 64 KiB and the
    directory sectors the marker is in: good enough to route; the reader checks again)."""
    return data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and MSG_MARKER in data


class _Ole(olefile.OleFileIO):  # type: ignore[misc]
    """olefile, its paths looked up by name: its own look-up scans every sibling, so reading each
    stream of a message with thousands of attachment storages took time quadratic in their number (a
    message of a few MB held a worker past its time limit). Of two same-named siblings, the first is
    found, as olefile finds it."""

    def _find(self, filename: str | list[str]) -> int:
        indexes: dict[int, dict[str, Any]] = self.__dict__.setdefault("_fv_indexes", {})
        node = self.root
        for name in filename.split("/") if isinstance(filename, str) else filename:
            index = indexes.get(node.sid)
            if index is None:
                index = indexes[node.sid] = {}
                for kid in node.kids:
                    index.setdefault(kid.name.lower(), kid)
            node = index.get(name.lower())
            if node is None:
                raise OSError("file not found")
        return int(node.sid)


def _open(data: bytes) -> olefile.OleFileIO:
    return _Ole(io.BytesIO(data))


def _decode(kind: int, data: bytes, codepage: str) -> str:
    if kind & 0x0FFF == 0x001F:
        return data.decode("utf-16-le", "replace").rstrip("\x00")
    try:
        return data.decode("utf-8").rstrip("\x00")
    except UnicodeDecodeError:
        return data.decode(codepage, "replace").rstrip("\x00")


def _codepage(ole: olefile.OleFileIO, storage: list[str]) -> str:
    """The code page of 8-bit strings (PR_MESSAGE_CODEPAGE / PR_INTERNET_CPID), else Windows-1252."""
    for number in _fixed(ole, storage).get(CODEPAGE, []), _fixed(ole, storage).get(0x3FDE, []):
        for value in number:
            name = f"cp{value}"
            try:
                "".encode(name)
            except LookupError:
                continue
            return name
    return "cp1252"


def _fixed(ole: olefile.OleFileIO, storage: list[str]) -> dict[int, list[int]]:
    """Fixed-size property values of one storage (its ``__properties_version1.0``): id → [value]."""
    path = [*storage, "__properties_version1.0"]
    if not ole.exists(path) or ole.get_size(path) > 1024 * 1024:
        return {}
    data = ole.openstream(path).read()
    header = 32 if not storage else (24 if storage[-1].startswith("__substg1.0_3701") else 8)
    found: dict[int, list[int]] = {}
    for at in range(header, len(data) - 15, 16):
        kind, prop, _flags, value = struct.unpack_from("<HHIQ", data, at)
        found.setdefault(prop, []).append(value if kind != 0x0003 else value & 0xFFFFFFFF)
        if kind == 0x0040:
            found.setdefault(0x10000 + prop, []).append(value)
    return found


def filetime(value: int) -> str | None:
    if not 0 < value < 2650467743999999999:  # before the year 9999
        return None
    return (_FILETIME_EPOCH + timedelta(microseconds=value // 10)).isoformat()


def _where(path: list[str], n: int) -> str:
    """A stream's place: its storages and property tag (structure), or its number when its name is not
    one Outlook writes (then the name is the file's content, never a location)."""
    if all(_STORAGE.match(p) for p in path[:-1]) and _PROPERTY_STREAM.match(path[-1]):
        return Text("Outlook stream {path}", path="/".join(path))
    return Text("Outlook stream {n}", n=n)


def _owner(path: list[str]) -> tuple[str, ...]:
    """The storage of the message a stream belongs to: the innermost attached message on its path
    (``__substg1.0_3701000D``), or the top-level message (``()``)."""
    for at in range(len(path) - 2, -1, -1):
        if path[at].upper() == f"__SUBSTG1.0_{ATTACH_DATA:04X}000D":
            return tuple(path[: at + 1])
    return ()


def read_msg(data: bytes) -> Reading:
    """Every stream of an Outlook message, read for its text; attachment data embedded."""
    from vault.readers.files import raw_strings  # here: files.py imports this module

    reading = Reading()
    with _open(data) as ole:
        codepages: dict[tuple[str, ...], str] = {}
        entries = ole.listdir(streams=True, storages=False)
        if len(entries) > MAX_STREAMS:
            reading.unread.append(Text("Outlook streams past {n}", n=MAX_STREAMS))
        seen: set[tuple[str, ...]] = set()
        for n, path in enumerate(entries[:MAX_STREAMS], 1):
            where = _where(path, n)
            reading.add(Text("{where} name", where=where), "/".join(path))
            key = tuple(part.lower() for part in path)
            if key in seen:  # two streams of one name: a look-up by name finds one, a program may not
                reading.unread.append(Text("{where} (a second stream of the same name)", where=where))
                continue
            seen.add(key)
            if ole.get_size(path) > MAX_STREAM_BYTES:
                reading.unread.append(where)
                continue
            content = ole.openstream(path).read()
            found = _PROPERTY_STREAM.match(path[-1])
            if found is None or path[0].startswith("__nameid"):  # named properties' own tables
                reading.parts += raw_strings(content, where)
                continue
            prop, kind = int(found.group(1), 16), int(found.group(2), 16)
            owner = _owner(path)  # an attached message's strings are in its own code page, not ours
            if owner not in codepages:
                codepages[owner] = _codepage(ole, list(owner))
            codepage = codepages[owner]
            if kind & 0x0FFF in (0x001F, 0x001E):
                text = _decode(kind, content, codepage)
                reading.add(where, text)
                if prop == HTML:
                    reading.add(Text("{where} as read", where=where), html_text(text, every=True))
            elif kind == 0x0102 and prop == ATTACH_DATA:
                reading.embedded.append(Embedded(where, content))
            elif kind == 0x0102 and prop == RTF:
                try:
                    reading.add(Text("{where} as read", where=where), rtf_text(decompress(content)))
                except BadRtf:
                    reading.unread.append(where)
                    reading.parts += raw_strings(content, where)
            elif kind == 0x0102 and prop == HTML:
                html = _decode(0x1E, content, codepage)
                reading.add(Text("{where} as read", where=where), html_text(html, every=True))
            else:
                reading.parts += raw_strings(content, where)
    return reading


def without_attachment_data(data: bytes, margin: int) -> bytes:
    """The file's bytes less the content of its large attached files (``__substg1.0_37010102`` streams
    of 4,096 bytes or more, which ``read_msg`` hands on whole to their own readers, with their own limits):
    what the raw-bytes safety net still has to read (headers, directory, bodies, slack after a stream's
    end, free sectors). ``margin`` bytes are kept at each end of a removed run, so text across its edge
    is read whole; a chain that does not parse removes nothing."""
    removed: list[tuple[int, int]] = []
    try:
        with _open(data) as ole:
            step = ole.sectorsize
            for path in ole.listdir(streams=True, storages=False)[:MAX_STREAMS]:
                size = ole.get_size(path)
                if path[-1] != f"__substg1.0_{ATTACH_DATA:04X}0102" or not 4096 <= size <= MAX_STREAM_BYTES:
                    continue
                sector, left, seen = ole.direntries[ole._find(path)].isectStart, size, set()
                while left > 0 and 0 <= sector < len(ole.fat) and sector not in seen:
                    seen.add(sector)
                    start = step * (sector + 1)
                    removed.append((start, min(start + min(step, left), len(data))))
                    left -= step
                    sector = ole.fat[sector]
    except Exception:  # noqa: BLE001 - a hostile file may trip anything inside a parser
        return data
    kept, at = [], 0
    for start, end in _merged(removed):
        if end - start > 2 * margin:
            kept.append(data[at : start + margin])
            at = end - margin
    kept.append(data[at:])
    return b"\n".join(kept)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def message(data: bytes) -> Message:
    """The top-level message's strings, times and attachments (for intake)."""
    found = Message()
    with _open(data) as ole:
        codepage = _codepage(ole, [])
        for path in ole.listdir(streams=True, storages=False)[:MAX_STREAMS]:
            match = _PROPERTY_STREAM.match(path[-1])
            if len(path) != 1 or match is None or ole.get_size(path) > MAX_STREAM_BYTES:
                continue
            prop, kind = int(match.group(1), 16), int(match.group(2), 16)
            if kind in (0x001F, 0x001E):
                found.strings[prop] = _decode(kind, ole.openstream(path).read(), codepage)
            elif kind == 0x0102 and prop in (RTF, HTML):
                found.binaries[prop] = ole.openstream(path).read()
        for prop, values in _fixed(ole, []).items():
            if prop > 0xFFFF and values:
                stamp = filetime(values[0])
                if stamp:
                    found.times[prop - 0x10000] = stamp
        found.attachments, found.embedded_messages = _attachments(ole, codepage)
    return found


def _attachments(ole: olefile.OleFileIO, codepage: str) -> tuple[list[Attachment], int]:
    files: list[Attachment] = []
    nested = 0
    budget = MAX_STREAM_BYTES  # bytes of attached-message files made for one message (each copies the
    # named-property map of this one: a large map and many attached messages must not multiply it)
    streams = ole.listdir(streams=True, storages=False)  # listed once: each attached message's
    # file is made from this list (listing the file once per attached message was quadratic)
    storages = sorted(
        {p[0] for p in ole.listdir(streams=True, storages=True) if p[0].startswith("__attach_")}
    )
    inside: dict[str, list[list[str]]] = {}
    for path in streams:
        inside.setdefault(path[0], []).append(path)
    for storage in storages[:MAX_STREAMS]:
        data_path = [storage, f"__substg1.0_{ATTACH_DATA:04X}0102"]
        name = None
        for prop in (ATTACH_LONG_NAME, ATTACH_NAME, DISPLAY_NAME):
            for kind in ("001F", "001E"):
                path = [storage, f"__substg1.0_{prop:04X}{kind}"]
                if name is None and ole.exists(path) and ole.get_size(path) < 65536:
                    name = _decode(int(kind, 16), ole.openstream(path).read(), codepage) or None
        if ole.exists([storage, f"__substg1.0_{ATTACH_DATA:04X}000D"]):
            # an attached Outlook message: a file of its own, as Outlook saves it (read_msg reads it in
            # full either way, so one too large or malformed to copy is counted, not lost to the gate)
            embedded = [storage, f"__substg1.0_{ATTACH_DATA:04X}000D"]
            attached = message_file(ole, embedded, budget, inside.get(storage, []) + inside.get(_NAMEID, []))
            if attached is None:
                nested += 1
            else:
                budget -= len(attached)
                stem = name[:-4] if name and name.lower().endswith(".msg") else name
                files.append(Attachment(f"{stem or 'attached message'}.msg", attached))
            continue
        if not ole.exists(data_path) or ole.get_size(data_path) > MAX_STREAM_BYTES:
            continue
        files.append(Attachment(name, ole.openstream(data_path).read()))
    return files, nested


def message_file(
    ole: olefile.OleFileIO,
    storage: list[str],
    budget: int = MAX_STREAM_BYTES,
    streams: list[list[str]] | None = None,
) -> bytes | None:
    """The Outlook message in ``storage`` (an attached one) as an .msg file of its own: its streams and
    storages as they are, the named-property map of the message it came in (an attached message uses
    its parent's), and its property stream given a top-level header (32 bytes, not 24). None when it is
    larger than ``budget`` or malformed. ``streams``: the file's stream paths, when already listed."""
    try:
        return _message_file(ole, storage, budget, streams)
    except (OSError, ValueError, IndexError, struct.error, NameTooLong):  # a hostile file's streams
        return None


def _message_file(
    ole: olefile.OleFileIO, storage: list[str], budget: int, streams: list[list[str]] | None
) -> bytes | None:
    if ole.get_type(storage) != olefile.STGTY_STORAGE:
        return None  # a stream where the attached message's storage should be
    tree: Tree = {}
    total = 0
    listed = streams if streams is not None else ole.listdir(streams=True, storages=False)
    paths = [p for p in listed if p[: len(storage)] == storage and len(p) > len(storage)]
    named = [p for p in listed if p[0] == _NAMEID]
    if len(paths) + len(named) > MAX_STREAMS:
        return None
    for path, inside in [(p, p[len(storage) :]) for p in paths] + [(p, p) for p in named]:
        size = ole.get_size(path)
        total += size
        if total > budget or any(len(part.encode("utf-16-le")) > 62 for part in inside):
            return None
        branch = tree
        for part in inside[:-1]:
            child = branch.setdefault(part, {})
            if not isinstance(child, dict):
                return None
            branch = child
        data = ole.openstream(path).read()
        if inside == ["__properties_version1.0"]:
            data = data[:24] + bytes(8) + data[24:]
        branch[inside[-1]] = data
    return write(tree)
