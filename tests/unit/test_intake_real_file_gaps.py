"""The gaps a run over 318 real files found (issue 15): each one as a test.

Metadata failures never cost the picture; thumbnails are made on a copy (multi-image HEIF failed in
place); capture dates and positions kept only in XMP or IPTC are read; camera serials in maker notes;
a DOCX without docProps/core.xml claims no author; a NUL inside a camera model neither cuts nor
corrupts it; Strict OOXML is read (Word) or said to be not supported (spreadsheets, tested there).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
import piexif
from PIL import Image

from tests import imagecases
from vault.intake import detect, examine, photo


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def test_a_metadata_failure_keeps_the_picture() -> None:
    out = io.BytesIO()
    imagecases.picture().save(out, "PNG")
    png = out.getvalue()
    end = png.rfind(b"IEND") - 4
    bomb = _png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"A" * (3 * 1024 * 1024)))
    findings = examine.examine(png[:end] + bomb + png[end:])  # a text chunk past Pillow's limit
    assert findings.problem is None
    assert findings.thumbnail is not None
    assert findings.metadata["width"] == 64
    assert findings.notes == ["its metadata could not be read in full (the picture was)"]


def test_the_thumbnail_is_made_from_a_copy() -> None:
    out = io.BytesIO()
    imagecases.picture(800, 600).save(out, "PNG")
    image = Image.open(io.BytesIO(out.getvalue()))
    thumbnail = photo.make_thumbnail(image, None)
    assert image.size == (800, 600)  # the opened image is left whole (HEIF grids failed in place)
    assert Image.open(io.BytesIO(thumbnail)).size == (320, 240)


def test_gps_and_capture_date_in_xmp_only_are_read() -> None:
    packet = imagecases.xmp_packet(
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" '
        'exif:DateTimeOriginal="2025-11-04T09:12:33+01:00" exif:GPSLatitude="4,18.5125S" '
        'exif:GPSLongitude="15,18.7394E" exif:GPSAltitude="3120/10" tiff:Model="DMC-FZ1000">'
    )
    metadata = examine.examine(imagecases.plain_jpeg(xmp=packet.encode("utf-8"))).metadata
    assert metadata["captured_at"] == "2025-11-04T09:12:33+01:00"
    assert metadata["gps_latitude"] == "-4.3085417"
    assert metadata["gps_longitude"] == "15.3123233"
    assert metadata["gps_altitude_m"] == "312"
    assert metadata["camera_model"] == "DMC-FZ1000"


def test_exif_wins_over_xmp() -> None:
    exif = piexif.dump({"Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:01:02 03:04:05"}})
    packet = imagecases.xmp_packet(
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:DateTimeOriginal="2025-11-04T09:12:33">'
    )
    metadata = examine.examine(imagecases.plain_jpeg(exif=exif, xmp=packet.encode())).metadata
    assert metadata["captured_at"] == "2024-01-02T03:04:05"


def test_a_capture_date_in_iptc_only_is_read() -> None:
    data = imagecases._exiftool(  # exiftool writes the IPTC block (an independent writer)
        imagecases.plain_jpeg(), ".jpg", "-IPTC:DateCreated=2025:10:30", "-IPTC:TimeCreated=14:05:09+02:00"
    )
    assert examine.examine(data).metadata["captured_at"] == "2025-10-30T14:05:09+02:00"


def _with_maker_note(make: str, note: bytes) -> bytes:
    exif = piexif.dump(
        {"0th": {piexif.ImageIFD.Make: make.encode()}, "Exif": {piexif.ExifIFD.MakerNote: note}}
    )
    return imagecases.plain_jpeg(exif=exif)


def test_a_canon_serial_in_the_maker_note_is_recorded() -> None:
    # Canon: a plain IFD in the file's byte order (piexif writes big-endian); 0x000C is a LONG.
    note = struct.pack(">H", 1) + struct.pack(">HHII", 0x000C, 4, 1, 2_831_001_234) + bytes(4)
    assert examine.examine(_with_maker_note("Canon", note)).metadata["camera_serial"] == "2831001234"


def test_a_nikon_serial_in_the_maker_note_is_recorded() -> None:
    # Nikon type 3: "Nikon\0", a version, then a TIFF header of its own; offsets count from it.
    serial = b"6004512\x00"
    ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x001D, 2, len(serial), 26) + bytes(4)
    note = b"Nikon\x00\x02\x10\x00\x00" + b"II*\x00" + struct.pack("<I", 8) + ifd + serial
    assert examine.examine(_with_maker_note("NIKON CORPORATION", note)).metadata["camera_serial"] == "6004512"


def test_a_fujifilm_serial_in_the_maker_note_is_recorded() -> None:
    # Fujifilm: "FUJIFILM", the IFD's offset (from the note), a little-endian IFD.
    serial = b"FPX 20712345 593233313532\x00"
    ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x0010, 2, len(serial), 30) + bytes(4)
    note = b"FUJIFILM" + struct.pack("<I", 12) + ifd + serial
    metadata = examine.examine(_with_maker_note("FUJIFILM", note)).metadata
    assert metadata["camera_serial"] == "FPX 20712345 593233313532"


def test_a_nul_inside_a_camera_model_neither_cuts_nor_corrupts_it() -> None:
    exif = piexif.dump({"0th": {piexif.ImageIFD.Model: b"Canon\x00EOS 5D Mark\x00IV\x00\x00"}})
    findings = examine.examine(imagecases.plain_jpeg(exif=exif))
    assert findings.metadata["camera_model"] == "Canon EOS 5D Mark IV"
    assert ("EXIF IFD0 Model", "Canon\nEOS 5D Mark\nIV") in findings.parts  # the gate reads it whole


def _docx_without(member: str) -> bytes:
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Delivery note")
    document.save(out)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w") as archive:
        for info in source.infolist():
            if info.filename != member:
                archive.writestr(info, source.read(info))
    return result.getvalue()


def test_a_docx_without_core_properties_claims_no_author() -> None:
    findings = examine.examine(_docx_without("docProps/core.xml"))
    assert findings.problem is None
    for invented in ("title", "author", "last_modified_by", "modified", "created", "revision"):
        assert invented not in findings.metadata
    assert findings.pages[0][1].strip() == "Delivery note"


_STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
}


def test_a_strict_ooxml_word_document_is_read_not_called_damaged() -> None:
    source = zipfile.ZipFile(io.BytesIO(_docx_without("")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            for transitional, strict in _STRICT.items():
                data = data.replace(transitional, strict)
            archive.writestr(info, data)
    findings = examine.examine(out.getvalue())
    assert findings.media_type == detect.DOCX
    assert findings.problem is None
    assert "Delivery note" in findings.pages[0][1]
