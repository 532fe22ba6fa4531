"""Streams by kind, each read once: forms and patterns as drawing operators, images (JPEG and JPEG 2000
as ``Embedded``), XMP and other XML (every text node, attribute value and comment, after refusing a DTD
or entity declaration), attached files, ICC profiles, JavaScript and rich text, and any other stream's
readable runs."""

from __future__ import annotations

import html
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs
from pypdf.generic import ArrayObject, StreamObject

from vault.intake.findings import Unreadable
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text
from vault.readers.pdf.core import _idnum, _ReadingCore, _resolve
from vault.readers.pdf.limits import MAX_STREAM_BYTES
from vault.readers.pdf.names import _FONT_FILES
from vault.readers.pdf.strings import _TAG, _bytes_text, _clean, _is_utf8, _printable, _variants


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


class _Streams(_ReadingCore):
    """A stream read by its kind."""

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
