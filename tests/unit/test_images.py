"""Image working copies: stripped, rotated, redacted; the original bytes are never changed."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from exporters.images import Box, ImageError, working_copy
from tests import media


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_strip_removes_exif_gps_and_serials() -> None:
    original = media.jpeg()
    assert _open(original).getexif().get_ifd(0x8825)  # the original has GPS
    copy = working_copy(original, strip=True)
    image = _open(copy.data)
    assert dict(image.getexif()) == {}
    assert b"032021001234" not in copy.data
    assert "xmp" not in image.info
    assert copy.operations == ("strip metadata",)


def test_without_strip_exif_is_kept_with_the_orientation_reset() -> None:
    original = media.jpeg(640, 480, exif_data=media.exif(orientation=6))
    copy = working_copy(original, rotate=180)
    image = _open(copy.data)
    assert image.size == (480, 640)  # orientation 6 applied, then turned 180 degrees
    exif = image.getexif()
    assert exif[0x0112] == 1
    assert exif.get_ifd(0x8769)[0xA431] == "032021001234"
    assert copy.operations == ("rotate 180",)


def test_rotation_is_clockwise() -> None:
    base = Image.new("RGB", (40, 20), (255, 255, 255))
    base.paste((255, 0, 0), (0, 0, 10, 10))  # red square at the top left
    out = io.BytesIO()
    base.save(out, "PNG")
    turned = _open(working_copy(out.getvalue(), rotate=90).data).convert("RGB")
    assert turned.size == (20, 40)
    assert turned.getpixel((15, 5)) == (255, 0, 0)  # top left went to the top right
    assert turned.getpixel((5, 5)) == (255, 255, 255)


def test_redaction_boxes_are_burned_into_the_pixels_and_metadata_goes() -> None:
    original = media.png(200, 100, seed=4)
    copy = working_copy(original, redact=[Box(10, 20, 30, 40), Box(150, 0, 100, 100)])
    image = _open(copy.data).convert("RGB")
    assert copy.format == "PNG"
    for xy in [(10, 20), (39, 59), (25, 40), (150, 0), (199, 99)]:
        assert image.getpixel(xy) == (0, 0, 0)
    source = _open(original).convert("RGB")
    for xy in [(9, 20), (40, 60), (10, 60), (149, 50)]:  # just outside the boxes: untouched (PNG)
        assert image.getpixel(xy) == source.getpixel(xy)
    assert "strip metadata" in copy.operations
    redacted_jpeg = working_copy(media.jpeg(), redact=[Box(0, 0, 10, 10)])
    assert dict(_open(redacted_jpeg.data).getexif()) == {}


def test_the_original_bytes_are_left_as_they_were() -> None:
    original = media.jpeg()
    snapshot = bytes(original)
    working_copy(original, strip=True, rotate=90, redact=[Box(1, 1, 5, 5)])
    assert original == snapshot


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "0,0,0,5", "-1,0,5,5"])
def test_malformed_boxes_are_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(ImageError):
        Box.parse(text)


def test_a_box_outside_the_picture_and_an_odd_rotation_are_refused() -> None:
    with pytest.raises(ImageError, match="outside"):
        working_copy(media.png(50, 50), redact=[Box(60, 0, 5, 5)])
    with pytest.raises(ImageError, match="multiple of 90"):
        working_copy(media.png(50, 50), rotate=45)
    with pytest.raises(ImageError, match="cannot be decoded"):
        working_copy(b"not an image")


def test_stripping_removes_a_jpeg_comment() -> None:
    import io

    from PIL import Image

    from exporters.images import working_copy

    source = io.BytesIO()
    Image.new("RGB", (32, 32), "red").save(source, "JPEG", comment=b"Taken at the house of SECRET-NAME")
    assert b"SECRET-NAME" in source.getvalue()
    stripped = working_copy(source.getvalue(), strip=True).data
    assert b"SECRET-NAME" not in stripped
    assert "comment" not in Image.open(io.BytesIO(stripped)).info
