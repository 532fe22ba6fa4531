"""XMP packets: every text node, attribute value, comment, processing instruction and namespace
declaration, in any namespace (DTDs and entities refused); standard properties are named in the
location, any other property's name goes into the text; pictures held as base64 are ``Embedded``."""

from __future__ import annotations

import base64
import functools
import re
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs
from PIL import ExifTags

from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text
from vault.readers.image.core import _ReaderCore
from vault.readers.image.values import _text, _utf16, _words

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


class _Xmp(_ReaderCore):
    """XMP packets."""

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
