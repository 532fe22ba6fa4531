"""Photographs: EXIF (capture time, GPS, camera and lens, serial numbers, orientation) and a thumbnail.

The thumbnail is made with ``Image.thumbnail()`` *before* the EXIF orientation is applied, so that
Pillow's JPEG draft mode decodes at 1/2, 1/4 or 1/8 scale (about 43 ms instead of 260 ms for 12 MP
here); the orientation is then applied to the small image only.
"""

from __future__ import annotations

import io
import struct
import warnings
from datetime import datetime
from typing import Any

from PIL import Image, UnidentifiedImageError

from vault.intake import detect, limits, makernotes, xmpmeta
from vault.intake.findings import Findings, Unreadable, clean_int, clean_number, clip, decimal, put
from vault.messages import Text

# Set explicitly rather than relying on Pillow's default: Pillow refuses images over twice this.
Image.MAX_IMAGE_PIXELS = limits.MAX_IMAGE_PIXELS

try:  # HEIC from phones, when the decode-only libheif plugin is installed (see the intake note)
    import pi_heif  # type: ignore[import-untyped, import-not-found, unused-ignore]

    pi_heif.register_heif_opener()
    HEIC_AVAILABLE = True
except ImportError:  # pragma: no cover - depends on the installation
    HEIC_AVAILABLE = False

_IFD_EXIF = 0x8769
_IFD_GPS = 0x8825

# (tag, key) pairs copied as text from the main IFD and the Exif IFD.
_IFD0_TEXT = {0x010F: "camera_make", 0x0110: "camera_model", 0x0131: "software", 0x013B: "artist",
              0x8298: "copyright", 0x013C: "host_computer", 0xC62F: "camera_serial"}  # fmt: skip
_EXIF_TEXT = {0xA433: "lens_make", 0xA434: "lens_model", 0xA431: "camera_serial", 0xA435: "lens_serial",
              0xA430: "owner_name", 0xA420: "image_unique_id"}  # fmt: skip
_DATES = {(None, 0x0132): ("modified_at", 0x9010, 0x9290),
          (_IFD_EXIF, 0x9003): ("captured_at", 0x9011, 0x9291),
          (_IFD_EXIF, 0x9004): ("digitized_at", 0x9012, 0x9292)}  # fmt: skip

# EXIF orientation -> the transpose that shows the image upright (as ImageOps.exif_transpose does).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def examine_image(data: bytes, media_type: str) -> Findings:
    """Metadata and a JPEG thumbnail of an image; raises Unreadable with the reason it cannot be read."""
    if media_type == detect.HEIC and not HEIC_AVAILABLE:
        raise Unreadable(Text("HEIC images cannot be decoded on this computer (the HEIC plugin is missing)"))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > limits.MAX_IMAGE_PIXELS:
                raise Unreadable(_bomb_reason(width, height))
            metadata, trouble = _metadata_or_less(image)
            thumbnail = make_thumbnail(image, metadata.get("orientation"))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise Unreadable(
                Text("the image declares too many pixels to decode safely (decompression bomb)")
            ) from None
        except UnidentifiedImageError:
            raise Unreadable(Text("the image data is not in a format that can be decoded")) from None
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError, struct.error,
                RuntimeError) as exc:  # fmt: skip
            if media_type in (detect.HEIC, detect.AVIF) and "nsupported" in str(exc):
                raise Unreadable(
                    Text(
                        "this HEIF layout (layered, or another feature) is not supported (stored as received)"
                    )
                ) from None
            raise Unreadable(Text("the image is damaged or truncated")) from None
    findings = Findings(media_type, metadata=metadata, thumbnail=thumbnail)
    if trouble:
        findings.notes.append(Text("its metadata could not be read in full (the picture was)"))
    return findings


def _metadata_or_less(image: Image.Image) -> tuple[dict[str, Any], bool]:
    """The image's metadata; when its EXIF (or XMP, IPTC) cannot be parsed, what can be said without
    it — a metadata failure never costs the picture."""
    try:
        return _metadata(image), False
    except Exception:  # noqa: BLE001 - a hostile EXIF block may trip anything inside Pillow's parser
        metadata: dict[str, Any] = {"width": image.width, "height": image.height}
        put(metadata, "format", clip(image.format, 20))
        return metadata, True


def _bomb_reason(width: int, height: int) -> str:
    return Text(
        "the image declares {width} x {height} pixels, too many to decode safely (decompression bomb)",
        width=width,
        height=height,
    )


def make_thumbnail(image: Image.Image, orientation: object) -> bytes:
    """A JPEG of at most THUMBNAIL_PX on its longest side, shown upright."""
    box = (limits.THUMBNAIL_PX, limits.THUMBNAIL_PX)
    # JPEG draft decoding at the smallest scale still at least ``box`` (1/8 for 12 MP: ~30 ms instead of
    # ~36 ms with thumbnail()'s own, more cautious draft, and ~260 ms for a full decode). Before any
    # transpose: a transposed image is decoded in full.
    if image.format == "JPEG":
        image.draft(None, box)
    else:
        # thumbnail() resizes in place and save() then reads the file again: multi-image HEIF (grids,
        # stereo pairs) fails there, while a copy, decoded once, does not.
        image = image.copy()
    image.thumbnail(box)
    upright = _UPRIGHT.get(orientation) if isinstance(orientation, int) else None
    if upright is not None:
        image = image.transpose(upright)
    if image.mode not in ("RGB", "L"):
        if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
            rgba = image.convert("RGBA")
            canvas = Image.new("RGB", rgba.size, (255, 255, 255))
            canvas.paste(rgba, mask=rgba.getchannel("A"))
            image = canvas
        elif image.mode.startswith("I"):
            image = image.point(lambda v: v / 256).convert("L")  # 16/32-bit scans to 8-bit grey
        else:
            image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=limits.THUMBNAIL_QUALITY, optimize=False)
    return out.getvalue()


def _metadata(image: Image.Image) -> dict[str, Any]:
    metadata: dict[str, Any] = {"width": image.width, "height": image.height}
    put(metadata, "format", clip(image.format, 20))
    put(metadata, "frames", clean_int(getattr(image, "n_frames", 1)))
    exif = image.getexif()
    untrusted_main = dict(exif)
    untrusted_exif = dict(exif.get_ifd(_IFD_EXIF))
    untrusted_gps = dict(exif.get_ifd(_IFD_GPS))
    for tag, key in _IFD0_TEXT.items():
        put(metadata, key, clip(untrusted_main.get(tag), 200))
    for tag, key in _EXIF_TEXT.items():
        put(metadata, key, clip(untrusted_exif.get(tag), 200))
    orientation = clean_int(untrusted_main.get(0x0112))
    if orientation is not None and 1 <= orientation <= 8:
        metadata["orientation"] = orientation
    for (ifd, tag), (key, offset_tag, subsec_tag) in _DATES.items():
        source = untrusted_exif if ifd == _IFD_EXIF else untrusted_main
        put(
            metadata,
            key,
            _exif_datetime(source.get(tag), untrusted_exif.get(offset_tag), untrusted_exif.get(subsec_tag)),
        )
    for key, tag in (("exposure_s", 0x829A), ("f_number", 0x829D), ("focal_length_mm", 0x920A)):
        put(metadata, key, decimal(clean_number(untrusted_exif.get(tag)), 6))
    put(metadata, "iso", clean_int(untrusted_exif.get(0x8827)))
    metadata.update(_gps(untrusted_gps))
    if "camera_serial" not in metadata and 0x927C in untrusted_exif:
        tiff = bytes(image.info.get("exif") or b"")
        tiff = tiff[6:] if tiff.startswith(b"Exif\x00\x00") else tiff
        note = untrusted_exif[0x927C]
        if isinstance(note, bytes):
            put(
                metadata,
                "camera_serial",
                clip(makernotes.serial(metadata.get("camera_make"), note, tiff), 200),
            )
    _xmp_and_iptc(image, metadata)
    if image.format == "PNG":
        untrusted_text = getattr(image, "text", {}) or {}
        texts = {clip(k, 80): clip(v) for k, v in list(untrusted_text.items())[:20]}
        put(metadata, "png_text", {k: v for k, v in texts.items() if k and v})
    return metadata


def _xmp_and_iptc(image: Image.Image, metadata: dict[str, Any]) -> None:
    """Dates, position, camera and serial from XMP, then capture date from IPTC, where EXIF has none
    (photos edited on a computer often keep them there only)."""
    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    if isinstance(packet, bytes) and packet:
        for key, value in xmpmeta.facts(packet).items():
            metadata.setdefault("gps_altitude_m" if key == "gps_altitude" else key, value)
    if "captured_at" in metadata or image.format != "JPEG":
        return
    from PIL import ImageFile, IptcImagePlugin

    if not isinstance(image, ImageFile.ImageFile):
        return
    untrusted_iptc = IptcImagePlugin.getiptcinfo(image) or {}
    day, time = untrusted_iptc.get((2, 55)), untrusted_iptc.get((2, 60))
    if isinstance(day, bytes) and len(day) == 8 and day.isdigit():
        stamp = f"{day[:4].decode()}-{day[4:6].decode()}-{day[6:].decode()}"
        if isinstance(time, bytes) and len(time) >= 6 and time[:6].isdigit():
            clock = time.decode("latin-1")
            stamp += f"T{clock[:2]}:{clock[2:4]}:{clock[4:6]}"
            if len(clock) == 11 and clock[6] in "+-" and clock[7:].isdigit():
                stamp += f"{clock[6:9]}:{clock[9:]}"
        metadata["captured_at"] = stamp


def _exif_datetime(untrusted: object, untrusted_offset: object, untrusted_subsec: object) -> str | None:
    """EXIF "YYYY:MM:DD HH:MM:SS" (+ sub-seconds, + UTC offset) as ISO 8601; odd values as text."""
    text = clip(untrusted, 40)
    if text is None:
        return None
    try:
        moment = datetime.strptime(text[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return text  # kept as the camera wrote it: still evidence of what the file claims
    iso = moment.isoformat()
    subsec = clip(untrusted_subsec, 9)
    if subsec and subsec.isdigit():
        iso += "." + subsec
    offset = clip(untrusted_offset, 6)
    if offset and len(offset) == 6 and offset[0] in "+-" and offset[3] == ":":
        iso += offset
    return iso


def _gps(untrusted: dict[int, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    lat = _degrees(untrusted.get(2), untrusted.get(1), "S")
    lon = _degrees(untrusted.get(4), untrusted.get(3), "W")
    # 0°, 0° is what a device writes when it had no position fix (a Vision Pro writes zero latitude,
    # longitude and altitude): recorded as a place, it would put the photograph in the Gulf of Guinea.
    nowhere = lat == 0 and lon == 0
    if lat is not None and lon is not None and not nowhere and -90 <= lat <= 90 and -180 <= lon <= 180:
        found["gps_latitude"] = decimal(lat, 7)
        found["gps_longitude"] = decimal(lon, 7)
    altitude = clean_number(untrusted.get(6))
    if altitude is not None and abs(altitude) < 100_000 and not (nowhere and altitude == 0):
        below = untrusted.get(5) in (1, b"\x01")
        found["gps_altitude_m"] = decimal(-altitude if below else altitude, 2)
    stamp = untrusted.get(7)
    date = clip(untrusted.get(29), 12)
    if isinstance(stamp, tuple) and len(stamp) == 3 and date:
        parts = [clean_number(p) for p in stamp]
        if all(p is not None for p in parts):
            h, m, s = (int(p or 0) for p in parts)
            found["gps_time"] = f"{date.replace(':', '-')}T{h:02d}:{m:02d}:{s:02d}Z"
    direction = clean_number(untrusted.get(17))
    if direction is not None and 0 <= direction <= 360:
        found["gps_direction_deg"] = decimal(direction, 2)
    return found


def _degrees(untrusted: object, untrusted_ref: object, negative: str) -> float | None:
    if not isinstance(untrusted, tuple) or len(untrusted) != 3:
        return None
    parts = [clean_number(p) for p in untrusted]
    if any(p is None for p in parts):
        return None
    d, m, s = (float(p or 0.0) for p in parts)
    value = d + m / 60 + s / 3600
    ref = clip(untrusted_ref, 2)
    return -value if ref and ref.upper().startswith(negative) else value
