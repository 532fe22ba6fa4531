"""Every piece of text an image file carries, located, for the leak guard (vault/leakguard.py).

An exported photograph should carry no metadata at all; this reads back what is really in the file
(EXIF in every IFD, XMP, IPTC and other JPEG application segments, JPEG comments, PNG text chunks), so
that a metadata stripper that missed something is caught before the file leaves.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator

from PIL import ExifTags, Image, UnidentifiedImageError

from vault.leakguard import TextPart
from vault.messages import Text

_IFDS = {
    "Exif": ExifTags.IFD.Exif,
    "GPS": ExifTags.IFD.GPSInfo,
    "Interop": ExifTags.IFD.Interop,
}
_XP_TAGS = range(0x9C9B, 0x9CA0)  # Windows XPTitle … XPSubject: UTF-16LE


def _as_text(value: object, utf16: bool = False) -> str:
    if isinstance(value, bytes):
        if utf16:
            return value.decode("utf-16-le", errors="replace")
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return value.decode("latin-1")
    if isinstance(value, tuple | list):
        return " ".join(_as_text(v) for v in value)
    return str(value)


def _tag_name(tag: int) -> str:
    return ExifTags.TAGS.get(tag, ExifTags.GPSTAGS.get(tag, f"tag {tag:#06x}"))


def _exif_parts(image: Image.Image, label: str) -> Iterator[TextPart]:
    exif = image.getexif()
    for tag, value in exif.items():
        where = Text("{label} EXIF {tag}", label=label, tag=_tag_name(tag))
        yield TextPart(where, _as_text(value, tag in _XP_TAGS))
    for ifd_name, ifd in _IFDS.items():
        for tag, value in exif.get_ifd(ifd).items():
            name = ExifTags.GPSTAGS.get(tag, f"tag {tag:#06x}") if ifd_name == "GPS" else _tag_name(tag)
            where = Text("{label} EXIF {ifd} {tag}", label=label, ifd=ifd_name, tag=name)
            yield TextPart(where, _as_text(value, tag in _XP_TAGS))


def _parsed_above(marker: str, payload: bytes, info: dict[str | tuple[int, int], object]) -> bool:
    """True for the JPEG segments already read field by field (JFIF, EXIF, XMP, comment): listed once."""
    if marker == "COM" and "comment" in info:
        return True
    if marker == "APP0" and payload.startswith(b"JFIF"):
        return True
    if marker == "APP1" and payload.startswith(b"Exif\x00"):
        return True
    return marker == "APP1" and payload.startswith(b"http://ns.adobe.com/xap/1.0/\x00") and "xmp" in info


def _metadata(label: str, key: object) -> Text:
    return Text("{label} metadata '{key}'", label=label, key=str(key))


def image_parts(data: bytes, label: str) -> list[TextPart]:
    """Text parts of an image's metadata; ``label`` names the image in each location ("photograph 2")."""
    parts: list[TextPart] = []
    try:
        image = Image.open(io.BytesIO(data))
        parts += _exif_parts(image, label)
        for key, value in sorted(image.info.items(), key=lambda kv: str(kv[0])):
            if key in ("exif", "dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density", "progressive"):
                continue  # EXIF is read tag by tag above; the rest are numbers
            parts.append(TextPart(_metadata(label, key), _as_text(value)))
        for marker, payload in getattr(image, "applist", []):
            if _parsed_above(marker, payload, image.info):
                continue
            where = Text("{label} {marker} segment", label=label, marker=marker)
            parts.append(TextPart(where, _as_text(payload)))
        text = getattr(image, "text", None)  # PNG: also the text chunks after the image data
        if isinstance(text, dict):
            for key, value in sorted(text.items()):
                if key not in image.info:
                    parts.append(TextPart(_metadata(label, key), _as_text(value)))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error):
        # A file we cannot parse cannot be checked: fall back to every readable run of its bytes.
        parts.append(TextPart(Text("{label} (unparsed bytes)", label=label), data.decode("latin-1")))
    return parts


def leftover_metadata(data: bytes) -> list[str]:
    """Where a supposedly stripped image still carries metadata (the colour profile aside): [] if none."""
    kept = ("metadata 'icc_profile'", "APP2 segment")  # the colour profile, kept on purpose
    return [p.location for p in image_parts(data, Text("the picture")) if not p.location.endswith(kept)]
