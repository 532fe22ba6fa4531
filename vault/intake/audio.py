"""Audio files: MP3 (ID3v2 and the MPEG frame header), Ogg (Opus, Vorbis: WhatsApp voice notes), WAV
(RIFF, with LIST/INFO and broadcast-wave text), AMR, AAC (ADTS) and FLAC. Our own bounded parsers: no
GPL code (mutagen is GPL), and every loop has a cap.

Each reader returns a ``MediaInfo`` with the facts intake records (``duration_s``, ``codec``,
``sample_rate``, ``channels``, dates and tags) and every text the tags hold, for the gate.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from vault.intake.mediainfo import MediaInfo, printable

MAX_FRAMES = 2_000_000  # AMR and ADTS frames counted for a duration (11 hours of AMR)
MAX_TAG_BYTES = 16 * 1024 * 1024  # one ID3 frame decompressed; one Ogg comment packet
_ID3_TEXT = {"TIT2": "title", "TPE1": "artist", "TALB": "album", "TDRC": "created_at", "TYER": "created_at",
             "TSSE": "software", "TENC": "encoded_by", "TT2": "title", "TP1": "artist", "TAL": "album",
             "TYE": "created_at"}  # fmt: skip
_VORBIS = {"TITLE": "title", "ARTIST": "artist", "ALBUM": "album", "DATE": "created_at", "COMMENT": "comment",
           "DESCRIPTION": "comment",
           "ENCODER": "software"}  # fmt: skip
_RIFF_INFO = {
    b"INAM": "title",
    b"IART": "artist",
    b"ICMT": "comment",
    b"ICRD": "created_at",
    b"ISFT": "software",
}
_ENCODINGS = ("latin-1", "utf-16", "utf-16-be", "utf-8")


def _set(info: MediaInfo, key: str, value: Any) -> None:
    if value not in (None, "") and key not in info.facts:
        info.facts[key] = value


# --- MP3 ------------------------------------------------------------------------------------------------

_BITRATES = {  # (MPEG-1?, layer) → kbit/s by index
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mpeg_header(data: bytes, at: int) -> tuple[int, int, int, int] | None:
    """(frame length, samples per frame, sample rate, bitrate) of an MPEG audio frame header at ``at``."""
    if at + 4 > len(data) or data[at] != 0xFF or data[at + 1] & 0xE0 != 0xE0:
        return None
    version, layer = (data[at + 1] >> 3) & 3, 4 - ((data[at + 1] >> 1) & 3)
    rate_index, bit_index = (data[at + 2] >> 2) & 3, data[at + 2] >> 4
    if version == 1 or layer == 4 or rate_index == 3 or bit_index in (0, 15):
        return None
    mpeg1 = version == 3
    bitrate = _BITRATES[(mpeg1, layer)] if mpeg1 else _BITRATES[(False, 1 if layer == 1 else 2)]
    kbps, rate, padding = bitrate[bit_index], _RATES[version][rate_index], (data[at + 2] >> 1) & 1
    if layer == 1:
        return (12 * kbps * 1000 // rate + padding) * 4, 384, rate, kbps
    samples = 1152 if layer == 2 or mpeg1 else 576
    return samples // 8 * kbps * 1000 // rate + padding, samples, rate, kbps


def read_mp3(data: bytes) -> MediaInfo:
    info = MediaInfo()
    start = tags = 0
    # Tag after tag: players read every ID3v2 tag one after the other (and a padding-less append).
    while data[start : start + 3] == b"ID3" and len(data) >= start + 10 and tags < 64:
        tags += 1
        size = _synchsafe(data[start + 6 : start + 10])
        _id3(info, data[start : start + 10 + size])
        start += 10 + size + (10 if data[start + 5] & 0x10 else 0)
    at = start
    while at < min(len(data), start + 65536) and mpeg_header(data, at) is None:
        at += 1
    header = mpeg_header(data, at)
    if header is None:
        return info
    length, samples, rate, kbps = header
    _set(info, "codec", "MPEG audio")
    _set(info, "sample_rate", rate)
    channels = 1 if data[at + 3] >> 6 == 3 else 2
    _set(info, "channels", channels)
    frame = data[at : at + max(length, 4)]
    for marker in (b"Xing", b"Info"):
        found = frame.find(marker, 4, 64)
        if found > 0 and len(frame) >= found + 12 and frame[found + 7] & 1:
            (frames,) = struct.unpack_from(">I", frame, found + 8)
            info.facts["duration_s"] = frames * samples / rate
            break
    else:
        if frame[36:40] == b"VBRI" and len(frame) >= 50:
            (frames,) = struct.unpack_from(">I", frame, 50 - 4)
            info.facts["duration_s"] = frames * samples / rate
        else:
            end = len(data) - (128 if data[-128:-125] == b"TAG" else 0)
            info.facts["duration_s"] = (end - at) * 8 / (kbps * 1000)
    if data[-128:-125] == b"TAG":
        info.tag("ID3v1", data[-125:].decode("latin-1"))
    return info


def _synchsafe(four: bytes) -> int:
    return (four[0] & 0x7F) << 21 | (four[1] & 0x7F) << 14 | (four[2] & 0x7F) << 7 | (four[3] & 0x7F)


def _id3(info: MediaInfo, tag: bytes) -> None:
    major, flags = tag[3], tag[5]
    body = tag[10:]
    if flags & 0x80 and major < 4:
        body = body.replace(b"\xff\x00", b"\xff")  # the whole tag unsynchronised (v2.3)
    if flags & 0x40 and major == 3 and len(body) >= 4:
        body = body[4 + struct.unpack_from(">I", body)[0] :]  # extended header
    elif flags & 0x40 and major == 4 and len(body) >= 4:
        body = body[_synchsafe(body[:4]) :]
    _frames(info, body, major, 0)


def _frames(info: MediaInfo, body: bytes, major: int, depth: int) -> None:
    """The frames of a tag's body (or of a chapter's, ``depth`` > 0)."""
    at, count = 0, 0
    wide = major >= 3
    head = 10 if wide else 6
    while at + head <= len(body) and count < 10_000 and body[at] != 0:
        count += 1
        frame_id = body[at : at + (4 if wide else 3)].decode("latin-1", "replace")
        if major == 4:
            size = _synchsafe(body[at + 4 : at + 8])
        elif wide:
            (size,) = struct.unpack_from(">I", body, at + 4)
        else:
            size = int.from_bytes(body[at + 3 : at + 6], "big")
        frame_flags = int.from_bytes(body[at + 8 : at + 10], "big") if wide else 0
        content = body[at + head : at + head + size]
        at += head + size
        where = f"ID3 frame {frame_id}" if frame_id.isalnum() else "ID3 frame"
        readable = _frame_content(info, where, major, frame_flags, content)
        if readable is None:
            continue
        sub = _chapter_frames(frame_id, readable)
        if sub is not None and depth < 4:
            info.tag(where, _binary_text(readable[: len(readable) - len(sub)]))
            _frames(info, sub, major, depth + 1)
        elif sub is not None:
            info.unread.append(f"{where} (chapters nested too deep)")
        else:
            _id3_frame(info, where, frame_id, readable)


def _chapter_frames(frame_id: str, content: bytes) -> bytes | None:
    """The sub-frames of a CHAP or CTOC frame (ID3v2 chapters), None for any other frame."""
    if frame_id not in ("CHAP", "CTOC"):
        return None
    at = content.find(b"\x00") + 1  # the element id
    if frame_id == "CHAP":
        return content[at + 16 :]
    if at + 2 > len(content):
        return b""
    entries = content[at + 1]
    at += 2
    for _ in range(entries):
        end = content.find(b"\x00", at)
        if end < 0:
            return b""
        at = end + 1
    return content[at:]


def _binary_text(content: bytes) -> str:
    """A binary value's text: its printable ASCII and every readable run (UTF-16 and Latin-1 too)."""
    from vault.readers.image.textruns import runs

    return printable(content) + "\n" + runs(content[:MAX_TAG_BYTES], every_script=True)


def _frame_content(info: MediaInfo, where: str, major: int, flags: int, content: bytes) -> bytes | None:
    """A frame's bytes with unsynchronisation and compression undone (None: encrypted, or too large)."""
    encrypted, compressed = (
        (flags & 0x0004, flags & 0x0008) if major == 4 else (flags & 0x0040, flags & 0x0080)
    )
    if major == 4 and flags & 0x0001:
        content = content[4:]  # the data length indicator
    if major == 4 and flags & 0x0002:
        content = content.replace(b"\xff\x00", b"\xff")
    if encrypted:
        info.unread.append(where)
        return None
    if compressed:
        if major == 3:
            content = content[4:]
        inflater = zlib.decompressobj()
        try:
            content = inflater.decompress(content, MAX_TAG_BYTES)
        except zlib.error:
            info.unread.append(where)
            return None
        if inflater.unconsumed_tail:
            info.unread.append(where)
    return content


def _id3_text(encoding: int, data: bytes) -> str:
    codec = _ENCODINGS[encoding] if encoding < 4 else "latin-1"
    if codec == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le"
    return data.decode(codec, "replace").replace("\x00", "\n").replace("\ufeff", "")


def _id3_frame(info: MediaInfo, where: str, frame_id: str, content: bytes) -> None:
    if frame_id in ("APIC", "PIC", "GEOB") and content:
        picture = _picture_data(frame_id, content)
        info.embedded.append((where, picture))
        info.tag(where, _binary_text(content[: len(content) - len(picture)] or content[:256]))
        return
    if frame_id[:1] == "T" or frame_id in ("COMM", "COM", "USLT", "ULT", "WXXX", "WXX", "USER", "OWNE"):
        encoding = content[0] if content else 0
        rest = content[1:]
        if frame_id in ("COMM", "COM", "USLT", "ULT", "USER"):
            rest = rest[3:]  # the language code
        text = _id3_text(encoding, rest)
        info.tag(where, text)
        key = _ID3_TEXT.get(frame_id)
        if key is not None:
            _set(info, key, text.strip()[:300])
        elif frame_id in ("COMM", "COM"):
            _set(info, "comment", text.strip()[:300])
    else:
        info.tag(where, _binary_text(content) if frame_id[:1] != "W" else content.decode("latin-1"))


def _picture_data(frame_id: str, content: bytes) -> bytes:
    """The picture in an APIC frame: after the encoding, MIME type, picture type and description."""
    if frame_id != "APIC":
        return content
    end = content.find(b"\x00", 1)
    at = end + 2  # the MIME type's end, then the picture type
    terminator = b"\x00\x00" if content[:1] in (b"\x01", b"\x02") else b"\x00"
    stop = content.find(terminator, at)
    return content[stop + len(terminator) :] if end > 0 and stop >= 0 else content


# --- Ogg, FLAC ------------------------------------------------------------------------------------------


def _ogg_packets(data: bytes, limit: int = 3) -> list[bytes]:
    """The first ``limit`` packets of the first logical stream (pages read until they are whole)."""
    packets: list[bytes] = []
    current = bytearray()
    at = 0
    while at + 27 <= len(data) and len(packets) < limit and data[at : at + 4] == b"OggS":
        count = data[at + 26]
        table = data[at + 27 : at + 27 + count]
        at += 27 + count
        for lace in table:
            current += data[at : at + lace]
            at += lace
            if len(current) > MAX_TAG_BYTES:
                return packets
            if lace < 255:
                packets.append(bytes(current))
                current.clear()
    return packets


def read_ogg(data: bytes) -> MediaInfo:
    info = MediaInfo()
    packets = _ogg_packets(data)
    if not packets:
        return info
    first = packets[0]
    rate, skip, comments = 0, 0, b""
    if first.startswith(b"OpusHead") and len(first) >= 19:
        _set(info, "codec", "Opus")
        _set(info, "channels", first[9])
        skip, rate = struct.unpack_from("<H", first, 10)[0], 48000
        _set(info, "sample_rate", struct.unpack_from("<I", first, 12)[0] or 48000)
        comments = next((p[8:] for p in packets[1:] if p.startswith(b"OpusTags")), b"")
    elif first.startswith(b"\x01vorbis") and len(first) >= 16:
        _set(info, "codec", "Vorbis")
        _set(info, "channels", first[11])
        rate = struct.unpack_from("<I", first, 12)[0]
        _set(info, "sample_rate", rate)
        comments = next((p[7:] for p in packets[1:] if p.startswith(b"\x03vorbis")), b"")
    elif first.startswith(b"\x80theora"):
        _set(info, "codec", "Theora")
    _vorbis_comments(info, comments, "Vorbis comment")
    last = data.rfind(b"OggS", max(0, len(data) - 65536 * 2))
    if rate and last >= 0 and last + 14 <= len(data):
        (granule,) = struct.unpack_from("<q", data, last + 6)
        if granule > skip:
            info.facts["duration_s"] = (granule - skip) / rate
    return info


def _vorbis_comments(info: MediaInfo, block: bytes, label: str) -> None:
    if len(block) < 8:
        return
    (vendor,) = struct.unpack_from("<I", block)
    info.tag(f"{label} vendor", block[4 : 4 + vendor].decode("utf-8", "replace"))
    at = 4 + vendor
    if at + 4 > len(block):
        return
    (count,) = struct.unpack_from("<I", block, at)
    at += 4
    for n in range(1, min(count, 10_000) + 1):
        if at + 4 > len(block):
            break
        (size,) = struct.unpack_from("<I", block, at)
        text = block[at + 4 : at + 4 + size].decode("utf-8", "replace")
        at += 4 + size
        info.tag(f"{label} {n}", text)
        name, _, value = text.partition("=")
        key = _VORBIS.get(name.upper())
        if key is not None:
            _set(info, key, value.strip()[:300])
        if name.upper() == "METADATA_BLOCK_PICTURE":
            info.unread.append(f"{label} {n} (a picture in base64)")


def read_flac(data: bytes) -> MediaInfo:
    info = MediaInfo()
    at, count = 4, 0
    while at + 4 <= len(data) and count < 1000:
        count += 1
        header = data[at]
        size = int.from_bytes(data[at + 1 : at + 4], "big")
        block = data[at + 4 : at + 4 + size]
        kind = header & 0x7F
        if kind == 0 and len(block) >= 18:
            packed = int.from_bytes(block[10:18], "big")
            rate, channels, samples = packed >> 44, ((packed >> 41) & 7) + 1, packed & (2**36 - 1)
            _set(info, "codec", "FLAC")
            _set(info, "sample_rate", rate)
            _set(info, "channels", channels)
            if rate and samples:
                info.facts["duration_s"] = samples / rate
        elif kind == 4:
            _vorbis_comments(info, block, "FLAC comment")
        elif kind == 6:
            info.embedded.append(("FLAC picture", block))
        at += 4 + size
        if header & 0x80:
            break
    return info


# --- WAV, AMR, AAC ------------------------------------------------------------------------------------


def read_wav(data: bytes) -> MediaInfo:
    info = MediaInfo()
    at, count, byte_rate = 12, 0, 0
    while at + 8 <= len(data) and count < 10_000:
        count += 1
        kind, size = data[at : at + 4], struct.unpack_from("<I", data, at + 4)[0]
        body = data[at + 8 : at + 8 + size]
        name = kind.decode("latin-1") if kind.isalnum() or kind.strip().isalnum() else "chunk"
        if kind == b"fmt " and len(body) >= 16:
            _format, channels, rate, byte_rate = struct.unpack_from("<HHII", body)
            _set(info, "codec", "PCM" if _format == 1 else f"WAVE format {_format}")
            _set(info, "channels", channels)
            _set(info, "sample_rate", rate)
        elif kind == b"data":
            if byte_rate:
                info.facts["duration_s"] = min(size, len(data) - at - 8) / byte_rate
        elif kind == b"LIST" and body[:4] == b"INFO":
            inner = 4
            while inner + 8 <= len(body):
                sub, length = body[inner : inner + 4], struct.unpack_from("<I", body, inner + 4)[0]
                text = body[inner + 8 : inner + 8 + length].decode("utf-8", "replace")
                info.tag(f"RIFF INFO {sub.decode('latin-1')}" if sub.isalnum() else "RIFF INFO", text)
                if sub in _RIFF_INFO:
                    _set(info, _RIFF_INFO[sub], text.replace("\x00", "").strip()[:300])
                inner += 8 + length + (length & 1)
        elif kind == b"bext" and len(body) >= 338:
            info.tag("RIFF bext", body[:338].decode("latin-1"))
            _set(info, "created_at", body[320:330].decode("latin-1", "replace").strip("\x00 ") or None)
        else:
            info.tag(f"RIFF {name}", printable(body))
        at += 8 + size + (size & 1)
    return info


_AMR_NB = (13, 14, 16, 18, 20, 21, 27, 32, 6, 1, 1, 1, 1, 1, 1, 1)
_AMR_WB = (18, 24, 33, 37, 41, 47, 51, 59, 61, 6, 1, 1, 1, 1, 1, 1)


def read_amr(data: bytes) -> MediaInfo:
    info = MediaInfo()
    wide = data.startswith(b"#!AMR-WB\n")
    at = 9 if wide else 6
    sizes = _AMR_WB if wide else _AMR_NB
    frames = 0
    while at < len(data) and frames < MAX_FRAMES:
        at += sizes[(data[at] >> 3) & 0x0F]
        frames += 1
    info.facts.update({"codec": "AMR-WB" if wide else "AMR", "sample_rate": 16000 if wide else 8000,
                       "channels": 1, "duration_s": frames * 0.02})  # fmt: skip
    return info


_AAC_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350)


def read_adts(data: bytes) -> MediaInfo:
    info = MediaInfo()
    at, frames, rate = 0, 0, 0
    if data.startswith(b"ID3") and len(data) >= 10:
        at = 10 + _synchsafe(data[6:10])
        _id3(info, data[:at])
    while at + 7 <= len(data) and frames < MAX_FRAMES and data[at] == 0xFF and data[at + 1] & 0xF6 == 0xF0:
        index = (data[at + 2] >> 2) & 0x0F
        rate = _AAC_RATES[index] if index < len(_AAC_RATES) else 0
        if frames == 0:
            _set(info, "channels", ((data[at + 2] & 1) << 2) | (data[at + 3] >> 6))
        length = ((data[at + 3] & 3) << 11) | (data[at + 4] << 3) | (data[at + 5] >> 5)
        if length < 7:
            break
        at += length
        frames += 1
    _set(info, "codec", "AAC")
    if rate:
        _set(info, "sample_rate", rate)
        info.facts["duration_s"] = frames * 1024 / rate
    return info
