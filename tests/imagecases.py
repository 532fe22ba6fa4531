"""Pictures that carry a text (a name, a marker) in one place each: an EXIF tag, an XMP property, an IPTC
dataset, an ICC profile's copyright, a JPEG comment, a PNG text chunk, a thumbnail's own EXIF...

Each builder takes the text and returns the bytes of a picture that viewers open. The files are written
by tools independent of the reader under test: Pillow (EXIF, comments, PNG chunks, WebP, TIFF, GIF,
AVIF), piexif (EXIF IFDs, maker notes, thumbnails), exiftool (XMP, IPTC, multi-page TIFF), and raw bytes
by hand where no tool writes what a camera or editor does (ICC profiles and their APP2 segments). Used by
the reader's tests (tests/unit/test_reader_image.py) and by anyone testing what leaves the vault:
``CASES`` maps a case's name to its builder; ``EMBEDDED_CASES`` are those where the text sits in a file
inside the picture (the EXIF thumbnail), read by the dispatcher, not in the picture's own metadata.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import piexif
from PIL import Image, PngImagePlugin

Builder = Callable[[str], bytes]

XMP_HEAD = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
)
XMP_TAIL = ' </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>'


def exiftool_available() -> bool:
    return shutil.which("exiftool") is not None


def _exiftool(data: bytes, suffix: str, *arguments: str) -> bytes:
    """``data`` rewritten by exiftool with the given tag assignments (``-Group:Tag=value``)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"picture{suffix}"
        path.write_bytes(data)
        subprocess.run(
            ["exiftool", "-q", "-overwrite_original", "-charset", "iptc=UTF8", *arguments, str(path)],
            check=True,
            capture_output=True,
        )
        return path.read_bytes()


def picture(width: int = 64, height: int = 48) -> Image.Image:
    image = Image.new("RGB", (width, height), (40, 120, 200))
    image.paste((220, 60, 30), (0, 0, width // 2, height // 2))
    return image


def plain_jpeg(width: int = 64, height: int = 48, **options: object) -> bytes:
    """A JPEG written by Pillow with nothing but the options given (exif=, comment=, icc_profile=...)."""
    out = io.BytesIO()
    picture(width, height).save(out, "JPEG", quality=85, **options)
    return out.getvalue()


def xmp_packet(description: str) -> str:
    """A complete XMP packet around one rdf:Description (its attributes and content)."""
    return XMP_HEAD + f'  <rdf:Description rdf:about="" {description}</rdf:Description>\n' + XMP_TAIL


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def splice_jpeg_segment(jpeg: bytes, marker: int, payload: bytes) -> bytes:
    """``jpeg`` with one more segment (``marker`` 0xE0..0xFE) after SOI and APP0: written by hand."""
    assert jpeg[:2] == b"\xff\xd8"
    at = 2
    if jpeg[2:4] == b"\xff\xe0":
        at += 2 + struct.unpack(">H", jpeg[4:6])[0]
    segment = bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:at] + segment + jpeg[at:]


# --- ICC profiles, byte by byte (ICC.1:2022) ---------------------------------------------------------------


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def icc_xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + _s15(x) + _s15(y) + _s15(z)


def icc_gamma(gamma: float) -> bytes:
    return b"curv\x00\x00\x00\x00" + struct.pack(">IH", 1, round(gamma * 256)) + b"\x00\x00"


def icc_text(text: str) -> bytes:
    return b"text\x00\x00\x00\x00" + text.encode("ascii") + b"\x00"


def icc_desc(ascii_text: str, unicode_text: str = "") -> bytes:
    """textDescriptionType (ICC v2): an ASCII description, a Unicode one, an empty ScriptCode one."""
    ascii_part = ascii_text.encode("ascii") + b"\x00"
    unicode_part = (unicode_text + "\x00").encode("utf-16-be") if unicode_text else b""
    return (
        b"desc\x00\x00\x00\x00"
        + struct.pack(">I", len(ascii_part))
        + ascii_part
        + struct.pack(">II", 0, len(unicode_part) // 2)
        + unicode_part
        + struct.pack(">HB", 0, 0)
        + b"\x00" * 67
    )


def icc_mluc(*records: tuple[str, str, str]) -> bytes:
    """multiLocalizedUnicodeType (ICC v4): (language, country, text) records, UTF-16BE."""
    head = b"mluc\x00\x00\x00\x00" + struct.pack(">II", len(records), 12)
    strings = [text.encode("utf-16-be") for _, _, text in records]
    offset = len(head) + 12 * len(records)
    table = b""
    for (language, country, _), encoded in zip(records, strings, strict=True):
        table += language.encode("ascii") + country.encode("ascii") + struct.pack(">II", len(encoded), offset)
        offset += len(encoded)
    return head + table + b"".join(strings)


def icc_profile(tags: list[tuple[bytes, bytes]], *, version: int = 0x02100000) -> bytes:
    """An RGB display profile holding ``tags`` ((signature, data) pairs, data 4-byte aligned here)."""
    count = len(tags)
    at = 128 + 4 + 12 * count
    table, body = b"", b""
    for signature, data in tags:
        table += signature + struct.pack(">II", at + len(body), len(data))
        body += data + b"\x00" * (-len(data) % 4)
    size = at + len(body)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", version)
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2024, 1, 1, 0, 0, 0)
        + b"acsp"
        + b"APPL"
        + b"\x00" * 4  # flags
        + b"\x00" * 8  # device manufacturer and model
        + b"\x00" * 8  # attributes
        + struct.pack(">I", 0)  # rendering intent
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\x00" * 4  # creator
        + b"\x00" * 16  # profile ID
        + b"\x00" * 28
    )
    assert len(header) == 128
    return header + struct.pack(">I", count) + table + body


def adobe_rgb_like_profile(description: str = "Adobe RGB (1998) compatible test profile") -> bytes:
    """A matrix/TRC profile with the Adobe RGB (1998) primaries (D50-adapted) and gamma 2.2."""
    return icc_profile(
        [
            (b"desc", icc_desc(description)),
            (b"cprt", icc_text("No copyright, test profile")),
            (b"wtpt", icc_xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", icc_xyz(0.6097, 0.3111, 0.0195)),
            (b"gXYZ", icc_xyz(0.2053, 0.6257, 0.0609)),
            (b"bXYZ", icc_xyz(0.1492, 0.0632, 0.7446)),
            (b"rTRC", icc_gamma(2.19921875)),
            (b"gTRC", icc_gamma(2.19921875)),
            (b"bTRC", icc_gamma(2.19921875)),
        ]
    )


def jpeg_with_icc_segment(profile: bytes) -> bytes:
    """A JPEG whose APP2 ICC_PROFILE segment (one chunk) was written by hand, not by Pillow."""
    return splice_jpeg_segment(plain_jpeg(), 0xE2, b"ICC_PROFILE\x00\x01\x01" + profile)


# --- one builder per place --------------------------------------------------------------------------------


def image_description(marker: str) -> bytes:
    exif = Image.Exif()
    exif[0x010E] = marker
    return plain_jpeg(exif=exif.tobytes())


def user_comment_unicode(marker: str) -> bytes:
    """UserComment with the UNICODE prefix, UTF-16BE in a big-endian EXIF block (piexif)."""
    block = piexif.dump({"Exif": {piexif.ExifIFD.UserComment: b"UNICODE\x00" + marker.encode("utf-16-be")}})
    return plain_jpeg(exif=block)


def user_comment_unicode_little_endian(marker: str) -> bytes:
    """UserComment with the UNICODE prefix, UTF-16LE in a little-endian EXIF block (Pillow)."""
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9286] = b"UNICODE\x00" + marker.encode("utf-16-le")
    return plain_jpeg(exif=exif.tobytes())


def xp_author(marker: str) -> bytes:
    block = piexif.dump({"0th": {piexif.ImageIFD.XPAuthor: tuple(marker.encode("utf-16-le") + b"\x00\x00")}})
    return plain_jpeg(exif=block)


def artist(marker: str) -> bytes:
    return plain_jpeg(exif=piexif.dump({"0th": {piexif.ImageIFD.Artist: marker.encode("utf-8")}}))


def copyright_notice(marker: str) -> bytes:
    return plain_jpeg(exif=piexif.dump({"0th": {piexif.ImageIFD.Copyright: marker.encode("utf-8")}}))


def camera_owner_name(marker: str) -> bytes:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0xA430] = marker
    return plain_jpeg(exif=exif.tobytes())


def maker_note(marker: str) -> bytes:
    """A maker note in a camera maker's binary layout: an IFD of numbers, then the owner's name."""
    note = b"Nikon\x00\x02\x10\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x00\x01\x00\x03\x00\x00\x00\x01\x00\x07"
    note += b"\x00" * 6 + b"\x01\x02\x03" + marker.encode("latin-1") + b"\x00\xff\x10"
    block = piexif.dump({"0th": {piexif.ImageIFD.Make: b"NIKON"}, "Exif": {piexif.ExifIFD.MakerNote: note}})
    return plain_jpeg(exif=block)


def gps_processing_method(marker: str) -> bytes:
    block = piexif.dump({"GPS": {piexif.GPSIFD.GPSProcessingMethod: b"ASCII\x00\x00\x00" + marker.encode()}})
    return plain_jpeg(exif=block)


def xmp_dc_creator(marker: str) -> bytes:
    return _exiftool(plain_jpeg(), ".jpg", f"-XMP-dc:Creator={marker}")


def xmp_custom_namespace(marker: str) -> bytes:
    packet = xmp_packet(
        'xmlns:ngo="http://example.org/ns/fieldnotes/1.0/">\n'
        f"   <ngo:Informant><rdf:Bag><rdf:li>{_x(marker)}</rdf:li></rdf:Bag></ngo:Informant>\n  "
    )
    return plain_jpeg(xmp=packet.encode("utf-8"))


def xmp_attribute(marker: str) -> bytes:
    """An XMP property written in the attribute shorthand, in an unlisted namespace."""
    packet = xmp_packet(f'xmlns:ngo="http://example.org/ns/fieldnotes/1.0/" ngo:Contact="{_x(marker)}">')
    return plain_jpeg(xmp=packet.encode("utf-8"))


def iptc_byline(marker: str) -> bytes:
    return _exiftool(plain_jpeg(), ".jpg", f"-IPTC:By-line={marker}")


def iptc_caption(marker: str) -> bytes:
    return _exiftool(plain_jpeg(), ".jpg", f"-IPTC:Caption-Abstract=Depot visit with {marker}")


def jpeg_comment(marker: str) -> bytes:
    return plain_jpeg(comment=marker.encode("utf-8"))


def png_text(marker: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", marker)
    out = io.BytesIO()
    picture().save(out, "PNG", pnginfo=info)
    return out.getvalue()


def png_compressed_text(marker: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", marker, zip=True)
    out = io.BytesIO()
    picture().save(out, "PNG", pnginfo=info)
    return out.getvalue()


def png_itxt(marker: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Author", marker, lang="fr", tkey="Auteur", zip=True)
    out = io.BytesIO()
    picture().save(out, "PNG", pnginfo=info)
    return out.getvalue()


def png_text_after_image_data(marker: str) -> bytes:
    """A tEXt chunk after IDAT (allowed by the PNG standard; Pillow reads it only on load())."""
    out = io.BytesIO()
    picture().save(out, "PNG")
    data = out.getvalue()
    body = b"Author\x00" + marker.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", _crc(b"tEXt" + body))
    return data[:-12] + chunk + data[-12:]


def _crc(data: bytes) -> int:
    return zlib.crc32(data) & 0xFFFFFFFF


def icc_mluc_copyright(marker: str) -> bytes:
    """An ICC v4 profile whose 'cprt' is multiLocalizedUnicode naming the person, in a hand-made APP2."""
    profile = icc_profile(
        [
            (b"desc", icc_mluc(("en", "US", "Camera RGB"))),
            (b"cprt", icc_mluc(("en", "US", "Public domain"), ("fr", "FR", f"Copyright {marker}"))),
            (b"wtpt", icc_xyz(0.9642, 1.0, 0.8249)),
        ],
        version=0x04300000,
    )
    return jpeg_with_icc_segment(profile)


def icc_description(marker: str) -> bytes:
    """An ICC v2 'desc' (textDescriptionType) naming the person, in a PNG iCCP chunk (Pillow)."""
    profile = adobe_rgb_like_profile(f"Profile of {marker}")
    out = io.BytesIO()
    picture().save(out, "PNG", icc_profile=profile)
    return out.getvalue()


def icc_description_unicode(marker: str) -> bytes:
    """The Unicode part of a v2 'desc', in a WebP ICCP chunk."""
    profile = icc_profile([(b"desc", icc_desc("Display", marker)), (b"cprt", icc_text("none"))])
    out = io.BytesIO()
    picture().save(out, "WEBP", icc_profile=profile)
    return out.getvalue()


def tiff_ascii_tag(marker: str) -> bytes:
    """An ASCII tag (DocumentName) of a TIFF file, written by Pillow."""
    out = io.BytesIO()
    picture().save(out, "TIFF", tiffinfo={269: marker})
    return out.getvalue()


def tiff_second_page(marker: str) -> bytes:
    """A two-page TIFF (Pillow) whose second page's ImageDescription names the person (exiftool)."""
    out = io.BytesIO()
    picture().save(out, "TIFF", save_all=True, append_images=[picture(32, 24)])
    return _exiftool(out.getvalue(), ".tif", f"-IFD1:ImageDescription={marker}")


def webp_xmp(marker: str) -> bytes:
    packet = xmp_packet(
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_x(marker)}</rdf:li></rdf:Alt></dc:title>\n  '
    )
    out = io.BytesIO()
    picture().save(out, "WEBP", xmp=packet.encode("utf-8"))
    return out.getvalue()


def webp_exif(marker: str) -> bytes:
    exif = Image.Exif()
    exif[0x013B] = marker
    out = io.BytesIO()
    picture().save(out, "WEBP", exif=exif.tobytes())
    return out.getvalue()


def gif_comment(marker: str) -> bytes:
    out = io.BytesIO()
    picture().convert("P").save(out, "GIF", comment=marker.encode("utf-8"))
    return out.getvalue()


def avif_exif(marker: str) -> bytes:
    """An AVIF (ISO base media, as HEIC) with an Exif item, written by Pillow."""
    exif = Image.Exif()
    exif[0x010E] = marker
    out = io.BytesIO()
    picture().save(out, "AVIF", exif=exif.tobytes())
    return out.getvalue()


def avif_xmp(marker: str) -> bytes:
    packet = xmp_packet(
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"   <dc:creator><rdf:Seq><rdf:li>{_x(marker)}</rdf:li></rdf:Seq></dc:creator>\n  "
    )
    out = io.BytesIO()
    picture().save(out, "AVIF", xmp=packet.encode("utf-8"))
    return out.getvalue()


def thumbnail_with_exif(marker: str) -> bytes:
    """A JPEG whose IFD1 thumbnail is itself a JPEG carrying EXIF that names the person (exiftool writes
    the thumbnail as given; piexif would strip its metadata)."""
    thumbnail = io.BytesIO()
    small = Image.Exif()
    small[0x010E] = marker
    picture(16, 12).save(thumbnail, "JPEG", quality=70, exif=small.tobytes())
    main = Image.Exif()
    main[0x010F] = "Canon"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "thumbnail.jpg"
        path.write_bytes(thumbnail.getvalue())
        return _exiftool(plain_jpeg(exif=main.tobytes()), ".jpg", f"-ThumbnailImage<={path}")


CASES: dict[str, Builder] = {
    "EXIF ImageDescription": image_description,
    "EXIF UserComment (UNICODE, big-endian)": user_comment_unicode,
    "EXIF UserComment (UNICODE, little-endian)": user_comment_unicode_little_endian,
    "EXIF XPAuthor": xp_author,
    "EXIF Artist": artist,
    "EXIF Copyright": copyright_notice,
    "EXIF CameraOwnerName": camera_owner_name,
    "EXIF MakerNote": maker_note,
    "EXIF GPSProcessingMethod": gps_processing_method,
    "XMP dc:creator": xmp_dc_creator,
    "XMP custom namespace": xmp_custom_namespace,
    "XMP attribute shorthand": xmp_attribute,
    "IPTC By-line": iptc_byline,
    "IPTC Caption-Abstract": iptc_caption,
    "JPEG comment": jpeg_comment,
    "PNG tEXt": png_text,
    "PNG zTXt": png_compressed_text,
    "PNG iTXt": png_itxt,
    "PNG tEXt after the image data": png_text_after_image_data,
    "ICC mluc cprt": icc_mluc_copyright,
    "ICC desc": icc_description,
    "ICC desc (Unicode part)": icc_description_unicode,
    "TIFF ASCII tag": tiff_ascii_tag,
    "TIFF second page": tiff_second_page,
    "WebP XMP": webp_xmp,
    "WebP EXIF": webp_exif,
    "GIF comment": gif_comment,
    "AVIF EXIF": avif_exif,
    "AVIF XMP": avif_xmp,
}
EMBEDDED_CASES: dict[str, Builder] = {
    "EXIF IFD1 thumbnail": thumbnail_with_exif,
}
NEEDS_EXIFTOOL = {
    "XMP dc:creator",
    "IPTC By-line",
    "IPTC Caption-Abstract",
    "TIFF second page",
    "EXIF IFD1 thumbnail",
}
