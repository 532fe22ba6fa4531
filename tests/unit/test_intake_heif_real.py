"""Real HEIF photographs from phones (tests/data/heif): a tiled grid from an iPhone and from a Xiaomi,
and a stereo pair (Apple Vision Pro spatial photo). Each is read whole: a thumbnail of the whole picture,
its capture metadata, nothing called damaged, nothing left unread by the outbound gate."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.service import VaultService
from vault.intake import detect, limits
from vault.intake.examine import examine
from vault.readers.files import read_file

HEIF = Path(__file__).resolve().parents[1] / "data" / "heif"


def _read(name: str) -> bytes:
    return (HEIF / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "size"),
    [("pug.heic", (4032, 3024)), ("xiaomi.heic", (2592, 1944)), ("spatial_photo.heic", (2560, 2560))],
)
def test_a_grid_or_stereo_heif_is_read_whole_with_a_thumbnail(name: str, size: tuple[int, int]) -> None:
    found = examine(_read(name))
    assert found.problem is None
    assert found.media_type == detect.HEIC
    assert (found.metadata["width"], found.metadata["height"]) == size
    assert found.thumbnail is not None
    thumb = Image.open(io.BytesIO(found.thumbnail))
    assert max(thumb.size) == limits.THUMBNAIL_PX
    # the whole picture, not one tile: the thumbnail keeps the image's proportions
    assert abs(thumb.width / thumb.height - size[0] / size[1]) < 0.02
    # a tile of a grid is 512 pixels wide: a thumbnail of one tile would be nearly uniform in places the
    # whole photograph is not; at least the picture is not blank
    assert sum(1 for count in thumb.convert("L").histogram() if count) > 32


def test_an_iphone_grid_keeps_its_camera_date_and_position() -> None:
    m = examine(_read("pug.heic")).metadata
    assert (m["camera_make"], m["camera_model"]) == ("Apple", "iPhone 13 Pro")
    assert m["captured_at"] == "2023-02-21T14:33:08.302+03:00"
    assert m["gps_latitude"].startswith("44.85")
    assert m["gps_longitude"].startswith("34.97")


def test_a_xiaomi_grid_keeps_its_gps_time() -> None:
    m = examine(_read("xiaomi.heic")).metadata
    assert m["camera_model"] == "M2012K11AG"
    assert m["gps_time"] == "2023-04-27T16:43:45Z"
    assert m["gps_latitude"].startswith("47.227")


def test_a_stereo_pair_counts_both_images_and_takes_zero_gps_for_no_position() -> None:
    m = examine(_read("spatial_photo.heic")).metadata
    assert m["frames"] == 2
    assert m["camera_model"] == "Apple Vision Pro"
    # its GPS tags are all zero: a device without a fix, not a photograph taken at 0°, 0°
    assert not any(key.startswith("gps_") for key in m)


@pytest.mark.parametrize("name", ["pug.heic", "xiaomi.heic", "spatial_photo.heic"])
def test_the_gate_reads_a_real_heif_in_full(name: str) -> None:
    assert read_file(_read(name)).unread == []


def test_a_real_heif_is_stored_with_its_thumbnail(service: VaultService, tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(_read("pug.heic"))
    [outcome] = service.evidence.import_files([path]).outcomes
    assert outcome.id is not None, outcome.error
    assert service.evidence.thumbnail(outcome.id) is not None
