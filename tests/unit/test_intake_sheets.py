"""Spreadsheets as evidence: XLSX (written by openpyxl) and ODS (written by odfpy) have their cells
searchable and read by the outbound gate; a Strict OOXML workbook is said to be not supported."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from odf.opendocument import OpenDocumentSpreadsheet  # type: ignore[import-untyped]
from odf.table import Table, TableCell, TableRow  # type: ignore[import-untyped]
from odf.text import P  # type: ignore[import-untyped]

from app.service import VaultService
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.guard.leakguard import LeakRefused
from vault.intake import detect, examine


def _xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Manifest"
    for row in rows:
        sheet.append(row)
    book.create_sheet("Ledger")["C7"] = "paid in cash"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _ods(rows: list[list[str]]) -> bytes:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Cargo")
    for row in rows:
        line = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            line.addElement(cell)
        table.addElement(line)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    return out.getvalue()


ROWS: list[list[object]] = [
    ["Container", "Consignee", "Tonnes"],
    ["MSCU 4471920", "Zanzibar Freightways", 21.5],
]


def test_xlsx_cells_are_text_and_only_the_files_own_properties_are_recorded() -> None:
    findings = examine.examine(_xlsx(ROWS))
    assert findings.media_type == detect.XLSX
    assert findings.problem is None
    text = findings.pages[0][1]
    assert "MSCU 4471920\tZanzibar Freightways\t21.5" in text
    assert "paid in cash" in text
    assert findings.metadata["sheet_names"] == "Manifest, Ledger"
    assert findings.metadata["author"] == "openpyxl"  # what the file says (its writer put it there)


def test_ods_cells_are_text() -> None:
    findings = examine.examine(_ods([["Container", "Consignee"], ["MSCU 4471920", "Zanzibar Freightways"]]))
    assert findings.media_type == detect.ODS
    assert findings.problem is None
    assert "MSCU 4471920\tZanzibar Freightways" in findings.pages[0][1]
    assert findings.metadata["sheet_names"] == "Cargo"


def test_a_spreadsheet_is_found_by_a_cell(service: VaultService, tmp_path: Path) -> None:
    path = tmp_path / "manifest.xlsx"
    path.write_bytes(_xlsx(ROWS))
    [outcome] = service.evidence.import_files([path]).outcomes
    assert [h.id for h in service.records.search("Zanzibar freightways")] == [outcome.id]


@pytest.mark.parametrize("kind", ["xlsx", "ods"])
def test_a_cell_naming_a_protected_source_stops_the_export(
    service: VaultService, tmp_path: Path, kind: str
) -> None:
    protected_world(service, tmp_path)
    path = tmp_path / f"ledger.{kind}"
    row = ["paid to", PROTECTED_NAME]
    path.write_bytes(_xlsx([list(row)]) if kind == "xlsx" else _ods([row]))
    [outcome] = service.evidence.import_files([path]).outcomes
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out")


def test_a_strict_ooxml_workbook_is_not_supported_rather_than_damaged() -> None:
    source = zipfile.ZipFile(io.BytesIO(_xlsx(ROWS)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as strict:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = data.replace(
                    b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                    b"http://purl.oclc.org/ooxml/spreadsheetml/main",
                )
            strict.writestr(info, data)
    findings = examine.examine(out.getvalue())
    assert findings.warning == (
        "could not be read: Strict Open XML spreadsheets are not supported (the file is stored as received)"
    )


def test_a_million_repeated_ods_rows_are_read_once() -> None:
    data = _ods([["x"]])
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as bomb:
        for info in source.infolist():
            member = source.read(info)
            if info.filename == "content.xml":
                member = member.replace(
                    b"<table:table-row>", b'<table:table-row table:number-rows-repeated="1048576">'
                )
            bomb.writestr(info, member)
    findings = examine.examine(out.getvalue())
    assert findings.problem is None
    assert findings.pages[0][1] == "[Cargo]\nx"
