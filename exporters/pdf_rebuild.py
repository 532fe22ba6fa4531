"""Rebuilding a draft's pages for a watermarked copy (exporters/pdf_watermark.py): what is kept, and what
is left behind.

A copy is rebuilt, not edited: it holds the pages as drawn and nothing else. Each page keeps its boxes,
its drawing operators and the resources they use (fonts, images, form XObjects, graphics states, colour
spaces, shadings, patterns); links to a web address or to another page of the copy are kept as bare
links (exporters/pdf_links.py). Everything else a draft may carry is left behind, because any of it may
name the drafting expert or a source: the document information and XMP metadata (of the document, of
pages, of images, of forms), comments and every other annotation, form fields and signatures, attached
files, bookmarks, named destinations and the name trees, JavaScript and automatic actions, the structure
tree and marked-content properties (/ActualText, /Alt: marked content is kept as bare tags), /PieceInfo,
layers (optional content), thumbnails, comments in the drawing operators, and strings in resource
dictionaries other than the few fonts need. JPEG images keep their pixels but lose every APPn segment
but JFIF (APP0) and Adobe (APP14), which colour decoding needs — so EXIF, XMP, IPTC, ICC and comment
segments, and any bytes after the image — and each is checked to still decode (one Pillow cannot
decode after that is encoded anew from its pixels; one it cannot decode at all refuses the copy); JPEG
2000 images lose their XML, UUID and comment boxes (exporters/pdf_images.py). ICC-based colour spaces
become the device space with as many components (a profile carries text tags of its own).
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from typing import Any

from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter
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

from exporters.pdf_images import _check_image, _clean_jpx, strip_jpeg_metadata
from vault.errors import InvalidInput
from vault.messages import Text

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
