"""A video's poster frame, made by the app, stored as its thumbnail: only a sane JPEG (bounded bytes and
pixels, decoded whole) and only re-encoded, only for a video, and only once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.service import VaultService
from vault.errors import InvalidInput
from vault.intake import limits, poster

DATA = Path(__file__).resolve().parents[1] / "data" / "media"


def _jpeg(size: tuple[int, int] = (160, 90), **save: object) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, (30, 140, 200))
    image.paste((240, 200, 20), (0, 0, size[0] // 2, size[1] // 2))
    image.save(out, "JPEG", **save)
    return out.getvalue()


def test_a_poster_is_re_encoded_keeping_its_pixels_and_nothing_else() -> None:
    exif = Image.Exif()
    exif[0x010E] = "Depot walk, filmed near the depot"  # ImageDescription
    handed = _jpeg(exif=exif.tobytes(), comment=b"a comment") + b"trailing bytes after the image"
    stored = poster.checked(handed)
    assert b"Depot walk" not in stored
    assert b"a comment" not in stored
    assert b"trailing bytes" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert image.size == (160, 90)
        red, _green, _blue = image.convert("RGB").getpixel((10, 10))  # type: ignore[misc]
        assert red > 200  # the yellow corner is still there


@pytest.mark.parametrize(
    ("handed", "why"),
    [
        (b"", "not a JPEG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not a JPEG"),
        (_jpeg()[:200], "could not be decoded"),  # cut short
        (b"\xff\xd8\xff\xe0" + b"\x00" * 100, "could not be decoded"),
        (_jpeg((limits.THUMBNAIL_PX + 1, 10)), "a thumbnail is at most"),
        (_jpeg((10, 4000)), "a thumbnail is at most"),
        (_jpeg() + b"\x00" * poster.MAX_POSTER_BYTES, "not a JPEG of at most"),
    ],
)
def test_what_is_not_a_sane_thumbnail_is_refused_with_the_reason(handed: bytes, why: str) -> None:
    with pytest.raises(InvalidInput, match=why):
        poster.checked(handed)


@pytest.mark.parametrize(("edge", "why"), [(5000, "5000 x 5000 pixels"), (60000, "could not be decoded")])
def test_a_declared_size_far_larger_than_the_bytes_is_refused_before_decoding(edge: int, why: str) -> None:
    data = bytearray(_jpeg((16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = edge.to_bytes(2, "big") + edge.to_bytes(2, "big")  # a "bomb"
    with pytest.raises(InvalidInput, match=why):
        poster.checked(bytes(data))


def test_the_service_stores_a_video_poster_once_and_only_for_a_video(
    service: VaultService, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(_jpeg((640, 480)))
    video, picture = service.evidence.import_files([DATA / "strip.mp4", photo]).outcomes
    assert video.id is not None
    assert picture.id is not None
    assert service.evidence.thumbnail(video.id) is None
    assert not service.evidence.evidence_info(video.id).has_thumbnail

    assert service.evidence.store_poster(video.id, _jpeg()) is True
    stored = service.evidence.thumbnail(video.id)
    assert stored is not None
    assert stored.startswith(b"\xff\xd8\xff")
    assert service.evidence.evidence_info(video.id).has_thumbnail
    assert service.evidence.store_poster(video.id, _jpeg((100, 100))) is False  # it has one: kept
    assert service.evidence.thumbnail(video.id) == stored

    with pytest.raises(InvalidInput, match="only a video"):
        service.evidence.store_poster(picture.id, _jpeg())
    with pytest.raises(InvalidInput, match="could not be decoded"):
        service.evidence.store_poster(video.id, b"\xff\xd8\xff" + b"\x00" * 50)
    assert service.evidence.thumbnail(video.id) == stored  # a refusal loses nothing stored


def test_each_attempt_is_counted_before_decoding_and_a_poster_replaces_the_mark(
    service: VaultService,
) -> None:
    [video] = service.evidence.import_files([DATA / "strip.mp4"]).outcomes
    assert video.id is not None
    assert service.evidence.begin_poster(video.id)
    assert service.evidence.thumbnail(video.id) is None  # a mark is not a thumbnail
    assert not service.evidence.evidence_info(video.id).has_thumbnail
    assert service.evidence.begin_poster(video.id)
    assert not service.evidence.begin_poster(video.id)  # tried twice: not decoded again
    assert service.evidence.store_poster(video.id, _jpeg()) is True  # the viewer's poster still counts
    assert service.evidence.thumbnail(video.id) is not None
    assert not service.evidence.begin_poster(video.id)  # it has one
    with pytest.raises(InvalidInput, match="not an evidence item"):
        service.evidence.begin_poster(service.records.add_note("a note", "not a video").id)
