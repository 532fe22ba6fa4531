"""Spreadsheets (cargo manifests, ledgers): XLSX through openpyxl (MIT) in read-only mode, ODS through the
zip and our safe XML parsing. Every sheet's cells become searchable text, one row a line, cells
separated by tabs; the properties recorded are only those the file has (vault/intake/office.py).

The archive is checked first (vault/intake/docx.py ``check_archive``: members, sizes, ratio, DTDs and
entities refused), and the cells read are capped (``MAX_CELLS``). A repeated ODS row or cell
(``number-rows-repeated``) is read once: a few bytes can declare a million empty rows.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs

from vault.intake import detect, limits, office
from vault.intake.docx import MEMBER_ERRORS, check_archive
from vault.intake.findings import Findings, Unreadable, clip, put
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text

MAX_CELLS = 2_000_000
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"


def examine_xlsx(data: bytes) -> Findings:
    check_archive(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            workbook_xml = archive.read("xl/workbook.xml")
        except (KeyError, *MEMBER_ERRORS):
            raise Unreadable(Text("the spreadsheet is damaged (its workbook part is missing)")) from None
        if office.STRICT_MARKER in workbook_xml[:4096]:
            raise Unreadable(
                Text("Strict Open XML spreadsheets are not supported (the file is stored as received)")
            )
        metadata = office.core_properties(archive)
    import openpyxl  # type: ignore[import-untyped]  # here: loaded for spreadsheets only

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    lines: list[str] = []
    cells = 0
    names: list[str] = []
    try:
        for sheet in book.worksheets:
            names.append(str(sheet.title))
            lines.append(f"[{sheet.title}]")
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                values = ["" if v is None else str(v) for v in row]
                if any(values):
                    lines.append("\t".join(values).rstrip("\t"))
                if cells > MAX_CELLS:
                    break
            if cells > MAX_CELLS:
                break
    finally:
        book.close()
    return _findings(detect.XLSX, metadata, names, lines, cells > MAX_CELLS)


def examine_ods(data: bytes) -> Findings:
    check_archive(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            content = archive.read("content.xml")
        except (KeyError, *MEMBER_ERRORS):
            raise Unreadable(Text("the spreadsheet is damaged (its content part is missing)")) from None
        try:
            meta = archive.read("meta.xml")
        except (KeyError, *MEMBER_ERRORS):
            meta = b""
    root = _xml(content)
    if root is None:
        raise Unreadable(Text("the spreadsheet is damaged (its content is not well-formed XML)"))
    lines: list[str] = []
    names: list[str] = []
    cells = 0
    for table in root.iter(f"{{{_TABLE}}}table"):
        name = table.get(f"{{{_TABLE}}}name") or ""
        names.append(name)
        lines.append(f"[{name}]")
        for row in table.iter(f"{{{_TABLE}}}table-row"):
            values = []
            for cell in row:
                if cell.tag not in (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"):
                    continue
                cells += 1
                paragraphs = ["".join(p.itertext()) for p in cell.iter(f"{{{_TEXT}}}p")]
                values.append(" ".join(paragraphs))
            if any(values):
                lines.append("\t".join(values).rstrip("\t"))
            if cells > MAX_CELLS:
                break
        if cells > MAX_CELLS:
            break
    return _findings(detect.ODS, _ods_meta(meta), names, lines, cells > MAX_CELLS)


def _xml(data: bytes) -> Any:
    refuse_declarations(data, Text("the spreadsheet's XML"))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        return None


def _ods_meta(data: bytes) -> dict[str, Any]:
    found: dict[str, Any] = {}
    root = _xml(data) if data else None
    if root is None:
        return found
    for key, tag in (("author", f"{{{_META}}}initial-creator"), ("last_modified_by", f"{{{_DC}}}creator"),
                     ("title", f"{{{_DC}}}title"), ("created", f"{{{_META}}}creation-date"),
                     ("modified", f"{{{_DC}}}date"), ("application", f"{{{_META}}}generator")):  # fmt: skip
        element = next(root.iter(tag), None)
        put(found, key, clip(element.text if element is not None else None, 300))
    return found


def _findings(
    media_type: str, metadata: dict[str, Any], names: list[str], lines: list[str], cut: bool
) -> Findings:
    metadata["sheets"] = len(names)
    put(metadata, "sheet_names", clip(", ".join(names), 1000))
    findings = Findings(media_type, metadata=metadata)
    text = "\n".join(lines)
    if cut:
        findings.notes.append(Text("cells read up to {n}", n=MAX_CELLS))
    if len(text) > limits.MAX_TEXT_CHARS:
        text = text[: limits.MAX_TEXT_CHARS]
        findings.notes.append(Text("text kept up to the size limit"))
    if text.strip():
        findings.pages.append((0, text))
    return findings
