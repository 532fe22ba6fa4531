"""Photographs: EXIF metadata, upright thumbnails, and images that must not be decoded."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests import media
from vault.intake import detect, limits
from vault.intake.examine import examine


def test_exif_capture_time_camera_lens_serials_and_gps_are_extracted() -> None:
    found = examine(media.jpeg(exif_data=media.exif(gps=media.Gps(-4.3085417, -15.2701389, 312.5))))
    assert found.problem is None
    m = found.metadata
    assert m["captured_at"] == "2024-05-01T10:22:33+03:00"
    assert (m["camera_make"], m["camera_model"]) == ("Canon", "EOS R5")
    assert m["camera_serial"] == "032021001234"
    assert (m["lens_model"], m["lens_serial"]) == ("RF24-105mm F4 L IS USM", "9910004321")
    assert m["orientation"] == 1
    assert float(m["gps_latitude"]) == -4.3085417
    assert abs(float(m["gps_longitude"]) + 15.2701389) < 1e-6
    assert m["gps_altitude_m"] == "312.5"
    assert (m["width"], m["height"]) == (640, 480)


def test_a_photo_without_exif_has_only_its_dimensions() -> None:
    found = examine(media.jpeg(exif_data=Image.Exif()))
    assert found.problem is None
    assert not any(k.startswith(("gps", "camera", "captured")) for k in found.metadata)


def test_the_thumbnail_is_a_small_jpeg_shown_upright() -> None:
    found = examine(media.jpeg(1200, 800, exif_data=media.exif(orientation=6)))
    assert found.thumbnail is not None
    thumb = Image.open(io.BytesIO(found.thumbnail))
    assert thumb.format == "JPEG"
    assert max(thumb.size) <= limits.THUMBNAIL_PX
    assert thumb.height > thumb.width  # orientation 6: a landscape sensor image shown as portrait


def test_png_with_transparency_and_tiff_get_thumbnails_and_tiff_its_exif() -> None:
    png = examine(media.png(alpha=True))
    assert png.media_type == detect.PNG
    assert png.thumbnail is not None
    tiff = examine(media.tiff())
    assert tiff.media_type == detect.TIFF
    assert tiff.thumbnail is not None
    assert tiff.metadata["camera_serial"] == "032021001234"


def test_pillow_is_told_the_pixel_limit_explicitly() -> None:
    import vault.intake.photo  # noqa: F401 - importing the reader is what sets the limit

    assert Image.MAX_IMAGE_PIXELS == limits.MAX_IMAGE_PIXELS


def test_a_decompression_bomb_is_not_decoded() -> None:
    bomb = media.png_bomb()
    assert len(bomb) < 100_000
    found = examine(bomb)
    assert found.warning is not None
    assert found.warning.startswith("could not be read: ")
    assert "decompression bomb" in found.warning
    assert found.thumbnail is None
    assert found.metadata == {}


def test_an_image_just_over_the_limit_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_IMAGE_PIXELS", 640 * 480 - 1)
    found = examine(media.jpeg())
    assert found.problem is not None
    assert "640 x 480" in found.problem


def test_a_truncated_photo_is_flagged_not_parsed() -> None:
    found = examine(media.truncated(media.jpeg(), 0.5))
    assert found.media_type == detect.JPEG
    assert found.warning == "could not be read: the image is damaged or truncated"
    assert found.metadata == {}


def test_a_heic_file_that_cannot_be_decoded_is_flagged() -> None:
    fake = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200
    found = examine(fake)
    assert found.media_type == detect.HEIC
    assert found.warning is not None
    assert found.warning.startswith("could not be read: ")


def test_without_the_heic_plugin_a_heic_file_is_flagged_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    from vault.intake import photo

    monkeypatch.setattr(photo, "HEIC_AVAILABLE", False)
    found = examine(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 200)
    assert found.warning == (
        "could not be read: HEIC images cannot be decoded on this computer (the HEIC plugin is missing)"
    )
