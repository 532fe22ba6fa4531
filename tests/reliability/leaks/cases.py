"""The adversary's files: each builder takes a marker (a protected source's identifier as someone wrote
it) and returns the bytes of a file that carries it in exactly one place, a place a gate reading only a
document's visible text would miss.

Every file is made here, from scratch, by a writer independent of the product: piexif (EXIF), exiftool
(XMP, IPTC, JPEG comments), reportlab (PDF document information, letter-spaced glyphs), pypdf (PDF
embedded files), python-docx (comments, headers, core properties), and hand-written bytes where no
library writes the structure (ICC profiles, PNG chunks, raw PDF objects, OOXML parts). Nothing is
downloaded or shipped.

``FILE_CASES`` lists them as (id, file name, builder, marker, source code, place); the ids and file names
never contain an identifier, so a test's id, folder and command line cannot be what leaks it.
"""

from __future__ import annotations

import functools
import io
import struct
import subprocess
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import docx
import piexif
import piexif.helper
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Text as TextAnnotation
from reportlab.pdfgen import canvas

# --- the world's identities ----------------------------------------------------------------------------

NAME = "Jean Dupont"
ALIAS = "Papa Tango"
CONTACTS = "+243 81 234 5678 / 0998 765 432, jdupont@example.org, t.me/jdupont_kv"
NAME_2 = "Mohammed Al-Hassan"
SURNAME_ONLY = "J. Dupont"
PHONE_EN_DASHES = "081 \u2013 234 \u2013 5678"
SECOND_NUMBER = "0998 765 432"

# --- record text: identifiers as people write them -------------------------------------------------------

ARABIC_NAME_2 = "\u0645\u062d\u0645\u062f \u0627\u0644\u062d\u0633\u0646"  # Muhammad al-Hassan
# (id, text, the source it names). The ids never contain an identifier.
TEXT_VARIANTS = (
    ("other_transliteration_of_the_second_source", "Muhammad al-Hassan", "S-002"),
    ("surname_alone", "Dupont confirmed the shipment", "S-001"),
    ("phone_with_en_dashes_and_trunk_prefix", PHONE_EN_DASHES, "S-001"),
    ("second_number_of_the_contacts", SECOND_NUMBER, "S-001"),
    ("name_broken_across_an_indented_line", "Jean\n        Dupont", "S-001"),
    ("name_with_a_run_of_spaces", "Jean    Dupont", "S-001"),
    ("cyrillic_look_alike_letter", "J\u0435an Dupont", "S-001"),
    ("alias_with_a_combining_grapheme_joiner", "Pa\u034fpa Tango", "S-001"),
    ("alias_with_a_variation_selector", "Papa\ufe0f Tango", "S-001"),
    ("surname_hyphenated_across_a_line", "Du-\npont said", "S-001"),
    ("compound_first_name", "Jean-Pierre Dupont", "S-001"),
    ("telegram_link", "contact him on t.me/jdupont_kv", "S-001"),
    ("email_in_capitals", "JDUPONT@EXAMPLE.ORG", "S-001"),
    ("second_source_in_arabic_script", ARABIC_NAME_2, "S-002"),
)
DELETION_REASON = "duplicate of Jean Dupont's statement; his number +243 81 234 5678"


def in_a_sentence(text: str) -> str:
    """The text inside ordinary prose, so that it must be found within a field, not as the whole field."""
    return f"Harbour visit, 4 March. {text} \u2014 forty crates on the quay."


# --- images --------------------------------------------------------------------------------------------


def _picture() -> Image.Image:
    image = Image.new("RGB", (320, 240), (120, 130, 110))
    draw = ImageDraw.Draw(image)
    for n in range(8):
        draw.rectangle((n * 40, 60 + n * 10, n * 40 + 30, 200), fill=(40 + n * 20, 90, 160 - n * 10))
    return image


def base_jpeg() -> bytes:
    """A plain JPEG (Pillow) carrying no metadata at all."""
    out = io.BytesIO()
    _picture().save(out, "JPEG", quality=85)
    return out.getvalue()


def _piexif(zeroth: dict[int, object], exif: dict[int, object] | None = None) -> bytes:
    blob = piexif.dump({"0th": zeroth, "Exif": exif or {}, "GPS": {}, "1st": {}, "thumbnail": None})
    out = io.BytesIO()
    piexif.insert(blob, base_jpeg(), out)
    return out.getvalue()


def jpeg_exif_image_description(marker: str) -> bytes:
    """EXIF IFD0 ImageDescription (0x010E), written by piexif."""
    return _piexif({piexif.ImageIFD.ImageDescription: marker.encode()})


def jpeg_exif_user_comment(marker: str) -> bytes:
    """EXIF UserComment (0x9286) in the Exif IFD, character code UNICODE (UCS-2), written by piexif."""
    return _piexif({}, {piexif.ExifIFD.UserComment: piexif.helper.UserComment.dump(marker, "unicode")})


def jpeg_exif_xp_author(marker: str) -> bytes:
    """EXIF XPAuthor (0x9C9D), the Windows Explorer field: UTF-16LE bytes, written by piexif."""
    return _piexif({piexif.ImageIFD.XPAuthor: tuple((marker + "\0").encode("utf-16-le"))})


def jpeg_exif_artist(marker: str) -> bytes:
    """EXIF IFD0 Artist (0x013B), written by piexif."""
    return _piexif({piexif.ImageIFD.Artist: marker.encode()})


def jpeg_exif_copyright(marker: str) -> bytes:
    """EXIF IFD0 Copyright (0x8298), written by piexif."""
    return _piexif({piexif.ImageIFD.Copyright: f"(c) {marker}".encode()})


def _exiftool(data: bytes, suffix: str, *assignments: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"picture{suffix}"
        path.write_bytes(data)
        subprocess.run(
            ["exiftool", "-q", "-overwrite_original", "-charset", "iptc=UTF8", *assignments, str(path)],
            check=True,
            capture_output=True,
        )
        return path.read_bytes()


def jpeg_xmp_dc_creator(marker: str) -> bytes:
    """XMP dc:creator in an APP1 XMP packet, written by exiftool."""
    return _exiftool(base_jpeg(), ".jpg", f"-XMP-dc:Creator={marker}")


def jpeg_iptc_byline(marker: str) -> bytes:
    """IPTC-IIM By-line (2:80) in the APP13 Photoshop block, written by exiftool."""
    return _exiftool(base_jpeg(), ".jpg", f"-IPTC:By-line={marker}")


def jpeg_comment(marker: str) -> bytes:
    """A JPEG COM segment, written by exiftool."""
    return _exiftool(base_jpeg(), ".jpg", f"-File:Comment={marker}")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_text(marker: str) -> bytes:
    """A PNG tEXt chunk "Author", spliced by hand (struct and zlib.crc32) after IHDR of a Pillow PNG."""
    out = io.BytesIO()
    _picture().save(out, "PNG")
    data = out.getvalue()
    ihdr_end = 8 + 25  # signature, then IHDR: length 4, type 4, 13 bytes of data, CRC 4
    chunk = _png_chunk(b"tEXt", b"Author\0" + marker.encode("latin-1"))
    return data[:ihdr_end] + chunk + data[ihdr_end:]


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _icc_xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)


def _icc_mluc(text: str) -> bytes:
    utf16 = text.encode("utf-16-be")
    return b"mluc\0\0\0\0" + struct.pack(">II", 1, 12) + b"enUS" + struct.pack(">II", len(utf16), 28) + utf16


def icc_profile(copyright_text: str) -> bytes:
    """An ICC v4 display profile (matrix/TRC, sRGB-like primaries) written byte by byte, whose 'cprt'
    tag is a multi-localised Unicode (mluc) string holding ``copyright_text``."""
    gamma = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(2.2 * 256)) + b"\0\0"
    tags = [
        (b"desc", _icc_mluc("Harbour camera RGB")),
        (b"cprt", _icc_mluc(copyright_text)),
        (b"wtpt", _icc_xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _icc_xyz(0.4361, 0.2225, 0.0139)),
        (b"gXYZ", _icc_xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", _icc_xyz(0.1431, 0.0606, 0.7141)),
        (b"rTRC", gamma),
        (b"gTRC", gamma),
        (b"bTRC", gamma),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body + b"\0" * (-len(body) % 4)
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"\0\0\0\0"  # preferred CMM
        + struct.pack(">I", 0x04300000)  # version 4.3
        + b"mntrRGB XYZ "
        + struct.pack(">6H", 2024, 3, 4, 12, 0, 0)
        + b"acsp"
        + b"\0" * 4  # platform
        + b"\0" * 4  # flags
        + b"\0" * 8  # manufacturer, model
        + b"\0" * 8  # attributes
        + b"\0" * 4  # rendering intent
        + _s15(0.9642) + _s15(1.0) + _s15(0.8249)  # PCS illuminant (D50)
        + b"\0" * 4  # creator
        + b"\0" * 16  # profile id
        + b"\0" * 28  # reserved
    )  # fmt: skip
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def jpeg_icc_copyright(marker: str) -> bytes:
    """A JPEG (Pillow) with an APP2 ICC_PROFILE whose 'cprt' tag (hand-made profile) names the marker."""
    out = io.BytesIO()
    _picture().save(out, "JPEG", quality=85, icc_profile=icc_profile(f"Copyright {marker}"))
    return out.getvalue()


# --- PDF -----------------------------------------------------------------------------------------------

VISIBLE = "Harbour inventory, 4 March"


def pdf_string(text: str) -> bytes:
    """A PDF text string: a literal when ASCII, else UTF-16BE with its byte order mark, in hex."""
    if text.isascii():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode() + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _stream(entries: bytes, data: bytes) -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"


def raw_pdf(
    *,
    content: bytes = b"",
    page: bytes = b"",
    catalog: bytes = b"",
    resources: bytes = b"",
    more: Sequence[bytes] = (),
) -> bytes:
    """A one-page PDF serialised by hand (objects, cross-reference table, trailer).

    Objects: 1 catalog (+ ``catalog``), 2 page tree, 3 the page (+ ``page``), 4 Helvetica, 5 the page's
    content (the visible line, then ``content``); ``more`` are objects 6, 7, … in order.
    """
    visible = b"BT /F1 14 Tf 72 770 Td " + pdf_string(VISIBLE) + b" Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
        + resources
        + b" >> /Contents 5 0 R "
        + page
        + b" >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        _stream(b"", visible + content),
        *more,
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _reportlab(draw: Callable[[canvas.Canvas], None], author: str | None = None) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842), invariant=True)
    pdf.setTitle("Harbour inventory")
    if author is not None:
        pdf.setAuthor(author)
    pdf.setFont("Helvetica", 14)
    pdf.drawString(72, 770, VISIBLE)
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def pdf_plain() -> bytes:
    """A one-page PDF (reportlab) with a harmless line of text and nothing else."""
    return _reportlab(lambda pdf: None)


def pdf_page_text(marker: str) -> bytes:
    """The marker as ordinary visible text on the page (reportlab drawString)."""
    return _reportlab(lambda pdf: pdf.drawString(72, 740, f"Statement of {marker}, taken at the harbour"))


def pdf_info_author(marker: str) -> bytes:
    """The document information dictionary's /Author, written by reportlab (setAuthor)."""
    return _reportlab(lambda pdf: None, author=marker)


def pdf_xmp_creator(marker: str) -> bytes:
    """An XMP metadata stream (catalog /Metadata) whose dc:creator names the marker; hand-written."""
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator><rdf:Seq><rdf:li>{escape(marker)}</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()
    return raw_pdf(catalog=b"/Metadata 6 0 R", more=[_stream(b"/Type /Metadata /Subtype /XML", packet)])


def pdf_annotation_contents(marker: str) -> bytes:
    """A sticky note (/Text annotation) whose /Contents holds the marker; hand-written."""
    note = b"<< /Type /Annot /Subtype /Text /Rect [500 760 520 780] /Contents " + pdf_string(marker) + b" >>"
    return raw_pdf(page=b"/Annots [6 0 R]", more=[note])


def pdf_freetext_appearance_only(marker: str) -> bytes:
    """A /FreeText annotation with no /Contents: the marker is drawn only by its appearance stream."""
    annotation = (
        b"<< /Type /Annot /Subtype /FreeText /Rect [72 600 372 630] /DA (/F1 12 Tf 0 g) /AP << /N 7 0 R >> >>"
    )
    appearance = _stream(
        b"/Type /XObject /Subtype /Form /BBox [0 0 300 30] /Resources << /Font << /F1 4 0 R >> >>",
        b"BT /F1 12 Tf 4 10 Td " + pdf_string(marker) + b" Tj ET",
    )
    return raw_pdf(page=b"/Annots [6 0 R]", more=[annotation, appearance])


def pdf_annotation_subject(marker: str) -> bytes:
    """A /Square markup annotation whose /Subj (the subject shown in the comments pane) is the marker."""
    annotation = (
        b"<< /Type /Annot /Subtype /Square /Rect [72 500 200 560] /Contents (see the crates) /Subj "
        + pdf_string(marker)
        + b" >>"
    )
    return raw_pdf(page=b"/Annots [6 0 R]", more=[annotation])


def pdf_annotation_name(marker: str) -> bytes:
    """An annotation whose /NM (its unique name, never drawn) is the marker; hand-written."""
    annotation = (
        b"<< /Type /Annot /Subtype /Text /Rect [500 700 520 720] /Contents (check count) /NM "
        + pdf_string(marker)
        + b" >>"
    )
    return raw_pdf(page=b"/Annots [6 0 R]", more=[annotation])


def pdf_actual_text(marker: str) -> bytes:
    """Marked content whose /ActualText is the marker while the glyphs drawn say something else."""
    content = (
        b"/Span << /ActualText "
        + pdf_string(marker)
        + b" >> BDC BT /F1 12 Tf 72 700 Td (witness statement) Tj ET EMC\n"
    )
    return raw_pdf(content=content)


def pdf_letter_spaced(marker: str) -> bytes:
    """The marker drawn one glyph per Tj with 200 units of character spacing (reportlab setCharSpace):
    a reader sees single letters far apart, "J e a n  D u p o n t"."""

    def draw(pdf: canvas.Canvas) -> None:
        pdf.saveState()
        pdf.scale(0.1, 0.1)
        text = pdf.beginText(720, 6800)
        text.setFont("Helvetica", 120)
        text.setCharSpace(200)
        for glyph in marker:
            text.textOut(glyph)
        pdf.drawText(text)
        pdf.restoreState()

    return _reportlab(draw)


def pdf_embedded_file(marker: str) -> bytes:
    """A file attachment (/EmbeddedFiles name tree) "statement.txt" holding the marker, added by pypdf."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf_plain()))
    writer.add_attachment("statement.txt", f"Statement given by {marker} on 4 March.\n".encode())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_embedded_jpeg(marker: str) -> bytes:
    """An image XObject (/DCTDecode: the JPEG's bytes as they are) whose EXIF Artist is the marker."""
    jpeg = jpeg_exif_artist(marker)
    image = _stream(
        b"/Type /XObject /Subtype /Image /Width 320 /Height 240 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /DCTDecode",
        jpeg,
    )
    return raw_pdf(
        content=b"q 160 0 0 120 72 560 cm /Im1 Do Q\n", resources=b"/XObject << /Im1 6 0 R >>", more=[image]
    )


def pdf_remote_link(file_name: str) -> bytes:
    """A /Link annotation whose /GoToR action opens another file named ``file_name`` (its /F)."""
    link = (
        b"<< /Type /Annot /Subtype /Link /Rect [72 760 300 780] /Border [0 0 0] "
        b"/A << /S /GoToR /F " + pdf_string(file_name) + b" /D [0 /Fit] >> >>"
    )
    return raw_pdf(page=b"/Annots [6 0 R]", more=[link])


def pdf_piece_info(marker: str) -> bytes:
    """Page-piece private data (/PieceInfo, an editing application's dictionary) naming the marker."""
    page = (
        b"/LastModified (D:20240304120000Z) /PieceInfo << /HarbourEditor << /LastModified "
        b"(D:20240304120000Z) /Private << /Witness " + pdf_string(marker) + b" >> >> >>"
    )
    return raw_pdf(page=page)


def pdf_signature_name(marker: str) -> bytes:
    """A signature field whose value (/V, a /Sig dictionary) has /Name, the signer, set to the marker."""
    widget = (
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [0 0 0 0] /F 132 /P 3 0 R "
        b"/V 7 0 R >>"
    )
    signature = (
        b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Name "
        + pdf_string(marker)
        + b" /M (D:20240304120000Z) /Reason (Approval) /ByteRange [0 0 0 0] /Contents <"
        + b"00" * 64
        + b"> >>"
    )
    return raw_pdf(
        page=b"/Annots [6 0 R]",
        catalog=b"/AcroForm << /Fields [6 0 R] /SigFlags 3 >>",
        more=[widget, signature],
    )


def pdf_clean_attachment_and_annotation() -> bytes:
    """A PDF naming nobody that still carries an embedded file "notes.txt" and a /FreeText annotation
    (harmless text, with its appearance stream): what a copy for a recipient must not carry."""
    annotation = (
        b"<< /Type /Annot /Subtype /FreeText /Rect [72 600 372 630] /DA (/F1 12 Tf 0 g) "
        b"/Contents (Reviewed, crates counted) /AP << /N 7 0 R >> >>"
    )
    appearance = _stream(
        b"/Type /XObject /Subtype /Form /BBox [0 0 300 30] /Resources << /Font << /F1 4 0 R >> >>",
        b"BT /F1 12 Tf 4 10 Td (Reviewed, crates counted) Tj ET",
    )
    filespec = b"<< /Type /Filespec /F (notes.txt) /UF (notes.txt) /EF << /F 9 0 R >> >>"
    embedded = _stream(b"/Type /EmbeddedFile", b"Crates counted on the quay: forty.\n")
    return raw_pdf(
        page=b"/Annots [6 0 R]",
        catalog=b"/Names << /EmbeddedFiles << /Names [(notes.txt) 8 0 R] >> >>",
        more=[annotation, appearance, filespec, embedded],
    )


def pdf_public_people(lines: Sequence[str], author: str) -> bytes:
    """A draft naming only public people (reportlab), with an /Author and a sticky note (pypdf)."""

    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 10)
        for n, line in enumerate(lines):
            pdf.drawString(72, 740 - 14 * n, line)

    writer = PdfWriter(clone_from=io.BytesIO(_reportlab(draw, author=author)))
    writer.add_annotation(
        0, TextAnnotation(rect=(500, 760, 520, 780), text="Call +243 99 111 2233 on Monday")
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- Word ----------------------------------------------------------------------------------------------

_W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"


@dataclass(frozen=True)
class _Part:
    path: str
    content_type: str
    rel_type: str
    xml: str
    package_level: bool = False


def _para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def ooxml(body: str, parts: Sequence[_Part] = ()) -> bytes:
    """A Word document zipped by hand (zipfile): the given <w:body> content and extra parts."""
    overrides = "".join(f'<Override PartName="/{p.path}" ContentType="{p.content_type}"/>' for p in parts)
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_MAIN_TYPE}.document.main+xml"/>'
        f"{overrides}</Types>"
    )
    package_rels = "".join(
        f'<Relationship Id="rId{n}" Type="{p.rel_type}" Target="{p.path}"/>'
        for n, p in enumerate((p for p in parts if p.package_level), 2)
    )
    document_rels = "".join(
        f'<Relationship Id="rId{n}" Type="{p.rel_type}" Target="{p.path.removeprefix("word/")}"/>'
        for n, p in enumerate((p for p in parts if not p.package_level), 1)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
            f"{package_rels}</Relationships>",
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W_NS}><w:body>'
            f"{_para(VISIBLE)}{body}<w:sectPr/></w:body></w:document>",
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG_REL}">'
            f"{document_rels}</Relationships>",
        )
        for p in parts:
            z.writestr(p.path, p.xml)
    return out.getvalue()


def docx_footnote(marker: str) -> bytes:
    """A footnote (word/footnotes.xml) holding the marker, referenced from the body; hand-written."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        "</w:p></w:footnote>"
        f'<w:footnote w:id="1">{_para(marker)}</w:footnote></w:footnotes>'
    )
    body = '<w:p><w:r><w:t>Forty crates.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    part = _Part("word/footnotes.xml", f"{_MAIN_TYPE}.footnotes+xml", f"{_REL}/footnotes", notes)
    return ooxml(body, [part])


def docx_text_box(marker: str) -> bytes:
    """A DrawingML text box (wps:txbx, w:txbxContent) anchored inline in the body; hand-written."""
    body = (
        "<w:p><w:r><w:drawing><wp:inline>"
        '<wp:extent cx="2000000" cy="400000"/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2000000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{_para(marker)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    return ooxml(body)


def docx_tracked_insertion_author(marker: str) -> bytes:
    """A tracked insertion (w:ins) whose w:author is the marker; the inserted words are harmless."""
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Cargo counted: </w:t></w:r>'
        f'<w:ins w:id="1" w:author={quoteattr(marker)} w:date="2024-03-04T10:00:00Z">'
        "<w:r><w:t>forty crates</w:t></w:r></w:ins></w:p>"
    )
    return ooxml(body)


def docx_tracked_deletion_text(marker: str) -> bytes:
    """A tracked deletion (w:del, w:delText): the marker was deleted but the text is still in the file."""
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Told to us by </w:t></w:r>'
        '<w:del w:id="2" w:author="Analyst" w:date="2024-03-04T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{escape(marker)}</w:delText></w:r></w:del>'
        "<w:r><w:t>a witness.</w:t></w:r></w:p>"
    )
    return ooxml(body)


def docx_custom_property(marker: str) -> bytes:
    """A custom document property (docProps/custom.xml, vt:lpwstr) holding the marker; hand-written."""
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Witness">'
        f"<vt:lpwstr>{escape(marker)}</vt:lpwstr></property></Properties>"
    )
    part = _Part(
        "docProps/custom.xml",
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        f"{_REL}/custom-properties",
        custom,
        package_level=True,
    )
    return ooxml("", [part])


def _python_docx(edit: Callable[[docx.document.Document], None]) -> bytes:
    document = docx.Document()
    document.core_properties.author = ""
    document.core_properties.last_modified_by = ""
    document.add_paragraph(VISIBLE)
    edit(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_comment_author(marker: str) -> bytes:
    """A comment (word/comments.xml) whose author is the marker; its text is harmless (python-docx)."""

    def edit(document: docx.document.Document) -> None:
        runs = document.paragraphs[-1].runs
        document.add_comment(runs, text="Check the crate count", author=marker, initials="X")

    return _python_docx(edit)


def docx_last_modified_by(marker: str) -> bytes:
    """The core property cp:lastModifiedBy (docProps/core.xml), set by python-docx."""

    def edit(document: docx.document.Document) -> None:
        document.core_properties.last_modified_by = marker

    return _python_docx(edit)


def docx_header(marker: str) -> bytes:
    """The page header (word/header1.xml) holding the marker, written by python-docx."""

    def edit(document: docx.document.Document) -> None:
        document.sections[0].header.paragraphs[0].text = marker

    return _python_docx(edit)


# --- the table -----------------------------------------------------------------------------------------


_SUFFIX = {"jpeg": ".jpg", "png": ".png", "pdf": ".pdf", "docx": ".docx"}


@dataclass(frozen=True)
class FileCase:
    """One file carrying ``marker`` (an identifier of source ``code``) in one place.

    ``place`` is a regular expression (case-insensitive) that a refusal's description of where it found
    the identifier inside the file should match (drafts name the place inside the PDF). The file name is
    neutral, ``exhibit`` with the type's suffix, which the id's first word gives."""

    id: str
    build: Callable[[str], bytes]
    marker: str
    place: str
    code: str = "S-001"

    @property
    def filename(self) -> str:
        return "exhibit" + _SUFFIX[self.id.split("_")[0]]

    @property
    def is_pdf(self) -> bool:
        return self.filename.endswith(".pdf")

    @property
    def is_image(self) -> bool:
        return self.filename.endswith((".jpg", ".png"))


@functools.cache
def content(case: FileCase) -> bytes:
    """The case's bytes (built once per test run: some builders run exiftool)."""
    return case.build(case.marker)


PHONE_NOTE = f"Call {PHONE_EN_DASHES} after dark"
LINKED_FILE = "Jean_Dupont_statement.pdf"
FOOTNOTE = "Dupont confirmed the shipment"
FILE_CASES = (
    FileCase("jpeg_exif_image_description", jpeg_exif_image_description, NAME, "exif|description"),
    FileCase("jpeg_exif_user_comment_alias", jpeg_exif_user_comment, ALIAS, "exif|comment"),
    FileCase("jpeg_exif_xp_author", jpeg_exif_xp_author, NAME, "exif|author"),
    FileCase("jpeg_exif_artist", jpeg_exif_artist, NAME, "exif|artist"),
    FileCase("jpeg_exif_copyright", jpeg_exif_copyright, NAME, "exif|copyright"),
    FileCase("jpeg_xmp_dc_creator", jpeg_xmp_dc_creator, NAME, "xmp|creator"),
    FileCase("jpeg_iptc_byline_surname", jpeg_iptc_byline, SURNAME_ONLY, "iptc|by-?line"),
    FileCase("jpeg_com_segment", jpeg_comment, NAME, "comment"),
    FileCase("png_text_chunk", png_text, NAME, "png|text|author"),
    FileCase("jpeg_icc_profile_copyright", jpeg_icc_copyright, NAME, "icc|profile|copyright"),
    FileCase("pdf_info_author", pdf_info_author, NAME, "author|propert|info|metadata"),
    FileCase("pdf_xmp_dc_creator", pdf_xmp_creator, NAME, "xmp|metadata|creator"),
    FileCase("pdf_annotation_contents_phone", pdf_annotation_contents, PHONE_NOTE, "annot|comment|note"),
    FileCase("pdf_freetext_appearance_only", pdf_freetext_appearance_only, NAME, "annot|appearance"),
    FileCase("pdf_annotation_subject", pdf_annotation_subject, NAME, "annot|subject"),
    FileCase("pdf_annotation_unique_name", pdf_annotation_name, NAME, "annot|name"),
    FileCase("pdf_marked_content_actual_text", pdf_actual_text, NAME, r"page 1|actual|marked"),
    FileCase("pdf_letter_spaced_glyphs", pdf_letter_spaced, NAME, r"page 1"),
    FileCase("pdf_embedded_text_file", pdf_embedded_file, NAME, "embedded|attach"),
    FileCase("pdf_embedded_jpeg_exif_artist", pdf_embedded_jpeg, NAME, "image|exif|artist"),
    FileCase("pdf_gotor_link_file_name", pdf_remote_link, LINKED_FILE, "annot|link|action|file"),
    FileCase("pdf_page_piece_info", pdf_piece_info, NAME, "piece|private|page 1"),
    FileCase("pdf_signature_signer_name", pdf_signature_name, NAME, "signat|form|field"),
    FileCase("docx_comment_author", docx_comment_author, NAME, "comment|author"),
    FileCase("docx_footnote_surname", docx_footnote, FOOTNOTE, "footnote"),
    FileCase("docx_text_box", docx_text_box, NAME, "text ?box|shape"),
    FileCase(
        "docx_tracked_insertion_author", docx_tracked_insertion_author, NAME, "insert|revision|author|track"
    ),
    FileCase("docx_tracked_deletion_text", docx_tracked_deletion_text, NAME, "delet|revision|track"),
    FileCase("docx_custom_property_second_number", docx_custom_property, SECOND_NUMBER, "propert|custom"),
    FileCase("docx_core_last_modified_by", docx_last_modified_by, NAME, "propert|modified|core"),
    FileCase("docx_header", docx_header, NAME, "header"),
)
PDF_CASES = tuple(c for c in FILE_CASES if c.is_pdf)
BY_ID = {c.id: c for c in FILE_CASES}
# The source's name as the ordinary visible text of a page: what the archive would index if it got it.
PAGE_TEXT = FileCase("pdf_page_text", pdf_page_text, NAME, "page")
IMAGE_CASES = tuple(c for c in FILE_CASES if c.is_image)


def pdf_texts(data: bytes) -> list[str]:
    """The text pypdf extracts from each page (used to check the builders themselves)."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
