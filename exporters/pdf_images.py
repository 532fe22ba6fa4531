"""The images of a rebuilt copy, without their metadata: JPEG APPn segments (but JFIF and Adobe), comment
segments and trailing bytes removed; JPEG 2000 descriptive boxes and codestream comments removed; and the
check that an image still decodes."""

from __future__ import annotations

import io
import struct

from PIL import Image

_JFIF = b"JFIF\x00"
_ADOBE = b"Adobe"


def strip_jpeg_metadata(data: bytes) -> bytes:
    """A JPEG with its APPn segments removed but JFIF (APP0) and Adobe (APP14), without comment
    segments, and without anything after its end marker. ValueError when it is not a JPEG."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    at = 2
    size = len(data)
    while at < size:
        if data[at] != 0xFF:
            raise ValueError("damaged JPEG")
        marker = data[at + 1] if at + 1 < size else 0xD9
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xD9:
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[at : at + 2]
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2 or at + 2 + length > size:
            raise ValueError("damaged JPEG")
        segment = data[at : at + 2 + length]
        if 0xE0 <= marker <= 0xEF:
            keep = (marker == 0xE0 and segment[4:9] == _JFIF) or (marker == 0xEE and segment[4:9] == _ADOBE)
        else:
            keep = marker != 0xFE  # COM
        if keep:
            out += segment
        at += 2 + length
        if marker == 0xDA:  # entropy-coded data runs to the next marker (not a stuffed 0 or a restart)
            scan = at
            while True:
                ff = data.find(b"\xff", scan)
                if ff < 0 or ff + 1 >= size:
                    raise ValueError("damaged JPEG")
                following = data[ff + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    scan = ff + 1
                    continue
                out += data[at:ff]
                at = ff
                break
    out += b"\xff\xd9"
    return bytes(out)


def _check_image(data: bytes) -> None:
    """Raise unless Pillow decodes the image (at reduced scale for a JPEG: all of the data is read)."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()


_JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
_JP2_KEPT = {b"jP  ", b"ftyp", b"jp2h", b"jp2c", b"rreq"}


def _clean_jpx(data: bytes) -> bytes:
    """A JPEG 2000 image without XML, UUID (XMP), label or other descriptive boxes, and without
    comment segments in its codestream's main header."""
    if data.startswith(b"\xff\x4f\xff\x51"):  # a bare codestream
        return _clean_codestream(data)
    if not data.startswith(_JP2_SIGNATURE):
        return data
    out = bytearray()
    at = 0
    while at + 8 <= len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        header = 8
        if length == 1:
            (length,) = struct.unpack(">Q", data[at + 8 : at + 16])
            header = 16
        elif length == 0:
            length = len(data) - at
        if length < header:
            break
        box = data[at : at + length]
        if kind == b"jp2c":
            out += struct.pack(">I", 0) + b"jp2c" + _clean_codestream(box[header:])
            break
        if kind in _JP2_KEPT:
            out += box
        at += length
    return bytes(out)


def _clean_codestream(data: bytes) -> bytes:
    """A JPEG 2000 codestream without COM marker segments in its main header."""
    if not data.startswith(b"\xff\x4f"):
        return data
    out = bytearray(b"\xff\x4f")
    at = 2
    while at + 4 <= len(data):
        marker = data[at : at + 2]
        if marker == b"\xff\x90":  # first tile: the main header ends
            break
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker != b"\xff\x64":
            out += data[at : at + 2 + length]
        at += 2 + length
    return bytes(out + data[at:])
