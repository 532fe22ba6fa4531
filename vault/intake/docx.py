"""Word documents: core and application properties, and the text a person searches for.

Before any XML is parsed, the archive is checked from its zip directory (member count, declared sizes,
compression ratio, encrypted members) and every XML part is refused if it declares a DTD or entities.
zipfile stops a member at its declared size, so the declared sizes are the real bounds.

The search text comes from the package reader (vault/readers/docx.py), not from python-docx's
paragraphs: body, tables, text boxes, headers and footers of every kind, footnotes, endnotes, comments,
tracked insertions and deletions, alt text, chart and SmartArt text. python-docx sees body paragraphs,
tables and headers only, so a word in a footnote or a tracked insertion was not found.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs; used for two small reads

from vault.intake import detect, limits, office
from vault.intake.findings import Findings, Unreadable, clip, put
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text

_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_STRICT_APP_NS = "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"
_APP_TEXT = {"Application": "application", "AppVersion": "application_version", "Company": "company",
             "Manager": "manager", "Template": "template"}  # fmt: skip
_APP_NUMBERS = {"Pages": "page_count", "Words": "word_count", "TotalTime": "editing_minutes"}
# A member that cannot be unpacked (bad compressed data, CRC mismatch, unknown compression method).
MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)


def check_archive(data: bytes) -> None:
    """Refuse a zip that is too big to unpack safely or holds DTD/entity declarations in its XML."""
    count = detect.zip_entry_count(data)
    if count is None:
        raise Unreadable(Text("the document is damaged (its zip directory is missing or truncated)"))
    if count >= 0xFFFF or count > limits.DOCX_MAX_MEMBERS:
        raise Unreadable(Text("the document has too many parts to unpack safely (possible zip bomb)"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_sizes(members)
            for info in members:
                if info.filename.endswith((".xml", ".rels")):
                    try:
                        untrusted_xml = archive.read(info)
                    except MEMBER_ERRORS:
                        continue  # no parser will see it: reading it fails the same way (and is reported)
                    refuse_declarations(untrusted_xml, Text("the document's XML"))
    except zipfile.BadZipFile:
        raise Unreadable(Text("the document is damaged (its zip structure is invalid)")) from None


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > limits.DOCX_MAX_MEMBERS:
        raise Unreadable(Text("the document has too many parts to unpack safely (possible zip bomb)"))
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise Unreadable(Text("the document has encrypted parts"))
        total += info.file_size
        if info.file_size > limits.DOCX_MAX_MEMBER_BYTES or total > limits.DOCX_MAX_TOTAL_BYTES:
            raise Unreadable(
                Text("the document unpacks to more data than is safe to read (possible zip bomb)")
            )
        if info.file_size > limits.DOCX_RATIO_FLOOR and info.file_size > limits.DOCX_MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise Unreadable(
                Text("the document is compressed beyond any real document's ratio (possible zip bomb)")
            )


def examine_docx(data: bytes) -> Findings:
    """Properties and text of a DOCX; raises Unreadable with the reason it cannot be read."""
    from vault.readers.docx import read_docx_with_search_text  # here: that module imports this one

    read = read_docx_with_search_text(data)  # runs check_archive first
    # Only what docProps/core.xml says: python-docx's core_properties would invent a title, an editor
    # and a modification time for a file without one (vault/intake/office.py).
    if any("word/document.xml" in place for place in read.reading.unread):
        raise Unreadable(Text("the document is damaged (its main text could not be parsed)"))
    metadata: dict[str, Any] = office.core_properties_of(data)
    metadata.update(_app_properties(data))
    findings = Findings(detect.DOCX, metadata=metadata)
    text = read.search_text
    if read.reading.unread:
        findings.notes.append(Text("some parts of the document could not be read (left out of search)"))
    if len(text) > limits.MAX_TEXT_CHARS:
        text = text[: limits.MAX_TEXT_CHARS]
        findings.notes.append(Text("text kept up to the size limit"))
    if text.strip():
        findings.pages.append((0, text))
    return findings


def _app_properties(data: bytes) -> dict[str, Any]:
    found: dict[str, Any] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            untrusted_xml = archive.read("docProps/app.xml")
        except KeyError:
            return found
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(untrusted_xml, parser=parser)
    except etree.XMLSyntaxError:
        return found
    namespace = _APP_NS if root.tag.startswith(f"{{{_APP_NS}}}") else _STRICT_APP_NS
    for tag, name in _APP_TEXT.items():
        put(found, name, clip(root.findtext(f"{{{namespace}}}{tag}"), 300))
    for tag, name in _APP_NUMBERS.items():
        text = clip(root.findtext(f"{{{namespace}}}{tag}"), 12)
        put(found, name, int(text) if text and text.isdigit() else None)
    return found
