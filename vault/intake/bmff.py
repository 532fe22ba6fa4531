"""MP4, MOV, 3GP and M4A (ISO base media file format boxes): duration, dates, position, device, codecs.

A phone video keeps what it says about itself in its ``moov`` box: the movie header (creation time,
duration), one track per stream (its handler, codec and size), and user data in three dialects —
QuickTime's ``udta`` boxes (``©xyz`` position, ``©mak``/``©mod`` device, ``©day``), iTunes-style
``meta``/``ilst`` tags (``©nam``, ``©cmt``, ``©ART`` …) and Apple's ``mdta`` keys
(``com.apple.quicktime.location.ISO6709``, ``…make``, ``…model``, ``…creationdate``) — plus XMP.

The walk is iterative and bounded (boxes visited, nesting depth); ``mdat`` (the media) is never read.
``tags`` collects every text the boxes hold, each with its box path, for the outbound gate.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

MAX_BOXES = 50_000
MAX_DEPTH = 16
_EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)
_CONTAINERS = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"ilst", b"edts", b"dinf",
                         b"moof", b"traf", b"mvex", b"tref", b"sinf", b"schi", b"gmhd"})  # fmt: skip
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")


@dataclass
class Movie:
    """What the boxes say (raw, as claimed); ``tags``: (box path, text) for every text found."""

    brand: str | None = None
    created: datetime | None = None
    duration_s: float | None = None
    tracks: list[dict[str, Any]] = field(default_factory=list)
    tags: list[tuple[str, str]] = field(default_factory=list)
    named: dict[str, str] = field(default_factory=dict)  # tag → text (first of each): ©xyz, make, …
    xmp: bytes | None = None
    truncated: bool = False
    unread: list[str] = field(default_factory=list)  # box paths not read (a compressed movie box)


def _boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, content start, content end) of the boxes between ``start`` and ``end``."""
    found: list[tuple[bytes, int, int]] = []
    at = start
    while at + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, at)
        header = 8
        if size == 1:
            if at + 16 > end:
                break
            (size,) = struct.unpack_from(">Q", data, at + 8)
            header = 16
        elif size == 0:
            size = end - at
        if size < header or at + size > end:
            found.append((kind, at + header, end))  # a box cut short: read what there is
            break
        found.append((kind, at + header, at + size))
        at += size
    return found


MAX_CMOV_BYTES = 64 * 1024 * 1024  # a compressed movie box (QuickTime ``cmov``), inflated


def read(data: bytes, *, inflated: int = 0) -> Movie:
    """The movie's facts; never raises for malformed boxes (what cannot be read is left out, and a
    compressed movie box that cannot be inflated is named in ``unread``)."""
    movie = Movie()
    if data[4:8] == b"ftyp":
        movie.brand = data[8:12].decode("latin-1").strip() or None
    stack: list[tuple[int, int, str, int, dict[str, Any] | None]] = [(0, len(data), "", 0, None)]
    visited = 0
    keys: list[str] = []
    while stack:
        start, end, path, depth, track = stack.pop()
        later: list[tuple[int, int, str, int, dict[str, Any] | None]] = []
        for kind, body, stop in _boxes(data, start, end):
            visited += 1
            if visited > MAX_BOXES:
                movie.truncated = True
                return movie
            where = f"{path}/{kind.decode('latin-1')}" if path else kind.decode("latin-1")
            if kind in _CONTAINERS and depth < MAX_DEPTH:
                inner = track
                if kind == b"trak":
                    inner = {}
                    movie.tracks.append(inner)
                later.append((body, stop, where, depth + 1, inner))
            elif kind == b"meta" and depth < MAX_DEPTH:
                # ISO's meta is a full box (4 bytes of version and flags); QuickTime's is not.
                skip = 0 if data[body + 4 : body + 8] == b"hdlr" else 4
                later.append((body + skip, stop, where, depth + 1, track))
            elif kind == b"cmov":
                _cmov(data[body:stop], movie, where, inflated)
            else:
                _leaf(data, movie, kind, body, stop, where, track, keys)
        stack.extend(reversed(later))
    return movie


def _cmov(content: bytes, movie: Movie, where: str, inflated: int) -> None:
    """QuickTime's compressed movie box (``dcom`` 'zlib', ``cmvd``: size + zlib(moov)), which players
    open: inflated (bounded) and read as a movie of its own, its tags and readable runs kept."""
    from vault.readers.image.textruns import runs

    parts = {kind: content[body:stop] for kind, body, stop in _boxes(content, 0, len(content))}
    compressed = parts.get(b"cmvd", b"")[4:]
    if parts.get(b"dcom", b"")[:4] != b"zlib" or not compressed or inflated > 2:
        movie.unread.append(f"{where} (a compressed movie box that is not read here)")
        return
    inflater = zlib.decompressobj()
    try:
        moov = inflater.decompress(compressed, MAX_CMOV_BYTES)
    except zlib.error:
        movie.unread.append(f"{where} (damaged)")
        return
    if inflater.unconsumed_tail:
        movie.unread.append(f"{where} (inflates past the size limit)")
    inner = read(moov, inflated=inflated + 1)
    movie.tags += [(f"{where}/{w}", t) for w, t in inner.tags]
    movie.tags.append((f"{where} inflated", runs(moov, every_script=True)))
    movie.tracks += inner.tracks
    for key, value in inner.named.items():
        movie.named.setdefault(key, value)
    movie.created = movie.created or inner.created
    movie.duration_s = movie.duration_s or inner.duration_s
    movie.xmp = movie.xmp or inner.xmp
    movie.truncated = movie.truncated or inner.truncated
    movie.unread += [f"{where}/{u}" for u in inner.unread]


def _leaf(data: bytes, movie: Movie, kind: bytes, body: int, stop: int, where: str,
          track: dict[str, Any] | None, keys: list[str]) -> None:  # fmt: skip
    content = data[body:stop]
    if kind == b"mvhd":
        created, timescale, duration = _header_times(content)
        movie.created = created
        if timescale and duration is not None and duration < 2**63:
            movie.duration_s = duration / timescale
    elif kind == b"tkhd" and track is not None and len(content) >= 84:
        width, height = struct.unpack_from(">II", content, len(content) - 8)
        if width >> 16 and height >> 16:
            track["width"], track["height"] = width >> 16, height >> 16
    elif kind == b"hdlr" and len(content) >= 12:
        handler = content[8:12].decode("latin-1")
        if track is not None and where.endswith("/mdia/hdlr"):
            track["handler"] = handler
    elif kind == b"stsd" and track is not None and len(content) >= 16:
        track["codec"] = content[12:16].decode("latin-1").strip()
    elif kind == b"mdhd" and track is not None:
        _created, timescale, duration = _header_times(content)
        if timescale and duration is not None:
            track["duration_s"] = duration / timescale
    elif kind == b"keys" and len(content) >= 8:
        keys.clear()
        at = 8
        while at + 8 <= len(content) and len(keys) < 1000:
            (size,) = struct.unpack_from(">I", content, at)
            if size < 8:
                break
            keys.append(content[at + 8 : at + size].decode("utf-8", "replace"))
            at += size
    elif kind == b"uuid" and content[:16] == _XMP_UUID:
        movie.xmp = content[16:]
    elif kind == b"XMP_":
        movie.xmp = content
    elif "/ilst/" in where:
        _ilst_item(data, movie, kind, body, stop, where, keys)
    elif kind == b"loci" and len(content) >= 20:
        _loci(movie, where, content)
    elif "/udta/" in where and kind[:1] == b"\xa9" and len(content) >= 4:
        (length,) = struct.unpack_from(">H", content)
        text = content[4 : 4 + length].decode("utf-8", "replace")  # QuickTime international text
        _tag(movie, where, kind.decode("latin-1"), text)
    elif "/udta/" in where and kind not in (b"free", b"skip"):
        # Any other user data (a maker's own box): its printable runs, for the gate.
        text = "".join(chr(b) if 32 <= b < 127 else " " for b in content[:65536])
        if text.strip():
            movie.tags.append((where, " ".join(text.split())))


def _ilst_item(
    data: bytes, movie: Movie, kind: bytes, body: int, stop: int, where: str, keys: list[str]
) -> None:
    key = None
    if kind[:1] == b"\x00":  # an mdta item: the key's number (from 1); the key is the writer's text
        index = struct.unpack(">I", kind)[0] - 1
        key = keys[index] if 0 <= index < len(keys) else ""
        where = f"{where.rsplit('/', 1)[0]}/key {index + 1}"
    for sub, inner, end in _boxes(data, body, stop):
        if sub == b"data" and end - inner >= 8:
            (type_code,) = struct.unpack_from(">I", data, inner)
            value = data[inner + 8 : end]
            text = value.decode("utf-16-be" if type_code in (2, 5) else "utf-8", "replace")
            if type_code not in (0, 1, 2, 4, 5):  # numbers, pictures: their printable runs
                text = "".join(chr(b) if 32 <= b < 127 else " " for b in value[:65536])
            if key is not None:
                _tag(movie, where, key, text, f"{key}: {text}")
            else:
                _tag(movie, where, kind.decode("latin-1"), text)


def _tag(movie: Movie, where: str, name: str, text: str, shown: str | None = None) -> None:
    text = text.replace("\x00", " ").strip()
    if text:
        movie.tags.append((where, shown or text))
        movie.named.setdefault(name, text)


def _loci(movie: Movie, where: str, content: bytes) -> None:
    """3GPP's location box: a place name, then longitude, latitude, altitude (16.16 fixed), then the
    astronomical body and notes."""
    end = content.find(b"\x00", 6)
    if end < 0 or end + 14 > len(content):
        return
    name = content[6:end].decode("utf-8", "replace")
    lon, lat, alt = struct.unpack_from(">iii", content, end + 2)
    rest = content[end + 14 :].replace(b"\x00", b" ").decode("utf-8", "replace")
    _tag(movie, where, "loci", f"{name} {rest}")
    movie.named["loci-position"] = f"{lat / 65536:+.6f}{lon / 65536:+.6f}{alt / 65536:+.3f}/"


def _header_times(content: bytes) -> tuple[datetime | None, int, int | None]:
    """(creation time, timescale, duration) of an mvhd or mdhd box, version 0 or 1."""
    if content[:1] == b"\x01" and len(content) >= 32:
        created, _modified, timescale, duration = struct.unpack_from(">QQIQ", content, 4)
    elif len(content) >= 20:
        created, _modified, timescale, duration = struct.unpack_from(">IIII", content, 4)
    else:
        return None, 0, None
    when = None
    if 0 < created < 2**40:  # zero is "not set" (many encoders): no claim rather than 1904
        when = _EPOCH_1904 + timedelta(seconds=created)
    unknown = duration in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
    return when, timescale, None if unknown else duration


def iso6709(untrusted: str) -> tuple[float, float, float | None] | None:
    """An ISO 6709 position ("+37.7858-122.4064+012.000/"), in decimal degrees, or None."""
    found = _ISO6709.match(untrusted.strip())
    if found is None:
        return None
    lat, lon = _degrees(found.group(1), 2), _degrees(found.group(2), 3)
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
        return None
    alt = float(found.group(3)) if found.group(3) else None
    return lat, lon, alt


def _degrees(text: str, width: int) -> float | None:
    """±DD.D, ±DDMM.M or ±DDMMSS.S (ISO 6709's three forms; ``width``: 2 for latitude, 3 for longitude)."""
    sign = -1.0 if text[0] == "-" else 1.0
    whole, _, fraction = text[1:].partition(".")
    value = float(text[1:])
    if len(whole) == width + 2:
        value = float(whole[:width]) + float(f"{whole[width:]}.{fraction or 0}") / 60
    elif len(whole) == width + 4:
        value = (
            float(whole[:width])
            + float(whole[width : width + 2]) / 60
            + float(f"{whole[width + 2 :]}.{fraction or 0}") / 3600
        )
    elif len(whole) > width:
        return None
    return sign * value
