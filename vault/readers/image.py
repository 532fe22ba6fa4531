"""Images (JPEG, PNG, TIFF, WebP, GIF, HEIC/AVIF): every piece of text the file carries, located.

The containers are walked here, byte by byte, rather than through Pillow's ``info``, which reads only
what Pillow needs (PNG text after the image data, a GIF comment after the first frame, IFD1, extended
XMP, a JPEG segment after the first scan or data after the end of the image would pass unseen). Pillow
only says whether the file parses as a picture (``Image.open`` reads headers; pixels are never decoded);
when it does not, every readable run of the raw bytes is read as well.

Read, in every container that can hold them:

- EXIF (JPEG APP1, PNG eXIf, WebP EXIF, HEIF Exif items, Photoshop resources): every tag of IFD0, IFD1
  (its JPEG thumbnail is returned as ``Embedded``: an image with its own metadata), the Exif, GPS and
  Interop IFDs and SubIFDs; text, UTF-16LE XP* tags, UserComment and the GPS text tags decoded by their
  8-byte charset prefix, byte values, integers (a serial number can be one; rationals are not text), and
  every printable run of the maker note. A TIFF file is read the same way, every page.
- XMP (JPEG APP1 and extended XMP, PNG iTXt, TIFF tag 700, WebP, GIF, HEIF, Photoshop resources): every
  text node, attribute value, comment and namespace, in any namespace (DTDs and entities refused).
- IPTC IIM (Photoshop resource 0x0404, TIFF tag 33723): every dataset; the other Photoshop resources.
- ICC profiles (JPEG APP2 chunks, PNG iCCP, TIFF tag 34675, WebP ICCP, GIF, HEIF colr): the header
  signatures, and every tag's text ('desc', 'mluc' in every language, 'text', and the readable runs of
  any other type), plus bytes no tag claims. ``read_icc`` reads a profile met elsewhere (a PDF's).
- JPEG comments and every other application segment, PNG text chunks (ImageMagick's hex "raw profile"
  text decoded) and unknown chunks, GIF comments, plain text and application extensions, unknown WebP
  chunks and ISO media boxes, and whatever follows the end of the image (another JPEG is ``Embedded``).

Locations are ``Text`` templates naming structural places (a standard tag or property name, a record
and dataset number, a chunk's position): a name chosen by the file's author (an XMP property in an
unlisted namespace, a PNG keyword, a private ICC tag signature, a Photoshop resource name) goes into the
part's text instead. Nothing here raises for a damaged or hostile file: what cannot be parsed is named in
``Reading.unread`` and its readable runs are read instead.
"""

from __future__ import annotations

import base64
import functools
import io
import re
import struct
import warnings
import zlib
from collections import deque
from collections.abc import Callable
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs
from PIL import ExifTags, Image

from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text
from vault.readers.base import MAX_PART_CHARS, Embedded, Reading

try:  # HEIC from phones: the decode-only libheif plugin, registered as in vault/intake/photo.py
    import pi_heif  # type: ignore[import-untyped, import-not-found, unused-ignore]

    pi_heif.register_heif_opener()
except ImportError:  # pragma: no cover - depends on the installation
    pass

_OVERLAP = 4096  # characters repeated between the pieces of a part longer than MAX_PART_CHARS
_MAX_INFLATED = 64 * 1024**2  # decompressed bytes (zTXt, iCCP, ...) in all, per file
_MAX_NESTING = 8  # EXIF in a Photoshop resource in a TIFF tag in ...: deeper is refused
_MAX_IFDS = 4096  # pages and sub-IFDs of one TIFF structure
_WORK_PER_BYTE, _WORK_EXTRA = 4, 8 * 1024**2  # see _Reader.spend
_MAX_NUMBERS = 16  # integer tags with more values than this are tables (offsets, curves), not text


# --- readable runs -------------------------------------------------------------------------------------

# One byte per byte: "a" for a byte that can be part of text (printable ASCII, tab and line breaks, and
# every byte >= 0x80: UTF-8 sequences and Latin-1 letters), NUL otherwise. A run is then found by a
# literal search, an order of magnitude faster than a character-class regex on binary data.
_TEXT_BYTE = bytes(0x61 if c in (9, 10, 13) or 0x20 <= c <= 0x7E or c >= 0x80 else 0 for c in range(256))
_RUN = re.compile(rb"aaaa+")
# UTF-16 text in the Latin-1 range: "a" for the low byte of a character, "z" for its zero high byte.
_WIDE_BYTE = bytes(
    0x61 if c in (9, 10, 13) or 0x20 <= c <= 0x7E or c >= 0xA0 else 0x7A if c == 0 else 0x2E
    for c in range(256)
)
_RUN_LE = re.compile(rb"azazazaz(?:az)*")
_RUN_BE = re.compile(rb"zazazaza(?:za)*")
# UTF-16 text beyond Latin-1 (Latin Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic, Vietnamese): "h"
# for a possible high byte, found in the bytes at even and at odd positions; for unparsed files only.
_WIDE_HIGH = bytes(0x7A if c == 0 else 0x68 if c <= 0x06 or c in (0x1E, 0x1F) else 0x2E for c in range(256))
_PRINTABLE = re.compile(r"[^\x00-\x1f\x7f-\x9f\ufffd]{4,}")
_CONTROLS = {c: " " for c in (*range(0, 9), 11, 12, *range(14, 32), 127)}


def _decode_runs(chunks: list[bytes]) -> list[str]:
    """ASCII runs as they are; the others as UTF-8 when they all are, else both as UTF-8 and Windows-1252."""
    plain = b"\n".join(c for c in chunks if c.isascii())
    other = b"\n".join(c for c in chunks if not c.isascii())
    texts = [plain.decode("ascii")] if plain else []
    if other:
        try:
            texts.append(other.decode("utf-8"))
        except UnicodeDecodeError:  # Latin-1 (or Windows-1252) text, or binary: both readings
            texts += [other.decode("utf-8", "replace"), other.decode("cp1252", "replace")]
    return texts


def runs(data: bytes, *, every_script: bool = False) -> str:
    """Every readable run of at least 4 characters in ``data`` (UTF-8, Latin-1, UTF-16LE/BE), one a line.

    ``every_script`` also finds UTF-16 text outside the Latin-1 range (slower: unparsed files only).
    """
    texts = _decode_runs([data[slice(*m.span())] for m in _RUN.finditer(data.translate(_TEXT_BYTE))])
    wide = data.translate(_WIDE_BYTE)
    for pattern, codec in ((_RUN_LE, "utf-16-le"), (_RUN_BE, "utf-16-be")):
        texts += (data[slice(*m.span())].decode(codec) for m in pattern.finditer(wide))
    if every_script:
        texts += _wide_runs(data)
    return "\n".join(dict.fromkeys(texts))


def _wide_runs(data: bytes) -> list[str]:
    """UTF-16 runs with characters beyond Latin-1, in both byte orders and both alignments."""
    found: list[str] = []
    # High bytes at odd offsets: little-endian text from an even offset, big-endian from an odd one; at
    # even offsets: big-endian from an even offset, little-endian from an odd one.
    for highs, readings in (
        (data[1::2].translate(_WIDE_HIGH), ((0, "utf-16-le"), (1, "utf-16-be"))),
        (data[0::2].translate(_WIDE_HIGH), ((0, "utf-16-be"), (-1, "utf-16-le"))),
    ):
        at = highs.find(b"h")  # a character beyond Latin-1; its run reaches the next impossible high byte
        while at >= 0:
            first = highs.rfind(b".", 0, at) + 1
            last = highs.find(b".", at)
            last = len(highs) if last < 0 else last
            if last - first >= 4:
                for shift, codec in readings:
                    chunk = data[max(0, 2 * first + shift) : 2 * last + shift]
                    found += _PRINTABLE.findall(chunk.decode(codec, "replace"))
            at = highs.find(b"h", last)
    return [run for run in found if max(run) > "\xff"]


# --- decoding values ------------------------------------------------------------------------------------


def _text(raw: bytes) -> str:
    """Bytes that should be text: UTF-8, else Windows-1252; NULs separate strings."""
    pieces = [p for p in raw.split(b"\x00") if p]
    out = []
    for piece in pieces:
        try:
            out.append(piece.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(piece.decode("cp1252", "replace"))
    return "\n".join(out).translate(_CONTROLS)


def _utf16(raw: bytes, big_endian: bool | None = None) -> str:
    """UTF-16 of either byte order: a byte-order mark, else where the zero (high) bytes are, else the hint."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        big_endian, raw = raw[:2] == b"\xfe\xff", raw[2:]
    elif len(raw) >= 2:
        zeros_even, zeros_odd = raw[0::2].count(0), raw[1::2].count(0)
        if zeros_even != zeros_odd:
            big_endian = zeros_even > zeros_odd
        elif big_endian is None:
            big_endian = sum(raw[0::2]) < sum(raw[1::2])
    raw = raw[: len(raw) // 2 * 2]
    text = raw.decode("utf-16-be" if big_endian else "utf-16-le", "replace")
    return text.replace("\x00", "\n").translate(_CONTROLS)


def _bytes_value(raw: bytes) -> str:
    """A byte (BYTE, UNDEFINED) value: text when short, its readable runs when long."""
    if len(raw) > 4096:
        return runs(raw)
    body = raw.rstrip(b"\x00")
    if len(body) >= 4 and (body[1::2].count(0) > len(body) // 4 or body[0::2].count(0) > len(body) // 4):
        return _utf16(body + b"\x00" * (len(body) % 2))
    return _text(body)


def _charset_value(raw: bytes, big_endian: bool) -> str:
    """UserComment, GPSProcessingMethod, GPSAreaInformation: an 8-byte charset code, then the text."""
    code, body = raw[:8], raw[8:]
    if code.startswith(b"ASCII"):
        return _text(body)
    if code.startswith(b"UNICODE"):
        return _utf16(body.rstrip(b"\x00") + b"\x00" * (len(body.rstrip(b"\x00")) % 2), big_endian)
    if code.startswith(b"JIS"):
        for codec in ("iso2022_jp", "shift_jis", "euc_jp"):
            try:
                return body.rstrip(b"\x00").decode(codec).translate(_CONTROLS)
            except UnicodeDecodeError:
                continue
        return runs(body)
    return _bytes_value(raw)  # undefined (eight NULs) or an unknown code: the bytes as they are


# --- names ----------------------------------------------------------------------------------------------

_INTEROP_TAGS = {1: "InteroperabilityIndex", 2: "InteroperabilityVersion", 0x1000: "RelatedImageFileFormat",
                 0x1001: "RelatedImageWidth", 0x1002: "RelatedImageLength"}  # fmt: skip
_IFD_POINTERS = {0x8769: "Exif", 0x8825: "GPS", 0xA005: "Interop", 0x014A: "SubIFD"}
# Offsets, byte counts and tables: structure, not text.
_STRUCTURAL = {0x0111, 0x0117, 0x0120, 0x0121, 0x0144, 0x0145, 0x0140, 0x012D, 0x0123, 0x0201, 0x0202,
               0x015B, *_IFD_POINTERS}  # fmt: skip
_XP_TAGS = range(0x9C9B, 0x9CA0)  # XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject: UTF-16LE
_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
              16: 8, 17: 8, 18: 8}  # fmt: skip
_INT_CODE = {3: "H", 4: "I", 8: "h", 9: "i", 13: "I", 16: "Q", 17: "q", 18: "Q"}
_BYTE_TYPES = (1, 6, 7)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _tag_name(ifd: str, tag: int) -> str:
    table = ExifTags.GPSTAGS if ifd == "GPS" else _INTEROP_TAGS if ifd == "Interop" else ExifTags.TAGS
    return table.get(tag) or f"tag 0x{tag:04X}"


_IPTC_NAMES = {
    (1, 0): "EnvelopeRecordVersion", (1, 5): "Destination", (1, 20): "FileFormat", (1, 22): "FileVersion",
    (1, 30): "ServiceIdentifier", (1, 40): "EnvelopeNumber", (1, 50): "ProductID",
    (1, 60): "EnvelopePriority", (1, 70): "DateSent", (1, 80): "TimeSent", (1, 90): "CodedCharacterSet",
    (1, 100): "UniqueObjectName", (1, 120): "ARMIdentifier", (1, 122): "ARMVersion",
    (2, 0): "RecordVersion", (2, 3): "ObjectTypeReference", (2, 4): "ObjectAttributeReference",
    (2, 5): "ObjectName", (2, 7): "EditStatus", (2, 8): "EditorialUpdate", (2, 10): "Urgency",
    (2, 12): "SubjectReference", (2, 15): "Category", (2, 20): "SupplementalCategories",
    (2, 22): "FixtureIdentifier", (2, 25): "Keywords", (2, 26): "ContentLocationCode",
    (2, 27): "ContentLocationName", (2, 30): "ReleaseDate", (2, 35): "ReleaseTime",
    (2, 37): "ExpirationDate", (2, 38): "ExpirationTime", (2, 40): "SpecialInstructions",
    (2, 42): "ActionAdvised", (2, 45): "ReferenceService", (2, 47): "ReferenceDate",
    (2, 50): "ReferenceNumber", (2, 55): "DateCreated", (2, 60): "TimeCreated",
    (2, 62): "DigitalCreationDate", (2, 63): "DigitalCreationTime", (2, 65): "OriginatingProgram",
    (2, 70): "ProgramVersion", (2, 75): "ObjectCycle", (2, 80): "By-line", (2, 85): "By-lineTitle",
    (2, 90): "City", (2, 92): "Sub-location", (2, 95): "Province-State",
    (2, 100): "Country-PrimaryLocationCode", (2, 101): "Country-PrimaryLocationName",
    (2, 103): "OriginalTransmissionReference", (2, 105): "Headline", (2, 110): "Credit",
    (2, 115): "Source", (2, 116): "CopyrightNotice", (2, 118): "Contact", (2, 120): "Caption-Abstract",
    (2, 121): "LocalCaption", (2, 122): "Writer-Editor", (2, 125): "RasterizedCaption",
    (2, 130): "ImageType", (2, 131): "ImageOrientation", (2, 135): "LanguageIdentifier",
    (2, 150): "AudioType", (2, 151): "AudioSamplingRate", (2, 152): "AudioSamplingResolution",
    (2, 153): "AudioDuration", (2, 154): "AudioOutcue", (2, 184): "JobID", (2, 187): "MasterDocumentID",
    (2, 188): "ShortDocumentID", (2, 189): "UniqueDocumentID", (2, 190): "OwnerID",
    (2, 200): "ObjectPreviewFileFormat", (2, 201): "ObjectPreviewFileVersion",
    (2, 202): "ObjectPreviewData", (2, 221): "Prefs", (2, 225): "ClassifyState",
    (2, 228): "SimilarityIndex", (2, 230): "DocumentNotes", (2, 231): "DocumentHistory",
    (2, 232): "ExifCameraInfo", (2, 255): "CatalogSets",
    (7, 10): "SizeMode", (7, 20): "MaxSubfileSize", (7, 90): "ObjectSizeAnnounced",
    (7, 95): "MaximumObjectSize", (8, 10): "SubFile", (9, 10): "ConfirmedObjectSize",
}  # fmt: skip
_PHOTOSHOP_NUMBERS = {0x03ED, 0x0406, 0x0425, 0x0414, 0x040D, 0x0419, 0x041E, 0x0408, 0x0400, 0x0402}
_IPTC_BINARY = {(1, 0), (1, 20), (1, 22), (1, 120), (1, 122), (2, 0), (2, 200), (2, 201), (7, 20), (7, 90),
                (7, 95), (9, 10)}  # fmt: skip

# Registered ICC tag signatures (ICC.1:2022 and the common private Apple ones): safe to name.
_ICC_TAGS = _words(
    "A2B0 A2B1 A2B2 A2B3 A2M0 B2A0 B2A1 B2A2 B2A3 B2D0 B2D1 B2D2 B2D3 D2B0 D2B1 D2B2 D2B3 bXYZ bTRC bfd "
    "bkpt calt chad chrm cicp ciis clro clrt clot crdi cprt desc devs dmnd dmdd dscm gamt gTRC gXYZ kTRC "
    "lumi meas meta mmod ncl2 ncol pre0 pre1 pre2 ps2i ps2s psd0 psd1 psd2 psd3 pseq psid resp rTRC rXYZ "
    "rig0 rig2 scrd scrn targ tech vcgt view vued wtpt aabg aagg aarg arts"
) | {"bfd "}
_ICC_NUMERIC = frozenset(
    {b"curv", b"para", b"XYZ ", b"sf32", b"mft1", b"mft2", b"mAB ", b"mBA ", b"chrm", b"meas", b"view",
     b"dtim", b"ui08", b"ui16", b"ui32", b"ui64", b"uf32", b"vcgt", b"mpet", b"clro", b"cicp"}
)  # fmt: skip

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XML = "http://www.w3.org/XML/1998/namespace"
_ADOBE_META = "adobe:ns:meta/"
_XMP_NS = {
    _RDF: "rdf", _ADOBE_META: "x", _XML: "xml",
    "http://purl.org/dc/elements/1.1/": "dc", "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights", "http://ns.adobe.com/xap/1.0/mm/": "xmpMM",
    "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#": "stEvt",
    "http://ns.adobe.com/xap/1.0/sType/ResourceRef#": "stRef",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://ns.adobe.com/tiff/1.0/": "tiff", "http://ns.adobe.com/exif/1.0/": "exif",
    "http://cipa.jp/exif/1.0/": "exifEX", "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://ns.adobe.com/camera-raw-settings/1.0/": "crs", "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/":
    "Iptc4xmpCore", "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
    "http://ns.useplus.org/ldf/xmp/1.0/": "plus", "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://ns.adobe.com/xmp/note/": "xmpNote", "http://ns.adobe.com/xap/1.0/g/img/": "xmpGImg",
    "http://ns.adobe.com/lightroom/1.0/": "lr", "http://purl.org/dc/terms/": "dcterms",
    "http://www.metadataworkinggroup.com/schemas/regions/": "mwg-rs",
    "http://ns.adobe.com/xmp/sType/Area#": "stArea", "http://ns.adobe.com/xap/1.0/sType/Dimensions#": "stDim",
    "http://ns.microsoft.com/photo/1.0/": "MicrosoftPhoto", "http://ns.microsoft.com/photo/1.2/": "MP",
    "http://ns.microsoft.com/photo/1.2/t/RegionInfo#": "MPRI", "http://ns.microsoft.com/photo/1.2/t/Region#":
    "MPReg", "http://ns.google.com/photos/1.0/camera/": "GCamera", "http://ns.google.com/photos/1.0/image/":
    "GImage", "http://ns.google.com/photos/1.0/panorama/": "GPano", "http://ns.google.com/photos/1.0/depthmap/":
    "GDepth", "http://ns.google.com/photos/1.0/container/": "Container",
    "http://ns.google.com/photos/1.0/container/item/": "Item", "http://ns.adobe.com/xmp/1.0/DynamicMedia/":
    "xmpDM", "http://ns.adobe.com/xap/1.0/t/pg/": "xmpTPg", "http://www.aiim.org/pdfa/ns/id/": "pdfaid",
    "http://ns.adobe.com/xap/1.0/bj/": "xmpBJ", "http://ns.adobe.com/photoshop/1.0/camera-profile": "crss",
    "http://www.digikam.org/ns/1.0/": "digiKam", "http://ns.apple.com/faceinfo/1.0/": "apple-fi",
}  # fmt: skip
_RDF_PREFIX, _META_PREFIX, _XML_PREFIX = "{" + _RDF + "}", "{" + _ADOBE_META + "}", "{" + _XML + "}"
_RDF_ABOUT, _RDF_PARSE_TYPE = _RDF_PREFIX + "about", _RDF_PREFIX + "parseType"
_XMP_PACKET = Text("XMP packet")
_XMP_COMMENT = Text("XMP comment")
_XMP_INSTRUCTION = Text("XMP processing instruction")
_XMP_ABOUT = Text("XMP {property}", property="rdf:about")
_XMP_TOOLKIT = Text("XMP {property}", property="x:xmptk")
_XMP_NAMESPACES = Text("XMP namespace declarations")
_XMP_ELSEWHERE = Text("XMP property in another namespace")
_XMP_IMAGES = {
    "{http://ns.adobe.com/xap/1.0/g/img/}image": Text("XMP thumbnail image"),
    "{http://ns.google.com/photos/1.0/image/}Data": Text("XMP GImage:Data image"),
    "{http://ns.google.com/photos/1.0/depthmap/}Data": Text("XMP GDepth:Data image"),
    "{http://ns.google.com/photos/1.0/depthmap/}Confidence": Text("XMP GDepth:Confidence image"),
}
_XMLNS = re.compile(rb"""xmlns(?::([^\s=>]+))?\s*=\s*(["'])(.*?)\2""", re.DOTALL)
_EXIF_NAMES = frozenset(ExifTags.TAGS.values()) | frozenset(ExifTags.GPSTAGS.values())
_XMP_NAMES: dict[str, frozenset[str]] = {
    prefix: _words(names)
    for prefix, names in {
        "dc": "contributor coverage creator date description format identifier language publisher relation "
        "rights source subject title type",
        "xmp": "Advisory BaseURL CreateDate CreatorTool Identifier Label MetadataDate ModifyDate Nickname "
        "Rating Thumbnails PageInfo",
        "xmpRights": "Certificate Marked Owner UsageTerms WebStatement",
        "xmpMM": "DerivedFrom DocumentID History Ingredients InstanceID ManagedFrom Manager ManageTo "
        "ManageUI ManagerVariant OriginalDocumentID Pantry PreservedFileName RenditionClass "
        "RenditionParams VersionID Versions",
        "stEvt": "action changed instanceID parameters softwareAgent when",
        "stRef": "documentID filePath instanceID originalDocumentID renditionClass versionID manager "
        "manageTo manageUI",
        "photoshop": "AncestorID AuthorsPosition CaptionWriter Category City ColorMode Country Credit "
        "DateCreated DocumentAncestors Headline History ICCProfile Instructions LegacyIPTCDigest "
        "SidecarForExtension Source State SupplementalCategories TextLayers TransmissionReference Urgency "
        "LayerName LayerText",
        "Iptc4xmpCore": "AltTextAccessibility CountryCode CreatorContactInfo ExtDescrAccessibility "
        "IntellectualGenre Location Scene SubjectCode CiAdrCity CiAdrCtry CiAdrExtadr CiAdrPcode CiAdrRegion "
        "CiEmailWork CiTelWork CiUrlWork",
        "Iptc4xmpExt": "AOCopyrightNotice AOCreator AODateCreated AOSource AOSourceInvNo AOTitle "
        "ArtworkOrObject CVterm City CountryCode CountryName DigImageGUID DigitalSourceType Event "
        "LocationCreated LocationShown ModelAge OrganisationInImageCode OrganisationInImageName "
        "PersonInImage PersonInImageWDetails PersonName PersonId ProvinceState Sublocation WorldRegion "
        "RegistryId RegItemId RegOrgId Identifier Name",
        "aux": "ApproximateFocusDistance Firmware FlashCompensation ImageNumber Lens LensDistortInfo LensID "
        "LensInfo LensSerialNumber OwnerName SerialNumber",
        "pdf": "Keywords PDFVersion Producer Trapped",
        "xmpNote": "HasExtendedXMP",
        "lr": "hierarchicalSubject privateRTKInfo",
        "mwg-rs": "Regions RegionList Name Type Area AppliedToDimensions Description",
        "MP": "RegionInfo",
        "MPRI": "Regions",
        "MPReg": "PersonDisplayName Rectangle PersonEmailDigest PersonLiveIdCID",
        "MicrosoftPhoto": "LastKeywordXMP LastKeywordIPTC Rating DateAcquired",
        "xmpDM": "album artist comment composer copyright director engineer",
        "digiKam": "TagsList CaptionsAuthorNames CaptionsDateTimeStamps",
    }.items()
} | {"tiff": _EXIF_NAMES, "exif": _EXIF_NAMES, "exifEX": _EXIF_NAMES}


_XMP_IN_NAMESPACE = {p: Text("XMP property in namespace {prefix}", prefix=p) for p in _XMP_NS.values()}


@functools.lru_cache(maxsize=1024)  # standard names only: a bounded set
def _xmp_standard(prefix: str, local: str) -> Text:
    return Text("XMP {property}", property=f"{prefix}:{local}")


# --- the reader -----------------------------------------------------------------------------------------


def _u16(data: bytes, at: int, big: bool = True) -> int:
    return int.from_bytes(data[at : at + 2], "big" if big else "little")


def _u32(data: bytes, at: int, big: bool = True) -> int:
    return int.from_bytes(data[at : at + 4], "big" if big else "little")


def _file_kind(data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "JPEG"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "PNG"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if data[4:8] == b"ftyp":
        return "ISO"
    return ""


def _looks_like_a_file(data: bytes) -> bool:
    return bool(_file_kind(data)) or data[:5] == b"%PDF-" or data[:4] == b"PK\x03\x04"


class _Reader:
    def __init__(self, size: int) -> None:
        self.out = Reading()
        self.inflated = 0
        self.depth = 0
        # Bytes examined in all (values, blocks, runs, embedded files): an honest file reads each of its
        # bytes a few times; a hostile one (a thousand IFDs or ICC tags pointing at the whole file) stops.
        self.budget = _WORK_PER_BYTE * size + _WORK_EXTRA
        self.exhausted = False

    def spend(self, size: int) -> bool:
        """Whether ``size`` more bytes may be examined; when not, the rest of the file is not read."""
        self.budget -= size
        if self.budget >= 0:
            return True
        if not self.exhausted:
            self.exhausted = True
            self.out.unread.append(Text("the picture repeats its structure too often; the rest was not read"))
        return False

    def embed(self, where: str, data: bytes) -> None:
        if data and self.spend(len(data)):
            self.out.embedded.append(Embedded(where, data))

    # -- common ----------------------------------------------------------------------------------------

    def add(self, location: str, text: str) -> None:
        if len(text) <= MAX_PART_CHARS:
            self.out.add(location, text)
            return
        for start in range(0, len(text), MAX_PART_CHARS - _OVERLAP):
            self.out.add(location, text[start : start + MAX_PART_CHARS])

    def add_runs(self, location: str, data: bytes, name: str = "") -> None:
        """The readable runs of ``data``; ``name`` (a chunk type, an identifier: the author's) first."""
        if self.spend(len(data)) and (name or data.strip(b"\x00")):
            self.add(location, f"{name}: {runs(data)}" if name else runs(data))

    def nested(self, what: Text, data: bytes, parse: Callable[[bytes], None]) -> None:
        """Parse one block (EXIF, XMP, ICC ...); if it is damaged, say so and read its runs instead."""
        if not self.spend(len(data)):
            return
        if self.depth >= _MAX_NESTING:
            self.out.unread.append(Text("{what} is nested too deep to be read", what=what))
            self.add_runs(Text("{what}, readable runs", what=what), data)
            return
        self.depth += 1
        try:
            parse(data)
        except Exception:  # noqa: BLE001 - a hostile file must not stop the reading
            self.out.unread.append(Text("{what} is damaged; its readable runs were read instead", what=what))
            self.add_runs(Text("{what}, readable runs", what=what), data)
        finally:
            self.depth -= 1

    def inflate(self, data: bytes, what: Text) -> bytes:
        """zlib data, within the per-file budget (a bomb is cut, and said so)."""
        left = _MAX_INFLATED - self.inflated
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(data, max(left, 1))
        except zlib.error:
            self.out.unread.append(Text("{what} cannot be decompressed", what=what))
            self.add_runs(Text("{what}, readable runs", what=what), data)
            return b""
        self.inflated += len(out)
        if inflater.unconsumed_tail:
            too_much = Text("{what} decompresses to too much data; the rest was not read", what=what)
            self.out.unread.append(too_much)
        return out

    def trailer(self, data: bytes, at: int) -> None:
        """Whatever follows the end of the image: appended JPEGs (MPF, depth maps), files, other bytes."""
        number = 0
        while at < len(data):
            rest = data[at:].lstrip(b"\x00")
            at = len(data) - len(rest)
            if not rest.strip():
                return
            if rest[:3] == b"\xff\xd8\xff":
                end = at + _Jpeg(self, rest, collect=False).walk()
                number += 1
                where = Text("image {number} appended after the end of the picture", number=number)
                self.embed(where, data[at:end])
                at = end
                continue
            if _looks_like_a_file(rest):
                self.embed(Text("file appended after the end of the picture"), rest)
            else:
                self.add_runs(Text("data after the end of the picture"), rest)
            return

    # -- EXIF and TIFF ---------------------------------------------------------------------------------

    def exif(self, data: bytes) -> None:
        if data[:6] in (b"Exif\x00\x00", b"Exif\x00\xff"):
            data = data[6:]
        self.nested(Text("the EXIF block"), data, lambda d: self.tiff(d, pages=False))

    def tiff(self, data: bytes, *, pages: bool) -> None:
        """A TIFF structure: an EXIF block (IFD0, IFD1 ...) or a TIFF file (pages)."""
        big_endian = data[:2] == b"MM"
        if data[:2] not in (b"II", b"MM"):
            raise ValueError("not a TIFF header")
        e = ">" if big_endian else "<"
        magic = _u16(data, 2, big_endian)
        bigtiff = magic == 43
        if magic not in (42, 43):
            raise ValueError("not a TIFF header")
        first = struct.unpack_from(e + "Q", data, 8)[0] if bigtiff else _u32(data, 4, big_endian)
        queue: deque[tuple[int, str, int]] = deque([(first, "IFD0" if not pages else "", 1)])
        visited: set[int] = set()
        chain = 0
        while queue:
            offset, ifd, page = queue.popleft()
            if offset == 0 or offset in visited:
                continue
            if len(visited) >= _MAX_IFDS:
                self.out.unread.append(Text("more than {count} IFDs; the rest was not read", count=_MAX_IFDS))
                break
            if offset >= len(data):
                self.out.unread.append(self._where(pages, page, ifd or "IFD", "(out of range)"))
                continue
            visited.add(offset)
            subs, following = self._ifd(data, offset, ifd, page, e, bigtiff, pages)
            queue.extend(subs)
            if ifd.startswith("IFD") or ifd == "":  # the chain: IFD0, IFD1 ... or page 1, page 2 ...
                chain += 1
                queue.append((following, f"IFD{chain}" if not pages else "", page + (1 if pages else 0)))

    @staticmethod
    def _where(pages: bool, page: int, ifd: str, tag: str) -> Text:
        if not pages:
            return Text("EXIF {ifd} {tag}", ifd=ifd, tag=tag)
        if not ifd:
            return Text("TIFF page {page} {tag}", page=page, tag=tag)
        return Text("TIFF page {page} {ifd} {tag}", page=page, ifd=ifd, tag=tag)

    def _ifd(
        self, data: bytes, offset: int, ifd: str, page: int, e: str, bigtiff: bool, pages: bool
    ) -> tuple[list[tuple[int, str, int]], int]:
        big_endian = e == ">"
        if bigtiff:
            count, start, size, inline, value_at = (
                struct.unpack_from(e + "Q", data, offset)[0],
                offset + 8,
                20,
                8,
                12,
            )
            count_code, offset_code = "Q", "Q"
        else:
            count, start, size, inline, value_at = _u16(data, offset, big_endian), offset + 2, 12, 4, 8
            count_code, offset_code = "I", "I"
        whole = count
        count = min(count, max(0, (len(data) - start) // size))
        if count < whole:
            self.out.unread.append(self._where(pages, page, ifd or "IFD", "(truncated)"))
        entry = struct.Struct(e + "HH" + count_code)
        pointer = struct.Struct(e + offset_code)
        subs: list[tuple[int, str, int]] = []
        thumbnail: dict[int, int] = {}
        for i in range(count):
            at = start + i * size
            tag, kind, n = entry.unpack_from(data, at)
            width = _TYPE_SIZE.get(kind)
            if width is None or n == 0:
                continue
            length = n * width
            if not self.spend(12 + min(length, len(data))):
                break
            if length <= inline:
                raw = data[at + value_at : at + value_at + length]
            else:
                value_offset = pointer.unpack_from(data, at + value_at)[0]
                raw = data[value_offset : value_offset + min(length, len(data))]
                if len(raw) < length:
                    name = _tag_name(ifd, tag)
                    self.out.unread.append(self._where(pages, page, ifd or "IFD", name + " (truncated)"))
            self._tag(raw, tag, kind, n, ifd, page, pages, big_endian, subs, thumbnail)
        following_at = start + count * size
        following = 0
        if count == whole and following_at + (8 if bigtiff else 4) <= len(data):
            following = pointer.unpack_from(data, following_at)[0]
        if 0x0201 in thumbnail and thumbnail.get(0x0202):
            begin = thumbnail[0x0201]
            image = data[begin : begin + thumbnail[0x0202]]
            if image:
                where = (
                    Text("EXIF {ifd} thumbnail", ifd=ifd)
                    if not pages
                    else Text("TIFF page {page} {ifd} JPEG data", page=page, ifd=ifd or "IFD")
                )
                self.embed(where, image)
        return subs, following

    def _tag(
        self,
        raw: bytes,
        tag: int,
        kind: int,
        n: int,
        ifd: str,
        page: int,
        pages: bool,
        big_endian: bool,
        subs: list[tuple[int, str, int]],
        thumbnail: dict[int, int],
    ) -> None:
        special = ifd not in ("GPS", "Interop")
        code = _INT_CODE.get(kind)
        if special and (tag in _IFD_POINTERS or kind in (13, 18)) and code:
            label = _IFD_POINTERS.get(tag, "SubIFD")
            width = struct.calcsize(code)
            values = struct.unpack(
                ("<>"[big_endian]) + code * (len(raw) // width), raw[: len(raw) // width * width]
            )
            for value in values:
                subs.append((value, label, page))
            return
        if special and tag in (0x0201, 0x0202) and code:
            thumbnail[tag] = struct.unpack(("<>"[big_endian]) + code, raw[: struct.calcsize(code)])[0]
            return
        name = _tag_name(ifd, tag)
        where = self._where(pages, page, ifd, name)
        if special and tag == 0x02BC:
            self.nested(where, raw, self.xmp)
        elif special and tag == 0x83BB:
            self.nested(where, raw, self.iptc)
        elif special and tag == 0x8773:
            self.nested(where, raw, self.icc)
        elif special and tag == 0x8649:
            self.nested(where, raw, self.photoshop)
        elif special and tag == 0x927C:
            self.add_runs(where, raw)  # maker notes: owner names, serial numbers, in the maker's layout
        elif (ifd == "Exif" and tag == 0x9286) or (ifd == "GPS" and tag in (0x1B, 0x1C)):
            self.add(where, _charset_value(raw, big_endian))
        elif special and tag in _XP_TAGS and kind in _BYTE_TYPES:
            self.add(where, raw.decode("utf-16-le", "replace").rstrip("\x00").replace("\x00", "\n"))
        elif kind == 2:
            self.add(where, _text(raw))
        elif kind in _BYTE_TYPES:
            if special and tag in _STRUCTURAL:
                return
            self.add(where, _bytes_value(raw))
        elif code and n <= _MAX_NUMBERS and not (special and tag in _STRUCTURAL):
            values = struct.unpack(("<>"[big_endian]) + code * n, raw[: n * struct.calcsize(code)])
            self.add(where, " ".join(str(v) for v in values))

    # -- XMP -------------------------------------------------------------------------------------------

    def xmp(self, data: bytes) -> None:
        data = data.strip(b"\x00")
        if not data.strip():
            return
        try:
            refuse_declarations(data, Text("an XMP packet"))
            parser = etree.XMLParser(
                resolve_entities=False,
                no_network=True,
                load_dtd=False,
                huge_tree=False,
                remove_comments=False,
            )
            root = etree.fromstring(data, parser)
        except Exception:  # noqa: BLE001 - refused or malformed: its text as it is
            self.out.unread.append(Text("an XMP packet could not be parsed; its text was read as it is"))
            wide = data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in (data[:1], data[1:2])
            text = _utf16(data) if wide else _text(data)
            self.add(Text("XMP packet (not parsed)"), text)
            return
        places: dict[str, tuple[Text, str]] = {}
        attribute_places: dict[str, tuple[Text | None, str] | None] = {}
        found: dict[str, list[str]] = {}  # location -> texts: one part per place, not per value
        stack: list[tuple[Any, Text]] = [(root, _XMP_PACKET)]
        while stack:
            node, inherited = stack.pop()
            tag = node.tag
            tail = node.tail
            if tail and not tail.isspace():
                found.setdefault(inherited, []).append(tail)
            if not isinstance(tag, str):  # comment, processing instruction, entity
                if isinstance(node, etree._Comment) and node.text:
                    found.setdefault(_XMP_COMMENT, []).append(node.text)
                elif isinstance(node, etree._ProcessingInstruction):
                    found.setdefault(_XMP_INSTRUCTION, []).append(f"{node.target} {node.text or ''}")
                continue
            if tag.startswith(_RDF_PREFIX) or tag.startswith(_META_PREFIX):
                here, named = inherited, ""
            else:
                here, named = self._xmp_place(places, tag)
            text = node.text
            if text and not text.isspace():
                if tag in _XMP_IMAGES:
                    self._xmp_image(tag, text)
                else:
                    found.setdefault(here, []).append(f"{named}: {text}" if named else text)
            for key, value in node.items():
                if key not in attribute_places:
                    attribute_places[key] = self._xmp_attribute_place(places, key)
                spot = attribute_places[key]
                if spot is None or not value or value.isspace() or value == "x-default":
                    continue
                if key in _XMP_IMAGES:
                    self._xmp_image(key, value)
                    continue
                spot_place, a_named = spot
                found.setdefault(spot_place or here, []).append(f"{a_named}: {value}" if a_named else value)
            stack.extend((child, here) for child in reversed(node))
        wide = data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in (data[:1], data[1:2])
        for prefix, _, uri in _XMLNS.findall(etree.tostring(root) if wide else data):
            if _XMP_NS.get(uri.decode("utf-8", "replace")) != prefix.decode("utf-8", "replace"):
                found.setdefault(_XMP_NAMESPACES, []).append((prefix + b" " + uri).decode("utf-8", "replace"))
        for place, texts in found.items():
            self.add(place, "\n".join(texts))

    def _xmp_image(self, name: str, value: str) -> None:
        """A picture in XMP as base64 (a thumbnail, Google's original image or depth map): a file inside."""
        where = _XMP_IMAGES[name]
        try:
            self.embed(where, base64.b64decode("".join(value.split()), validate=True))
        except ValueError:
            self.add(where, value)

    def _xmp_attribute_place(
        self, places: dict[str, tuple[Text, str]], key: str
    ) -> tuple[Text | None, str] | None:
        """An attribute's place (None: the element's own), or None when it holds no text worth reading."""
        if key.startswith(_RDF_PREFIX):
            return None if key == _RDF_PARSE_TYPE else (_XMP_ABOUT if key == _RDF_ABOUT else None, "")
        if key.startswith(_XML_PREFIX):
            return (None, "")
        if key.startswith(_META_PREFIX):
            return (_XMP_TOOLKIT, "")
        return self._xmp_place(places, key)

    @staticmethod
    def _xmp_place(places: dict[str, tuple[Text, str]], name: str) -> tuple[Text, str]:
        """Where an XMP property is, and its name to put in the text when the name is not a standard one."""
        if name not in places:
            uri, _, local = name[1:].partition("}") if name[:1] == "{" else ("", "", name)
            prefix = _XMP_NS.get(uri)
            if prefix is None:
                places[name] = (_XMP_ELSEWHERE, f"{local} ({uri})")
            elif local in _XMP_NAMES.get(prefix, ()):
                places[name] = (_xmp_standard(prefix, local), "")
            else:
                places[name] = (_XMP_IN_NAMESPACE[prefix], local)
        return places[name]

    # -- IPTC and Photoshop ------------------------------------------------------------------------------

    def iptc(self, data: bytes) -> None:
        at = 0
        utf8 = False
        while at + 5 <= len(data):
            if data[at] != 0x1C:
                rest = data[at:]
                if rest.strip(b"\x00"):
                    self.add_runs(Text("IPTC bytes after the last dataset"), rest)
                return
            record, dataset, length = data[at + 1], data[at + 2], _u16(data, at + 3)
            at += 5
            if length & 0x8000:  # extended dataset: the length's length, then the length
                size = length & 0x7FFF
                if size > 4:
                    raise ValueError("IPTC dataset too long")
                length, at = int.from_bytes(data[at : at + size], "big"), at + size
            value = data[at : at + length]
            at += length
            name = _IPTC_NAMES.get((record, dataset))
            where = (
                Text("IPTC {record}:{dataset} {name}", record=record, dataset=dataset, name=name)
                if name
                else Text("IPTC {record}:{dataset}", record=record, dataset=dataset)
            )
            if (record, dataset) == (1, 90):
                utf8 = b"\x1b%G" in value
                continue
            if (record, dataset) == (2, 202):
                if _file_kind(value):
                    self.embed(where, value)
                else:
                    self.add_runs(where, value)
            elif (record, dataset) in _IPTC_BINARY and len(value) <= 8:
                self.add(where, str(int.from_bytes(value, "big")))
            else:
                self.add(where, value.decode("utf-8", "replace") if utf8 else _text(value))

    def photoshop(self, data: bytes) -> None:
        """Photoshop image resources (JPEG APP13 "Photoshop 3.0", TIFF tag 34377, PSD)."""
        at = 0
        while at + 12 <= len(data):
            if data[at : at + 4] not in (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR"):
                rest = data[at:]
                if rest.strip(b"\x00"):
                    self.add_runs(Text("Photoshop bytes after the last resource"), rest)
                return
            number = _u16(data, at + 4)
            name_length = data[at + 6]
            name = data[at + 7 : at + 7 + name_length]
            at += 6 + name_length + 1 + ((name_length + 1) & 1)
            size = _u32(data, at)
            body = data[at + 4 : at + 4 + size]
            at += 4 + size + (size & 1)
            resource = f"0x{number:04X}"
            where = Text("Photoshop resource {id}", id=resource)
            if name:
                self.add(Text("Photoshop resource {id} name", id=resource), _text(name))
            if number == 0x0404:
                self.nested(where, body, self.iptc)
            elif number == 0x040F:
                self.nested(where, body, self.icc)
            elif number in (0x0422, 0x0423):
                self.exif(body)
            elif number == 0x0424:
                self.nested(where, body, self.xmp)
            elif number in (0x0409, 0x040C) and len(body) > 28:
                where = Text("Photoshop resource {id} thumbnail", id=resource)
                self.embed(where, body[28:])
            elif number not in _PHOTOSHOP_NUMBERS:
                self.add_runs(where, body)

    # -- ICC -------------------------------------------------------------------------------------------

    def icc(self, data: bytes) -> None:
        if len(data) < 132:
            raise ValueError("too short for an ICC profile")
        header = [data[at : at + 4] for at in (4, 12, 16, 20, 40, 48, 52, 80)]
        signatures = [_text(s).strip() for s in header if s.strip(b"\x00 ")]
        self.add(Text("ICC profile header"), " ".join(s for s in signatures if s))
        count = min(_u32(data, 128), (len(data) - 132) // 12)
        covered = [(0, 132 + 12 * count)]
        done: dict[tuple[int, int], str] = {}
        for index in range(count):
            signature, offset, size = struct.unpack_from(">4sII", data, 132 + 12 * index)
            tag = signature.decode("latin-1")
            if tag in _ICC_TAGS:
                where, prefix = Text("ICC profile tag {tag}", tag=tag), ""
            else:  # a private tag: its signature is the author's choice, so it goes into the text
                where = Text("ICC profile private tag {number}", number=index + 1)
                prefix = _text(signature) + ": "
            if offset >= len(data) or offset + size > len(data):
                self.out.unread.append(Text("{where} (out of range)", where=where))
            body = data[offset : offset + size]
            covered.append((offset, offset + len(body)))
            if (offset, size) not in done:
                if not self.spend(len(body)):
                    return
                done[(offset, size)] = self._icc_tag(body)
            text = done[(offset, size)]
            if text.strip():
                self.add(where, prefix + text)
        covered.sort()
        gaps: list[bytes] = []
        end = 0
        for begin, stop in covered:
            if begin > end:
                gaps.append(data[end:begin])
            end = max(end, stop)
        gaps.append(data[end:])
        self.add_runs(Text("ICC profile bytes outside any tag"), b"\x00".join(gaps))

    def _icc_tag(self, body: bytes) -> str:
        kind = body[:4]
        if kind == b"desc":  # textDescriptionType: ASCII, then Unicode, then Macintosh ScriptCode
            count = _u32(body, 8)
            texts = [_text(body[12 : 12 + count])]
            at = 12 + count
            if at + 8 <= len(body):
                chars = _u32(body, at + 4)
                texts.append(_utf16(body[at + 8 : at + 8 + 2 * chars], True))
                at += 8 + 2 * chars
                if at + 3 <= len(body):
                    texts.append(
                        body[at + 3 : at + 3 + min(body[at + 2], 67)].decode("mac_roman").strip("\x00")
                    )
            return "\n".join(dict.fromkeys(t.strip() for t in texts if t.strip()))
        if kind in (b"mluc", b"mlu2"):  # multiLocalizedUnicodeType: UTF-16BE, one record per language
            records, record_size = _u32(body, 8), max(_u32(body, 12), 12)
            records = min(records, max(0, (len(body) - 16) // record_size))
            texts = []
            for i in range(records):
                length, offset = struct.unpack_from(">II", body, 16 + i * record_size + 4)
                texts.append(_utf16(body[offset : offset + length], True).strip())
            return "\n".join(dict.fromkeys(t for t in texts if t))
        if kind == b"text":
            return _text(body[8:])
        if kind == b"utf8":
            return body[8:].decode("utf-8", "replace").replace("\x00", "\n")
        if kind == b"ut16":
            return _utf16(body[8:], True)
        if kind == b"zut8":
            return self.inflate(body[8:], Text("an ICC profile tag")).decode("utf-8", "replace")
        if kind == b"sig ":
            return _text(body[8:12])
        if kind in _ICC_NUMERIC:
            return ""
        return runs(body)  # namedColor2, colorantTable, profileSequenceDesc, dict, anything else

    # -- containers ------------------------------------------------------------------------------------

    def png(self, data: bytes) -> None:
        at, number = 8, 0
        while at + 8 <= len(data):
            length, kind = struct.unpack_from(">I4s", data, at)
            start, at = at + 8, at + 12 + length
            number += 1
            if kind in (b"IDAT", b"fdAT"):
                continue
            body = data[start : start + length]
            if len(body) < length:
                self.out.unread.append(Text("PNG chunk {number} (truncated)", number=number))
            self._png_chunk(kind, body, number)
            if kind == b"IEND":
                break
        if at < len(data):
            self.trailer(data, at)

    def _png_chunk(self, kind: bytes, body: bytes, number: int) -> None:
        where = Text("PNG {chunk} chunk {number}", chunk=kind.decode("latin-1"), number=number)
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            keyword, _, rest = body.partition(b"\x00")
            key = keyword.decode("latin-1")
            if kind == b"tEXt":
                value, header = rest, key
            elif kind == b"zTXt":
                value, header = self.inflate(rest[1:], where), key
            else:
                compressed = rest[:1] == b"\x01"
                language, _, rest = rest[2:].partition(b"\x00")
                translated, _, value = rest.partition(b"\x00")
                if compressed:
                    value = self.inflate(value, where)
                header = " ".join(_text(t) for t in (keyword, language, translated) if t)
            if key == "XML:com.adobe.xmp":
                self.nested(where, value, self.xmp)
                return
            if kind != b"iTXt" and self._raw_profile(key, value, where):
                return
            text = value.decode("utf-8", "replace") if kind == b"iTXt" else value.decode("latin-1")
            self.add(where, f"{header}: {text}")
        elif kind == b"eXIf":
            self.exif(body)
        elif kind == b"iCCP":
            name, _, rest = body.partition(b"\x00")
            self.add(Text("PNG iCCP profile name"), _text(name))
            self.nested(where, self.inflate(rest[1:], where), self.icc)
        elif kind == b"sPLT":
            self.add(where, _text(body.partition(b"\x00")[0]))
        elif kind not in (b"IHDR", b"PLTE", b"tRNS", b"cHRM", b"gAMA", b"sBIT", b"sRGB", b"bKGD", b"hIST",
                          b"pHYs", b"tIME", b"acTL", b"fcTL", b"cICP", b"mDCV", b"cLLI", b"mDCv", b"cLLi",
                          b"IEND"):  # fmt: skip
            where = Text("PNG chunk {number}", number=number)  # an unknown type: its name is the author's
            self.add_runs(where, body, _text(kind))

    def _raw_profile(self, key: str, value: bytes, where: Text) -> bool:
        """ImageMagick's "Raw profile type exif/iptc/xmp/icc/8bim" text chunks hold hex: decoded and read."""
        if not key.startswith("Raw profile type "):
            return False
        fields = value.split(None, 2)
        if len(fields) < 3:
            return False
        try:
            blob = bytes.fromhex(fields[2].decode("ascii"))
        except ValueError:
            return False
        kind = key[len("Raw profile type ") :].lower()
        if kind in ("exif", "app1") and not blob.startswith(b"http://"):
            self.exif(blob)
        elif kind in ("xmp", "app1"):
            self.nested(where, blob.partition(b"\x00")[2] if blob.startswith(b"http://") else blob, self.xmp)
        elif kind in ("icc", "icm"):
            self.nested(where, blob, self.icc)
        elif kind in ("8bim", "iptc") and blob.startswith(b"8BIM"):
            self.nested(where, blob, self.photoshop)
        elif kind == "iptc":
            self.nested(where, blob, self.iptc)
        else:
            self.add_runs(where, blob)
        return True

    def gif(self, data: bytes) -> None:
        at = 13
        if data[10] & 0x80:
            at += 3 * (2 << (data[10] & 7))
        counts = {"comment": 0, "application": 0, "plain": 0, "other": 0}
        while at < len(data):
            block = data[at]
            if block == 0x3B:
                at += 1
                break
            if block == 0x2C:  # an image: descriptor, local colour table, LZW data
                flags = data[at + 9]
                at += 10 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0) + 1
                _, at = self._sub_blocks(data, at, keep=False)
            elif block == 0x21:
                label, at = data[at + 1], at + 2
                if label == 0xFE:
                    counts["comment"] += 1
                    text, at = self._sub_blocks(data, at)
                    self.add(Text("GIF comment {number}", number=counts["comment"]), _text(text))
                elif label == 0xFF:
                    counts["application"] += 1
                    at = self._gif_application(data, at, counts["application"])
                elif label == 0x01:
                    counts["plain"] += 1
                    at += 1 + data[at]  # the 12-byte text grid header
                    text, at = self._sub_blocks(data, at)
                    self.add(Text("GIF plain text {number}", number=counts["plain"]), _text(text))
                elif label == 0xF9:
                    _, at = self._sub_blocks(data, at, keep=False)
                else:
                    counts["other"] += 1
                    body, at = self._sub_blocks(data, at)
                    self.add_runs(Text("GIF extension {number}", number=counts["other"]), body)
            else:
                break
        if at < len(data):
            self.trailer(data, at)

    @staticmethod
    def _sub_blocks(data: bytes, at: int, keep: bool = True) -> tuple[bytes, int]:
        pieces: list[bytes] = []
        while at < len(data):
            size = data[at]
            if size == 0:
                return b"".join(pieces), at + 1
            if keep:
                pieces.append(data[at + 1 : at + 1 + size])
            at += 1 + size
        return b"".join(pieces), at

    def _gif_application(self, data: bytes, at: int, number: int) -> int:
        size = data[at]
        ident = data[at + 1 : at + 1 + size]
        begin = at + 1 + size
        body, end = self._sub_blocks(data, begin)
        where = Text("GIF application extension {number}", number=number)
        if ident == b"XMP DataXMP":  # raw XMP, then a 258-byte "magic trailer" that ends the sub-blocks
            raw = data[begin : end - 1]
            cut = raw.find(b"\x01\xff\xfe")
            self.nested(where, raw[:cut] if cut >= 0 else raw, self.xmp)
        elif ident == b"ICCRGBG1012":
            self.nested(where, body, self.icc)
        elif ident not in (b"NETSCAPE2.0", b"ANIMEXTS1.0"):
            self.add_runs(where, body, _text(ident))  # the identifier is the writer's choice
        return end

    def webp(self, data: bytes) -> None:
        end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
        self._riff_chunks(data, 12, end, [0])
        if end < len(data):
            self.trailer(data, end)

    def _riff_chunks(self, data: bytes, at: int, end: int, number: list[int], frame: bool = False) -> None:
        while at + 8 <= end:
            kind, size = struct.unpack_from("<4sI", data, at)
            body = data[at + 8 : min(at + 8 + size, end)]
            at += 8 + size + (size & 1)
            number[0] += 1
            where = Text("WebP {chunk} chunk {number}", chunk=kind.decode("latin-1"), number=number[0])
            if kind in (b"VP8 ", b"VP8L", b"ALPH", b"VP8X", b"ANIM"):
                continue
            if kind == b"ANMF" and not frame:  # an animation frame: a header, then chunks of its own
                self._riff_chunks(body, 16, len(body), number, frame=True)
            elif kind == b"ICCP":
                self.nested(where, body, self.icc)
            elif kind == b"EXIF":
                self.exif(body)
            elif kind == b"XMP ":
                self.nested(where, body, self.xmp)
            else:
                where = Text("WebP chunk {number}", number=number[0])
                self.add_runs(where, body, _text(kind))

    def iso(self, data: bytes) -> None:
        """HEIC, AVIF (ISO base media boxes): items (Exif, XMP, MIME), names, colour profiles, other boxes."""
        number = 0
        for kind, start, end in _boxes(data, 0, len(data)):
            number += 1
            if kind in (b"ftyp", b"mdat", b"free", b"skip", b"wide", b"pnot"):
                if kind in (b"free", b"skip"):
                    self.add_runs(Text("ISO media box {number}", number=number), data[start:end])
                continue
            if kind == b"meta":
                self._meta(data, start + 4, end)
            elif kind == b"uuid" and data[start : start + 16] == _XMP_UUID:
                self.nested(Text("ISO media XMP box"), data[start + 16 : end], self.xmp)
            else:  # a movie (image sequences), an unknown box: its readable runs
                where = Text("ISO media box {number}", number=number)
                self.add_runs(where, data[start:end], _text(kind))

    def _meta(self, data: bytes, begin: int, end: int) -> None:
        items: dict[int, tuple[bytes, str, str]] = {}  # item ID -> (type, name, content type)
        locations: dict[int, list[tuple[int, int, int]]] = {}  # item ID -> [(method, offset, length)]
        idat = (0, 0)
        number = 0
        for kind, start, stop in _boxes(data, begin, end):
            number += 1
            if kind == b"hdlr":
                self.add(Text("HEIF handler name"), _text(data[start + 24 : stop]))
            elif kind == b"iinf":
                for item_id, item in _item_infos(data, start, stop):
                    items[item_id] = item
            elif kind == b"iloc":
                locations = _item_locations(data, start, stop)
            elif kind == b"idat":
                idat = (start, stop)
            elif kind == b"iprp":
                for sub, s_start, s_stop in _boxes(data, start, stop):
                    if sub != b"ipco":
                        continue
                    for index, (prop, p_start, p_stop) in enumerate(_boxes(data, s_start, s_stop), 1):
                        if prop == b"colr" and data[p_start : p_start + 4] in (b"prof", b"rICC"):
                            self.nested(Text("HEIF colour profile"), data[p_start + 4 : p_stop], self.icc)
                        elif prop not in _HEIF_NUMERIC_PROPERTIES:  # user descriptions ('udes'), ...
                            where = Text("HEIF item property {number}", number=index)
                            self.add_runs(where, data[p_start:p_stop], _text(prop))
            elif kind in (b"xml ", b"bxml"):
                self.nested(Text("HEIF XML box"), data[start + 4 : stop], self.xmp)
            elif kind not in (b"pitm", b"iref", b"dinf", b"grpl", b"idat"):
                where = Text("ISO media meta box {number}", number=number)
                self.add_runs(where, data[start:stop], _text(kind))
        for index, (item_id, (kind, name, content_type)) in enumerate(items.items(), 1):
            if name:
                self.add(Text("HEIF item {number} name", number=index), name)
            if kind not in (b"Exif", b"mime", b"uri ", b"jpeg"):
                continue  # coded pictures, grids, overlays: pixels
            extents = locations.get(item_id, [])
            if not self.spend(sum(min(n, len(data)) for _, _, n in extents)):
                return
            body = b"".join(
                data[start : start + length]
                for start, length in (((idat[0] if m == 1 else 0) + o, n) for m, o, n in extents)
            )
            where = Text("HEIF item {number}", number=index)
            if kind == b"Exif" and len(body) >= 4:
                self.exif(body[4 + int.from_bytes(body[:4], "big") :])
            elif kind == b"mime" and ("xmp" in content_type or "rdf+xml" in content_type):
                self.nested(where, body, self.xmp)
            elif kind == b"jpeg":
                self.embed(where, body)
            else:
                self.add_runs(where, body, content_type)


_HEIF_NUMERIC_PROPERTIES = {b"ispe", b"pixi", b"hvcC", b"av1C", b"irot", b"imir", b"clap", b"colr", b"pasp",
                            b"rloc", b"lsel", b"a1op", b"a1lx", b"clli", b"mdcv", b"cclv", b"amve", b"vvcC",
                            b"jpgC", b"oinf", b"tols"}  # fmt: skip
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")


def _boxes(data: bytes, at: int, end: int) -> list[tuple[bytes, int, int]]:
    """ISO base media boxes between ``at`` and ``end``: (type, content start, content end)."""
    found = []
    while at + 8 <= end:
        size, kind = _u32(data, at), data[at + 4 : at + 8]
        header = 8
        if size == 1:
            size, header = int.from_bytes(data[at + 8 : at + 16], "big"), 16
        elif size == 0:
            size = end - at
        if size < header:
            break
        found.append((kind, at + header, min(at + size, end)))
        at += size
    return found


def _c_string(data: bytes, at: int, end: int) -> tuple[str, int]:
    stop = data.find(b"\x00", at, end)
    stop = end if stop < 0 else stop
    return data[at:stop].decode("utf-8", "replace"), stop + 1


def _item_infos(data: bytes, start: int, stop: int) -> list[tuple[int, tuple[bytes, str, str]]]:
    version = data[start]
    at = start + 4 + (2 if version == 0 else 4)
    found = []
    for kind, b_start, b_stop in _boxes(data, at, stop):
        if kind != b"infe":
            continue
        version = data[b_start]
        at = b_start + 4
        if version < 2:
            item_id, at = _u16(data, at), at + 4
            item_type = b"mime" if version == 1 else b""
        else:
            width = 4 if version >= 3 else 2
            item_id = int.from_bytes(data[at : at + width], "big")
            at += width + 2
            item_type, at = data[at : at + 4], at + 4
        name, at = _c_string(data, at, b_stop)
        content_type = ""
        if item_type in (b"mime", b"uri "):
            content_type, at = _c_string(data, at, b_stop)
        found.append((item_id, (item_type, name, content_type)))
    return found


def _item_locations(data: bytes, start: int, stop: int) -> dict[int, list[tuple[int, int, int]]]:
    version = data[start]
    sizes, more = data[start + 4], data[start + 5]
    offset_size, length_size, base_size = sizes >> 4, sizes & 15, more >> 4
    index_size = more & 15 if version in (1, 2) else 0
    at = start + 6

    def number(width: int) -> int:
        nonlocal at
        value = int.from_bytes(data[at : at + width], "big")
        at += width
        return value

    count = number(2 if version < 2 else 4)
    found: dict[int, list[tuple[int, int, int]]] = {}
    for _ in range(count):
        if at >= stop:
            break
        item_id = number(2 if version < 2 else 4)
        method = number(2) & 15 if version in (1, 2) else 0
        number(2)  # data reference index
        base = number(base_size)
        extents = []
        for _ in range(number(2)):
            if at >= stop:
                break
            number(index_size)
            offset, length = number(offset_size), number(length_size)
            extents.append((method, base + offset, length if length else len(data)))
        found[item_id] = extents
    return found


class _Jpeg:
    """One JPEG's segments, in order, to its end (EOI), including segments between progressive scans."""

    _MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")

    def __init__(self, reader: _Reader, data: bytes, collect: bool = True) -> None:
        self.reader, self.data, self.collect = reader, data, collect
        self.icc: list[tuple[int, bytes]] = []
        self.extended: dict[bytes, tuple[int, dict[int, bytes]]] = {}
        self.photoshop: list[bytes] = []
        self.counts: dict[str, int] = {}

    def walk(self) -> int:
        """Read the segments; the offset just past the end of this image."""
        data, at, scanning = self.data, 2, False
        end = len(data)
        while at < len(data):
            if scanning or data[at] != 0xFF:
                found = self._MARKER.search(data, at)
                if found is None:
                    break
                if not scanning and self.collect:
                    self.reader.add_runs(Text("bytes between JPEG segments"), data[at : found.start()])
                at = found.start()
            while at + 1 < len(data) and data[at + 1] == 0xFF:
                at += 1
            if at + 1 >= len(data):
                break
            code, at = data[at + 1], at + 2
            if code == 0xD9:
                end = at
                break
            if code in (0x01, 0xD8) or 0xD0 <= code <= 0xD7:
                continue
            length = _u16(data, at)
            if length < 2:
                scanning = True  # a broken length: look for the next marker
                continue
            if self.collect:
                self._segment(code, data[at + 2 : at + length])
            at += length
            scanning = code == 0xDA
        if self.collect:
            self._finish()
        return end

    def _count(self, what: str) -> int:
        self.counts[what] = self.counts.get(what, 0) + 1
        return self.counts[what]

    def _segment(self, code: int, payload: bytes) -> None:
        reader = self.reader
        if code == 0xFE:
            reader.add(Text("JPEG comment {number}", number=self._count("COM")), _text(payload))
        elif 0xE0 <= code <= 0xEF:
            n = code - 0xE0
            number = self._count(f"APP{n}")
            if n == 1 and payload[:6] in (b"Exif\x00\x00", b"Exif\x00\xff"):
                reader.exif(payload[6:])
            elif n == 1 and payload.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
                reader.nested(Text("the XMP packet"), payload[29:], reader.xmp)
            elif (
                n == 1
                and payload.startswith(b"http://ns.adobe.com/xmp/extension/\x00")
                and len(payload) >= 75
            ):
                guid, total, offset = payload[35:67], _u32(payload, 67), _u32(payload, 71)
                chunks = self.extended.setdefault(guid, (total, {}))[1]
                chunks[offset] = payload[75:]
            elif n == 2 and payload.startswith(b"ICC_PROFILE\x00") and len(payload) >= 14:
                self.icc.append((payload[12], payload[14:]))
            elif n == 13 and payload.startswith(b"Photoshop 3.0\x00"):
                self.photoshop.append(payload[14:])
            elif n == 0 and payload.startswith(b"JFIF\x00"):
                pass  # version, density and an uncompressed RGB thumbnail: numbers and pixels
            elif n == 0 and payload.startswith(b"JFXX\x00") and payload[5:6] == b"\x10":
                reader.embed(Text("JFIF extension thumbnail"), payload[6:])
            else:
                where = Text("JPEG APP{n} segment {number}", n=n, number=number)
                reader.add_runs(where, payload)
        elif 0xF0 <= code <= 0xFD:  # reserved JPEG extensions: nothing should be there
            reader.add_runs(Text("JPEG reserved segment {number}", number=self._count("JPGn")), payload)

    def _finish(self) -> None:
        reader = self.reader
        if self.icc:
            profile = b"".join(chunk for _, chunk in sorted(self.icc, key=lambda c: c[0]))
            reader.nested(Text("the ICC profile"), profile, reader.icc)
        for _, chunks in self.extended.values():  # the chunks present, in order (never the declared size)
            packet = b"".join(chunk for _, chunk in sorted(chunks.items()))
            reader.nested(Text("the extended XMP packet"), packet, reader.xmp)
        if self.photoshop:
            reader.nested(Text("the Photoshop resources"), b"".join(self.photoshop), reader.photoshop)


def _pillow_parses(data: bytes) -> tuple[bool, dict[str | tuple[int, int], Any]]:
    """Whether Pillow recognises and parses the headers (pixels are never decoded), and its ``info``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data))
            return True, dict(image.info)
    except Image.DecompressionBombError:
        return True, {}  # the headers parsed: the size is what was refused
    except Exception:  # noqa: BLE001 - any parser error: not a picture Pillow can read
        return False, {}


def read_image(data: bytes) -> Reading:
    """Every piece of text an image file carries (see the module docstring); never raises."""
    reader = _Reader(len(data))
    try:
        _read(reader, data)
    except Exception:  # noqa: BLE001 - nothing above should raise; if it does, the bytes are still read
        reader.out.unread.append(
            Text("the picture could not be read; every readable run of its bytes was read")
        )
        reader.add(Text("unparsed bytes"), runs(data, every_script=True))
    return reader.out


def _read(reader: _Reader, data: bytes) -> None:
    kind = _file_kind(data)
    parsers: dict[str, Callable[[bytes], None]] = {
        "JPEG": lambda d: reader.trailer(d, _Jpeg(reader, d).walk()),
        "PNG": reader.png,
        "TIFF": lambda d: reader.tiff(d, pages=True),
        "WebP": reader.webp,
        "GIF": reader.gif,
        "ISO": reader.iso,
    }
    if kind:
        reader.nested(Text("the {format} structure", format=kind), data, parsers[kind])
    parsed, info = _pillow_parses(data)
    if not parsed:
        unparsed = Text("the picture could not be parsed; every readable run of its bytes was read")
        reader.out.unread.append(unparsed)
        reader.add(Text("unparsed bytes"), runs(data, every_script=True))
    elif not kind:  # a format read by Pillow only (BMP, ICO, PSD, JPEG 2000 ...): what it found, and runs
        for number, (key, value) in enumerate(info.items(), 1):
            if key == "exif" and isinstance(value, bytes):
                reader.exif(value)
            elif key == "icc_profile" and isinstance(value, bytes):
                reader.nested(Text("the ICC profile"), value, reader.icc)
            elif key == "xmp" and isinstance(value, bytes):
                reader.nested(Text("the XMP packet"), value, reader.xmp)
            elif isinstance(value, str | bytes):
                text = value if isinstance(value, str) else _bytes_value(value)
                reader.add(Text("picture information {number}", number=number), f"{key}: {text}")
        reader.add(Text("readable runs of the picture's bytes"), runs(data))


def read_icc(data: bytes) -> Reading:
    """Every piece of text of an ICC colour profile (an image's, a PDF's ICCBased stream); never raises."""
    reader = _Reader(len(data))
    reader.nested(Text("the ICC profile"), data, reader.icc)
    return reader.out


def read_xmp(data: bytes) -> Reading:
    """Every text node, attribute value and comment of an XMP packet (a PDF's metadata); never raises."""
    reader = _Reader(len(data))
    reader.nested(Text("the XMP packet"), data, reader.xmp)
    return reader.out
