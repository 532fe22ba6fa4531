"""Generators of evidence files for tests and benchmarks: photographs with EXIF, PDFs, Word documents,
and the broken or hostile variants of each (truncated, encrypted, decompression and zip bombs, XML
entity expansion). Everything is made in memory from scratch; nothing is downloaded or shipped.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import docx
from PIL import Image, ImageDraw, TiffImagePlugin
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

# --- photographs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gps:
    latitude: float  # decimal degrees, negative south
    longitude: float  # negative west
    altitude_m: float = 0.0


def _dms(value: float) -> tuple[TiffImagePlugin.IFDRational, ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    return (
        TiffImagePlugin.IFDRational(degrees),
        TiffImagePlugin.IFDRational(minutes),
        TiffImagePlugin.IFDRational(int(seconds * 10000), 10000),
    )


def exif(
    *,
    make: str = "Canon",
    model: str = "EOS R5",
    body_serial: str | None = "032021001234",
    lens: str | None = "RF24-105mm F4 L IS USM",
    lens_serial: str | None = "9910004321",
    captured: str | None = "2024:05:01 10:22:33",
    offset: str | None = "+03:00",
    orientation: int | None = 1,
    gps: Gps | None = Gps(-4.3085417, 15.2701389, 312.5),
    unique_id: str | None = None,
) -> Image.Exif:
    """An EXIF block as a camera would write it (IFD0, Exif IFD, GPS IFD)."""
    data = Image.Exif()
    data[0x010F] = make
    data[0x0110] = model
    if orientation is not None:
        data[0x0112] = orientation
    sub = data.get_ifd(0x8769)
    if captured is not None:
        sub[0x9003] = captured
        sub[0x9004] = captured
    if offset is not None:
        sub[0x9011] = offset
    if body_serial is not None:
        sub[0xA431] = body_serial
    if lens is not None:
        sub[0xA434] = lens
    if lens_serial is not None:
        sub[0xA435] = lens_serial
    if unique_id is not None:
        sub[0xA420] = unique_id
    if gps is not None:
        g = data.get_ifd(0x8825)
        g[1] = "N" if gps.latitude >= 0 else "S"
        g[2] = _dms(gps.latitude)
        g[3] = "E" if gps.longitude >= 0 else "W"
        g[4] = _dms(gps.longitude)
        g[5] = b"\x00" if gps.altitude_m >= 0 else b"\x01"
        g[6] = TiffImagePlugin.IFDRational(int(abs(gps.altitude_m) * 100), 100)
    return data


def picture(width: int, height: int, seed: int = 0, grain: float = 0.0) -> Image.Image:
    """A photograph-like RGB image: gradients and shapes, plus sensor-like noise when ``grain`` > 0.

    ``grain`` 0.25 makes a 12 MP JPEG at quality 90 about 3.8 MB, like a phone's; 0 compresses far better.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible test pictures, not secrets
    small = Image.new("RGB", (64, 48))
    small.putdata(
        [
            (
                (x * 4 + seed * 7) % 256,
                (y * 5 + rng.randrange(16)) % 256,
                (x * y + seed) % 256,
            )
            for y in range(48)
            for x in range(64)
        ]
    )
    image = small.resize((width, height), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x0, y0 = rng.randrange(width), rng.randrange(height)
        draw.rectangle(
            (x0, y0, x0 + width // 8, y0 + height // 10), fill=tuple(rng.randrange(256) for _ in range(3))
        )
    draw.text((width // 10, height // 10), f"SERIAL No {seed:06d}", fill=(255, 255, 255))
    if grain > 0:
        noise = Image.merge("RGB", [Image.effect_noise((width, height), 40) for _ in range(3)])
        image = Image.blend(image, noise, grain)
    return image


def jpeg(
    width: int = 640,
    height: int = 480,
    *,
    seed: int = 0,
    exif_data: Image.Exif | None = None,
    quality: int = 85,
    grain: float = 0.0,
) -> bytes:
    """A JPEG photograph with the given EXIF (default: a full camera EXIF with GPS)."""
    out = io.BytesIO()
    block = (exif_data if exif_data is not None else exif()).tobytes()
    picture(width, height, seed, grain).save(out, "JPEG", quality=quality, exif=block)
    return out.getvalue()


def png(width: int = 320, height: int = 240, *, seed: int = 0, alpha: bool = False) -> bytes:
    out = io.BytesIO()
    image = picture(width, height, seed)
    if alpha:
        image.putalpha(128)
    image.save(out, "PNG")
    return out.getvalue()


def tiff(width: int = 320, height: int = 240, *, seed: int = 0, exif_data: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    picture(width, height, seed).save(out, "TIFF", exif=(exif_data or exif()).tobytes())
    return out.getvalue()


def splice_exif(jpeg_bytes: bytes, exif_data: Image.Exif) -> bytes:
    """The same JPEG with its EXIF segment replaced, without re-encoding (fast distinct photos)."""
    assert jpeg_bytes[:2] == b"\xff\xd8"
    at = 2
    while jpeg_bytes[at] == 0xFF and jpeg_bytes[at + 1] in (0xE0, 0xE1):  # skip JFIF/EXIF segments
        (length,) = struct.unpack(">H", jpeg_bytes[at + 2 : at + 4])
        at += 2 + length
    payload = b"Exif\x00\x00" + exif_data.tobytes()
    return b"\xff\xd8" + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg_bytes[at:]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bomb(width: int = 60_000, height: int = 60_000) -> bytes:
    """A few KiB of PNG declaring width x height pixels (a decompression bomb): all-zero rows."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + width)  # filter byte + one grey byte per pixel
    body = b"".join(compressor.compress(row) for _ in range(200)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", body)
        + _png_chunk(b"IEND", b"")
    )


def truncated(data: bytes, keep: float = 0.6) -> bytes:
    """The first ``keep`` of the bytes: a transfer that stopped half-way."""
    return data[: int(len(data) * keep)]


# --- PDFs --------------------------------------------------------------------------------------------

XMP_TEMPLATE = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmp:CreateDate="{created}" xmp:CreatorTool="{tool}" pdf:Producer="{producer}"
    xmpMM:DocumentID="uuid:{doc_id}">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _escape_pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(
    pages: Sequence[str] = ("End-user certificate No. EUC-2019-0042",),
    *,
    title: str | None = "End-user certificate",
    author: str | None = "Ministry of Defence",
    created: str | None = "D:20190314093000+01'00'",
    xmp: str | None = None,
    password: str | None = None,
) -> bytes:
    """A PDF whose pages carry the given text (Helvetica), with document info and optional XMP."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    font_ref = writer._add_object(font)
    for text in pages:
        page = writer.add_blank_page(595, 842)
        lines = text.split("\n")
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
        for line in lines:
            ops.append(f"({_escape_pdf_text(line)}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
    info: dict[str, str] = {}
    if title is not None:
        info["/Title"] = title
    if author is not None:
        info["/Author"] = author
    if created is not None:
        info["/CreationDate"] = created
    info["/Producer"] = "Fieldvault test generator"
    writer.add_metadata(info)
    if xmp is not None:
        meta = DecodedStreamObject()
        meta.set_data(xmp.encode("utf-8"))
        meta[NameObject("/Type")] = NameObject("/Metadata")
        meta[NameObject("/Subtype")] = NameObject("/XML")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(meta)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def xmp_packet(
    *,
    title: str = "Flight manifest",
    author: str = "Cargo Handling Ltd",
    created: str = "2019-03-14T09:30:00+01:00",
    tool: str = "Word",
    producer: str = "Acrobat",
    doc_id: str = "3f2c9d1e-0000-4000-8000-000000000001",
) -> str:
    return XMP_TEMPLATE.format(
        title=title, author=author, created=created, tool=tool, producer=producer, doc_id=doc_id
    )


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


# --- Word documents ------------------------------------------------------------------------------------


def docx_file(
    paragraphs: Sequence[str] = ("Note verbale concerning the shipment of 12 containers.",),
    *,
    table: Sequence[Sequence[str]] = (("Item", "Serial"), ("AK-103", "SN-77123")),
    author: str = "J. Doe",
    last_modified_by: str = "Logistics Office",
    created: datetime = datetime(2020, 1, 2, 3, 4, 5),
    modified: datetime = datetime(2021, 6, 7, 8, 9, 10),
    title: str = "Delivery report",
) -> bytes:
    """A DOCX with paragraphs, one table, and core properties."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    props = document.core_properties
    props.author = author
    props.last_modified_by = last_modified_by
    props.created = created
    props.modified = modified
    props.title = title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(data: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """A copy of a zip (a DOCX) with some members replaced or added."""
    replace = replace or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info)))
        for name, payload in (add or {}).items():
            dst.writestr(name, payload)
    return out.getvalue()


def docx_zip_bomb(megabytes: int = 40) -> bytes:
    """A valid DOCX plus a member of ``megabytes`` MiB of zeros (compresses ~1000:1)."""
    return rezip(docx_file(), add={"word/media/filler.bin": b"\x00" * (megabytes * 1024 * 1024)})


def docx_with_entities() -> bytes:
    """A DOCX whose document.xml declares nested entities (the "billion laughs")."""
    original = docx_file()
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    body_start = xml.index("?>") + 2 if xml.startswith("<?xml") else 0
    hostile = BILLION_LAUGHS + xml[body_start:].replace("Note verbale", "&lol9; Note verbale", 1)
    return rezip(original, replace={"word/document.xml": hostile.encode("utf-8")})


def docx_many_members(count: int = 6_000) -> bytes:
    """A DOCX with more zip members than any real document."""
    return rezip(docx_file(), add={f"customXml/item{i}.bin": b"x" for i in range(count)})
