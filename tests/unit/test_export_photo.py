"""Photograph exports: no EXIF, XMP, GPS or serials in the file; burnt-in boxes; logged; leak-guarded."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from app.service import VaultService
from exporters.images import Box
from tests import media
from tests.unit.test_export_fixtures import PROTECTED_NAME, assert_names_no_source, protected_world
from vault.errors import InvalidInput, UserError
from vault.guard.leakguard import LeakRefused
from vault.readers.image import read_image


def _import(service: VaultService, folder: Path, data: bytes, name: str = "IMG_0002.jpg") -> str:
    path = folder / name
    path.write_bytes(data)
    outcome = service.evidence.import_files([path]).outcomes[0]
    assert outcome.id is not None
    return outcome.id


def _tagged_jpeg(comment: bytes | None = None) -> bytes:
    """A camera JPEG with GPS, serials, an artist and an XMP packet (and a JPEG comment if given)."""
    image = Image.open(io.BytesIO(media.jpeg(seed=5)))
    block = media.exif(unique_id="A1B2C3")
    block[0x013B] = "Expert Four"
    out = io.BytesIO()
    extra = {"comment": comment} if comment is not None else {}
    image.save(out, "JPEG", exif=block.tobytes(), xmp=media.xmp_packet().encode(), **extra)
    return out.getvalue()


def test_an_exported_photo_carries_no_metadata(service: VaultService, tmp_path: Path) -> None:
    original = _tagged_jpeg()
    assert read_image(original).parts  # the original does carry metadata
    rid = _import(service, tmp_path, original)
    out = tmp_path / "export.jpg"
    result = service.shares.export_photo(rid, out)
    image = Image.open(out)
    exif = image.getexif()
    assert len(exif) == 0
    assert exif.get_ifd(0x8825) == {}
    assert exif.get_ifd(0x8769) == {}
    assert "xmp" not in image.info
    assert not [a for a in getattr(image, "applist", []) if a[0] not in ("APP0", "APP2")]
    data = out.read_bytes()
    for serial in (b"032021001234", b"9910004321", b"A1B2C3", b"Expert Four", b"Canon", b"Cargo Handling"):
        assert serial not in data
    assert result.operations == ("strip metadata",)


def test_a_jpeg_comment_never_leaves_in_an_export(service: VaultService, tmp_path: Path) -> None:
    rid = _import(service, tmp_path, _tagged_jpeg(comment=b"taken at the depot"))
    out = tmp_path / "export.jpg"
    refusal = ""
    try:
        service.shares.export_photo(rid, out)
    except UserError as exc:  # refused: the stripping left the comment in (fail closed)
        refusal = str(exc)
    if refusal:
        assert "still carries metadata" in refusal
        assert "depot" not in refusal
        assert not out.exists()
    else:
        assert b"taken at the depot" not in out.read_bytes()
        assert "comment" not in Image.open(out).info


def test_redaction_boxes_are_burnt_into_the_pixels(service: VaultService, tmp_path: Path) -> None:
    rid = _import(service, tmp_path, media.png(320, 240, seed=2), "scan.png")
    out = tmp_path / "redacted.png"
    service.shares.export_photo(rid, out, redact=[Box(10, 20, 30, 40), Box(200, 100, 500, 500)])
    image = Image.open(out).convert("RGB")
    assert image.getpixel((10, 20)) == (0, 0, 0)
    assert image.getpixel((39, 59)) == (0, 0, 0)
    assert image.getpixel((319, 239)) == (0, 0, 0)  # a box past the edge is clipped, not refused
    assert image.getpixel((40, 60)) != (0, 0, 0)


def test_the_export_is_logged_with_hashes_only(service: VaultService, tmp_path: Path) -> None:
    rid = _import(service, tmp_path, _tagged_jpeg())
    out = tmp_path / "export.jpg"
    result = service.shares.export_photo(rid, out, redact=[Box(0, 0, 10, 10)])
    entry = [e for e in service.records.details(rid).custody if e.action == "export"][-1]
    assert entry.detail["what"] == "photograph"
    assert entry.detail["sha256"] == result.sha256
    assert entry.detail["operations"] == ["strip metadata", "redact 1 area(s)"]
    assert "export.jpg" not in str(entry.detail)


def test_a_file_name_naming_a_source_is_refused(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    out = tmp_path / "jose_nunez_depot.jpg"
    with pytest.raises(LeakRefused, match="file name: name of source S-001"):
        service.shares.export_photo(world.photo, out)
    assert not out.exists()
    assert PROTECTED_NAME  # the fixture's name is what the guard found


def test_the_world_photo_exports_without_any_identifier(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    out = tmp_path / "depot.jpg"
    service.shares.export_photo(world.photo, out)
    assert_names_no_source(out.read_bytes())


def test_what_is_not_a_photo_or_would_overwrite_is_refused(service: VaultService, tmp_path: Path) -> None:
    doc = _import(service, tmp_path, media.pdf(), "certificate.pdf")
    with pytest.raises(InvalidInput, match="is not a photograph"):
        service.shares.export_photo(doc, tmp_path / "x.jpg")
    rid = _import(service, tmp_path, media.jpeg(seed=9))
    taken = tmp_path / "taken.jpg"
    taken.write_bytes(b"keep me")
    with pytest.raises(UserError, match="already exists"):
        service.shares.export_photo(rid, taken)
    assert taken.read_bytes() == b"keep me"
    with pytest.raises(InvalidInput, match="lies outside"):
        service.shares.export_photo(rid, tmp_path / "y.jpg", redact=[Box(5000, 5000, 10, 10)])
    assert not (tmp_path / "y.jpg").exists()
