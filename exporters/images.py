"""Image working copies: metadata stripped, rotated, redacted with burned-in boxes. Bytes in, bytes out.

No Qt, no database: the caller reads the original and stores the result (issue 6 reuses this for photo
exports). The original is never touched; every operation decodes it and encodes a new image.

- The EXIF orientation is applied first, so the copy looks the way the photograph is shown, and
  boxes and rotations refer to that upright picture.
- ``rotate`` turns clockwise by a multiple of 90 degrees, lossless on the pixels.
- ``redact`` boxes are (x, y, width, height) in the pixels of the result after rotation; they are
  painted opaque black into the pixels. A redacted copy never keeps metadata: an EXIF block can carry a
  preview thumbnail of the unredacted picture.
- ``strip`` keeps no EXIF, XMP, IPTC, comments, PNG text or colour profile: an ICC profile carries text
  (its description, copyright, device names: a profile made on someone's computer can name them). The
  pixels are first converted from the profile to sRGB, which is what a picture without a profile is
  shown as, so the colours stay right; ``keep_icc=True`` keeps the original profile instead (the
  outbound gate then reads its text). Without ``strip``, EXIF is kept (minus its preview thumbnail and
  maker notes) with the orientation reset, since the pixels are now upright, and so is the profile.

JPEG stays JPEG (re-encoded at high quality); every other format becomes PNG (lossless).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageDraw, ImageOps, UnidentifiedImageError

from vault.messages import Text

MAX_PIXELS = 200_000_000  # the same bound intake uses (vault/intake/limits.py)
JPEG_QUALITY = 95
_EXIF_IFD1_TAGS = (0x0201, 0x0202)  # JPEGInterchangeFormat(Length): the embedded preview
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
# Colours that show whether a profile is sRGB in all but name: black, white, greys, primaries, skin, sky.
_PROBE = ((0, 0, 0), (255, 255, 255), (128, 128, 128), (32, 32, 32), (255, 0, 0), (0, 255, 0), (0, 0, 255),
          (255, 255, 0), (0, 255, 255), (255, 0, 255), (224, 172, 140), (90, 150, 220))  # fmt: skip


class ImageError(Exception):
    """The image cannot be made into a working copy; the message is fixed and user-safe."""


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels: left, top, width, height."""

    x: int
    y: int
    width: int
    height: int

    @classmethod
    def parse(cls, text: str) -> Box:
        """``"X,Y,W,H"`` as typed on a command line."""
        parts = text.split(",")
        if len(parts) != 4 or not all(p.strip().lstrip("-").isdigit() for p in parts):
            raise ImageError(Text("a redaction box is X,Y,WIDTH,HEIGHT in pixels, not {text!r}", text=text))
        x, y, w, h = (int(p) for p in parts)
        if w <= 0 or h <= 0 or x < 0 or y < 0:
            raise ImageError(Text("a redaction box needs a positive width and height inside the picture"))
        return cls(x, y, w, h)


@dataclass(frozen=True)
class Result:
    data: bytes
    format: str  # "JPEG" or "PNG"
    width: int
    height: int
    operations: tuple[str, ...]


def working_copy(
    original: bytes,
    *,
    strip: bool = False,
    rotate: int = 0,
    redact: Sequence[Box] = (),
    keep_icc: bool = False,
) -> Result:
    """A new image made from ``original`` with the requested operations (see the module docstring)."""
    if rotate % 90 != 0:
        raise ImageError(Text("rotation must be a multiple of 90 degrees"))
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(original))
        if image.width * image.height > MAX_PIXELS:
            raise ImageError(Text("the picture has too many pixels to process safely"))
        source_format = image.format or "PNG"
        exif = image.getexif()
        icc = image.info.get("icc_profile")
        image.load()
        upright = ImageOps.exif_transpose(image)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ImageError(Text("the picture cannot be decoded")) from exc
    keep_exif = not strip and not redact
    profile = icc if isinstance(icc, bytes) and icc else None
    if profile is not None and not keep_exif and not keep_icc:
        upright, profile = _to_srgb(upright, profile), None
    operations: list[str] = []
    turns = (rotate // 90) % 4
    if turns:
        # Pillow's ROTATE_* turn anticlockwise; users think of "rotate 90" as clockwise.
        upright = upright.transpose(
            {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_90}[
                turns
            ]
        )
        operations.append(f"rotate {turns * 90}")
    if redact:
        upright = _burn_in(upright, redact)
        operations.append(f"redact {len(redact)} area(s)")
    if not keep_exif:
        operations.append("strip metadata")
    out_format = "JPEG" if source_format == "JPEG" else "PNG"
    data = _encode(upright, out_format, _clean_exif(exif) if keep_exif else None, profile)
    return Result(data, out_format, upright.width, upright.height, tuple(operations))


def _burn_in(image: Image.Image, boxes: Sequence[Box]) -> Image.Image:
    if image.mode not in ("RGB", "L", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    draw = ImageDraw.Draw(image)
    black: int | tuple[int, ...] = (
        0 if image.mode == "L" else (0, 0, 0, 255) if image.mode == "RGBA" else (0, 0, 0)
    )
    for box in boxes:
        if box.x >= image.width or box.y >= image.height:
            raise ImageError(
                Text(
                    "redaction box {x},{y} lies outside the {width} x {height} picture",
                    x=box.x,
                    y=box.y,
                    width=image.width,
                    height=image.height,
                )
            )
        right = min(image.width, box.x + box.width) - 1
        bottom = min(image.height, box.y + box.height) - 1
        draw.rectangle((box.x, box.y, right, bottom), fill=black)
    return image


def _clean_exif(exif: Image.Exif) -> bytes:
    exif[0x0112] = 1  # the pixels are upright now
    for tag in _EXIF_IFD1_TAGS:
        exif.pop(tag, None)
    exif.get_ifd(0x8769).pop(0x927C, None)  # MakerNote: opaque, may hold previews and serials
    return exif.tobytes()


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    """The pixels as sRGB, converted from ``icc``: what they look like once the profile is dropped.

    Unchanged when the profile is sRGB in all but name (the probe colours come out the same), and when it
    cannot be interpreted (the viewer would show the pixels as sRGB anyway: dropping it is the best left).
    """
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
    except (OSError, ImageCms.PyCMSError):
        return image
    original = image
    if image.mode in ("P", "PA"):
        image = image.convert("RGBA" if image.mode == "PA" or "transparency" in image.info else "RGB")
    alpha = image.getchannel("A") if image.mode in ("RGBA", "LA") else None
    if image.mode in ("L", "LA"):
        in_mode, grey = "L", True
    elif image.mode == "CMYK":
        in_mode, grey = "CMYK", False
    elif image.mode in ("RGB", "RGBA"):
        in_mode, grey = "RGB", False
    else:
        return original  # 16-bit and float modes: lcms has no path here; the profile is dropped as it is
    pixels = image if image.mode == in_mode else image.convert(in_mode)
    try:
        transform = ImageCms.buildTransform(source, _SRGB, in_mode, "RGB")
        if in_mode == "RGB" and _is_identity(transform):
            return original
        converted = ImageCms.applyTransform(pixels, transform)
    except (OSError, ValueError, ImageCms.PyCMSError):
        return original
    if converted is None:  # pragma: no cover - only with inPlace=True
        return original
    if grey:
        converted = converted.convert("L")
    if alpha is not None:
        converted = converted.convert("LA" if grey else "RGB")
        converted.putalpha(alpha)
    return converted


def _is_identity(transform: ImageCms.ImageCmsTransform) -> bool:
    probe = Image.new("RGB", (len(_PROBE), 1))
    probe.putdata(list(_PROBE))
    out = ImageCms.applyTransform(probe, transform)
    if out is None:  # pragma: no cover - only with inPlace=True
        return False
    after = [out.getpixel((x, 0)) for x in range(len(_PROBE))]
    return all(
        isinstance(got, tuple) and all(abs(a - b) <= 2 for a, b in zip(want, got, strict=True))
        for want, got in zip(_PROBE, after, strict=True)
    )


def _encode(image: Image.Image, out_format: str, exif: bytes | None, icc: bytes | None) -> bytes:
    out = io.BytesIO()
    if out_format == "JPEG":
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        options: dict[str, object] = {"quality": JPEG_QUALITY, "subsampling": 0}
    else:
        options = {"optimize": False}
    if exif is not None:
        options["exif"] = exif
    if icc is not None:
        options["icc_profile"] = icc
    # Pillow's writers fall back on ``image.info`` for what they are not given (the JPEG writer copies a
    # COM comment from it, for one), so the info is emptied: only what is in ``options`` is written.
    image.info.clear()
    image.save(out, out_format, **options)
    return out.getvalue()
