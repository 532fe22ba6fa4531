"""Watermarked draft copies: every page stamped with its recipient and a copy id, for tracing leaks.

Each page gets a large diagonal "DRAFT — recipient" in translucent grey, and a header and a footer line
naming the recipient and the copy id in small type, so a photocopy, a screenshot of one page or a
cropped page still names its copy. The copy id is also written in the document information (the
``/FieldvaultCopyId`` property and the title).

A copy is rebuilt, not edited: it holds the pages as drawn and nothing else. Each page keeps its boxes,
its drawing operators and the resources they use (fonts, images, form XObjects, graphics states, colour
spaces, shadings, patterns); links to a web address or to another page of the copy are kept as bare
links. Everything else a draft may carry is left behind, because any of it may name the drafting
expert or a source: the document information and XMP metadata (of the document, of pages, of images,
of forms), comments and every other annotation, form fields and signatures, attached files, bookmarks,
named destinations and the name trees, JavaScript and automatic actions, the structure tree and
marked-content properties (/ActualText, /Alt: marked content is kept as bare tags), /PieceInfo, layers
(optional content), thumbnails, comments in the drawing operators, and strings in resource
dictionaries other than the few fonts need. JPEG images keep their pixels but lose every APPn segment
but JFIF (APP0) and Adobe (APP14), which colour decoding needs — so EXIF, XMP, IPTC, ICC and comment
segments, and any bytes after the image — and each is checked to still decode (one Pillow cannot
decode after that is encoded anew from its pixels; one it cannot decode at all refuses the copy); JPEG
2000 images lose their XML, UUID and comment boxes. ICC-based colour spaces become the device space with
as many components (a profile carries text tags of its own).

The stamp is drawn in the standard Helvetica font (no embedding) with the WinAnsi encoding, which every
reader extracts as text; characters outside it are shown as their closest Latin letters or "?". The
copy id is plain ASCII, so it always survives.
"""

from __future__ import annotations

import io
import logging
import math
import re
import struct
import unicodedata
import zlib
from typing import Any

from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    RectangleObject,
    StreamObject,
    TextStringObject,
)

from vault.errors import InvalidInput
from vault.messages import Text

# pypdf reports recoverable oddities through logging, quoting the file; they must reach no terminal.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

COPY_ID_PROPERTY = "/FieldvaultCopyId"
COPY_ID = re.compile(r"FV(?:-[0-9A-HJKMNP-TV-Z]{4}){3}")  # Crockford base32: no I, L, O, U
_FONT = NameObject("/FvStampFont")
_STATE = NameObject("/FvStampState")
_LATIN = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"})
_AVG_WIDTH = 0.52  # Helvetica's average glyph width per point of size, to centre text well enough


def winansi(text: str) -> bytes:
    """``text`` in the WinAnsi encoding of the standard fonts, accents dropped where it has no glyph."""
    out = bytearray()
    for ch in " ".join(text.split()).translate(_LATIN):
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out += plain.encode("cp1252", errors="replace") if plain else b"?"
    return bytes(out)


def open_pdf(data: bytes, name: str) -> PdfReader:
    """A reader for PDF bytes; InvalidInput naming ``name`` when it is not a PDF we can read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(
                Text("{name} is password-protected; remove the password first", name=name), field="pdf"
            )
        _ = len(reader.pages)
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise InvalidInput(
            Text("{name} is not a readable PDF (it is damaged or not a PDF)", name=name), field="pdf"
        ) from None
    return reader


def _show(text: bytes, size: float, matrix: tuple[float, ...]) -> bytes:
    m = " ".join(f"{v:.4f}" for v in matrix)
    return b"BT /FvStampFont %.1f Tf %s Tm <%s> Tj ET\n" % (size, m.encode(), text.hex().encode())


def _stamp_stream(width: float, height: float, x0: float, y0: float, lines: tuple[bytes, bytes]) -> bytes:
    diagonal, margin_line = lines
    length = math.hypot(width, height)
    size = max(12.0, min(72.0, 0.7 * length / max(1, len(diagonal)) / _AVG_WIDTH))
    angle = math.atan2(height, width)
    cos, sin = math.cos(angle), math.sin(angle)
    half = len(diagonal) * size * _AVG_WIDTH / 2
    cx, cy = x0 + width / 2, y0 + height / 2
    start = (cx - half * cos + size / 3 * sin, cy - half * sin - size / 3 * cos)
    small = max(6.0, min(9.0, width / max(1, len(margin_line)) / _AVG_WIDTH))
    return b"".join(
        [
            b"q /FvStampState gs 0.45 g\n",
            _show(diagonal, size, (cos, sin, -sin, cos, *start)),
            b"Q q 0.25 g\n",
            _show(margin_line, small, (1, 0, 0, 1, x0 + 18, y0 + height - 14)),
            _show(margin_line, small, (1, 0, 0, 1, x0 + 18, y0 + 8)),
            b"Q\n",
        ]
    )


def _stamp_page(page: PageObject, lines: tuple[bytes, bytes]) -> PageObject:
    box = page.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    # A scratch page never written itself: merge_page copies its content and resources onto ``page``.
    stamp = PageObject.create_blank_page(None, float(page.mediabox.width), float(page.mediabox.height))
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    state = DictionaryObject({NameObject("/ca"): FloatObject(0.3), NameObject("/CA"): FloatObject(0.3)})
    stamp[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject({_FONT: font}),
            NameObject("/ExtGState"): DictionaryObject({_STATE: state}),
            NameObject("/ProcSet"): ArrayObject([NameObject("/PDF"), NameObject("/Text")]),
        }
    )
    content = DecodedStreamObject()
    content.set_data(_stamp_stream(width, height, x0, y0, lines))
    stamp[NameObject("/Contents")] = content
    return stamp


def stamp_copy(draft: bytes, name: str, recipient: str, copy_id: str, label: str = "DRAFT") -> bytes:
    """The draft's pages, rebuilt without anything but what they draw, each stamped for ``recipient``
    and ``copy_id``; InvalidInput if the draft is unreadable or holds an image that cannot be cleaned."""
    reader = open_pdf(draft, name)
    writer = PdfWriter()
    lines = (
        winansi(f"{label} \u2013 {recipient}"),
        winansi(
            f"Confidential {label.lower()} for {recipient} only \u2013 copy {copy_id} \u2013 do not forward"
        ),
    )
    copier = _Copier(reader, writer, name)
    try:
        sources = list(reader.pages)
        pages = [copier.page(source) for source in sources]
        targets = {
            source.indirect_reference.idnum: page.indirect_reference
            for source, page in zip(sources, pages, strict=True)
            if source.indirect_reference is not None and page.indirect_reference is not None
        }
        for source, page in zip(sources, pages, strict=True):
            _copy_links(writer, source, page, targets)
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise InvalidInput(
            Text("{name} is not a readable PDF (it is damaged or not a PDF)", name=name), field="pdf"
        ) from None
    for page in pages:
        if page.rotation:
            _upright(page)  # so the stamp reads upright as the page is shown
        page.merge_page(_stamp_page(page, lines))
        page.compress_content_streams()  # uncompressed, a stamped report grows ~50x
    writer.metadata = {
        "/Title": f"{label.capitalize()} \u2013 copy {copy_id}",
        "/Producer": "Fieldvault",
        COPY_ID_PROPERTY: copy_id,
    }
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def copy_ids_in(text: str) -> list[str]:
    """Copy ids written in a text (a page's extracted text), in order of appearance, each once."""
    return list(dict.fromkeys(COPY_ID.findall(text.upper())))


# --- rebuilding pages -------------------------------------------------------------------------------------

# Entries left out of every dictionary copied: metadata, application data, structure, layers, files.
_DROPPED_KEYS = {
    "/Metadata", "/PieceInfo", "/LastModified", "/StructParent", "/StructParents", "/OC", "/AF", "/Thumb",
    "/OPI", "/Alternates", "/Name", "/ID", "/Ref", "/Measure", "/PtData", "/SpiderInfo", "/Annots", "/AA",
    "/B", "/Dur", "/Trans", "/PresSteps", "/Tabs", "/TemplateInstantiated", "/VP", "/DPart", "/Properties",
    "/SeparationInfo", "/BoxColorInfo", "/Length",
}  # fmt: skip
# The only dictionary entries whose string values a drawing needs (font descriptors, CID fonts).
_STRING_KEYS = {"/FontFamily", "/Registry", "/Ordering", "/Panose", "/CharSet", "/Style"}
# Objects never copied, wherever a resource points to them.
_REFUSED_TYPES = {
    "/Page", "/Pages", "/Catalog", "/Annot", "/Filespec", "/EmbeddedFile", "/Metadata", "/Action",
    "/Outlines", "/StructElem", "/StructTreeRoot", "/Sig", "/OCG", "/OCMD", "/MCR", "/OBJR", "/Collection",
}  # fmt: skip
_DCT = ("/DCTDecode", "/DCT")
_PAGE_KEYS = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox")


class _Copier:
    """Copies pages and the resources they draw with into a writer, sanitising on the way."""

    def __init__(self, reader: PdfReader, writer: PdfWriter, name: str) -> None:
        self.reader = reader
        self.writer = writer
        self.name = name
        self.memo: dict[tuple[int, int], Any] = {}

    def page(self, source: PageObject) -> PageObject:
        media = RectangleObject(source.mediabox)
        page = self.writer.add_blank_page(float(media.width), float(media.height))
        page[NameObject("/MediaBox")] = RectangleObject(media)
        if "/CropBox" in source:
            page[NameObject("/CropBox")] = RectangleObject(source.cropbox)
        rotation = source.rotation
        if rotation % 90 == 0 and rotation % 360:
            page[NameObject("/Rotate")] = NumberObject(rotation % 360)
        unit = _resolve(source.get("/UserUnit"))
        if isinstance(unit, (int, float)) and unit > 0:
            page[NameObject("/UserUnit")] = FloatObject(float(unit))
        resources = _resolve(source.get("/Resources"))
        if resources is None:
            resources = _inherited(source, "/Resources")
        page[NameObject("/Resources")] = (
            self.copy(resources) if isinstance(resources, DictionaryObject) else DictionaryObject()
        )
        group = source.get("/Group")
        if group is not None:
            page[NameObject("/Group")] = self.copy(group)
        content = DecodedStreamObject()
        contents = source.get("/Contents")
        content.set_data(self.drawing(ContentStream(contents, self.reader, "bytes")) if contents else b"")
        page[NameObject("/Contents")] = self.writer._add_object(content)
        return page

    def drawing(self, stream: ContentStream) -> bytes:
        """Drawing operators without marked-content properties, comments or JPEG metadata."""
        data = stream.get_data()
        if not _NEEDS_REWRITE.search(data):
            return data
        operations: list[tuple[Any, bytes]] = []
        for operands, operator in stream.operations:
            if operator == b"BDC":  # the tag stays (it may close a group), its properties go
                operations.append((operands[:1], b"BMC"))
            elif operator == b"DP":
                operations.append((operands[:1], b"MP"))
            elif operator == b"INLINE IMAGE":
                operations.append((self.inline_image(operands), operator))
            else:
                operations.append((operands, operator))
        stream.operations = operations
        return stream.get_data()

    def inline_image(self, image: Any) -> Any:
        settings = image.get("settings")
        data = image.get("data")
        if isinstance(settings, DictionaryObject) and isinstance(data, bytes):
            filters = _filters(settings.get("/F", settings.get("/Filter")))
            if filters and filters[-1] in _DCT:
                if len(filters) != 1:
                    raise self.uncleanable()
                image["data"] = self.clean_jpeg(bytes(data))
        return image

    def uncleanable(self) -> InvalidInput:
        return InvalidInput(
            Text("{name} holds an image whose metadata could not be removed", name=self.name), field="pdf"
        )

    # -- objects --------------------------------------------------------------------------------------------

    def copy(self, value: Any, key: str | None = None) -> Any:
        device = _device_space(value)
        if device is not None:  # an ICC profile (it names its maker, may name more): the device space
            return device
        if isinstance(value, IndirectObject):
            memo_key = (value.idnum, value.generation)
            if memo_key in self.memo:
                return self.memo[memo_key]
            obj = value.get_object()
            if _refused(obj):
                self.memo[memo_key] = NullObject()
                return self.memo[memo_key]
            if isinstance(obj, StreamObject):
                new_stream = self.new_stream(obj)
                ref = self.writer._add_object(new_stream)
                self.memo[memo_key] = ref
                self.fill_stream(obj, new_stream)
                return ref
            if isinstance(obj, (DictionaryObject, ArrayObject)):
                container: Any = DictionaryObject() if isinstance(obj, DictionaryObject) else ArrayObject()
                ref = self.writer._add_object(container)
                self.memo[memo_key] = ref
                self.fill(obj, container)
                return ref
            direct = self.copy(obj, key)
            if isinstance(direct, NullObject):
                return direct
            ref = self.writer._add_object(direct)
            self.memo[memo_key] = ref
            return ref
        if _refused(value):
            return NullObject()
        if isinstance(value, StreamObject):  # streams are indirect by the rules; tolerate a direct one
            new_stream = self.new_stream(value)
            self.fill_stream(value, new_stream)
            return self.writer._add_object(new_stream)
        if isinstance(value, (DictionaryObject, ArrayObject)):
            container = DictionaryObject() if isinstance(value, DictionaryObject) else ArrayObject()
            self.fill(value, container)
            return container
        if isinstance(value, BooleanObject):
            return BooleanObject(bool(value))
        if isinstance(value, NameObject):
            return NameObject(value)
        if isinstance(value, FloatObject):
            return FloatObject(float(value))
        if isinstance(value, int):
            return NumberObject(int(value))
        if isinstance(value, (str, bytes)):
            return _string_copy(value) if key in _STRING_KEYS else NullObject()
        return NullObject()

    def fill(self, source: Any, target: Any) -> None:
        if isinstance(source, DictionaryObject):
            for k, v in source.items():
                if k in _DROPPED_KEYS:
                    continue
                copied = self.copy(v, k)
                if not isinstance(copied, NullObject) or isinstance(_resolve(v), NullObject):
                    target[NameObject(k)] = copied
        else:
            indexed = len(source) > 0 and source[0] == "/Indexed"  # a colour table: a string is its data
            for v in source:
                if (
                    indexed
                    and isinstance(_resolve(v), (str, bytes))
                    and not isinstance(_resolve(v), NameObject)
                ):
                    target.append(_string_copy(_resolve(v)))
                else:
                    target.append(self.copy(v))

    def new_stream(self, source: StreamObject) -> StreamObject:
        return DecodedStreamObject()

    def fill_stream(self, source: StreamObject, target: StreamObject) -> None:
        """Copy a stream: a form or tiling pattern drawn again, an image cleaned, the rest as it is."""
        subtype = source.get("/Subtype")
        keys = {
            k: v for k, v in source.items() if k not in _DROPPED_KEYS and k not in ("/Filter", "/DecodeParms")
        }
        if subtype == "/Form" or source.get("/PatternType") == 1:
            data = zlib.compress(self.drawing(ContentStream(source, self.reader, "bytes")))
            filters: list[str] = ["/FlateDecode"]
            params: Any = None
        elif subtype == "/Image":
            data, filters, params = self.image_data(source)
        elif subtype == "/PS":  # PostScript passthrough: never drawn by viewers, may say anything
            data, filters, params = b"", [], None
        else:
            data, filters, params = source._data, _filters(source.get("/Filter")), source.get("/DecodeParms")
        for k, v in keys.items():
            copied = self.copy(v, k)
            if not isinstance(copied, NullObject) or isinstance(_resolve(v), NullObject):
                target[NameObject(k)] = copied
        if filters:
            target[NameObject("/Filter")] = (
                NameObject(filters[0]) if len(filters) == 1 else ArrayObject(NameObject(f) for f in filters)
            )
            if params is not None and not isinstance(_resolve(params), NullObject):
                target[NameObject("/DecodeParms")] = self.copy(params)
        target._data = data

    def image_data(self, source: StreamObject) -> tuple[bytes, list[str], Any]:
        filters = _filters(source.get("/Filter"))
        params = source.get("/DecodeParms")
        if filters and filters[-1] in _DCT:
            jpeg = source._data if len(filters) == 1 else source.get_data()
            last_params = _resolve(params)
            if isinstance(last_params, ArrayObject):
                last_params = last_params[-1] if last_params else None
            return self.clean_jpeg(bytes(jpeg)), ["/DCTDecode"], last_params
        if filters and filters[-1] == "/JPXDecode":
            jpx = source._data if len(filters) == 1 else source.get_data()
            return _clean_jpx(bytes(jpx)), ["/JPXDecode"], None
        return source._data, filters, params

    def clean_jpeg(self, data: bytes) -> bytes:
        try:
            cleaned = strip_jpeg_metadata(data)
            _check_image(cleaned)
            return cleaned
        except (ValueError, OSError, SyntaxError, Image.DecompressionBombError, struct.error):
            pass
        try:  # the JPEG is odd: keep its pixels only, encoded anew
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                if image.mode not in ("L", "RGB", "CMYK"):
                    raise self.uncleanable()
                out = io.BytesIO()
                image.save(out, "JPEG", quality=92)
                return out.getvalue()
        except (ValueError, OSError, SyntaxError, Image.DecompressionBombError):
            raise self.uncleanable() from None


_NEEDS_REWRITE = re.compile(rb"BDC|DP|BI|%")


def _refused(obj: Any) -> bool:
    if not isinstance(obj, DictionaryObject):
        return False
    if obj.get("/Type") in _REFUSED_TYPES or obj.get("/Subtype") == "/XML":
        return True
    return "/Rect" in obj and "/Subtype" in obj  # an annotation without its /Type


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


_DEVICE_SPACES = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}


def _device_space(value: Any) -> NameObject | None:
    """The device colour space of an [/ICCBased profile] colour space, by its number of components."""
    space = _resolve(value)
    if not isinstance(space, ArrayObject) or len(space) != 2 or space[0] != "/ICCBased":
        return None
    profile = _resolve(space[1])
    components = _resolve(profile.get("/N")) if isinstance(profile, DictionaryObject) else None
    name = _DEVICE_SPACES.get(int(components)) if isinstance(components, (int, float)) else None
    return NameObject(name or "/DeviceRGB")


def _inherited(node: Any, key: str) -> Any:
    seen: set[int] = set()
    while isinstance(node, DictionaryObject) and id(node) not in seen:
        seen.add(id(node))
        if key in node:
            return _resolve(node[key])
        node = _resolve(node.get("/Parent"))
    return None


def _filters(value: Any) -> list[str]:
    value = _resolve(value)
    if value is None or isinstance(value, NullObject):
        return []
    if isinstance(value, ArrayObject):
        return [str(_resolve(v)) for v in value]
    return [str(value)]


def _string_copy(value: Any) -> Any:
    from pypdf.generic import ByteStringObject  # noqa: PLC0415

    if isinstance(value, TextStringObject):
        copied = TextStringObject(str(value))
        copied._original_bytes = value._original_bytes
        return copied
    return ByteStringObject(bytes(value))


# --- links ------------------------------------------------------------------------------------------------


def _copy_links(
    writer: PdfWriter, source: PageObject, page: PageObject, targets: dict[int, IndirectObject]
) -> None:
    """Bare copies of the page's links to a web address or to a page of the copy; nothing else."""
    annots = _resolve(source.get("/Annots"))
    if not isinstance(annots, ArrayObject):
        return
    kept = ArrayObject()
    for ref in annots:
        annot = _resolve(ref)
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") != "/Link":
            continue
        rect = _numbers(_resolve(annot.get("/Rect")), 4)
        if rect is None:
            continue
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
                NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
            }
        )
        action = _resolve(annot.get("/A"))
        destination = None
        if isinstance(action, DictionaryObject) and action.get("/S") == "/URI":
            uri = _resolve(action.get("/URI"))
            if not isinstance(uri, (str, bytes)) or isinstance(uri, NameObject):
                continue
            text = uri.decode("latin-1") if isinstance(uri, bytes) else str(uri)
            link[NameObject("/A")] = DictionaryObject(
                {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject(text)}
            )
        elif isinstance(action, DictionaryObject) and action.get("/S") == "/GoTo":
            destination = _destination(_resolve(action.get("/D")), targets)
        elif action is None:
            destination = _destination(_resolve(annot.get("/Dest")), targets)
        else:
            continue
        if "/A" not in link:
            if destination is None:
                continue
            link[NameObject("/Dest")] = destination
        kept.append(writer._add_object(link))
    if kept:
        page[NameObject("/Annots")] = kept


def _destination(dest: Any, targets: dict[int, IndirectObject]) -> ArrayObject | None:
    """An explicit destination ([page /XYZ left top zoom] ...) pointed at the copy's page; a named one
    (a string the author chose) is not kept."""
    if not isinstance(dest, ArrayObject) or not dest or not isinstance(dest[0], IndirectObject):
        return None
    target = targets.get(dest[0].idnum)
    if target is None:
        return None
    out = ArrayObject([target])
    for item in dest[1:6]:
        item = _resolve(item)
        if isinstance(item, NameObject) and item in ("/XYZ", "/Fit", "/FitH", "/FitV", "/FitR", "/FitB",
                                                     "/FitBH", "/FitBV"):  # fmt: skip
            out.append(NameObject(item))
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            out.append(FloatObject(float(item)))
        else:
            out.append(NullObject())
    return out


def _numbers(value: Any, count: int) -> list[float] | None:
    if not isinstance(value, ArrayObject) or len(value) != count:
        return None
    try:
        numbers = [float(_resolve(v)) for v in value]
    except (TypeError, ValueError):
        return None
    return numbers if all(math.isfinite(v) for v in numbers) else None


def _upright(page: PageObject) -> None:
    """pypdf's transfer_rotation_to_content, also moving the links with the content."""
    rotation = -page.rotation
    page.rotation = 0
    media = RectangleObject(page.mediabox)
    transform = (
        Transformation()
        .translate(-float(media.left + media.width / 2), -float(media.bottom + media.height / 2))
        .rotate(rotation)
    )
    pt1 = transform.apply_on(media.lower_left)
    pt2 = transform.apply_on(media.upper_right)
    transform = transform.translate(-min(pt1[0], pt2[0]), -min(pt1[1], pt2[1]))
    page.add_transformation(transform, False)
    for key in _PAGE_KEYS:
        if key in page:
            page[NameObject(key)] = _moved(RectangleObject(page[key]), transform)  # type: ignore[arg-type]
    annots = _resolve(page.get("/Annots"))
    for ref in annots if isinstance(annots, ArrayObject) else []:
        annot = _resolve(ref)
        if isinstance(annot, DictionaryObject) and "/Rect" in annot:
            annot[NameObject("/Rect")] = _moved(RectangleObject(annot["/Rect"]), transform)  # type: ignore[arg-type]


def _moved(rect: RectangleObject, transform: Transformation) -> RectangleObject:
    pt1 = transform.apply_on(rect.lower_left)
    pt2 = transform.apply_on(rect.upper_right)
    return RectangleObject(
        (min(pt1[0], pt2[0]), min(pt1[1], pt2[1]), max(pt1[0], pt2[0]), max(pt1[1], pt2[1]))
    )


# --- images -----------------------------------------------------------------------------------------------

_JFIF = b"JFIF\x00"
_ADOBE = b"Adobe"


def strip_jpeg_metadata(data: bytes) -> bytes:
    """A JPEG with its APPn segments removed but JFIF (APP0) and Adobe (APP14), without comment
    segments, and without anything after its end marker. ValueError when it is not a JPEG."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    at = 2
    size = len(data)
    while at < size:
        if data[at] != 0xFF:
            raise ValueError("damaged JPEG")
        marker = data[at + 1] if at + 1 < size else 0xD9
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xD9:
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[at : at + 2]
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2 or at + 2 + length > size:
            raise ValueError("damaged JPEG")
        segment = data[at : at + 2 + length]
        if 0xE0 <= marker <= 0xEF:
            keep = (marker == 0xE0 and segment[4:9] == _JFIF) or (marker == 0xEE and segment[4:9] == _ADOBE)
        else:
            keep = marker != 0xFE  # COM
        if keep:
            out += segment
        at += 2 + length
        if marker == 0xDA:  # entropy-coded data runs to the next marker (not a stuffed 0 or a restart)
            scan = at
            while True:
                ff = data.find(b"\xff", scan)
                if ff < 0 or ff + 1 >= size:
                    raise ValueError("damaged JPEG")
                following = data[ff + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    scan = ff + 1
                    continue
                out += data[at:ff]
                at = ff
                break
    out += b"\xff\xd9"
    return bytes(out)


def _check_image(data: bytes) -> None:
    """Raise unless Pillow decodes the image (at reduced scale for a JPEG: all of the data is read)."""
    with Image.open(io.BytesIO(data)) as image:
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()


_JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
_JP2_KEPT = {b"jP  ", b"ftyp", b"jp2h", b"jp2c", b"rreq"}


def _clean_jpx(data: bytes) -> bytes:
    """A JPEG 2000 image without XML, UUID (XMP), label or other descriptive boxes, and without
    comment segments in its codestream's main header."""
    if data.startswith(b"\xff\x4f\xff\x51"):  # a bare codestream
        return _clean_codestream(data)
    if not data.startswith(_JP2_SIGNATURE):
        return data
    out = bytearray()
    at = 0
    while at + 8 <= len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        header = 8
        if length == 1:
            (length,) = struct.unpack(">Q", data[at + 8 : at + 16])
            header = 16
        elif length == 0:
            length = len(data) - at
        if length < header:
            break
        box = data[at : at + length]
        if kind == b"jp2c":
            out += struct.pack(">I", 0) + b"jp2c" + _clean_codestream(box[header:])
            break
        if kind in _JP2_KEPT:
            out += box
        at += length
    return bytes(out)


def _clean_codestream(data: bytes) -> bytes:
    """A JPEG 2000 codestream without COM marker segments in its main header."""
    if not data.startswith(b"\xff\x4f"):
        return data
    out = bytearray(b"\xff\x4f")
    at = 2
    while at + 4 <= len(data):
        marker = data[at : at + 2]
        if marker == b"\xff\x90":  # first tile: the main header ends
            break
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if marker != b"\xff\x64":
            out += data[at : at + 2 + length]
        at += 2 + length
    return bytes(out + data[at:])
