"""Word documents (python-docx): core properties, application properties, and the text, tables included.

Before python-docx reads a byte, the archive is checked from its zip directory (member count, declared
sizes, compression ratio, encrypted members) and every XML part is refused if it declares a DTD or
entities. zipfile stops a member at its declared size, so the declared sizes are the real bounds.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]  # no stubs; used for two small reads

from vault.intake import detect, limits
from vault.intake.findings import Findings, Unreadable, clean_int, clip, put
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text

_CORE = ("author", "last_modified_by", "title", "subject", "keywords", "category", "comments",
         "identifier", "language", "version", "content_status")  # fmt: skip
_CORE_DATES = ("created", "modified", "last_printed")
_APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_APP_TEXT = {"Application": "application", "AppVersion": "application_version", "Company": "company",
             "Manager": "manager", "Template": "template"}  # fmt: skip
_APP_NUMBERS = {"Pages": "page_count", "Words": "word_count", "TotalTime": "editing_minutes"}


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
                    refuse_declarations(archive.read(info), Text("the document's XML"))
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
    check_archive(data)
    document = docx.Document(io.BytesIO(data))
    metadata: dict[str, Any] = {}
    untrusted_core = document.core_properties
    for name in _CORE:
        put(metadata, name, clip(getattr(untrusted_core, name, None)))
    for name in _CORE_DATES:
        value = getattr(untrusted_core, name, None)
        put(metadata, name, _iso(value))
    put(metadata, "revision", clean_int(getattr(untrusted_core, "revision", None)))
    metadata.update(_app_properties(data))
    findings = Findings(detect.DOCX, metadata=metadata)
    text = "\n".join(_document_text(document))
    if len(text) > limits.MAX_TEXT_CHARS:
        text = text[: limits.MAX_TEXT_CHARS]
        findings.notes.append(Text("text kept up to the size limit"))
    if text.strip():
        findings.pages.append((0, text))
    return findings


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else None


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
    for tag, name in _APP_TEXT.items():
        put(found, name, clip(root.findtext(f"{{{_APP_NS}}}{tag}"), 300))
    for tag, name in _APP_NUMBERS.items():
        text = clip(root.findtext(f"{{{_APP_NS}}}{tag}"), 12)
        put(found, name, int(text) if text and text.isdigit() else None)
    return found


def _document_text(document: Any) -> Iterator[str]:
    """Paragraphs and tables in document order, then headers and footers."""
    yield from _blocks(document.iter_inner_content())
    seen: set[Any] = set()  # the parts themselves: ids of freed objects could be reused
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous or part.part in seen:
                continue
            seen.add(part.part)
            yield from _blocks(part.iter_inner_content())


def _blocks(blocks: Iterator[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text:
                yield block.text
        else:
            yield from _table(block)


def _table(table: Table) -> Iterator[str]:
    seen: set[Any] = set()  # lxml elements hash by identity and keep one proxy while referenced
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            if cell._tc in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(cell._tc)
            cells.append("\n".join(_blocks(cell.iter_inner_content())))
        line = "\t".join(c for c in cells if c)
        if line:
            yield line
