"""The image reader: every place a picture carries text, read and located without quoting the text.

Each case writes the marker into ONE place of a picture made by an independent writer (Pillow, piexif,
exiftool, bytes by hand: tests/imagecases.py); the reader must return it in a part's text, never in a
location (locations are shown and logged). Damaged and hostile files never make the reader raise.
"""

from __future__ import annotations

import base64
import io
import json
import random
import struct
import subprocess
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from exporters.images import Box, working_copy
from tests import imagecases
from vault.messages import Text
from vault.readers.base import Reading
from vault.readers.image import read_icc, read_image, read_xmp, runs

MARKER = "Jean Dupont"


def _text(reading: Reading) -> str:
    return "\n".join(part.text for part in reading.parts)


def _assert_located_safely(reading: Reading, marker: str = MARKER) -> None:
    for part in reading.parts:
        assert isinstance(part.location, Text), part.location
        assert marker not in part.location
    for embedded in reading.embedded:
        assert marker not in embedded.location
    for place in reading.unread:
        assert marker not in place


def _build(name: str, builder: imagecases.Builder, marker: str = MARKER) -> bytes:
    if name in imagecases.NEEDS_EXIFTOOL and not imagecases.exiftool_available():
        pytest.skip("exiftool is not installed")
    return builder(marker)


@pytest.mark.parametrize("name", sorted(imagecases.CASES))
def test_the_marker_is_read_in_its_place_and_never_in_a_location(name: str) -> None:
    reading = read_image(_build(name, imagecases.CASES[name]))
    assert MARKER in _text(reading), [p.location for p in reading.parts]
    _assert_located_safely(reading)
    assert reading.unread == []


@pytest.mark.parametrize("name", sorted(imagecases.EMBEDDED_CASES))
def test_a_thumbnail_with_its_own_metadata_is_returned_as_an_embedded_picture(name: str) -> None:
    reading = read_image(_build(name, imagecases.EMBEDDED_CASES[name]))
    assert MARKER not in _text(reading)  # not the main picture's: the thumbnail's own EXIF
    assert [e.location for e in reading.embedded] == ["EXIF IFD1 thumbnail"]
    inner = read_image(reading.embedded[0].data)
    assert MARKER in _text(inner)
    assert [p.location for p in inner.parts if MARKER in p.text] == ["EXIF IFD0 ImageDescription"]
    _assert_located_safely(reading)


def test_each_place_is_named() -> None:
    where = {
        name: sorted({p.location for p in read_image(builder(MARKER)).parts if MARKER in p.text})
        for name, builder in imagecases.CASES.items()
        if name not in imagecases.NEEDS_EXIFTOOL
    }
    assert where["EXIF UserComment (UNICODE, big-endian)"] == ["EXIF Exif UserComment"]
    assert where["EXIF XPAuthor"] == ["EXIF IFD0 XPAuthor"]
    assert where["EXIF MakerNote"] == ["EXIF Exif MakerNote"]
    assert where["ICC mluc cprt"] == ["ICC profile tag cprt"]
    assert where["ICC desc"] == ["ICC profile tag desc"]
    assert where["PNG iTXt"] == ["PNG iTXt chunk 2"]
    assert where["TIFF ASCII tag"] == ["TIFF page 1 DocumentName"]
    assert where["WebP XMP"] == ["XMP dc:title"]
    assert where["XMP custom namespace"] == ["XMP property in another namespace"]


@pytest.mark.skipif(not imagecases.exiftool_available(), reason="exiftool is not installed")
def test_exiftool_places() -> None:
    def where(data: bytes) -> list[str]:
        return sorted({p.location for p in read_image(data).parts if MARKER in p.text})

    assert where(imagecases.iptc_byline(MARKER)) == ["IPTC 2:80 By-line"]
    assert where(imagecases.xmp_dc_creator(MARKER)) == ["XMP dc:creator"]
    assert where(imagecases.tiff_second_page(MARKER)) == ["TIFF page 2 ImageDescription"]
    tiff = io.BytesIO()
    imagecases.picture().save(tiff, "TIFF")
    for tag in ("-IPTC:By-line", "-XMP-dc:Creator", "-EXIF:UserComment"):  # TIFF tags 33723, 700, Exif IFD
        tagged = imagecases._exiftool(tiff.getvalue(), ".tif", f"{tag}={MARKER}")
        assert MARKER in _text(read_image(tagged)), tag


# --- names chosen by the file's author go into the text --------------------------------------------------


def test_an_xmp_property_named_by_the_author_is_text_not_a_location() -> None:
    packet = imagecases.xmp_packet(
        'xmlns:ngo="http://example.org/ns/JeanDupontNotes/" ngo:JeanDupontContact="yes">\n'
        "   <ngo:JeanDupontHome>the depot</ngo:JeanDupontHome>\n  "
    )
    reading = read_image(imagecases.plain_jpeg(xmp=packet.encode()))
    _assert_located_safely(reading, "JeanDupont")
    text = _text(reading)
    assert "JeanDupontHome (http://example.org/ns/JeanDupontNotes/): the depot" in text
    assert "JeanDupontContact" in text


def test_a_standard_namespace_under_the_authors_prefix_is_still_named_by_its_standard_prefix() -> None:
    packet = imagecases.xmp_packet(
        'xmlns:JeanDupont="http://purl.org/dc/elements/1.1/">\n'
        "   <JeanDupont:creator><rdf:Seq><rdf:li>someone</rdf:li></rdf:Seq></JeanDupont:creator>\n"
        "   <JeanDupont:JeanDupontField>x</JeanDupont:JeanDupontField>\n  "
    )
    reading = read_image(imagecases.plain_jpeg(xmp=packet.encode()))
    _assert_located_safely(reading, "JeanDupont")
    where = {p.location: p.text for p in reading.parts}
    assert where["XMP dc:creator"] == "someone"
    assert where["XMP property in namespace dc"] == "JeanDupontField: x"
    assert "JeanDupont http://purl.org/dc/elements/1.1/" in where["XMP namespace declarations"]


def test_a_png_keyword_and_an_icc_private_tag_signature_are_text() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text(MARKER, "the depot")  # a keyword may hold spaces: any name
    png = io.BytesIO()
    imagecases.picture().save(png, "PNG", pnginfo=info)
    reading = read_image(png.getvalue())
    _assert_located_safely(reading)
    assert any(p.text == f"{MARKER}: the depot" for p in reading.parts)
    profile = imagecases.icc_profile([(b"JDup", imagecases.icc_text("private data"))])
    reading = read_icc(profile)
    _assert_located_safely(reading, "JDup")
    assert {p.location: p.text for p in reading.parts}["ICC profile private tag 1"] == "JDup: private data"


# --- XMP ---------------------------------------------------------------------------------------------------


def test_xmp_with_a_doctype_is_refused_but_its_text_is_still_read() -> None:
    packet = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY who "Jean Dupont">]>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">&who; Jean Dupont</x:xmpmeta>'
    )
    reading = read_xmp(packet.encode())
    assert reading.unread
    assert [p.location for p in reading.parts] == ["XMP packet (not parsed)"]
    assert MARKER in _text(reading)


def test_extended_xmp_is_reassembled_from_its_segments() -> None:
    main = imagecases.xmp_packet(
        'xmlns:xmpNote="http://ns.adobe.com/xmp/note/" '
        'xmpNote:HasExtendedXMP="0123456789ABCDEF0123456789ABCDEF">'
    ).encode()
    extended = imagecases.xmp_packet(
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">\n'
        f"   <photoshop:Credit>{'x' * 500} {MARKER}</photoshop:Credit>\n  "
    ).encode()
    cut = extended.index(MARKER.encode()) + 4  # the name is split across the two segments
    data = imagecases.plain_jpeg(xmp=main)
    guid = b"0123456789ABCDEF0123456789ABCDEF"
    for offset, chunk in ((cut, extended[cut:]), (0, extended[:cut])):  # out of order, as allowed
        head = b"http://ns.adobe.com/xmp/extension/\x00" + guid + struct.pack(">II", len(extended), offset)
        data = imagecases.splice_jpeg_segment(data, 0xE1, head + chunk)
    reading = read_image(data)
    assert [p.location for p in reading.parts if MARKER in p.text] == ["XMP photoshop:Credit"]


def test_a_base64_picture_in_xmp_is_returned_as_embedded() -> None:
    inner = imagecases.image_description(MARKER)
    packet = imagecases.xmp_packet(
        'xmlns:GImage="http://ns.google.com/photos/1.0/image/" '
        f'GImage:Mime="image/jpeg" GImage:Data="{base64.b64encode(inner).decode()}">'
    )
    reading = read_image(imagecases.plain_jpeg(xmp=packet.encode()))
    assert [(e.location, e.data) for e in reading.embedded] == [("XMP GImage:Data image", inner)]


# --- JPEG structure ----------------------------------------------------------------------------------------


def test_an_icc_profile_in_several_app2_chunks_is_reassembled() -> None:
    profile = imagecases.icc_profile([(b"cprt", imagecases.icc_mluc(("de", "DE", f"Urheber {MARKER}")))])
    cut = profile.index(MARKER.encode("utf-16-be")) + 6
    data = imagecases.plain_jpeg()
    for sequence, chunk in ((2, profile[cut:]), (1, profile[:cut])):
        data = imagecases.splice_jpeg_segment(data, 0xE2, b"ICC_PROFILE\x00" + bytes([sequence, 2]) + chunk)
    reading = read_image(data)
    assert [p.location for p in reading.parts if MARKER in p.text] == ["ICC profile tag cprt"]


def test_segments_after_the_scan_and_data_after_the_end_are_read() -> None:
    progressive = io.BytesIO()
    imagecases.picture(200, 100).save(progressive, "JPEG", progressive=True)
    data = progressive.getvalue()
    assert data.endswith(b"\xff\xd9")
    comment = b"\xff\xfe" + struct.pack(">H", 2 + len(MARKER)) + MARKER.encode()
    hidden = data[:-2] + comment + data[-2:]  # a comment between the last scan and the end
    reading = read_image(hidden)
    assert [p.location for p in reading.parts if MARKER in p.text] == ["JPEG comment 1"]

    trailer = read_image(data + b"SEFH\x00\x00" + MARKER.encode("utf-16-le") + b"SEFT")  # a phone's trailer
    assert [p.location for p in trailer.parts if MARKER in p.text] == ["data after the end of the picture"]

    appended = read_image(data + imagecases.image_description(MARKER))  # a second picture (MPF, depth)
    assert MARKER not in _text(appended)
    assert [e.location for e in appended.embedded] == ["image 1 appended after the end of the picture"]
    assert MARKER in _text(read_image(appended.embedded[0].data))


def test_unknown_application_segments_are_read_as_runs() -> None:
    payload = b"Ducky\x00\x01\x00\x04\x00\x00\x00\x3c\x02\x00\x20\x00\x00\x00\x0e" + MARKER.encode(
        "utf-16-be"
    )
    reading = read_image(imagecases.splice_jpeg_segment(imagecases.plain_jpeg(), 0xEC, payload))
    assert [p.location for p in reading.parts if MARKER in p.text] == ["JPEG APP12 segment 1"]


def test_iptc_in_photoshop_resources_with_a_resource_name() -> None:
    iptc = b"\x1c\x01\x5a\x00\x03\x1b%G" + b"\x1c\x02\x50" + struct.pack(">H", len("Jéan Dupont".encode()))
    iptc += "Jéan Dupont".encode()
    name = b"\x05Notes"
    resource = b"8BIM\x04\x04" + name + struct.pack(">I", len(iptc)) + iptc + b"\x00" * (len(iptc) & 1)
    data = imagecases.splice_jpeg_segment(imagecases.plain_jpeg(), 0xED, b"Photoshop 3.0\x00" + resource)
    where = {p.location: p.text for p in read_image(data).parts}
    assert where["IPTC 2:80 By-line"] == "Jéan Dupont"
    assert where["Photoshop resource 0x0404 name"] == "Notes"


# --- runs and unparsed files -------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "utf-8", "utf-16-le", "utf-16-be"])
def test_an_unparsed_file_is_read_as_runs_in_every_encoding(encoding: str) -> None:
    name = "Jean Dupönt"
    data = b"\x00\x01\x02garbage\x00\x9c" + name.encode(encoding) + b"\x00\x00\x07\xff"
    reading = read_image(data)
    assert reading.unread
    assert [p.location for p in reading.parts] == ["unparsed bytes"]
    assert name in _text(reading)


def test_runs_find_cyrillic_in_utf16_only_when_asked() -> None:
    data = b"\x01\x02" + "Жан Дюпон".encode("utf-16-le") + b"\x00\x03"
    assert "Жан Дюпон" in runs(data, every_script=True)
    assert "Жан Дюпон" in read_image(data).parts[0].text  # unparsed: every script


def test_damaged_and_truncated_files_never_raise() -> None:
    rng = random.Random(7)  # noqa: S311 - reproducible damage, not secrets
    samples = [
        builder(MARKER) for name, builder in imagecases.CASES.items() if name not in imagecases.NEEDS_EXIFTOOL
    ]
    for data in samples:
        for fraction in (0.05, 0.2, 0.5, 0.8, 0.97):
            reading = read_image(data[: int(len(data) * fraction)])
            assert isinstance(reading, Reading)
        for _ in range(25):
            broken = bytearray(data)
            for _ in range(rng.randrange(1, 12)):
                broken[rng.randrange(len(broken))] = rng.randrange(256)
            read_image(bytes(broken))
    for hostile in (
        b"",
        b"\xff\xd8",
        b"\xff\xd8\xff\xe1\x00\x01",
        b"\x89PNG\r\n\x1a\n\xff\xff\xff\xff",
        b"II*\x00",
    ):
        read_image(hostile)
    read_icc(b"\x00" * 200)
    read_xmp(b"<x:xmpmeta")


def test_an_exif_loop_and_a_decompression_bomb_are_bounded() -> None:
    # IFD0 whose next-IFD offset points to itself, and whose Exif pointer points to IFD0 again.
    tiff = (
        b"II*\x00\x08\x00\x00\x00"
        + b"\x01\x00"
        + struct.pack("<HHII", 0x8769, 4, 1, 8)
        + struct.pack("<I", 8)
    )
    reading = read_image(imagecases.plain_jpeg(exif=b"Exif\x00\x00" + tiff))
    assert isinstance(reading, Reading)
    squeeze = zlib.compressobj(1)
    bomb = (
        b"Comment\x00\x00" + b"".join(squeeze.compress(b"A" * 1024**2) for _ in range(70)) + squeeze.flush()
    )
    png = imagecases.png_text("x")
    chunk = struct.pack(">I", len(bomb)) + b"zTXt" + bomb + b"\x00\x00\x00\x00"
    reading = read_image(png[:33] + chunk + png[33:])
    assert any("too much" in place for place in reading.unread)


# --- performance -------------------------------------------------------------------------------------------


def test_a_12_megapixel_camera_jpeg_is_read_without_decoding_pixels() -> None:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x013B] = "Canon", "EOS R5", "Photographer"
    exif.get_ifd(0x8769)[0x927C] = bytes(range(256)) * 60 + b"Owner Name\x00"
    packet = imagecases.xmp_packet(
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Photographer'
        "</rdf:li></rdf:Seq></dc:creator>"
    )
    out = io.BytesIO()
    imagecases.picture(4000, 3000).save(
        out, "JPEG", exif=exif.tobytes(), xmp=packet.encode(), icc_profile=imagecases.adobe_rgb_like_profile()
    )
    data = out.getvalue()
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        reading = read_image(data)
        timings.append(time.perf_counter() - start)
    assert {"EXIF IFD0 Artist", "XMP dc:creator", "ICC profile tag desc"} <= {
        p.location for p in reading.parts
    }
    assert min(timings) < 0.03  # about 1-3 ms here; decoding 12 MP would take over 100 ms


# --- the stripped working copy carries no colour profile ----------------------------------------------------


def _exiftool_groups(data: bytes, tmp_path: Path) -> set[str]:
    path = tmp_path / "copy.jpg"
    path.write_bytes(data)
    found = subprocess.run(
        ["exiftool", "-j", "-G", "-a", str(path)], check=True, capture_output=True, text=True
    )
    return {key.split(":", 1)[0] for key in json.loads(found.stdout)[0]}


def _adobe_rgb_jpeg() -> bytes:
    out = io.BytesIO()
    imagecases.picture(320, 240).save(
        out, "JPEG", quality=95, icc_profile=imagecases.adobe_rgb_like_profile()
    )
    return out.getvalue()


def test_a_stripped_working_copy_has_no_icc_profile_and_its_colours_are_converted(tmp_path: Path) -> None:
    original = _adobe_rgb_jpeg()
    copy = working_copy(original, strip=True)
    image = Image.open(io.BytesIO(copy.data))
    assert "icc_profile" not in image.info
    assert not [p for p in read_image(copy.data).parts if p.location.startswith("ICC")]
    assert [marker for marker, _ in getattr(image, "applist", [])] == ["APP0"]
    if imagecases.exiftool_available():
        assert _exiftool_groups(copy.data, tmp_path) == {
            "SourceFile",
            "ExifTool",
            "File",
            "JFIF",
            "Composite",
        }
    # Adobe RGB's red is more saturated than sRGB's: the converted red is redder, not the same numbers.
    before = Image.open(io.BytesIO(original)).convert("RGB").getpixel((10, 10))
    after = image.convert("RGB").getpixel((10, 10))
    assert isinstance(before, tuple)
    assert isinstance(after, tuple)
    assert after[0] > before[0] + 10
    redacted = working_copy(original, redact=[Box(0, 0, 5, 5)])
    assert "icc_profile" not in Image.open(io.BytesIO(redacted.data)).info


def test_keep_icc_keeps_the_original_profile(tmp_path: Path) -> None:
    original = _adobe_rgb_jpeg()
    copy = working_copy(original, strip=True, keep_icc=True)
    assert Image.open(io.BytesIO(copy.data)).info["icc_profile"] == imagecases.adobe_rgb_like_profile()
    assert "ICC profile tag desc" in {p.location for p in read_image(copy.data).parts}
    if imagecases.exiftool_available():
        assert "ICC_Profile" in _exiftool_groups(copy.data, tmp_path)
    unstripped = working_copy(original, rotate=90)  # without strip the profile stays, as the EXIF does
    assert Image.open(io.BytesIO(unstripped.data)).info["icc_profile"] == imagecases.adobe_rgb_like_profile()


def test_an_srgb_profile_is_dropped_without_changing_the_pixels() -> None:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    imagecases.picture(64, 48).save(out, "PNG", icc_profile=srgb)
    copy = working_copy(out.getvalue(), strip=True)
    image = Image.open(io.BytesIO(copy.data))
    assert "icc_profile" not in image.info
    assert image.tobytes() == Image.open(io.BytesIO(out.getvalue())).tobytes()
