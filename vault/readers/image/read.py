"""Reading an image: the container walked by its kind, then Pillow asked whether the file parses as a
picture (headers only; pixels are never decoded): when it does not, every readable run of the raw bytes
is read as well; a format only Pillow reads gives what Pillow found, and its runs."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from typing import Any

from PIL import Image

from vault.messages import Text
from vault.readers.base import Reading
from vault.readers.image.core import _file_kind
from vault.readers.image.gif import _Gif
from vault.readers.image.heif import _Heif
from vault.readers.image.icc import _Icc
from vault.readers.image.iptc import _Iptc
from vault.readers.image.jpeg import _Jpeg
from vault.readers.image.png import _Png
from vault.readers.image.textruns import runs
from vault.readers.image.tiff import _Tiff
from vault.readers.image.values import _bytes_value
from vault.readers.image.webp import _WebP
from vault.readers.image.xmp import _Xmp

try:  # HEIC from phones: the decode-only libheif plugin, registered as in vault/intake/photo.py
    import pi_heif  # type: ignore[import-untyped, import-not-found, unused-ignore]

    pi_heif.register_heif_opener()
except ImportError:  # pragma: no cover - depends on the installation
    pass


class _Reader(_Tiff, _Xmp, _Iptc, _Icc, _Png, _Gif, _WebP, _Heif):
    """Every kind of block and container an image may hold."""


def _pillow_parses(data: bytes) -> tuple[bool, dict[str | tuple[int, int], Any]]:
    """Whether Pillow recognises and parses the headers (pixels are never decoded), and its ``info``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data))
            return True, dict(image.info)
    except Image.DecompressionBombError:
        return True, {}  # the headers parsed: the size is what was refused
    except Exception:  # noqa: BLE001 - any parser error: not a picture Pillow can read
        return False, {}


def read_image(data: bytes) -> Reading:
    """Every piece of text an image file carries (see the package docstring); never raises."""
    reader = _Reader(len(data))
    try:
        _read(reader, data)
    except Exception:  # noqa: BLE001 - nothing above should raise; if it does, the bytes are still read
        reader.out.unread.append(
            Text("the picture could not be read; every readable run of its bytes was read")
        )
        reader.add(Text("unparsed bytes"), runs(data, every_script=True))
    return reader.out


def _read(reader: _Reader, data: bytes) -> None:
    kind = _file_kind(data)
    parsers: dict[str, Callable[[bytes], None]] = {
        "JPEG": lambda d: reader.trailer(d, _Jpeg(reader, d).walk()),
        "PNG": reader.png,
        "TIFF": lambda d: reader.tiff(d, pages=True),
        "WebP": reader.webp,
        "GIF": reader.gif,
        "ISO": reader.iso,
    }
    if kind:
        reader.nested(Text("the {format} structure", format=kind), data, parsers[kind])
    parsed, info = _pillow_parses(data)
    if not parsed:
        unparsed = Text("the picture could not be parsed; every readable run of its bytes was read")
        reader.out.unread.append(unparsed)
        reader.add(Text("unparsed bytes"), runs(data, every_script=True))
    elif not kind:  # a format read by Pillow only (BMP, ICO, PSD, JPEG 2000 ...): what it found, and runs
        for number, (key, value) in enumerate(info.items(), 1):
            if key == "exif" and isinstance(value, bytes):
                reader.exif(value)
            elif key == "icc_profile" and isinstance(value, bytes):
                reader.nested(Text("the ICC profile"), value, reader.icc)
            elif key == "xmp" and isinstance(value, bytes):
                reader.nested(Text("the XMP packet"), value, reader.xmp)
            elif isinstance(value, str | bytes):
                text = value if isinstance(value, str) else _bytes_value(value)
                reader.add(Text("picture information {number}", number=number), f"{key}: {text}")
        reader.add(Text("readable runs of the picture's bytes"), runs(data))


def read_icc(data: bytes) -> Reading:
    """Every piece of text of an ICC colour profile (an image's, a PDF's ICCBased stream); never raises."""
    reader = _Reader(len(data))
    reader.nested(Text("the ICC profile"), data, reader.icc)
    return reader.out


def read_xmp(data: bytes) -> Reading:
    """Every text node, attribute value and comment of an XMP packet (a PDF's metadata); never raises."""
    reader = _Reader(len(data))
    reader.nested(Text("the XMP packet"), data, reader.xmp)
    return reader.out
