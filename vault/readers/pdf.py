"""Every piece of text a PDF carries, located: what the outbound gate checks before a PDF leaves the vault.

``read_pdf`` reads, in this order, each with a structural location (never a quote of the file):

- the document information dictionary (a custom property's name is content: it goes in the text);
- the catalog: XMP metadata, /PieceInfo, the open action and document actions, optional-content
  (layer) names, associated files, and every other string it holds;
- each page (at most ``MAX_PAGES``): its text as pypdf extracts it ("page 3"), and what every content
  stream draws (the page's own, each form XObject it paints, recursively to ``MAX_FORM_DEPTH``, tiling
  patterns, Type 3 glyph procedures, annotation appearances). Drawn text is decoded with the font's
  encoding and ToUnicode map (pypdf's ``Font``) and laid out again from the glyph positions: letters
  set apart by letter spacing (Tc) or by kerning offsets in a TJ array read as one word ("J e a n" ->
  "Jean"), the letters are put in their order on the line whatever the order they were drawn in,
  and each line is also given as drawn, with no space inserted at all ("... drawn text"). Lines that
  already appear in the extracted page text are not repeated. Single letters spaced apart in the page
  text are also given joined ("... letter-spaced words"). Marked-content properties (/ActualText,
  /Alt, /E, layer names), strings given to any other operator, and comments are read too;
- every annotation of every subtype: every string of its dictionary (so /Contents, /T, /Subj, /NM,
  /RC, /DA ...), its actions (/A, /AA: URIs, /GoToR and /Launch file specifications, JavaScript), its
  appearance streams and attached files;
- form fields (/AcroForm /Fields and their /Kids), signature dictionaries (/Name, /Reason, /Location,
  /ContactInfo, /Prop_Build, and the names in the signer's certificates), XFA packets;
- bookmarks with their actions, page labels, the /Names trees (destinations, JavaScript, attached files
  with their names and descriptions), the structure tree (/T, /Alt, /ActualText, /E ...);
- attached files and JPEG / JPEG 2000 images and ICC profiles, as ``Embedded`` (the dispatcher reads
  them); XMP metadata wherever it sits (catalog, pages, images, fonts ...), all its text nodes and
  attribute values, after refusing a DTD or entity declaration;
- a safety net: every indirect object, by number, for any string or unusual name not read above, and
  every stream of no known kind (font programs and image pixels aside) as text; objects of earlier
  revisions that the cross-reference table no longer lists (an incremental save keeps them in the
  file); comments and any bytes outside the objects (after %%EOF, before the header).

Strings are also given decoded once more where a viewer would show them so: markup and character
references removed (rich text), percent-encoding undone (URIs), UTF-8 mistaken for PDFDocEncoding.

Never raises for a damaged or hostile PDF: what cannot be read is named in ``Reading.unread`` (a
truncated file, a cross-reference table that had to be rebuilt, a stream that would not decode ...);
a PDF pypdf cannot open at all still gives its compressed streams, inflated as far as they go. A PDF
that needs a password gives one ``unread`` entry and nothing else. Bounded by ``MAX_PAGES``,
``MAX_FORM_DEPTH`` and ``READ_SECONDS``.

Not seen (no reader can without recognising shapes): text drawn with a font whose glyphs do not match
its Unicode map, text drawn as outlines or in images (the image reader gets the images).
"""

from __future__ import annotations

import codecs
import contextlib
import html
import io
import logging
import math
import re
import time
import urllib.parse
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs
from pypdf import PdfReader
from pypdf.filters import ASCII85Decode, ASCIIHexDecode
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    ContentStream,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    StreamObject,
    TextStringObject,
    create_string_object,
    read_object,
)
from pypdf.generic._font import Font  # the font model pypdf's own text extraction uses

from vault.intake.findings import Unreadable
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text
from vault.readers.base import MAX_EMBEDDED_BYTES, MAX_PART_CHARS, Embedded, Reading

# pypdf reports recoverable oddities through logging, quoting the file; they must reach no terminal.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

MAX_PAGES = 5_000
MAX_FORM_DEPTH = 12  # form XObjects painting form XObjects ...
READ_SECONDS = 120.0  # in all, for one PDF; what is left is named in ``unread``
MAX_STREAM_BYTES = 4 * 1024**2  # a stream of no known kind, read as text
MAX_WALK_NODES = 2_000_000  # values visited by one walk of a dictionary's graph
MAX_UNREAD = 200  # places listed as not read; more are counted
MAX_OBJECT_PARTS = 20_000  # beyond this many parts, the safety net gives one part per many objects

# Gaps between glyphs, in ems: at least WORD_GAP is a word space; letters each set apart from both
# neighbours by at least LETTER_GAP are letter-spaced text and read as one word.
WORD_GAP = 0.15
LETTER_GAP = 0.1

_SHOW = (b"Tj", b"TJ", b"'", b'"')
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_STANDARD_PROPERTIES = {
    "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped"
}  # fmt: skip
# Keys that may appear in a location (they are PDF's own names, never the author's).
_ANNOTATION_KEYS = {
    "Contents", "T", "Subj", "NM", "RC", "DA", "DS", "M", "CreationDate", "A", "AA", "FS", "Name", "IT",
    "RT", "Dest", "MK", "TU", "TM", "V", "DV", "Opt", "Sound", "Movie", "Lang", "ExData", "PA", "BS",
    "OC", "AF", "State", "StateModel", "Subtype", "Type", "Open", "Ff", "Q", "Parent", "Popup", "IRT",
    "CL", "LE", "IC", "Border", "Rect", "C", "F", "H", "QuadPoints", "Vertices", "InkList", "RD", "Tabs",
}  # fmt: skip
_ANNOTATION_SUBTYPES = {
    "/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Highlight",
    "/Underline", "/Squiggly", "/StrikeOut", "/Caret", "/Stamp", "/Ink", "/Popup", "/FileAttachment",
    "/Sound", "/Movie", "/Screen", "/Widget", "/PrinterMark", "/TrapNet", "/Watermark", "/3D",
    "/Redact", "/Projection", "/RichMedia",
}  # fmt: skip
_BOUNDARY_TYPES = {"/Page", "/Pages", "/Catalog", "/Annot", "/Template"}
_BACK_REFERENCES = {"/Parent", "/Pg", "/Popup", "/IRT"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_OUTLINE_LINKS = ("/First", "/Last", "/Next", "/Prev", "/Parent")

# PDF's own names, left out of "unusual names" so the safety net shows what an author put there.
_KNOWN_NAMES = frozenset({
    "BPC", "RGB", "CMYK", "IM",  # inline images' abbreviations
    "3D", "A", "A85", "AA", "Accepted", "AcroForm", "ActualText", "ADBE", "adbe.pkcs7.detached",
    "adbe.pkcs7.sha1", "adbe.x509.rsa_sha1", "Adobe", "Adobe.PPKLite", "Adobe.PPKMS", "AF",
    "AFRelationship", "AHx", "AIS", "AllPages", "Alpha", "Alt", "Alternate", "Alternative", "Annot",
    "Annots", "AntiAlias", "AP", "App", "Approved", "Arial", "Arial-BoldMT", "ArialMT", "Art", "Artifact",
    "AS", "Ascent", "ASCII85Decode", "ASCIIHexDecode", "AsIs", "Associated", "Author", "AvgWidth", "B",
    "Background", "BaseEncoding", "BaseFont", "BaseState", "BaseVersion", "BBox", "Beveled", "BG", "BG2",
    "BibEntry", "BitsPerComponent", "BitsPerCoordinate", "BitsPerFlag", "BitsPerSample", "Bl", "BlackIs1",
    "BlackPoint", "BleedBox", "BlockQuote", "BM", "Border", "Bs", "BS", "Btn", "Butt", "ByteRange", "C",
    "ca", "CA", "Ca", "CalCMYK", "CalGray", "Calibri", "CalRGB", "Cambria", "Cancelled", "CapHeight",
    "Caption", "Caret", "Catalog", "Category", "CCF", "CCITTFaxDecode", "Ch", "CharProcs", "CharSet",
    "Checked", "CheckSum", "CI", "CIDFontType0", "CIDFontType0C", "CIDFontType2", "CIDSet", "CIDSystemInfo",
    "CIDToGIDMap", "Circle", "CL", "Cl", "Closed", "ClosedArrow", "CMap", "CMapName", "Code", "Collection",
    "Color", "ColorBurn", "ColorDodge", "Colors", "ColorSpace", "ColorTransform", "Columns", "Comment",
    "Compatible", "Completed", "Confidential", "Contents", "Coords", "Count", "Courier", "Courier-Bold",
    "Courier-BoldOblique", "Courier-Oblique", "CourierNew", "CreationDate", "Creator", "CropBox", "Cross",
    "Crypt", "CS", "Cs", "D", "D0", "DA", "DamagedRowsBeforeError", "Darken", "Dashed", "Data", "DCT",
    "DCTDecode", "Decode", "DecodeParms", "Default", "Departmental", "Desc", "DescendantFonts", "Descent",
    "Design", "Dest", "DestOutputProfile", "Dests", "DeviceCMYK", "DeviceGray", "DeviceN", "DeviceRGB",
    "Diamond", "Difference", "Differences", "Div", "DocMDP", "Document", "Domain", "DOS", "Dot", "DP",
    "DPart", "DR", "Draft", "DS", "DV", "DW", "DW2", "E", "EarlyChange", "EF", "Ellipse", "EmbeddedFile",
    "EmbeddedFiles", "Encode", "EncodedByteAlign", "Encoding", "Encrypt", "EncryptedPayload", "EndOfBlock",
    "EndOfLine", "ETSI.CAdES.detached", "ETSI.RFC3161", "Euclidean", "Event", "Exclusion", "Experimental",
    "Expired", "Export", "Extend", "ExtensionLevel", "Extensions", "ExtGState", "F", "False", "Ff",
    "FieldMDP", "Fields", "Figure", "FileAttachment", "Filespec", "Filter", "Final", "First", "FirstChar",
    "FirstPage", "Fit", "FitB", "FitBH", "FitBV", "FitH", "FitR", "FitV", "FL", "Fl", "Flags",
    "FlateDecode", "Font", "FontBBox", "FontDescriptor", "FontFamily", "FontFile", "FontFile2", "FontFile3",
    "FontMatrix", "FontName", "FontStretch", "FontWeight", "ForComment", "Form", "FormData", "FormType",
    "Formula", "ForPublicRelease", "FreeText", "Frequency", "FS", "FT", "FullScreen", "Function",
    "Functions", "FunctionType", "Gamma", "GoTo", "GoTo3DView", "GoToE", "GoToR", "Graph", "Group",
    "GTS_PDFA1", "GTS_PDFX", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Halftone", "HalftoneType",
    "HardLight", "Height", "Help", "Helv", "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique",
    "Helvetica-Oblique", "Hide", "Highlight", "HT", "Hue", "I", "IC", "ICCBased", "ID", "Identity",
    "Identity-H", "Identity-V", "Image", "ImageB", "ImageC", "ImageI", "ImageMask", "ImportData", "Index",
    "Indexed", "Info", "Ink", "InkList", "Insert", "Inset", "Intent", "Interpolate", "IRT", "IT",
    "ItalicAngle", "JavaScript", "JBIG2Decode", "JPXDecode", "JS", "Justify", "K", "Key", "Keywords",
    "Kids", "L", "Lab", "Lang", "Language", "Last", "LastChar", "LastModified", "LastPage", "Launch",
    "Layout", "Lbl", "LBody", "LC", "LE", "Leading", "Legal", "Length", "Length1", "Length2", "Length3",
    "LI", "Lighten", "Limits", "Line", "Link", "LinkAnnot", "ListMode", "LJ", "Lock", "Luminosity", "LW",
    "LZW", "LZWDecode", "M", "Mac", "MacRomanEncoding", "Marked", "MarkInfo", "Mask", "Matrix", "Matte",
    "MaxWidth", "Measure", "MediaBox", "Metadata", "Mic", "MissingWidth", "MK", "ML", "ModDate", "Movie",
    "Multiply", "N", "Name", "Named", "Names", "NeedAppearances", "NeedsRendering", "NewParagraph", "Next",
    "NextPage", "NM", "None", "NonStruct", "Normal", "NotApproved", "Note", "NotForPublicRelease", "Nums",
    "O", "ObjStm", "OC", "OCG", "OCGs", "OCMD", "OCProperties", "OCUsage", "OFF", "Off", "ON", "OneColumn",
    "op", "OP", "Open", "OpenAction", "OpenArrow", "OPM", "Opt", "Order", "Ordering", "Outlines",
    "OutputConditionIdentifier", "OutputIntent", "OutputIntents", "Overlay", "P", "Page", "PageLabels",
    "PageLayout", "PageMode", "Pages", "Pagination", "PaintType", "Paperclip", "Paragraph", "Params",
    "Parent", "ParentTree", "ParentTreeNextKey", "Part", "Pattern", "PatternType", "Pause", "PDF",
    "Perceptual", "Perms", "PieceInfo", "Play", "Polygon", "PolyLine", "Popup", "Predictor", "PresSteps",
    "Prev", "PrevPage", "Print", "PrinterMark", "Private", "PrivateData", "ProcSet", "Producer",
    "Projection", "Prop_AuthTime", "Prop_AuthType", "Prop_Build", "Properties", "PushPin", "PZ", "Q",
    "QuadPoints", "Quote", "R", "Range", "RC", "RClosedArrow", "RD", "Rect", "Redact", "Reference",
    "Registry", "RegistryName", "Rejected", "RelativeColorimetric", "Rendition", "Requirements",
    "ResetForm", "Resources", "ReverseOChars", "Review", "RF", "RI", "Ri", "RichMedia", "RL", "RoleMap",
    "Root", "ROpenArrow", "Rotate", "Round", "Rows", "Rq", "RT", "RunLengthDecode", "S", "SA", "Saturation",
    "Sc", "Schema", "Screen", "Sect", "Separation", "SeparationInfo", "SetOCGState", "Shading",
    "ShadingType", "Sig", "SigFlags", "SigRef", "SimpleDot", "SinglePage", "Size", "Slash", "Slider", "SM",
    "SMask", "SoftLight", "Sold", "Solid", "Sound", "Source", "Span", "Speaker", "SpiderInfo",
    "SpotFunction", "Square", "Squiggly", "Stamp", "Standard", "StandardEncoding", "State", "StateModel",
    "StemH", "StemV", "Stop", "StrikeOut", "StructParent", "StructParents", "StructTreeRoot", "Sub",
    "SubFilter", "Subj", "Subject", "SubmitForm", "Subtype", "Supplement", "Symbol", "T", "Table", "Tabs",
    "Tag", "TBody", "TD", "TemplateInstantiated", "Text", "TFoot", "TH", "THead", "Thread", "Threads",
    "Threshold", "Thumb", "TilingType", "Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman",
    "TimesNewRomanPSMT", "Title", "TK", "TOC", "TOCI", "TopSecret", "ToUnicode", "TR", "TR2", "Trans",
    "TransformMethod", "TransformParams", "Transparency", "TrapNet", "Trapped", "TrimBox", "True",
    "TrueType", "TU", "TwoColumnLeft", "TwoColumnRight", "TwoPageLeft", "TwoPageRight", "Tx", "Type",
    "Type0", "Type1", "Type1C", "Type3", "U", "UCR", "UCR2", "UF", "Unchanged", "Unchecked", "Underline",
    "Unix", "Unknown", "Unmarked", "Unspecified", "UR", "UR3", "URI", "Usage", "UseAttachments", "UseNone",
    "UseOC", "UseOutlines", "User", "UserUnit", "UseThumbs", "V", "Version", "Vertices", "View",
    "ViewerPreferences", "VisiblePages", "VP", "W", "W2", "Watermark", "WhitePoint", "Widget", "Width",
    "Widths", "WinAnsiEncoding", "WMode", "X", "XFA", "XHeight", "XML", "XObject", "XRef", "XRefStm",
    "XStep", "XYZ", "Yes", "YStep", "ZaDb", "ZapfDingbats", "Zoom",
})  # fmt: skip
_RESOURCE_NAME = re.compile(r"[A-Za-z]{1,5}[0-9][A-Za-z0-9_.]*")  # F1, Im12, GS0, T1_0, MC3 ...


def _known_name(name: str) -> bool:
    bare = name[1:] if name.startswith("/") else name
    return bare in _KNOWN_NAMES or bool(_RESOURCE_NAME.fullmatch(bare)) or len(bare) <= 2


# --- reading ----------------------------------------------------------------------------------------------


def read_pdf(data: bytes) -> Reading:
    """Every piece of text in a PDF, located, with its attached files and images; never raises."""
    reading = Reading()
    reader = _open(data)
    if reader is None:
        # A cross-reference table pypdf cannot use: sent to position 0, it rebuilds one by scanning.
        found = list(_STARTXREF.finditer(data))
        if found:
            rebuilt = data[: found[-1].start()] + b"startxref\n0" + data[found[-1].end() :]
            reader = _open(rebuilt)
            if reader is not None:
                reading.unread.append(_XREF_DAMAGED)
    if reader is None:
        reading.unread.append(Text("the PDF (it is damaged or not a PDF)"))
        _salvage(data, reading)
        return reading
    try:
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("") != 0
            except Exception:  # noqa: BLE001 - any failure means "needs a password"
                opened = False
            if not opened:
                reading.unread.append(Text("the PDF (it is encrypted and needs a password to open)"))
                return reading
    except Exception:  # noqa: BLE001
        reading.unread.append(Text("the PDF (its encryption could not be read)"))
        return reading
    _structure_notes(data, reading)
    try:
        _PdfReading(reader, data, reading).run()
    except Exception:  # noqa: BLE001 - every step catches its own; this is the last resort
        reading.unread.append(Text("the PDF (reading stopped on damaged structure)"))
        _salvage(data, reading)
    return reading


_XREF_DAMAGED = Text("the PDF's cross-reference table (damaged: objects found by scanning)")
_STARTXREF = re.compile(rb"startxref\s*([0-9]{1,12})")


def _structure_notes(data: bytes, reading: Reading) -> None:
    """A truncated file, or a cross-reference table not where the file says: pypdf then finds the
    objects by scanning, and some may be missed."""
    if b"%%EOF" not in data[-2048:]:
        reading.unread.append(Text("the end of the PDF (it is truncated)"))
    found = list(_STARTXREF.finditer(data, max(0, len(data) - 4096)))
    header = max(0, data.find(b"%PDF-"))
    if found:
        offset = int(found[-1].group(1))
        for at in {offset, offset + header}:
            if data[at : at + 4] == b"xref" or _OBJECT_HEADER.match(data, at):
                return
    if _XREF_DAMAGED not in reading.unread:
        reading.unread.append(_XREF_DAMAGED)


def _ascii_decodings(chunk: bytes) -> list[bytes]:
    """The chunk decoded from ASCII85 or hexadecimal, when it is written so (as some writers do)."""
    found: list[bytes] = []
    body = chunk.strip()
    if b"~>" in body[-64:]:
        with contextlib.suppress(Exception):  # not ASCII85 after all
            found.append(ASCII85Decode.decode(body[: body.rindex(b"~>") + 2]))
    if body.endswith(b">"):
        with contextlib.suppress(Exception):  # not hexadecimal after all
            found.append(ASCIIHexDecode.decode(body))
    return found


def _salvage(data: bytes, reading: Reading) -> None:
    """What can be read of a PDF no parser opens: its compressed streams, inflated as far as they go,
    and the bytes outside its objects (the dispatcher reads the raw bytes of the rest)."""
    try:
        found: list[str] = []
        budget = 64 * MAX_STREAM_BYTES
        for match in _StrayBytes.STREAM.finditer(data):
            if budget <= 0:
                reading.unread.append(Text("the PDF's streams (size limit)"))
                break
            end = data.find(b"endstream", match.end())
            chunk = data[match.end() : end if end >= 0 else len(data)]
            for encoded in (chunk, *_ascii_decodings(chunk)):
                try:
                    inflated = zlib.decompressobj().decompress(encoded, MAX_STREAM_BYTES)
                except zlib.error:
                    continue
                budget -= len(inflated)
                text = _printable(inflated)
                if text:
                    found.append(text)
                break
        if found:
            reading.add(
                Text("the PDF's compressed streams, salvaged"), _clean("\n".join(found))[:MAX_PART_CHARS]
            )
        _StrayBytes(data, reading).run()
    except Exception:  # noqa: BLE001 - salvage is best effort; the raw bytes remain for the dispatcher
        reading.unread.append(Text("the PDF's streams (could not be salvaged)"))


def _open(data: bytes) -> PdfReader | None:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if not reader.is_encrypted:
            _ = len(reader.pages)
    except Exception:  # noqa: BLE001 - a hostile file may fail anywhere; the gate must not crash
        return None
    return reader


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _idnum(obj: Any) -> int | None:
    ref = getattr(obj, "indirect_reference", None)
    return ref.idnum if isinstance(ref, IndirectObject) else None


def _clean(text: str) -> str:
    text = text.replace("\x00", "")
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")


def _variants(text: str) -> list[str]:
    """The text, and the same text as a viewer would show it if it is marked up or escaped."""
    found = [text]
    if "<" in text or "&" in text:
        found.append(html.unescape(_TAG.sub("", text)))
    if "%" in text:
        found.append(urllib.parse.unquote(text))
        found.append(urllib.parse.unquote_plus(text))
    if "\\" in text:
        found.append(_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text))
    return list(dict.fromkeys(found))


def _bytes_text(data: bytes) -> list[str]:
    """A PDF string's possible readings: as a text string (BOM, PDFDocEncoding), UTF-8, or Latin-1."""
    found: list[str] = []
    for bom, codec in ((codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF8, "utf-8")):  # fmt: skip
        if data.startswith(bom):
            found.append(data[len(bom) :].decode(codec, "replace"))
    if not found:
        try:
            decoded = create_string_object(data)
        except Exception:  # noqa: BLE001
            decoded = ByteStringObject(data)
        found.append(str(decoded) if isinstance(decoded, TextStringObject) else data.decode("latin-1"))
    if any(b >= 0x80 for b in data):
        with contextlib.suppress(UnicodeDecodeError):
            found.append(data.decode("utf-8"))
        found.append(data.decode("latin-1"))
    if len(data) >= 4 and data.count(0) * 3 >= len(data):  # UTF-16 without a byte-order mark
        for codec in ("utf-16-be", "utf-16-le"):
            found.append(data.decode(codec, "replace"))
    return list(dict.fromkeys(found))


def _string_texts(value: Any) -> list[str]:
    """Every reading of a string object (decoded, then unescaped where it is markup or a URI)."""
    if isinstance(value, TextStringObject):
        texts = [str(value)]
        original = getattr(value, "_original_bytes", None)  # what the file holds, when pypdf decoded it
        if original and any(b >= 0x80 for b in original) and not value.autodetect_utf16:
            with contextlib.suppress(UnicodeDecodeError):
                texts.append(original.decode("utf-8"))
    elif isinstance(value, bytes):
        texts = _bytes_text(bytes(value))
    else:
        texts = [str(value)]
    out: list[str] = []
    for text in texts:
        out.extend(_variants(_clean(text)))
    return list(dict.fromkeys(t for t in out if t.strip()))


_PRINTABLE = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]{3,}")


def _printable(data: bytes) -> str:
    """Readable runs of a stream of unknown content, in UTF-8, Latin-1 and (when it looks so) UTF-16."""
    try:
        texts = [data.decode("utf-8")]
    except UnicodeDecodeError:
        texts = [data.decode("latin-1")]
    if data[:2] in (codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE) or data.count(0) * 4 >= len(data) > 8:
        texts += [data.decode("utf-16-be", "replace"), data.decode("utf-16-le", "replace")]
    runs: list[str] = []
    for text in texts:
        runs.extend(_PRINTABLE.findall(text))
    return "\n".join(runs)


def _xml_text(data: bytes) -> tuple[str, bool]:
    """All text nodes, attribute values, comments and unusual element names of an XML packet.

    The second value is False when the XML was refused (DTD or entities) or is not well-formed; the
    text is then the packet with markup removed and character references decoded (no entity expanded).
    """
    try:
        refuse_declarations(data, Text("XMP metadata"))
    except Unreadable:
        return html.unescape(_TAG.sub(" ", data.decode("utf-8", "replace"))), False
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data.strip(b" \t\r\n"), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return html.unescape(_TAG.sub(" ", data.decode("utf-8", "replace"))), False
    lines: list[str] = []
    for node in root.getroottree().iter():
        if isinstance(node.tag, str):
            if not _known_xml_name(node.tag):
                lines.append(etree.QName(node).localname)
            for name, value in node.attrib.items():
                if not _known_xml_name(name):
                    lines.append(etree.QName(name).localname)
                lines.append(value)
        if node.text:  # an element's text, or a comment's or a processing instruction's
            lines.append(node.text)
        if node.tail:
            lines.append(node.tail)
    for sibling in (*root.itersiblings(preceding=True), *root.itersiblings()):
        lines.append(str(sibling))
    return "\n".join(line.strip() for line in lines if line and line.strip()), True


_XML_NAMESPACES = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "adobe:ns:meta/", "http://purl.org/dc/elements/1.1/",
    "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/pdf/1.3/", "http://www.w3.org/XML/1998/namespace",
    "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/sType/", "http://www.aiim.org/pdfa/ns/",
    "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/photoshop/1.0/", "http://ns.adobe.com/tiff/1.0/",
    "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/pdfx/1.3/",
)  # fmt: skip


def _known_xml_name(name: str) -> bool:
    return name.startswith("{") and name[1:].split("}", 1)[0].startswith(_XML_NAMESPACES)


def _certificate_names(data: bytes) -> list[str]:
    """Subject, issuer and alternative names of the certificates in a signature's PKCS#7 blob or a
    DER certificate, and every readable run of the blob (a name may sit in a field we do not parse)."""
    from cryptography import x509  # noqa: PLC0415 - only signed PDFs need it
    from cryptography.hazmat.primitives.serialization import pkcs7  # noqa: PLC0415

    lines: list[str] = []
    blob = _der_prefix(data)
    certificates: list[x509.Certificate] = []
    try:
        certificates = list(pkcs7.load_der_pkcs7_certificates(blob))
    except Exception:  # noqa: BLE001 - not PKCS#7, or not one cryptography reads
        try:
            certificates = [x509.load_der_x509_certificate(blob)]
        except Exception:  # noqa: BLE001
            certificates = []
    for cert in certificates:
        try:
            lines += [cert.subject.rfc4514_string(), cert.issuer.rfc4514_string()]
            alt = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            lines += [str(getattr(name, "value", name)) for name in alt]
        except Exception:  # noqa: BLE001, S112 - no alternative names, or a malformed extension
            continue
    lines.append(_printable(blob))
    return lines


def _der_prefix(data: bytes) -> bytes:
    """A DER value without the zero padding a signature's /Contents carries after it."""
    if len(data) < 2 or data[0] != 0x30:
        return data.rstrip(b"\x00")
    first = data[1]
    if first < 0x80:
        return data[: 2 + first]
    count = first & 0x7F
    if count == 0 or count > 4:
        return data.rstrip(b"\x00")
    length = int.from_bytes(data[2 : 2 + count], "big")
    return data[: 2 + count + length]


def _mult(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _matrix(values: Any) -> tuple[float, ...]:
    try:
        m = tuple(float(v) for v in values)
    except (TypeError, ValueError):
        return _IDENTITY
    return m if len(m) == 6 and all(math.isfinite(v) for v in m) else _IDENTITY


def _number(value: Any, default: float = 0.0) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


# --- fonts ------------------------------------------------------------------------------------------------


class _FontInfo:
    """A font's character codes as Unicode text and glyph widths (in 1/1000 em)."""

    def __init__(self, font: Font | None) -> None:
        self.font = font
        self.table: list[tuple[str, float]] | None = None  # a simple (one-byte) font: by code
        self.codes: dict[str, tuple[str, float]] = {}  # a composite font: by decoded code
        self.negative = False
        if font is None:  # no usable font: the codes as Latin-1
            self.table = [(chr(code) if code >= 32 else "", 500.0) for code in range(256)]
            return
        widths = font.character_widths
        self.default_width = _number(widths.get("default", 500), 500.0)
        if isinstance(font.encoding, dict):
            table = []
            for code in range(256):
                char = font.encoding.get(code, chr(code))
                text = font.character_map.get(char, char)
                width = _number(widths.get(chr(code), self.default_width), 500.0)
                table.append((text if isinstance(text, str) else str(text), width))
            self.table = table
            self.negative = any(width < 0 for _, width in table)

    def glyphs(self, raw: bytes) -> tuple[list[str], list[float], bool]:
        """The text and width of each glyph of a string, and whether its codes are single bytes."""
        if self.table is not None:
            table = self.table
            entries = [table[code] for code in raw]
            return [e[0] for e in entries], [e[1] for e in entries], True
        font = self.font
        if font is None:  # not reached: a missing font has a table
            return [], [], True
        codec = str(font.encoding)
        try:
            chars = raw.decode(codec, "surrogatepass")
        except (UnicodeDecodeError, LookupError):
            try:
                chars = raw.decode(codec, "replace")
            except LookupError:
                chars = raw.decode("latin-1")
        texts: list[str] = []
        widths: list[float] = []
        for char in chars:
            known = self.codes.get(char)
            if known is None:
                text = font.character_map.get(char, char)
                width = _number(font.character_widths.get(char, self.default_width), 500.0)
                known = (text if isinstance(text, str) else str(text), width)
                self.codes[char] = known
                self.negative = self.negative or width < 0
            texts.append(known[0])
            widths.append(known[1])
        return texts, widths, False


# --- drawn text: positions, lines, words ------------------------------------------------------------------


@dataclass
class _Chunk:
    """Glyphs drawn by one text-showing operator (or one glyph, when they do not advance forwards)."""

    seq: int
    angle: int
    along: float  # where the first glyph starts, along the baseline (device space)
    perp: float  # the baseline's offset across it
    end: float  # where the last glyph ends, along the baseline
    em: float  # the font size, in device space
    glyphs: list[str]
    inner_gap: float  # the space between its glyphs, in ems


def _same_line(perp: float, em: float, ref_perp: float, ref_em: float) -> bool:
    return abs(perp - ref_perp) <= 0.5 * max(em, ref_em, 1e-6)


def _as_drawn(chunks: list[_Chunk]) -> list[str]:
    """The chunks in the order drawn, joined with no space added; a new line when the baseline moves."""
    lines: list[str] = []
    current: list[str] = []
    ref: _Chunk | None = None
    for chunk in chunks:
        if ref is not None and (
            chunk.angle != ref.angle or not _same_line(chunk.perp, chunk.em, ref.perp, ref.em)
        ):
            lines.append("".join(current))
            current = []
            ref = None
        if ref is None:
            ref = chunk
        current.extend(chunk.glyphs)
    if current:
        lines.append("".join(current))
    return lines


def _laid_out(chunks: list[_Chunk]) -> list[str]:
    """The chunks as a reader sees them: grouped into lines by baseline, ordered along each line, a
    space where the gap is a word space, none between letters set apart by letter spacing."""
    by_angle: dict[int, list[_Chunk]] = {}
    for chunk in chunks:
        by_angle.setdefault(chunk.angle, []).append(chunk)
    lines: list[str] = []
    for angle in sorted(by_angle):
        group = sorted(by_angle[angle], key=lambda c: (-c.perp, c.seq))
        line: list[_Chunk] = []
        ref: _Chunk | None = None
        for chunk in group:
            if ref is not None and not _same_line(chunk.perp, chunk.em, ref.perp, ref.em):
                lines.append(_line_text(line))
                line = []
                ref = None
            if ref is None:
                ref = chunk
            line.append(chunk)
        if line:
            lines.append(_line_text(line))
    return lines


def _line_text(line: list[_Chunk]) -> str:
    entries: list[tuple[str, float, bool]] = []  # text, gap before it (ems), is it one glyph
    previous: _Chunk | None = None
    for chunk in sorted(line, key=lambda c: (c.along, c.seq)):
        if not chunk.glyphs:
            continue
        if previous is None:
            gap = 0.0
        else:
            gap = (chunk.along - previous.end) / max(chunk.em, previous.em, 1e-6)
            if gap < -0.5:  # drawn over the previous text: another word, not the same one
                gap = 1.0
        gap = max(0.0, gap)
        if chunk.inner_gap >= LETTER_GAP and len(chunk.glyphs) > 1:  # letter-spaced: glyph by glyph
            entries.append((chunk.glyphs[0], gap, True))
            entries.extend((glyph, chunk.inner_gap, True) for glyph in chunk.glyphs[1:])
        else:
            entries.append(("".join(chunk.glyphs), gap, len(chunk.glyphs) == 1))
        previous = chunk
    return _join(entries)


def _join(entries: list[tuple[str, float, bool]]) -> str:
    """Entries of a line joined: a space at a word gap, none between letters set apart one by one."""
    n = len(entries)
    if n == 1:
        return _collapse_spaced_letters(entries[0][0])
    gaps = [gap for _, gap, _ in entries] + [math.inf]
    isolated = [False] * n
    for i, (text, gap, single) in enumerate(entries):
        if single and text and not text.isspace():
            left = i == 0 or gap >= LETTER_GAP or entries[i - 1][0][-1:].isspace()
            right = i == n - 1 or gaps[i + 1] >= LETTER_GAP or entries[i + 1][0][:1].isspace()
            isolated[i] = left and right
    # Within a run of letter-spaced glyphs, a gap well above the run's usual one still parts two words.
    run_gap = [0.0] * n
    i = 0
    while i < n:
        if not isolated[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and isolated[j + 1]:
            j += 1
        inner = sorted(gaps[i + 1 : j + 1])
        typical = inner[len(inner) // 2] if inner else 0.0
        for k in range(i, j + 1):
            run_gap[k] = typical
        i = j + 1
    out: list[str] = []
    for i, (text, gap, _) in enumerate(entries):
        if i and gap >= WORD_GAP and not text[:1].isspace() and not entries[i - 1][0][-1:].isspace():
            letters = isolated[i] and isolated[i - 1]
            if not letters or gap >= max(1.25 * run_gap[i], run_gap[i] + 0.08):
                out.append(" ")
        out.append(text)
    return _collapse_spaced_letters("".join(out))


_SPACED_LETTERS = re.compile(r"(?<!\S)\w \w \w(?!\S)")


def _collapse_spaced_letters(line: str) -> str:
    """Single letters each followed by one space ("J e a n  D u p o n t") joined into words."""
    if not _SPACED_LETTERS.search(line):
        return line
    tokens = line.split(" ")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append("".join(run))
        else:
            out.extend(run)
        run.clear()

    for token in tokens:
        if len(token) == 1 and token.isalnum():
            run.append(token)
        else:
            flush()
            out.append(token)
    flush()
    return " ".join(out)


def _norm(text: str) -> str:
    return " ".join(text.split())


# --- the reading of one PDF -------------------------------------------------------------------------------


@dataclass
class _GraphicsState:
    ctm: tuple[float, ...] = _IDENTITY
    font: _FontInfo | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0
    leading: float = 0.0

    def copy(self) -> _GraphicsState:
        return _GraphicsState(self.ctm, self.font, self.size, self.char_spacing, self.word_spacing,
                              self.scale, self.leading)  # fmt: skip


@dataclass
class _Drawing:
    """What one content stream draws and says."""

    where: str
    chunks: list[_Chunk] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    forms: int = 0
    images: int = 0
    frames: dict[tuple[Any, ...], tuple[float, float, float, float, int]] = field(default_factory=dict)


class _PdfReading:
    def __init__(self, reader: PdfReader, data: bytes, reading: Reading) -> None:
        self.reader = reader
        self.data = data
        self.reading = reading
        self.deadline = time.monotonic() + READ_SECONDS
        self.said: set[str] = set()  # every string value shown in a part so far
        self.walked: set[int] = set()  # indirect objects whose strings a walk has shown
        self.streams: set[int] = set()  # streams read (or deliberately skipped), by object number
        self.font_programs: set[int] = set()
        self.fonts: dict[int, tuple[Any, _FontInfo]] = {}
        self.embedded_bytes = 0
        self.attachments = 0
        self.page_ids: set[int] = set()
        self.out_of_time = False
        self.unread_more = 0  # places not read beyond MAX_UNREAD, counted
        self.batch: list[str] = []  # the safety net's strings, once parts are many: shown in batches
        self.batch_from = 0
        self.nesting = 0  # content streams being read inside one another, however reached
        self.default_resources: Any = None  # the form's /DR: fonts of appearances that name none

    # -- parts ----------------------------------------------------------------------------------------------

    def add(self, where: str, text: str) -> None:
        text = _clean(text)
        if len(text) > MAX_PART_CHARS:
            self.reading.unread.append(Text("{where} (text beyond the size limit)", where=where))
        self.reading.add(where, text)

    def add_lines(self, where: str, lines: Iterable[str]) -> None:
        self.add(where, "\n".join(line for line in lines if line and line.strip()))

    def unread(self, where: str) -> None:
        if where in self.reading.unread:
            return
        if len(self.reading.unread) < MAX_UNREAD:
            self.reading.unread.append(where)
        else:
            self.unread_more += 1

    def embed(self, where: str, data: bytes) -> None:
        if not data:
            return
        if self.embedded_bytes + len(data) > MAX_EMBEDDED_BYTES:
            self.unread(Text("{where} (embedded files beyond the size limit)", where=where))
            return
        self.embedded_bytes += len(data)
        self.reading.embedded.append(Embedded(where, data))

    def timed_out(self, where: str) -> bool:
        if self.out_of_time:
            return True
        if time.monotonic() > self.deadline:
            self.out_of_time = True
            self.unread(Text("{where} and what follows (time limit)", where=where))
            return True
        return False

    def name_line(self, name: Any) -> list[str]:
        """An unusual name (a key or a value the author chose) as a line of text, once."""
        if _known_name(name):
            return []
        text = str(name)[1:]
        self.said.add(text)
        return [text]

    def step(self, where: str, action: Any, *args: Any) -> None:
        """Run one reading step; a failure costs that step only, and is named."""
        try:
            action(*args)
        except Exception:  # noqa: BLE001 - hostile structure may fail anywhere
            self.unread(Text("{where} (damaged)", where=where))

    # -- the whole file -------------------------------------------------------------------------------------

    def run(self) -> None:
        reader = self.reader
        try:
            root = _resolve(reader.trailer.get("/Root"))
        except Exception:  # noqa: BLE001
            root = None
        if not isinstance(root, DictionaryObject):
            root = DictionaryObject()
            self.unread(Text("the document catalog (damaged)"))
        try:
            form = _resolve(root.get("/AcroForm"))
            self.default_resources = _resolve(form.get("/DR")) if isinstance(form, DictionaryObject) else None
        except Exception:  # noqa: BLE001
            self.default_resources = None
        self.step(Text("the document properties"), self.read_info)
        self.step(Text("the document catalog"), self.read_catalog, root)
        self.step(Text("the pages"), self.read_pages)
        self.step(Text("the form fields"), self.read_fields, root)
        self.step(Text("the bookmarks"), self.read_outline, root)
        self.step(Text("the name trees"), self.read_names, root)
        self.step(Text("the structure tree"), self.read_structure, root)
        self.step(Text("the file's objects"), self.read_every_object)
        self.step(Text("the file's earlier revisions"), self.read_unlisted_objects)
        self.step(Text("the file's bytes outside its objects"), _StrayBytes(self.data, self.reading).run)
        if self.unread_more:
            self.reading.unread.append(Text("{n} more places (not listed)", n=self.unread_more))

    # -- document information and catalog -------------------------------------------------------------------

    def read_info(self) -> None:
        ref = self.reader.trailer.get("/Info")
        info = _resolve(ref)
        if not isinstance(info, DictionaryObject):
            return
        if (n := _idnum(info)) is not None:
            self.walked.add(n)
        custom = 0
        for key, value in info.items():
            label = str(key).lstrip("/")
            texts = self.walk(value, Text("the document properties"))
            if label in _STANDARD_PROPERTIES:
                self.add_lines(Text("document property '{key}'", key=label), texts)
            else:  # a custom property's name is chosen by whoever made the file: content, not a location
                custom += 1
                self.said.add(label)
                self.add_lines(Text("custom document property {n}", n=custom), [label, *texts])

    def read_catalog(self, root: DictionaryObject) -> None:
        if (n := _idnum(root)) is not None:
            self.walked.add(n)
        handled = {"/Pages", "/Names", "/AcroForm", "/Outlines", "/StructTreeRoot", "/Metadata", "/PieceInfo",
                   "/PageLabels", "/Type", "/Dests"}  # fmt: skip
        self.stream_at(root.get("/Metadata"), Text("document"), "/Metadata")
        self.add_lines(
            Text("document piece information"), self.walk(root.get("/PieceInfo"), Text("document"))
        )
        self.add_lines(Text("page labels"), self.walk(root.get("/PageLabels"), Text("page labels")))
        lines: list[str] = []
        for key, value in root.items():
            if key in handled:
                continue
            lines += self.name_line(key)
            lines += self.walk(value, Text("document catalog"))
        self.add_lines(Text("document catalog"), lines)

    # -- pages ----------------------------------------------------------------------------------------------

    def read_pages(self) -> None:
        pages = self.reader.pages
        total = len(pages)
        for index in range(min(total, MAX_PAGES)):
            if self.timed_out(Text("page {page}", page=index + 1)):
                return
            try:
                page = pages[index]
            except Exception:  # noqa: BLE001
                self.unread(Text("page {page} (damaged)", page=index + 1))
                continue
            if (n := _idnum(page)) is not None:
                self.page_ids.add(n)
                self.walked.add(n)
            self.step(Text("page {page}", page=index + 1), self.read_page, index + 1, page)
        if total > MAX_PAGES:
            self.unread(Text("pages {first} to {last} (page limit)", first=MAX_PAGES + 1, last=total))

    def read_page(self, number: int, page: Any) -> None:
        where = Text("page {page}", page=number)
        resources = _resolve(page.get("/Resources"))
        if resources is None:
            resources = self.inherited(page, "/Resources")
        contents = page.get("/Contents")
        stream: ContentStream | None = None
        raw = b""
        if contents is not None:
            listed = _resolve(contents)
            for ref in listed if isinstance(listed, ArrayObject) else [contents]:
                if isinstance(ref, IndirectObject):
                    self.streams.add(ref.idnum)
            try:
                stream = ContentStream(contents, self.reader, "bytes")
                raw = stream.get_data()
                _ = stream.operations
                # Kept parsed and with its bytes, pypdf's own extraction below reuses it (no second parse).
                stream._data = raw
                page[NameObject("/Contents")] = stream
            except Exception:  # noqa: BLE001
                self.unread(Text("{where} content stream (damaged)", where=where))
                stream = None
                self.raw_content(contents, where)
        page_text = ""
        try:
            page_text = page.extract_text() or ""
        except Exception:  # noqa: BLE001
            self.unread(Text("{where} text (pypdf could not extract it)", where=where))
        self.add(where, page_text)
        spaced = [_collapse_spaced_letters(line) for line in page_text.splitlines()]
        changed = [s for s, line in zip(spaced, page_text.splitlines(), strict=True) if s != line]
        self.add_lines(Text("{where} letter-spaced words", where=where), changed)
        if stream is not None:
            self.draw(stream.operations, raw, resources, where, 0, _norm(page_text), _GraphicsState())
        self.read_annotations(number, page)
        self.stream_at(page.get("/Metadata"), where, "/Metadata")
        self.add_lines(
            Text("{where} piece information", where=where), self.walk(page.get("/PieceInfo"), where)
        )
        lines: list[str] = []
        for key, value in page.items():
            if key in ("/Parent", "/Contents", "/Resources", "/Annots", "/Metadata", "/PieceInfo", "/Type"):
                continue
            lines += self.name_line(key)
            lines += self.walk(value, where)
        self.add_lines(Text("{where} dictionary", where=where), lines)

    def inherited(self, node: Any, key: str) -> Any:
        seen: set[int] = set()
        while isinstance(node, DictionaryObject) and id(node) not in seen:
            seen.add(id(node))
            if key in node:
                return _resolve(node[key])
            node = _resolve(node.get("/Parent"))
        return None

    def raw_content(self, contents: Any, where: str) -> None:
        """A content stream that would not parse: its readable bytes, so nothing is lost."""
        try:
            parts = _resolve(contents)
            streams = [_resolve(s) for s in parts] if isinstance(parts, ArrayObject) else [parts]
            data = b"\n".join(s.get_data()[:MAX_STREAM_BYTES] for s in streams if isinstance(s, StreamObject))
            self.add(Text("{where} content stream bytes", where=where), _printable(data))
        except Exception:  # noqa: BLE001
            self.unread(Text("{where} content stream bytes (undecodable)", where=where))

    # -- content streams ------------------------------------------------------------------------------------

    def font(self, value: Any) -> _FontInfo | None:
        font = _resolve(value)
        if not isinstance(font, DictionaryObject):
            return None
        key = id(font)
        cached = self.fonts.get(key)
        if cached is not None:
            return cached[1]
        try:
            info = _FontInfo(Font.from_font_resource(font))
        except Exception:  # noqa: BLE001 - a damaged font: its codes are read as Latin-1
            info = _FontInfo(None)
        self.fonts[key] = (font, info)
        if font.get("/Subtype") == "/Type3":
            self.type3(font)
        return info

    def type3(self, font: DictionaryObject) -> None:
        procs = _resolve(font.get("/CharProcs"))
        if not isinstance(procs, DictionaryObject):
            return
        resources = _resolve(font.get("/Resources"))
        where = Text("Type 3 font in object {n}", n=_idnum(font) or 0)
        for ref in procs.values():
            self.content_stream(ref, where, resources, 1)

    def content_stream(self, ref: Any, where: str, resources: Any, depth: int, page_norm: str = "",
                       state: _GraphicsState | None = None) -> None:  # fmt: skip
        """Read a stream of drawing operators (a form XObject, a pattern, an appearance) once."""
        stream = _resolve(ref)
        if not isinstance(stream, StreamObject):
            return
        key = _idnum(stream)
        if key is None:
            key = -id(stream)
        if key in self.streams:
            return
        self.streams.add(key)
        if depth > MAX_FORM_DEPTH or self.nesting > 3 * MAX_FORM_DEPTH:
            self.unread(Text("{where} (nested too deep)", where=where))
            return
        if self.timed_out(where):
            return
        own = _resolve(stream.get("/Resources"))
        if isinstance(own, DictionaryObject):
            resources = own
        elif not isinstance(resources, DictionaryObject):
            resources = self.default_resources
        self.nesting += 1
        try:
            self.read_drawing(stream, where, resources, depth, page_norm, state)
        finally:
            self.nesting -= 1

    def read_drawing(self, stream: StreamObject, where: str, resources: Any, depth: int, page_norm: str,
                     state: _GraphicsState | None) -> None:  # fmt: skip
        try:
            content = ContentStream(stream, self.reader, "bytes")
            raw = content.get_data()
            operations = content.operations
        except Exception:  # noqa: BLE001
            self.unread(Text("{where} (damaged drawing operators)", where=where))
            self.raw_content(stream, where)
            return
        start = state.copy() if state is not None else _GraphicsState()
        start.ctm = _mult(_matrix(stream.get("/Matrix", _IDENTITY)), start.ctm)
        self.draw(operations, raw, resources, where, depth, page_norm, start)
        # What else the stream's dictionary holds (/Metadata, /PieceInfo, /OC layer names ...).
        lines: list[str] = []
        for name, value in stream.items():
            if name in ("/Resources", "/Length", "/Filter", "/DecodeParms", "/BBox", "/Matrix", "/Type",
                        "/Subtype", "/FormType", "/Group"):  # fmt: skip
                continue
            lines += self.name_line(name)
            lines += self.walk(value, where, name)
        self.add_lines(Text("{where} dictionary", where=where), lines)

    def draw(self, operations: list[tuple[Any, bytes]], raw: bytes, resources: Any, where: str, depth: int,
             page_norm: str, state: _GraphicsState) -> None:  # fmt: skip
        """Interpret drawing operators: the text each text operator shows, where it shows it."""
        drawing = _Drawing(where)
        resources = resources if isinstance(resources, DictionaryObject) else DictionaryObject()
        self.resource_extras(resources, where, depth)
        stack: list[_GraphicsState] = []
        gs = state
        tm: tuple[float, ...] = _IDENTITY
        tlm: tuple[float, ...] = _IDENTITY
        failures = 0
        for operands, operator in operations:
            try:
                if operator in _SHOW:
                    if operator == b"'":
                        tm = tlm = _mult((1, 0, 0, 1, 0, -gs.leading), tlm)
                    elif operator == b'"' and len(operands) >= 3:
                        gs.word_spacing = _number(operands[0])
                        gs.char_spacing = _number(operands[1])
                        tm = tlm = _mult((1, 0, 0, 1, 0, -gs.leading), tlm)
                        operands = operands[2:]
                    items = operands[0] if operator == b"TJ" and operands else operands[:1]
                    # Strings apart by less than a letter gap (kerning) are shown as one chunk.
                    pending = b""
                    kerning = 0.0
                    for item in items if isinstance(items, list) else []:
                        if isinstance(item, bytes):
                            pending += item
                        elif isinstance(item, (int, float)):
                            shift = -_number(item) / 1000
                            if pending and abs(shift) < LETTER_GAP:
                                kerning += shift
                                continue
                            if pending:
                                tm = self.show(drawing, gs, tm, pending, kerning)
                                pending, kerning = b"", 0.0
                            tx = shift * gs.size * gs.scale
                            tm = (tm[0], tm[1], tm[2], tm[3], tm[4] + tx * tm[0], tm[5] + tx * tm[1])
                        elif isinstance(item, str):  # a text string outside the font's encoding
                            drawing.other.extend(_string_texts(item))
                    if pending:
                        tm = self.show(drawing, gs, tm, pending, kerning)
                elif operator == b"Tf" and len(operands) >= 2:
                    fonts = _resolve(resources.get("/Font"))
                    gs.font = (
                        self.font(fonts.get(operands[0])) if isinstance(fonts, DictionaryObject) else None
                    )
                    gs.size = _number(operands[1])
                elif operator == b"Td" and len(operands) >= 2:
                    tm = tlm = _mult((1, 0, 0, 1, _number(operands[0]), _number(operands[1])), tlm)
                elif operator == b"TD" and len(operands) >= 2:
                    gs.leading = -_number(operands[1])
                    tm = tlm = _mult((1, 0, 0, 1, _number(operands[0]), _number(operands[1])), tlm)
                elif operator == b"Tm":
                    tm = tlm = _matrix(operands)
                elif operator == b"T*":
                    tm = tlm = _mult((1, 0, 0, 1, 0, -gs.leading), tlm)
                elif operator == b"BT":
                    tm = tlm = _IDENTITY
                elif operator == b"Tc" and operands:
                    gs.char_spacing = _number(operands[0])
                elif operator == b"Tw" and operands:
                    gs.word_spacing = _number(operands[0])
                elif operator == b"Tz" and operands:
                    gs.scale = _number(operands[0], 100.0) / 100
                elif operator == b"TL" and operands:
                    gs.leading = _number(operands[0])
                elif operator == b"q":
                    if len(stack) < 1000:
                        stack.append(gs.copy())
                elif operator == b"Q":
                    if stack:
                        gs = stack.pop()
                elif operator == b"cm":
                    gs.ctm = _mult(_matrix(operands), gs.ctm)
                elif operator == b"gs" and operands:
                    states = _resolve(resources.get("/ExtGState"))
                    ext = _resolve(states.get(operands[0])) if isinstance(states, DictionaryObject) else None
                    if isinstance(ext, DictionaryObject):
                        font = _resolve(ext.get("/Font"))
                        if isinstance(font, ArrayObject) and len(font) >= 2:
                            gs.font = self.font(font[0])
                            gs.size = _number(font[1])
                elif operator == b"Do" and operands:
                    self.paint(drawing, resources, operands[0], depth, page_norm, gs)
                elif operator in (b"BDC", b"DP") and len(operands) >= 2:
                    props = operands[1]
                    if isinstance(props, NameObject):
                        listed = _resolve(resources.get("/Properties"))
                        props = listed.get(props) if isinstance(listed, DictionaryObject) else None
                    drawing.marked.extend(self.walk(props, where))
                elif operator == b"INLINE IMAGE":
                    self.inline_image(drawing, operands)
                else:
                    for operand in operands:
                        if isinstance(operand, (bytes, str)) and not isinstance(operand, NameObject):
                            drawing.other.extend(_string_texts(operand))
            except Exception:  # noqa: BLE001 - one malformed operator must not cost the others
                failures += 1
        if failures:
            self.unread(Text("{where} ({n} drawing operators could not be read)", where=where, n=failures))
        if b"%" in raw:
            drawing.other.extend(_comments(raw))
        self.emit(drawing, page_norm)

    def show(
        self, drawing: _Drawing, gs: _GraphicsState, tm: tuple[float, ...], raw: bytes, kerning: float = 0.0
    ) -> tuple[float, ...]:
        """One string shown (``kerning``: the small TJ offsets within it, in ems): its glyphs as a chunk at
        their place; returns the text matrix after it."""
        font = gs.font if gs.font is not None else _NO_FONT
        texts, widths, single_byte = font.glyphs(raw)
        count = len(texts)
        if not count:
            return tm
        size, scale, tc, tw = gs.size, gs.scale, gs.char_spacing, gs.word_spacing
        spaces = raw.count(32) if single_byte and tw else 0
        total = ((sum(widths) / 1000 + kerning) * size + count * tc + spaces * tw) * scale
        ctm = gs.ctm
        key = (tm[0], tm[1], tm[2], tm[3], ctm)
        frame = drawing.frames.get(key)
        if frame is None:
            m = _mult(tm, ctm)
            axis = math.hypot(m[0], m[1])
            dx, dy = (1.0, 0.0) if axis < 1e-12 else (m[0] / axis, m[1] / axis)
            angle = round(math.degrees(math.atan2(dy, dx))) % 360
            frame = (axis, dx, dy, math.hypot(m[2], m[3]), angle)
            drawing.frames[key] = frame
        axis, dx, dy, up, angle = frame
        em = abs(size) * up or abs(size) * axis or 1.0
        x = tm[4] * ctm[0] + tm[5] * ctm[2] + ctm[4]
        y = tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5]
        along = x * dx + y * dy
        perp = -x * dy + y * dx
        backwards = count > 1 and (tc * scale < 0 or tw * scale < 0 or size * scale < 0 or font.negative)
        if backwards:  # glyphs that do not all advance forwards: each where it falls
            position = along
            for k, (text, width) in enumerate(zip(texts, widths, strict=True)):
                space = tw if single_byte and raw[k] == 32 else 0.0
                step = (width / 1000 * size + tc + space) * scale * axis
                start, end = (position, position + step) if step >= 0 else (position + step, position)
                drawing.chunks.append(_Chunk(len(drawing.chunks), angle, start, perp, end, em, [text], 0.0))
                position += step
        else:
            inner = tc * scale * axis / em
            drawing.chunks.append(
                _Chunk(len(drawing.chunks), angle, along, perp, along + total * axis, em, texts, inner)
            )
        return (tm[0], tm[1], tm[2], tm[3], tm[4] + total * tm[0], tm[5] + total * tm[1])

    def paint(self, drawing: _Drawing, resources: DictionaryObject, name: Any, depth: int, page_norm: str,
              gs: _GraphicsState) -> None:  # fmt: skip
        xobjects = _resolve(resources.get("/XObject"))
        if not isinstance(xobjects, DictionaryObject):
            return
        xobject = _resolve(xobjects.get(name))
        if not isinstance(xobject, StreamObject):
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Form":
            drawing.forms += 1
            where = Text("{where} form {n}", where=drawing.where, n=drawing.forms)
            self.content_stream(xobjects.get(name), where, resources, depth + 1, page_norm, gs)
        elif subtype == "/PS":
            self.stream_at(xobjects.get(name), drawing.where, "/PS")

    def resource_extras(self, resources: DictionaryObject, where: str, depth: int) -> None:
        """Tiling patterns and Type 3 fonts of a resource dictionary: drawing operators of their own."""
        patterns = _resolve(resources.get("/Pattern"))
        if isinstance(patterns, DictionaryObject):
            for n, ref in enumerate(patterns.values(), 1):
                pattern = _resolve(ref)
                if isinstance(pattern, StreamObject) and pattern.get("/PatternType") == 1:
                    self.content_stream(
                        ref, Text("{where} pattern {n}", where=where, n=n), resources, depth + 1
                    )
        fonts = _resolve(resources.get("/Font"))
        if isinstance(fonts, DictionaryObject):
            for ref in fonts.values():
                font = _resolve(ref)
                if isinstance(font, DictionaryObject) and font.get("/Subtype") == "/Type3":
                    self.font(ref)

    def inline_image(self, drawing: _Drawing, operands: Any) -> None:
        settings = operands.get("settings") if isinstance(operands, dict) else None
        data = operands.get("data") if isinstance(operands, dict) else None
        if not isinstance(settings, DictionaryObject) or not isinstance(data, bytes):
            return
        drawing.images += 1
        where = Text("{where} inline image {n}", where=drawing.where, n=drawing.images)
        filters = _resolve(settings.get("/F", settings.get("/Filter")))
        names = [str(f) for f in filters] if isinstance(filters, ArrayObject) else [str(filters)]
        if names and names[-1] in ("/DCT", "/DCTDecode", "/JPXDecode"):
            if len(names) == 1:
                self.embed(where, bytes(data))
            else:
                self.unread(Text("{where} (a compressed JPEG)", where=where))
        drawing.other.extend(self.walk(settings, drawing.where))

    def emit(self, drawing: _Drawing, page_norm: str) -> None:
        """The drawn text as parts: laid-out lines, and lines as drawn where they differ; lines already in
        the page's extracted text are not repeated."""
        lines: list[str] = []
        if drawing.chunks:
            laid = _laid_out(drawing.chunks)
            drawn = _as_drawn(drawing.chunks)
            seen: set[str] = set()
            for line in (*laid, *drawn):
                norm = _norm(line)
                if not norm or norm in seen or (page_norm and norm in page_norm):
                    continue
                seen.add(norm)
                lines.append(line)
        self.add_lines(Text("{where} drawn text", where=drawing.where), lines)
        self.add_lines(Text("{where} marked content", where=drawing.where), drawing.marked)
        self.add_lines(Text("{where} other operands", where=drawing.where), dict.fromkeys(drawing.other))

    # -- annotations ----------------------------------------------------------------------------------------

    def read_annotations(self, number: int, page: Any) -> None:
        annots = _resolve(page.get("/Annots"))
        if not isinstance(annots, ArrayObject):
            return
        for m, ref in enumerate(annots, 1):
            where = Text("page {page} annotation {n}", page=number, n=m)
            self.step(where, self.read_annotation, ref, where)

    def read_annotation(self, ref: Any, where: str) -> None:
        annot = _resolve(ref)
        if not isinstance(annot, DictionaryObject):
            return
        if (n := _idnum(annot)) is not None:
            if n in self.walked:
                return
            self.walked.add(n)
        other: list[str] = []
        for key, value in annot.items():
            if key in ("/P", "/Parent", "/Popup", "/IRT", "/StructParent"):
                continue
            if key == "/AP":
                self.appearances(value, where)
                continue
            texts = self.walk(value, where, key)
            label = str(key)[1:]
            if label in _ANNOTATION_KEYS:
                self.add_lines(Text("{where} {key}", where=where, key=label), texts)
            else:  # a key of the author's own: its name is content
                self.said.add(label)
                other += [label, *texts]
        self.add_lines(Text("{where} other keys", where=where), other)

    def appearances(self, value: Any, where: str) -> None:
        appearance = _resolve(value)
        if not isinstance(appearance, DictionaryObject):
            return
        names: list[str] = []
        for kind in ("/N", "/R", "/D"):
            entry = _resolve(appearance.get(kind))
            label = Text("{where} appearance {kind}", where=where, kind=kind[1:])
            if isinstance(entry, StreamObject):
                self.content_stream(appearance.get(kind), label, None, 1)
            elif isinstance(entry, DictionaryObject):  # one appearance per state (a check box's on/off)
                for n, (state, ref) in enumerate(entry.items(), 1):
                    names += self.name_line(state)  # an export value: the author's
                    self.content_stream(ref, Text("{where} state {n}", where=label, n=n), None, 1)
        self.add_lines(Text("{where} appearance state names", where=where), names)

    # -- form fields ----------------------------------------------------------------------------------------

    def read_fields(self, root: DictionaryObject) -> None:
        form = _resolve(root.get("/AcroForm"))
        if not isinstance(form, DictionaryObject):
            return
        where = Text("form")
        lines: list[str] = []
        for key, value in form.items():
            if key == "/Fields":
                continue
            if key == "/XFA":
                self.xfa(value)
                continue
            lines += self.walk(value, where, key)
        self.add_lines(Text("form dictionary"), lines)
        counter = 0
        fields = _resolve(form.get("/Fields"))
        stack = [(f, 0) for f in reversed(fields)] if isinstance(fields, ArrayObject) else []
        seen: set[int] = set()
        while stack:
            ref, depth = stack.pop()
            node = _resolve(ref)
            if not isinstance(node, DictionaryObject) or id(node) in seen or depth > 64:
                continue
            seen.add(id(node))
            counter += 1
            if counter > 100_000 or self.timed_out(Text("form fields")):
                self.unread(Text("form fields after {n} (limit)", n=counter - 1))
                return
            field_where = Text("form field {n}", n=counter)
            self.step(field_where, self.read_field, node, field_where)
            kids = _resolve(node.get("/Kids"))
            if isinstance(kids, ArrayObject):
                stack.extend((kid, depth + 1) for kid in reversed(kids))

    def read_field(self, node: DictionaryObject, where: str) -> None:
        lines: list[str] = []
        signature: list[str] = []
        for key, value in node.items():
            if key in ("/Kids", "/Parent", "/P", "/Popup", "/IRT"):
                continue
            if key == "/AP":
                self.appearances(value, where)
                continue
            if key == "/V" and node.get("/FT") == "/Sig":
                signature += self.walk(value, where, key)
                continue
            lines += self.name_line(key)
            lines += self.walk(value, where, key)
        self.add_lines(where, lines)
        self.add_lines(Text("{where} signature", where=where), signature)
        if (n := _idnum(node)) is not None:
            self.walked.add(n)

    def xfa(self, value: Any) -> None:
        packets = _resolve(value)
        streams = list(packets) if isinstance(packets, ArrayObject) else [value]
        for n, ref in enumerate(streams, 1):
            stream = _resolve(ref)
            if isinstance(stream, StreamObject):
                self.stream_at(ref, Text("form XFA packet {n}", n=n), "/XFA")
            elif isinstance(stream, (str, bytes)) and not isinstance(stream, NameObject):
                self.add_lines(Text("form XFA packet {n} name", n=n), _string_texts(stream))

    # -- bookmarks, names, structure ------------------------------------------------------------------------

    def read_outline(self, root: DictionaryObject) -> None:
        outlines = _resolve(root.get("/Outlines"))
        if not isinstance(outlines, DictionaryObject):
            return
        self.add_lines(Text("bookmarks"), self.walk_dict(outlines, Text("bookmarks"), skip=_OUTLINE_LINKS))
        stack = [outlines.get("/First")]
        seen: set[int] = set()
        counter = 0
        while stack:
            item = _resolve(stack.pop())
            if not isinstance(item, DictionaryObject) or id(item) in seen:
                continue
            seen.add(id(item))
            counter += 1
            if counter > 200_000 or self.timed_out(Text("bookmarks")):
                self.unread(Text("bookmarks after {n} (limit)", n=counter - 1))
                return
            where = Text("bookmark {n}", n=counter)
            self.add_lines(where, self.walk_dict(item, where, skip=_OUTLINE_LINKS))
            stack.append(item.get("/Next"))
            stack.append(item.get("/First"))

    def read_names(self, root: DictionaryObject) -> None:
        names = _resolve(root.get("/Names"))
        if isinstance(names, DictionaryObject):
            if (n := _idnum(names)) is not None:
                self.walked.add(n)
            for tree_name, tree in names.items():
                label = str(tree_name)[1:]
                if label == "EmbeddedFiles":
                    where = Text("attachments list")
                elif label == "JavaScript":
                    where = Text("document JavaScript")
                elif label == "Dests":
                    where = Text("named destinations")
                else:
                    where = Text("name tree {n}", n=list(names.keys()).index(tree_name) + 1)
                self.add_lines(where, self.name_line(tree_name) + self.walk(tree, where))
        dests = _resolve(root.get("/Dests"))
        if isinstance(dests, DictionaryObject):  # the PDF 1.1 form: destination names are keys
            where = Text("named destinations")
            self.add_lines(where, [str(k)[1:] for k in dests] + self.walk(dests, where))

    def read_structure(self, root: DictionaryObject) -> None:
        tree = root.get("/StructTreeRoot")
        if tree is not None:
            self.add_lines(Text("structure tree"), self.walk(tree, Text("structure tree")))

    # -- walking a dictionary's graph for its strings -------------------------------------------------------

    def walk_dict(self, node: DictionaryObject, where: str, skip: Iterable[str] = ()) -> list[str]:
        lines: list[str] = []
        for key, value in node.items():
            if key in skip:
                continue
            lines += self.name_line(key)
            lines += self.walk(value, where, key)
        return lines

    def walk(self, value: Any, where: str, key: str | None = None) -> list[str]:
        """Every string (and unusual name) reachable from ``value``, in order, following references but
        not into pages, annotations or the catalog (read on their own) nor back up to a parent. Streams
        met on the way are read by kind (attached files, XMP, JavaScript, forms, images ...)."""
        lines: list[str] = []
        stack: list[tuple[Any, str | None]] = [(value, key)]
        nodes = 0
        while stack:
            item, item_key = stack.pop()
            nodes += 1
            if nodes > MAX_WALK_NODES:
                self.unread(Text("{where} (too many values)", where=where))
                break
            if isinstance(item, IndirectObject):
                if item.idnum in self.walked:
                    continue
                try:
                    resolved = item.get_object()
                except Exception:  # noqa: BLE001
                    self.unread(Text("{where} (a damaged object)", where=where))
                    continue
                if (
                    isinstance(resolved, DictionaryObject)
                    and not isinstance(resolved, StreamObject)
                    and (resolved.get("/Type") in _BOUNDARY_TYPES or _is_annotation(resolved))
                ):
                    continue  # read on its own
                if not isinstance(resolved, StreamObject):
                    self.walked.add(item.idnum)
                item = resolved
            if isinstance(item, StreamObject):
                lines += self.stream(item, where, item_key)
            elif isinstance(item, DictionaryObject):
                lines += self.dictionary(item, where, stack)
            elif isinstance(item, ArrayObject):
                if len(item) >= 2 and item[0] == "/ICCBased":
                    self.stream_at(item[1], where, "/ICCBased")
                stack.extend((v, item_key) for v in reversed(item))
            elif isinstance(item, NameObject):
                lines += self.name_line(item)
            elif isinstance(item, (str, bytes)):
                texts = _string_texts(item)
                self.said.update(texts)
                lines += texts
        return lines

    def dictionary(
        self, node: DictionaryObject, where: str, stack: list[tuple[Any, str | None]]
    ) -> list[str]:
        lines: list[str] = []
        is_signature = node.get("/Type") in ("/Sig", "/DocTimeStamp") or "/ByteRange" in node
        if node.get("/Type") == "/Filespec" or "/EF" in node:
            lines += self.filespec(node, where)
        if node.get("/Subtype") == "/Type3":  # its glyph procedures are drawing operators
            self.font(node)
        for key, value in reversed(list(node.items())):
            if key in _BACK_REFERENCES or key == "/EF":
                continue
            if is_signature and key in ("/Contents", "/Cert"):
                lines += self.certificates(value)
                continue
            lines += self.name_line(key)
            stack.append((value, key))
        return lines

    def certificates(self, value: Any) -> list[str]:
        values = _resolve(value)
        blobs = list(values) if isinstance(values, ArrayObject) else [values]
        lines: list[str] = []
        for blob in blobs:
            blob = _resolve(blob)
            if isinstance(blob, StreamObject):
                blob = blob.get_data()
            if isinstance(blob, str) and not isinstance(blob, NameObject):
                self.said.update(_string_texts(blob))
                blob = getattr(blob, "original_bytes", blob.encode("latin-1", "replace"))
            if isinstance(blob, bytes):
                self.said.update(_string_texts(blob))
                lines += _certificate_names(bytes(blob))
        return lines

    def filespec(self, spec: DictionaryObject, where: str) -> list[str]:
        """An attached file: its contents as Embedded, its names and description as text."""
        ef = _resolve(spec.get("/EF"))
        if not isinstance(ef, DictionaryObject):
            return []
        self.attachments += 1
        file_where = Text("{where}: attached file {n}", where=where, n=self.attachments)
        done: set[int] = set()
        lines: list[str] = []
        for ref in ef.values():
            stream = _resolve(ref)
            if isinstance(stream, StreamObject) and id(stream) not in done:
                done.add(id(stream))
                lines += self.stream(stream, file_where, "/EF")
        return lines

    # -- streams by kind ------------------------------------------------------------------------------------

    def stream_at(self, ref: Any, where: str, key: str) -> None:
        stream = _resolve(ref)
        if isinstance(stream, StreamObject):
            lines = self.stream(stream, where, key)
            self.add_lines(Text("{where} stream text", where=where), lines)

    def stream(self, stream: StreamObject, where: str, key: str | None) -> list[str]:
        """Read a stream by its kind, once; returns the text lines to show with whatever holds it."""
        ident = _idnum(stream)
        mark = ident if ident is not None else -id(stream)
        if mark in self.streams:
            return []
        kind = stream.get("/Type")
        subtype = stream.get("/Subtype")
        if kind in ("/XRef", "/ObjStm") or mark in self.font_programs or key in _FONT_FILES:
            self.streams.add(mark)
            return []
        if subtype == "/Form" or (kind == "/XObject" and subtype is None) or stream.get("/PatternType") == 1:
            self.content_stream(stream, Text("{where} form", where=where), None, 1)
            return []
        self.streams.add(mark)
        lines = self.walk_dict(
            stream, where, skip=("/Length", "/Filter", "/DecodeParms", "/Type", "/Subtype")
        )
        if subtype == "/Image":
            self.image(stream, where)
            return lines
        if kind == "/Metadata" or subtype == "/XML" or key in ("/Metadata", "/XFA"):
            data = self.data_of(stream, where)
            if data is None:
                return lines
            text, parsed = _xml_text(data)
            if kind == "/Metadata" or subtype == "/XML" or key == "/Metadata":
                self.add(Text("{where} XMP metadata", where=where), text)
            else:
                self.add(Text("{where} XML", where=where), text)
            if not parsed:
                self.unread(Text("{where} XMP metadata (refused or not well-formed XML)", where=where))
            return lines
        if kind == "/EmbeddedFile" or key == "/EF":
            data = self.data_of(stream, where, cap=None)
            if data is not None:
                self.embed(Text("{where} contents", where=where), data)
            return lines
        data = self.data_of(stream, where)
        if data is None:
            return lines
        if len(data) >= 40 and data[36:40] == b"acsp":  # an ICC colour profile
            self.embed(Text("{where} colour profile", where=where), data)
            return lines
        if key in ("/JS", "/RC", "/PS", "/XFA") or subtype == "/PS":
            text = data.decode("utf-8") if _is_utf8(data) else _bytes_text(data)[0]
            return lines + _variants(_clean(text))
        if data.lstrip()[:1] == b"<":
            text, _ = _xml_text(data)
        else:
            text = _printable(data)
        self.add(Text("{where} stream", where=where), text)
        return lines

    def data_of(self, stream: StreamObject, where: str, cap: int | None = MAX_STREAM_BYTES) -> bytes | None:
        try:
            data = stream.get_data()
        except Exception:  # noqa: BLE001 - an unsupported filter or damaged data
            self.unread(Text("{where} (a stream that could not be decoded)", where=where))
            return None
        if cap is not None and len(data) > cap:
            self.unread(Text("{where} (a stream beyond the size limit, read in part)", where=where))
            data = data[:cap]
        return bytes(data)

    def image(self, stream: StreamObject, where: str) -> None:
        filters = _resolve(stream.get("/Filter"))
        names = [str(_resolve(f)) for f in filters] if isinstance(filters, ArrayObject) else [str(filters)]
        if names and names[-1] in ("/DCTDecode", "/DCT", "/JPXDecode"):
            data = self.data_of(stream, where, cap=None)
            if data is not None:
                label = "JPEG" if names[-1] != "/JPXDecode" else "JPEG 2000"
                self.embed(Text("{where} {kind} image", where=where, kind=label), data)

    # -- the safety net -------------------------------------------------------------------------------------

    def object_ids(self) -> list[tuple[int, int]]:
        ids: set[tuple[int, int]] = set()
        for generation, table in getattr(self.reader, "xref", {}).items():
            for number in table:
                ids.add((int(number), int(generation)))
        for number in getattr(self.reader, "xref_objStm", {}):
            ids.add((int(number), 0))
        return sorted(ids)

    def read_every_object(self) -> None:
        objects: list[tuple[int, Any]] = []
        for number, generation in self.object_ids():
            if number == 0:
                continue
            try:
                obj = IndirectObject(number, generation, self.reader).get_object()
            except Exception:  # noqa: BLE001
                self.unread(Text("object {n} (damaged)", n=number))
                continue
            if obj is None or isinstance(obj, NullObject):
                continue
            objects.append((number, obj))
            if isinstance(obj, DictionaryObject):
                for key in _FONT_FILES:
                    ref = obj.get(key)
                    if isinstance(ref, IndirectObject):
                        self.font_programs.add(ref.idnum)
        # Dictionaries first: a page outside the page tree or a Type 3 font says how to read its streams.
        objects.sort(key=lambda item: isinstance(item[1], StreamObject))
        for number, obj in objects:
            if self.timed_out(Text("object {n}", n=number)):
                break
            self.step(
                Text("object {n}", n=number), self.read_object, number, obj, Text("object {n}", n=number)
            )
        if self.batch:
            self.flush_batch(objects[-1][0])

    def read_object(self, number: int, obj: Any, where: str) -> None:
        if isinstance(obj, StreamObject):
            lines = self.stream(obj, where, None)
            lines += self.new_strings(obj)
        else:
            lines = self.new_strings(obj)
            if isinstance(obj, DictionaryObject) and number not in self.page_ids:
                if "/Contents" in obj and "/Resources" in obj:  # a page (template) outside the page tree
                    contents = _resolve(obj.get("/Contents"))
                    for ref in contents if isinstance(contents, ArrayObject) else [obj.get("/Contents")]:
                        self.content_stream(
                            ref, Text("{where} content", where=where), obj.get("/Resources"), 1
                        )
                if obj.get("/Type") == "/Filespec" or "/EF" in obj:
                    lines += self.filespec(obj, where)
                if obj.get("/Subtype") == "/Type3":
                    self.font(obj)
        if len(self.reading.parts) < MAX_OBJECT_PARTS or number < 0:
            self.add_lines(Text("{where} strings", where=where), lines)
            return
        # A file of very many objects: their strings in parts of many objects each.
        if not self.batch:
            self.batch_from = number
        self.batch += lines
        if sum(len(line) for line in self.batch) > 1_000_000 or number % 1000 == 0:
            self.flush_batch(number)

    def flush_batch(self, last: int) -> None:
        where = Text("objects {first} to {last} strings", first=self.batch_from, last=last)
        self.add_lines(where, self.batch)
        self.batch = []

    def new_strings(self, obj: Any) -> list[str]:
        """The strings and unusual names held directly in an object (not behind references) that no part
        has shown yet; streams it holds directly are read by kind."""
        lines: list[str] = []
        stack: list[Any] = [obj]
        nodes = 0
        while stack and nodes < MAX_WALK_NODES:
            item = stack.pop()
            nodes += 1
            if isinstance(item, DictionaryObject):
                for key, value in item.items():
                    if str(key)[1:] not in self.said:
                        lines += self.name_line(key)
                    if isinstance(value, (DictionaryObject, ArrayObject, str, bytes)):
                        stack.append(value)
            elif isinstance(item, ArrayObject):
                stack.extend(v for v in item if isinstance(v, (DictionaryObject, ArrayObject, str, bytes)))
            elif isinstance(item, NameObject):
                if not _known_name(item) and str(item)[1:] not in self.said:
                    lines += self.name_line(item)
            elif isinstance(item, (str, bytes)):
                for text in _string_texts(item):
                    if text not in self.said:
                        self.said.add(text)
                        lines.append(text)
        return list(dict.fromkeys(lines))

    def read_unlisted_objects(self) -> None:
        """Objects in the file that the cross-reference table does not list: earlier revisions of objects
        an incremental save replaced, and objects nothing refers to. A viewer ignores them; the file
        still carries them."""
        listed: dict[int, set[int]] = {}
        for table in getattr(self.reader, "xref", {}).values():
            for number, offset in table.items():
                listed.setdefault(int(number), set()).add(int(offset))
        count = 0
        for match in _OBJECT_HEADER.finditer(self.data):
            number, generation = int(match.group(1)), int(match.group(2))
            if match.start() in listed.get(number, ()):
                continue
            count += 1
            where = Text("object {n} (earlier revision)", n=number)
            if count > 100_000 or self.timed_out(where):
                self.unread(Text("objects of earlier revisions (limit)"))
                return
            self.step(where, self.read_unlisted, match.end(), number, generation, where)

    def read_unlisted(self, offset: int, number: int, generation: int, where: str) -> None:
        obj = self.read_at(self.data, offset)
        encryption = getattr(self.reader, "_encryption", None)
        if encryption is not None:
            obj = encryption.decrypt_object(obj, number, generation)
        if isinstance(obj, StreamObject) and obj.get("/Type") == "/ObjStm":
            self.read_unlisted_stream(obj, where)
            return
        self.read_object(-1, obj, where)

    def read_at(self, data: bytes, offset: int) -> Any:
        """The object written at ``offset`` (after white space and comments)."""
        while offset < len(data) and data[offset] in b" \t\r\n\f\x00":
            offset += 1
        stream = io.BytesIO(data)
        stream.seek(offset)
        return read_object(stream, self.reader)

    def read_unlisted_stream(self, stream: StreamObject, where: str) -> None:
        data = stream.get_data()
        first = int(_number(stream.get("/First"), 0))
        count = int(_number(stream.get("/N"), 0))
        header = data[:first].split()
        for k in range(0, min(len(header) - 1, 2 * count), 2):
            obj = self.read_at(data, first + int(header[k + 1]))
            inner_where = Text("{where} object {n}", where=where, n=int(header[k]))
            self.read_object(-1, obj, inner_where)


def _is_annotation(node: DictionaryObject) -> bool:
    return node.get("/Subtype") in _ANNOTATION_SUBTYPES and "/Rect" in node


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_NO_FONT = _FontInfo(None)
_OBJECT_HEADER = re.compile(
    rb"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\x00]+([0-9]{1,5})[ \t\r\n\f\x00]+obj(?![A-Za-z])"
)
_COMMENT_SCAN = re.compile(rb"[()\\%\r\n]")


_INLINE_IMAGE_DATA = re.compile(rb"(?<![A-Za-z])ID\s.*?\sEI(?![A-Za-z])", re.DOTALL)


def _comments(data: bytes) -> list[str]:
    """Comments in drawing operators (``% ...`` to the end of the line, outside strings and images)."""
    if b"BI" in data:
        data = _INLINE_IMAGE_DATA.sub(b" ", data)
    found: list[str] = []
    depth = 0
    escaped_at = -2
    comment_start = -1
    for match in _COMMENT_SCAN.finditer(data):
        char = match.group()
        at = match.start()
        if comment_start >= 0:
            if char in (b"\r", b"\n"):
                found.append(data[comment_start:at].decode("latin-1"))
                comment_start = -1
            continue
        if escaped_at == at - 1 and depth:
            continue
        if char == b"\\":
            escaped_at = at if escaped_at != at - 1 else -2
        elif char == b"(":
            depth += 1
        elif char == b")" and depth:
            depth -= 1
        elif char == b"%" and not depth:
            comment_start = at + 1
    if comment_start >= 0:
        found.append(data[comment_start:].decode("latin-1"))
    return [c.strip() for c in found if c.strip()]


class _StrayBytes:
    """Comments and bytes outside any object: a PDF parser skips them, the file still carries them."""

    STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
    _SKELETON = re.compile(
        rb"%PDF-[0-9.]+|%%EOF|startxref\s*[0-9]+|"
        rb"xref\s*(?:[0-9]+\s+[0-9]+\s*(?:[0-9]{10}\s+[0-9]{5}\s+[fn]\s*)*)+|"
        rb"trailer\s*<<.*?>>(?=\s*(?:startxref|%%EOF|$))",
        re.DOTALL,
    )

    def __init__(self, data: bytes, reading: Reading) -> None:
        self.data = data
        self.reading = reading

    def run(self) -> None:
        data = self.data
        outside: list[bytes] = []
        comments: list[str] = []
        position = 0
        for match in _OBJECT_HEADER.finditer(data):
            if match.start() < position:
                continue
            outside.append(data[position : match.start()])
            end = data.find(b"endobj", match.end())
            end = len(data) if end < 0 else end + len(b"endobj")
            body = data[match.end() : end]
            comments += self.object_comments(body)
            position = end
        outside.append(data[position:])
        rest = self._SKELETON.sub(b" ", b"\n".join(outside))
        lines: list[str] = []
        for line in re.split(rb"[\r\n]+", rest):
            text = line.strip()
            if not text:
                continue
            if text.startswith(b"%") and len(text) <= 8 and all(b >= 0x80 for b in text[1:5]):
                continue  # the binary marker line after the header
            lines.append(text.decode("latin-1"))
        letters = [line for line in lines if sum(c.isalnum() for c in line) >= 2]
        if letters:
            self.reading.add(
                Text("bytes outside the PDF's objects"), _clean("\n".join(letters))[:MAX_PART_CHARS]
            )
        if comments:
            self.reading.add(
                Text("comments in the PDF's objects"), _clean("\n".join(comments))[:MAX_PART_CHARS]
            )

    def object_comments(self, body: bytes) -> list[str]:
        if b"%" not in body:
            return []
        stream = self.STREAM.search(body)
        head = body if stream is None else body[: stream.start()]
        end = body.rfind(b"endstream")
        tail = b"" if stream is None or end < 0 else body[end + len(b"endstream") :]
        return [c for c in _comments(head + b"\n" + tail) if sum(ch.isalnum() for ch in c) >= 2]
