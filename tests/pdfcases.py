"""PDFs that each carry one marker name in one place, made by writers independent of the reader under
test: reportlab (drawn text, letter spacing, TrueType fonts, images), raw PDF bytes written by hand
(content-stream tricks, comments, data outside the objects) and pypdf's writer (annotations, attached
files, actions, fields, signatures, metadata on pages and images, incremental updates).

``CASES`` maps a case name to a function making its PDF; the reader must find ``MARKER`` in the text
of its parts (or, for ``EMBEDDED_CASES``, in one of the files it hands on as ``Embedded``).
"""

from __future__ import annotations

import datetime
import io
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.annotations import FreeText, Link, Text
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
    create_string_object,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MARKER = "Jean Dupont"
FILLER = ("Annual report of the panel", "The vessel left the port at dawn", "Annex 3: the depot")

# --- raw PDF bytes -----------------------------------------------------------------------------------------


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def pdf_string(text: str) -> bytes:
    """A PDF literal string (UTF-16 with a byte-order mark when not Latin-1)."""
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return b"<" + (b"\xfe\xff" + text.encode("utf-16-be")).hex().encode() + b">"
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def raw_pdf(
    objects: list[bytes], *, head: bytes = b"", tail: bytes = b"", trailer: bytes = b"", unlisted: bytes = b""
) -> bytes:
    """A PDF written by hand: object 1 is the catalog; a correct cross-reference table (``unlisted``
    bytes go after the objects, in no table)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + head)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    out += unlisted
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out + tail)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def page_pdf(
    content: bytes,
    *,
    resources: bytes = b"/Font << /F1 5 0 R >>",
    page_extra: bytes = b"",
    catalog_extra: bytes = b"",
    more: tuple[bytes, ...] = (),
    head: bytes = b"",
    tail: bytes = b"",
    trailer: bytes = b"",
    unlisted: bytes = b"",
) -> bytes:
    """One A4 page drawing ``content`` (Helvetica as /F1); ``more`` are objects 6, 7, ..."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << "
        + resources
        + b" >> "
        + page_extra
        + b">>",
        stream(content),
        HELVETICA,
        *more,
    ]
    return raw_pdf(objects, head=head, tail=tail, trailer=trailer, unlisted=unlisted)


def _filler_ops() -> bytes:
    return b"BT /F1 11 Tf 56 780 Td (" + FILLER[0].encode() + b") Tj ET\n"


def _spaced(word: str, offset: int) -> bytes:
    """A TJ array's elements drawing ``word`` with ``offset`` (thousandths of an em) after each letter."""
    return b"".join(b"(%s) %d " % (char.encode(), -offset) for char in word)


def tj_offsets() -> bytes:
    """The name in a TJ array with large offsets between its letters (pypdf reads "J e a n ..."), a
    larger one between its words."""
    name = _spaced("Jea", 450) + b"(n) -1250 " + _spaced("Dupont", 450)
    return page_pdf(_filler_ops() + b"BT /F1 11 Tf 56 700 Td [" + name + b"] TJ ET")


def tj_offsets_in_a_sentence() -> bytes:
    """Ordinary words, then the name letter-spaced by offsets barely smaller than the word gaps."""
    name = _spaced("Jea", 300) + b"(n) -400 " + _spaced("Dupon", 300) + b"(t) -333 "
    return page_pdf(b"BT /F1 11 Tf 56 700 Td [(We met) -333 " + name + b"(at the depot)] TJ ET")


def letter_by_letter() -> bytes:
    """Each letter placed on its own (tracked changes do this), some in a BT block of their own."""
    ops = [_filler_ops()]
    x = 56.0
    for char in MARKER:
        ops.append(b"BT /F1 11 Tf %.2f 650 Td (%s) Tj ET\n" % (x, char.encode()))
        x += 11 * 0.72 if char != " " else 11 * 0.5
    return page_pdf(b"".join(ops))


def drawn_backwards() -> bytes:
    """The letters drawn from last to first, each at its place: the page reads the name left to right."""
    ops = [_filler_ops(), b"BT /F1 11 Tf\n"]
    x = 56.0
    places = []
    for char in MARKER:
        places.append((x, char))
        x += 7.5
    for x, char in reversed(places):
        ops.append(b"1 0 0 1 %.2f 600 Tm (%s) Tj\n" % (x, char.encode()))
    ops.append(b"ET")
    return page_pdf(b"".join(ops))


def actual_text_inline() -> bytes:
    """Marked content whose /ActualText (what a screen reader says) is the name; the glyphs are not."""
    props = b"<< /ActualText " + pdf_string(MARKER) + b" >>"
    return page_pdf(_filler_ops() + b"/Span " + props + b" BDC BT /F1 11 Tf 56 700 Td (J. D.) Tj ET EMC")


def actual_text_in_properties() -> bytes:
    """The same, the properties named in the page's /Properties resources (UTF-16)."""
    return page_pdf(
        _filler_ops() + b"/Span /MC0 BDC BT /F1 11 Tf 56 700 Td (J. D.) Tj ET EMC",
        resources=b"/Font << /F1 5 0 R >> /Properties << /MC0 6 0 R >>",
        more=(b"<< /Alt " + pdf_string(MARKER + "\u2019s portrait") + b" >>",),
    )


def content_comment() -> bytes:
    """A comment inside the drawing operators: no viewer shows it, the file carries it."""
    return page_pdf(_filler_ops() + b"% " + MARKER.encode() + b"\nBT /F1 11 Tf 56 700 Td (x) Tj ET")


def file_comment_and_tail() -> bytes:
    """A comment between objects (the name split across it and bytes after %%EOF would be two cases)."""
    return page_pdf(_filler_ops(), head=b"% prepared for " + MARKER.encode() + b"\n")


def after_eof() -> bytes:
    return page_pdf(_filler_ops(), tail=b"\n" + MARKER.encode() + b"\n")


def orphan_object() -> bytes:
    """An object no table lists (as an incremental save leaves the old version of an object)."""
    return page_pdf(_filler_ops(), unlisted=b"99 0 obj\n<< /Author " + pdf_string(MARKER) + b" >>\nendobj\n")


def unknown_stream() -> bytes:
    """A stream of no known kind hung on the catalog under a key of the author's own."""
    data = zlib.compress(MARKER.encode("utf-16-le"))
    return page_pdf(
        _filler_ops(), catalog_extra=b"/Notes 6 0 R ", more=(stream(data, b"/Filter /FlateDecode"),)
    )


def form_xobject_nested() -> bytes:
    """The name drawn inside a form XObject painted by another form XObject painted by the page."""
    inner = stream(
        b"BT /F1 9 Tf 0 0 Td (" + MARKER.encode() + b") Tj ET",
        b"/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 5 0 R >> >>",
    )
    outer = stream(
        b"q 1 0 0 1 10 10 cm /Fx2 Do Q",
        b"/Type /XObject /Subtype /Form /BBox [0 0 300 50] /Resources << /XObject << /Fx2 7 0 R >> >>",
    )
    return page_pdf(
        _filler_ops() + b"q 1 0 0 1 56 600 cm /Fx1 Do Q",
        resources=b"/Font << /F1 5 0 R >> /XObject << /Fx1 6 0 R >>",
        more=(outer, inner),
    )


def tiling_pattern() -> bytes:
    """The name drawn in a tiling pattern's cell (a fill, not text pypdf looks at)."""
    cell = stream(
        b"BT /F1 6 Tf 0 2 Td (" + MARKER.encode() + b") Tj ET",
        b"/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 60 10] /XStep 60 "
        b"/YStep 10 /Resources << /Font << /F1 5 0 R >> >>",
    )
    return page_pdf(
        _filler_ops() + b"/Pattern cs /P1 scn 56 500 200 100 re f",
        resources=b"/Font << /F1 5 0 R >> /Pattern << /P1 6 0 R >>",
        more=(cell,),
    )


def type3_glyph() -> bytes:
    """A Type 3 font whose one glyph procedure draws the name (in Helvetica, inside the glyph)."""
    font = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
        b"/CharProcs << /a 7 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 "
        b"/LastChar 97 /Widths [1000] /Resources << /Font << /F1 5 0 R >> >> >>"
    )
    glyph = stream(b"1000 0 d0 BT /F1 100 Tf 0 0 Td (" + MARKER.encode() + b") Tj ET")
    return page_pdf(
        _filler_ops() + b"BT /T3 12 Tf 56 700 Td (a) Tj ET",
        resources=b"/Font << /F1 5 0 R /T3 6 0 R >>",
        more=(font, glyph),
    )


def icc_profile() -> bytes:
    """A colour space with an ICC profile (a file format of its own, with text tags)."""
    from PIL import ImageCms  # noqa: PLC0415

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return page_pdf(
        _filler_ops() + b"/CS0 cs 0.5 0.5 0.5 sc 56 500 100 100 re f",
        resources=b"/Font << /F1 5 0 R >> /ColorSpace << /CS0 [/ICCBased 6 0 R] >>",
        more=(stream(profile, b"/N 3"),),
    )


def invisible_text() -> bytes:
    """Text render mode 3 (invisible, as OCR layers use) at size 0.5."""
    return page_pdf(_filler_ops() + b"BT 3 Tr /F1 0.5 Tf 56 700 Td (" + MARKER.encode() + b") Tj ET")


def optional_content_name() -> bytes:
    """A layer (optional content group) named after the person."""
    return page_pdf(
        _filler_ops(),
        catalog_extra=b"/OCProperties << /OCGs [6 0 R] /D << /Order [6 0 R] >> >> ",
        more=(b"<< /Type /OCG /Name " + pdf_string(MARKER) + b" >>",),
    )


def custom_name_object() -> bytes:
    """The name as a PDF name object (a key of the author's own on the page)."""
    return page_pdf(_filler_ops(), page_extra=b"/Jean#20Dupont true ")


def page_piece_info() -> bytes:
    return page_pdf(
        _filler_ops(),
        page_extra=b"/PieceInfo << /MyApp << /LastModified (D:20240101) /Private << /Owner "
        + pdf_string(MARKER)
        + b" >> >> >> ",
    )


def structure_tree() -> bytes:
    """A structure element whose /Alt (alternate description) is the name."""
    return page_pdf(
        b"/P << /MCID 0 >> BDC " + _filler_ops() + b" EMC",
        page_extra=b"/StructParents 0 ",
        catalog_extra=b"/StructTreeRoot 6 0 R /MarkInfo << /Marked true >> ",
        more=(
            b"<< /Type /StructTreeRoot /K 7 0 R >>",
            b"<< /Type /StructElem /S /Figure /P 6 0 R /Pg 3 0 R /K 0 /Alt " + pdf_string(MARKER) + b" >>",
        ),
    )


def page_label() -> bytes:
    labels = b"/PageLabels << /Nums [0 << /S /D /P " + pdf_string(MARKER + " - ") + b" >>] >> "
    return page_pdf(_filler_ops(), catalog_extra=labels)


# --- reportlab --------------------------------------------------------------------------------------------


def _reportlab(draw: Callable[[canvas.Canvas], None], **info: str) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=True)
    for key, value in info.items():
        getattr(c, f"set{key}")(value)
    c.setFont("Helvetica", 11)
    c.drawString(56, 780, FILLER[0])
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def page_text() -> bytes:
    return _reportlab(lambda c: c.drawString(56, 700, f"We met {MARKER} at the depot"))


def letter_spaced_tc() -> bytes:
    """Character spacing (Tc) of 200/1000 em: pypdf reads "J e a n  D u p o n t"."""

    def draw(c: canvas.Canvas) -> None:
        text = c.beginText(56, 700)
        text.setFont("Helvetica", 12)
        text.setCharSpace(2.4)
        text.textOut(MARKER)
        c.drawText(text)

    return _reportlab(draw)


def truetype_letter_spaced() -> bytes:
    """An embedded TrueType subset (codes mapped back by /ToUnicode), letter-spaced at 250/1000 em."""
    font = Path(canvas.__file__).parents[1] / "fonts" / "Vera.ttf"
    if "FvVera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FvVera", str(font)))

    def draw(c: canvas.Canvas) -> None:
        text = c.beginText(56, 700)
        text.setFont("FvVera", 12)
        text.setCharSpace(3)
        text.textOut(MARKER)
        c.drawText(text)

    return _reportlab(draw)


def info_author() -> bytes:
    return _reportlab(lambda c: None, Author=MARKER)


def image_exif() -> bytes:
    """A JPEG whose EXIF Artist is the name, drawn on the page (reportlab embeds the JPEG as is)."""
    exif = Image.Exif()
    exif[0x013B] = MARKER  # Artist
    jpeg = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 60, 30)).save(jpeg, "JPEG", exif=exif.tobytes())
    path = io.BytesIO(jpeg.getvalue())
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415

    return _reportlab(lambda c: c.drawImage(ImageReader(path), 56, 500, 64, 48))


# --- pypdf's writer ---------------------------------------------------------------------------------------


def _base() -> PdfWriter:
    writer = PdfWriter(clone_from=io.BytesIO(_reportlab(lambda c: c.drawString(56, 700, FILLER[1]))))
    writer.metadata = None
    return writer


def _out(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _annot(writer: PdfWriter, entries: dict[str, PdfObject]) -> DictionaryObject:
    annot = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Rect"): _rect()})
    for key, value in entries.items():
        annot[NameObject(key)] = value
    _annotations(writer.pages[0]).append(writer._add_object(annot))
    return annot


def _annotations(page: PageObject) -> ArrayObject:
    if "/Annots" not in page:
        page[NameObject("/Annots")] = ArrayObject()
    return cast(ArrayObject, page["/Annots"].get_object())


def _rect() -> ArrayObject:
    return ArrayObject([FloatObject(56), FloatObject(400), FloatObject(256), FloatObject(440)])


def _text(value: str) -> TextStringObject:
    return TextStringObject(value)


def annotation_key(key: str) -> Callable[[], bytes]:
    def make() -> bytes:
        writer = _base()
        _annot(writer, {"/Subtype": NameObject("/Text"), "/Contents": _text("See note"), key: _text(MARKER)})
        return _out(writer)

    return make


def free_text_appearance() -> bytes:
    """A FreeText comment whose /Contents is harmless; its appearance stream draws the name."""
    writer = _base()
    annotation = FreeText(text="See note", rect=(56, 400, 256, 440))
    annotation[NameObject("/Contents")] = _text("See note")
    ap = DecodedStreamObject()
    ap.set_data(b"BT /Helv 10 Tf 2 20 Td (" + MARKER.encode() + b") Tj ET")
    ap.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(200), FloatObject(40)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {
                    NameObject("/Font"): DictionaryObject(
                        {
                            NameObject("/Helv"): DictionaryObject(
                                {
                                    NameObject("/Type"): NameObject("/Font"),
                                    NameObject("/Subtype"): NameObject("/Type1"),
                                    NameObject("/BaseFont"): NameObject("/Helvetica"),
                                }
                            )
                        }
                    )
                }
            ),
        }
    )
    annotation[NameObject("/AP")] = DictionaryObject({NameObject("/N"): writer._add_object(ap)})
    writer.add_annotation(0, annotation)
    return _out(writer)


def rich_text() -> bytes:
    """/RC rich text where markup splits the name (and a character reference spells a letter)."""
    writer = _base()
    rc = '<body xmlns="http://www.w3.org/1999/xhtml"><p>Je<span>an</span> D&#117;pont</p></body>'
    _annot(writer, {"/Subtype": NameObject("/Text"), "/Contents": _text("Note"), "/RC": _text(rc)})
    return _out(writer)


def uri_link() -> bytes:
    writer = _base()
    writer.add_annotation(
        0, Link(rect=(56, 400, 256, 440), url="https://example.org/people?name=Jean%20Dupont")
    )
    return _out(writer)


def gotor_link() -> bytes:
    """A link to a page of another file: the file's name is the person's."""
    writer = _base()
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/GoToR"),
            NameObject("/F"): DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Filespec"),
                    NameObject("/UF"): _text(f"{MARKER} statement.pdf"),
                }
            ),
            NameObject("/D"): ArrayObject([NumberObject(0), NameObject("/Fit")]),
        }
    )
    _annot(writer, {"/Subtype": NameObject("/Link"), "/A": action})
    return _out(writer)


def launch_action() -> bytes:
    writer = _base()
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): _text(f"C:\\cases\\{MARKER}.docx")}
    )
    _annot(writer, {"/Subtype": NameObject("/Link"), "/A": action})
    return _out(writer)


def javascript_stream() -> bytes:
    """An open action running JavaScript from a compressed stream."""
    writer = _base()
    js = DecodedStreamObject()
    js.set_data(f'app.alert("Interview of {MARKER}");'.encode())
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): writer._add_object(js.flate_encode()),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _out(writer)


def javascript_name_tree() -> bytes:
    """Document-level JavaScript (the /Names /JavaScript tree), a string this time."""
    writer = _base()
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): _text(f'var witness = "{MARKER}";')}
    )
    tree = DictionaryObject({NameObject("/Names"): ArrayObject([_text("init"), writer._add_object(action)])})
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): writer._add_object(tree)}
    )
    return _out(writer)


def embedded_file_content() -> bytes:
    writer = _base()
    writer.add_attachment("notes.txt", f"Interview notes: {MARKER}, 12 May".encode())
    return _out(writer)


def embedded_file_name() -> bytes:
    writer = _base()
    writer.add_attachment(f"{MARKER}.txt", b"nothing here")
    return _out(writer)


def embedded_file_description() -> bytes:
    writer = _base()
    writer.add_attachment("notes.txt", b"nothing here")
    names = cast(Any, writer._root_object)["/Names"]["/EmbeddedFiles"]["/Names"]
    names[1].get_object()[NameObject("/Desc")] = _text(f"Statement of {MARKER}")
    return _out(writer)


def file_attachment_annotation() -> bytes:
    """A FileAttachment comment (a paperclip on the page) holding a file that names the person."""
    writer = _base()
    data = DecodedStreamObject()
    data.set_data(f"Witness: {MARKER}".encode())
    data[NameObject("/Type")] = NameObject("/EmbeddedFile")
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): _text("w.txt"),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): writer._add_object(data)}),
        }
    )
    _annot(
        writer,
        {
            "/Subtype": NameObject("/FileAttachment"),
            "/FS": writer._add_object(spec),
            "/Contents": _text("attached"),
        },
    )
    return _out(writer)


def _xmp(value: str) -> DecodedStreamObject:
    meta = DecodedStreamObject()
    meta.set_data(
        (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/" dc:format="application/pdf"><dc:creator><rdf:Seq>'
            f"<rdf:li>{value}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
            '<?xpacket end="w"?>'
        ).encode()
    )
    meta[NameObject("/Type")] = NameObject("/Metadata")
    meta[NameObject("/Subtype")] = NameObject("/XML")
    return meta


def page_xmp() -> bytes:
    writer = _base()
    writer.pages[0][NameObject("/Metadata")] = writer._add_object(_xmp("J&#101;an Dupont"))
    return _out(writer)


def image_xmp() -> bytes:
    """XMP hung on an image XObject (the image itself carries nothing)."""
    writer = PdfWriter(clone_from=io.BytesIO(_png_page()))
    writer.metadata = None
    for obj in writer._objects:
        if isinstance(obj, DictionaryObject) and obj.get("/Subtype") == "/Image":
            obj[NameObject("/Metadata")] = writer._add_object(_xmp(MARKER))
    return _out(writer)


def _png_page() -> bytes:
    png = io.BytesIO()
    Image.new("RGB", (16, 16), (0, 128, 0)).save(png, "PNG")
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415

    return _reportlab(lambda c: c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 56, 500, 32, 32))


def catalog_piece_info() -> bytes:
    writer = _base()
    writer._root_object[NameObject("/PieceInfo")] = DictionaryObject(
        {
            NameObject("/Illustrator"): DictionaryObject(
                {NameObject("/Private"): DictionaryObject({NameObject("/Owner"): _text(MARKER)})}
            )
        }
    )
    return _out(writer)


def form_field() -> bytes:
    writer = _base()
    field = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): _text("witness"),
            NameObject("/V"): _text(MARKER),
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): _rect(),
        }
    )
    ref = writer._add_object(field)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref])}
    )
    return _out(writer)


def field_choice_option() -> bytes:
    """A choice field whose options (not chosen, not shown until opened) include the name."""
    writer = _base()
    kid = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Ch"),
            NameObject("/T"): _text("b"),
            NameObject("/Opt"): ArrayObject([_text("Nobody"), _text(MARKER)]),
        }
    )
    parent = DictionaryObject(
        {NameObject("/T"): _text("a"), NameObject("/Kids"): ArrayObject([writer._add_object(kid)])}
    )
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([writer._add_object(parent)])}
    )
    return _out(writer)


def signature_name() -> bytes:
    """A signed statement: the signature dictionary's /Name, /Reason and /Location."""
    return _signature({"/Name": _text(MARKER), "/Reason": _text("I agree"), "/Location": _text("Goma")})


def signature_contact() -> bytes:
    return _signature({"/ContactInfo": _text("j.dupont@example.org, Jean Dupont")})


def signature_certificate() -> bytes:
    """The signer's certificate (in the PKCS#7 blob of /Contents) names the person; nothing else does."""
    from cryptography import x509  # noqa: PLC0415
    from cryptography.hazmat.primitives import hashes, serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric import ec  # noqa: PLC0415
    from cryptography.hazmat.primitives.serialization import pkcs7  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, MARKER)])
    now = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    blob = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(b"document bytes")
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature])
    )
    padded = blob + b"\x00" * 512
    return _signature(
        {
            "/Contents": create_string_object(padded, "bytes"),
            "/ByteRange": ArrayObject(
                [NumberObject(0), NumberObject(10), NumberObject(20), NumberObject(10)]
            ),
        }
    )


def _signature(entries: dict[str, PdfObject]) -> bytes:
    writer = _base()
    sig = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Sig"),
            NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
            NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"),
        }
    )
    for key, value in entries.items():
        sig[NameObject(key)] = value
    field = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Sig"),
            NameObject("/T"): _text("Signature1"),
            NameObject("/V"): writer._add_object(sig),
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): _rect(),
        }
    )
    ref = writer._add_object(field)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref]), NameObject("/SigFlags"): NumberObject(3)}
    )
    return _out(writer)


def bookmark_title() -> bytes:
    writer = _base()
    writer.add_outline_item(title=f"Interview: {MARKER}", page_number=0)
    return _out(writer)


def bookmark_action() -> bytes:
    writer = _base()
    item = writer.add_outline_item(title="Sources", page_number=0)
    cast(DictionaryObject, item.get_object())[NameObject("/A")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/URI"),
            NameObject("/URI"): _text("mailto:jean.dupont@example.org?subject=Jean Dupont"),
        }
    )
    return _out(writer)


def named_destination() -> bytes:
    writer = _base()
    writer.add_named_destination(f"{MARKER} interview", 0)
    return _out(writer)


def info_custom_key() -> bytes:
    """A custom document property whose NAME is the person (its value is harmless)."""
    writer = _base()
    writer.add_metadata({"/Jean Dupont": "yes"})
    return _out(writer)


def earlier_revision() -> bytes:
    """An incremental update that replaced the author: the first revision's /Info is still in the file."""
    first = _reportlab(lambda c: None, Author=MARKER)
    writer = PdfWriter(io.BytesIO(first), incremental=True)
    writer.add_metadata({"/Author": "Panel secretariat"})
    return _out(writer)


CASES: dict[str, Callable[[], bytes]] = {
    "page text": page_text,
    "letter spacing (Tc)": letter_spaced_tc,
    "TrueType font letter-spaced": truetype_letter_spaced,
    "TJ offsets": tj_offsets,
    "TJ offsets in a sentence": tj_offsets_in_a_sentence,
    "letter by letter": letter_by_letter,
    "drawn backwards": drawn_backwards,
    "invisible text": invisible_text,
    "ActualText inline": actual_text_inline,
    "Alt in /Properties": actual_text_in_properties,
    "nested form XObjects": form_xobject_nested,
    "tiling pattern": tiling_pattern,
    "Type 3 glyph procedure": type3_glyph,
    "comment in drawing operators": content_comment,
    "comment in the file": file_comment_and_tail,
    "bytes after %%EOF": after_eof,
    "object no table lists": orphan_object,
    "earlier revision": earlier_revision,
    "stream of no known kind": unknown_stream,
    "layer name": optional_content_name,
    "name object": custom_name_object,
    "page PieceInfo": page_piece_info,
    "catalog PieceInfo": catalog_piece_info,
    "structure element Alt": structure_tree,
    "page label": page_label,
    "document Author": info_author,
    "custom property name": info_custom_key,
    "annotation Contents": annotation_key("/Contents"),
    "annotation T": annotation_key("/T"),
    "annotation Subj": annotation_key("/Subj"),
    "annotation NM": annotation_key("/NM"),
    "annotation key of its own": annotation_key("/XAuthor"),
    "FreeText appearance stream": free_text_appearance,
    "rich text": rich_text,
    "URI link": uri_link,
    "GoToR file": gotor_link,
    "Launch file": launch_action,
    "JavaScript stream": javascript_stream,
    "JavaScript name tree": javascript_name_tree,
    "attached file name": embedded_file_name,
    "attached file description": embedded_file_description,
    "page XMP": page_xmp,
    "image XMP": image_xmp,
    "form field value": form_field,
    "form field option": field_choice_option,
    "signature Name": signature_name,
    "signature ContactInfo": signature_contact,
    "signature certificate": signature_certificate,
    "bookmark title": bookmark_title,
    "bookmark action": bookmark_action,
    "named destination": named_destination,
}

# The marker is inside a file the PDF carries: the reader hands that file on, the dispatcher reads it.
EMBEDDED_CASES: dict[str, Callable[[], bytes]] = {
    "attached file content": embedded_file_content,
    "FileAttachment annotation": file_attachment_annotation,
    "JPEG EXIF": image_exif,
}


def read_back(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def dirty_draft() -> bytes:
    """A draft carrying the name everywhere but its page text: an attached file, a FreeText comment with
    an appearance, XMP on the page and the document, /PieceInfo, a JPEG whose EXIF names the person,
    marked content with /ActualText and a comment in the drawing operators, a form field, a bookmark,
    JavaScript; plus a web link and a link to page 2, which a copy keeps."""
    exif = Image.Exif()
    exif[0x013B] = MARKER  # Artist
    exif[0x010E] = f"Portrait of {MARKER}"  # ImageDescription
    jpeg = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 60, 30)).save(jpeg, "JPEG", exif=exif.tobytes(), comment=MARKER.encode())
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=True)
    c.setFont("Helvetica", 11)
    c.drawString(56, 780, "Draft final report, page one")
    c.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 56, 500, 64, 48)
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(56, 780, "Annex 4: the depot")
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=io.BytesIO(out.getvalue()))
    writer.add_metadata({"/Author": MARKER})
    writer.add_attachment("notes.txt", f"Interview notes: {MARKER}".encode())
    page = writer.pages[0]
    page[NameObject("/Metadata")] = writer._add_object(_xmp(MARKER))
    page[NameObject("/PieceInfo")] = DictionaryObject(
        {NameObject("/App"): DictionaryObject({NameObject("/Private"): _text(MARKER)})}
    )
    writer._root_object[NameObject("/Metadata")] = writer._add_object(_xmp(MARKER))
    extra = DecodedStreamObject()
    extra.set_data(
        b"% "
        + MARKER.encode()
        + b"\n/Span << /ActualText "
        + pdf_string(MARKER)
        + b" >> BDC BT /F1 9 Tf 56 300 Td (J. D.) Tj ET EMC\n"
    )
    contents = page["/Contents"]
    page[NameObject("/Contents")] = ArrayObject([contents, writer._add_object(extra)])
    annotation = FreeText(text=MARKER, rect=(56, 400, 256, 440))
    ap = DecodedStreamObject()
    ap.set_data(b"BT /Helv 10 Tf 2 20 Td (" + MARKER.encode() + b") Tj ET")
    ap.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(200), FloatObject(40)]
            ),
        }
    )
    annotation[NameObject("/AP")] = DictionaryObject({NameObject("/N"): writer._add_object(ap)})
    writer.add_annotation(0, annotation)
    writer.add_annotation(0, Text(text=MARKER, rect=(300, 400, 320, 420)))
    writer.add_annotation(0, Link(rect=(56, 700, 256, 720), url="https://example.org/report"))
    writer.add_annotation(0, Link(rect=(56, 650, 256, 670), target_page_index=1))
    field = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): _text("witness"),
            NameObject("/V"): _text(MARKER),
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): _rect(),
        }
    )
    ref = writer._add_object(field)
    _annotations(page).append(ref)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref])}
    )
    writer.add_outline_item(title=f"Interview: {MARKER}", page_number=0)
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): _text(f"// {MARKER}")}
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _out(writer)


def widths_257(lines: list[str]) -> bytes:
    """A PDF as groff's gropdf writes its fonts: a simple font whose /Widths array holds 257 entries
    (/FirstChar 0 to /LastChar 256), which pypdf refuses ("Too many character widths: 257 > 256")."""
    ops = ["BT", "/F1 12 Tf", "72 760 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    widths = " ".join(["500"] * 257)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/FirstChar 0 /LastChar 256 /Widths [" + widths.encode() + b"] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
