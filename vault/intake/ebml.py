"""WebM and Matroska (EBML): duration, date, muxing and writing application, tracks' codecs and sizes,
tags, chapter names and attached files. Iterative and bounded; clusters (the media) are skipped."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta
from typing import Any

from vault.intake.mediainfo import MediaInfo, printable

MAX_ELEMENTS = 100_000
MAX_DEPTH = 16
_EPOCH_2001 = datetime(2001, 1, 1, tzinfo=UTC)
SEGMENT, INFO, TRACKS, TRACK, VIDEO, AUDIO = 0x18538067, 0x1549A966, 0x1654AE6B, 0xAE, 0xE0, 0xE1
TAGS, TAG, SIMPLE_TAG, TARGETS = 0x1254C367, 0x7373, 0x67C8, 0x63C0
ATTACHMENTS, ATTACHED_FILE, FILE_DATA = 0x1941A469, 0x61A7, 0x465C
CHAPTERS, EDITION, ATOM, DISPLAY = 0x1043A770, 0x45B9, 0xB6, 0x80
CLUSTER, CUES, SEEK_HEAD = 0x1F43B675, 0x1C53BB6B, 0x114D9B74
_MASTERS = frozenset({SEGMENT, INFO, TRACKS, TRACK, VIDEO, AUDIO, TAGS, TAG, SIMPLE_TAG, TARGETS,
                      ATTACHMENTS, ATTACHED_FILE, CHAPTERS, EDITION, ATOM, DISPLAY, 0x1A45DFA3})  # fmt: skip
_SKIPPED = frozenset({CLUSTER, CUES, SEEK_HEAD, 0xEC, 0xBF})  # media, index, padding, CRC
_STRINGS = {0x4282: "doc_type", 0x7BA9: "title", 0x4D80: "muxing_app", 0x5741: "writing_app", 0x86: "codec",
            0x536E: "track name", 0x45A3: "tag name", 0x4487: "tag", 0x466E: "file name",
            0x467E: "file description", 0x4660: "file type", 0x85: "chapter"}  # fmt: skip


def _vint(data: bytes, at: int, keep_marker: bool) -> tuple[int, int] | None:
    """(value, length) of an EBML variable-length integer at ``at``; -1 for the "unknown size"."""
    if at >= len(data) or data[at] == 0:
        return None
    first = data[at]
    length = 8 - first.bit_length() + 1
    if at + length > len(data):
        return None
    value = int.from_bytes(data[at : at + length], "big")
    if keep_marker:
        return value, length
    value &= (1 << (7 * length)) - 1
    return (-1 if value == (1 << (7 * length)) - 1 else value), length


def read(data: bytes) -> MediaInfo:
    info = MediaInfo()
    scale = 1_000_000
    duration: float | None = None
    tracks: list[dict[str, Any]] = []
    stack = [(0, len(data), 0)]
    visited = 0
    while stack:
        at, end, depth = stack.pop()
        while at < end:
            visited += 1
            ident = _vint(data, at, keep_marker=True)
            size = _vint(data, at + ident[1], keep_marker=False) if ident else None
            if ident is None or size is None or visited > MAX_ELEMENTS:
                break
            body = at + ident[1] + size[1]
            stop = end if size[0] < 0 else min(end, body + size[0])
            element = ident[0]
            at = stop
            if element in _SKIPPED:
                continue
            if element in _MASTERS and depth < MAX_DEPTH:
                if element == TRACK:
                    tracks.append({})
                stack.append((at, end, depth))  # the rest of this level, after the children
                stack.append((body, stop, depth + 1))
                break
            content = data[body:stop]
            if element == 0x2AD7B1 and 0 < len(content) <= 8:
                scale = int.from_bytes(content, "big") or scale
            elif element == 0x4489 and len(content) in (4, 8):
                duration = struct.unpack(">f" if len(content) == 4 else ">d", content)[0]
            elif element == 0x4461 and len(content) == 8:
                (nanoseconds,) = struct.unpack(">q", content)
                info.facts.setdefault(
                    "created_at", (_EPOCH_2001 + timedelta(microseconds=nanoseconds // 1000)).isoformat()
                )
            elif element in (0xB0, 0xBA) and tracks and 0 < len(content) <= 4:
                tracks[-1]["width" if element == 0xB0 else "height"] = int.from_bytes(content, "big")
            elif element == 0x83 and tracks and len(content) == 1:
                tracks[-1]["type"] = {1: "video", 2: "audio", 17: "subtitle"}.get(content[0], "other")
            elif element == FILE_DATA:
                info.embedded.append(("Matroska attached file", content))
            elif element in _STRINGS:
                text = content.decode("utf-8", "replace")
                info.tag(f"Matroska {_STRINGS[element]}", text)
                if element == 0x86 and tracks:
                    tracks[-1]["codec"] = text.strip("\x00")[:40]
                elif element in (0x4282, 0x7BA9, 0x4D80, 0x5741):
                    info.facts.setdefault(_STRINGS[element], text.strip("\x00")[:300])
            elif element not in (0xE7, 0xA3, 0xA1):
                text = printable(content, 4096)
                if len(text) >= 4:
                    info.tag("Matroska element", text)
    if duration is not None and duration >= 0:
        info.facts["duration_s"] = duration * scale / 1e9
    info.facts["tracks"] = tracks
    return info
