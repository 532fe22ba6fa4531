"""PDFs: page count, document information, XMP metadata (pypdf); each page's text (PDFium, else pypdf).

Bounded: at most PDF_MAX_PAGES pages and PDF_TEXT_SECONDS seconds of text extraction (what is left is
noted, not an error); XMP is parsed only after refusing any DOCTYPE or entity declaration, with a
parser that resolves no entities and fetches nothing. An encrypted PDF (one that needs a password to
open) is not read at all.
"""

from __future__ import annotations

import io
import logging
import re
import time
from datetime import datetime
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs; used for two small reads
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from vault.intake import detect, limits
from vault.intake.findings import Findings, Unreadable, clip, put
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text

# pypdf reports recoverable oddities through logging; in a worker nobody reads them, and they must
# never reach the user's terminal with fragments of the file.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

_INFO = {"/Title": "title", "/Author": "author", "/Subject": "subject", "/Keywords": "keywords",
         "/Creator": "creator_tool", "/Producer": "producer"}  # fmt: skip
_INFO_DATES = {"/CreationDate": "created_at", "/ModDate": "modified_at"}
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?")

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
}
_XMP_FIELDS = {
    ("dc", "title"): "title",
    ("dc", "creator"): "creators",
    ("dc", "description"): "description",
    ("xmp", "CreateDate"): "created_at",
    ("xmp", "ModifyDate"): "modified_at",
    ("xmp", "MetadataDate"): "metadata_date",
    ("xmp", "CreatorTool"): "creator_tool",
    ("pdf", "Producer"): "producer",
    ("pdf", "Keywords"): "keywords",
    ("xmpMM", "DocumentID"): "document_id",
    ("xmpMM", "InstanceID"): "instance_id",
}
_XMP_MAX_BYTES = 4 * 1024 * 1024


def examine_pdf(data: bytes) -> Findings:
    """Metadata and per-page text of a PDF; raises Unreadable with the reason it cannot be read."""
    if b"%%EOF" not in data[-4096:]:
        raise Unreadable(Text("the PDF is truncated (its end-of-file marker is missing)"))
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs carry an owner password only (printing/copy permissions) and open without one.
        try:
            opened = reader.decrypt("") != 0
        except Exception:  # noqa: BLE001 - any failure here means "needs a password"
            opened = False
        if not opened:
            raise Unreadable(Text("the PDF is encrypted (it needs a password to open)"))
    metadata: dict[str, Any] = {"page_count": len(reader.pages)}
    metadata.update(_info(reader))
    xmp = _xmp(reader)
    if xmp:
        metadata["xmp"] = xmp
    put(metadata, "form_values", _form_values(reader))
    findings = Findings(detect.PDF, metadata=metadata)
    if reader.is_encrypted:
        findings.notes.append(Text("encrypted with an empty password (permissions only); read without one"))
    _extract_text(reader, findings, data)
    return findings


_MAX_FORM_FIELDS = 500


def _form_values(reader: PdfReader) -> dict[str, str]:
    """What was typed into a filled form's fields (field name: value), shown and searchable like the
    rest of the metadata; a form's values are not in its pages' text layer. At most _MAX_FORM_FIELDS."""
    try:
        fields = reader.get_fields() or {}
    except Exception:  # noqa: BLE001 - a malformed form costs its values, never the document
        return {}
    values: dict[str, str] = {}
    for name, field in list(fields.items())[:_MAX_FORM_FIELDS]:
        value = field.get("/V") if isinstance(field, dict) else None
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        shown = clip(value) if isinstance(value, str) and not str(value).startswith("/") else None
        label = clip(name, 200)
        if shown and label:
            values[label] = shown
    return values


def _info(reader: PdfReader) -> dict[str, Any]:
    found: dict[str, Any] = {}
    untrusted_info = reader.metadata
    if untrusted_info is None:
        return found
    for key, name in _INFO.items():
        put(found, name, clip(untrusted_info.get(key)))
    for key, name in _INFO_DATES.items():
        put(found, name, _pdf_date(clip(untrusted_info.get(key), 64)))
    return found


def _pdf_date(text: str | None) -> str | None:
    """A PDF date (D:YYYYMMDDHHmmSSOHH'mm') as ISO 8601; anything odd is kept as written."""
    if text is None:
        return None
    match = _PDF_DATE.match(text)
    if not match:
        return text
    year, month, day, hour, minute, second, zone, zh, zm = match.groups()
    try:
        moment = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
                          int(second or 0))  # fmt: skip
    except ValueError:
        return text
    iso = moment.isoformat()
    if zone in ("Z", "z"):
        iso += "Z"
    elif zone in ("+", "-") and zh:
        iso += f"{zone}{zh}:{zm or '00'}"
    return iso


def _xmp(reader: PdfReader) -> dict[str, Any]:
    root: Any = reader.trailer.get("/Root")
    if isinstance(root, IndirectObject):
        root = root.get_object()
    stream = root.get("/Metadata") if hasattr(root, "get") else None
    if stream is None:
        return {}
    stream = stream.get_object()
    if not hasattr(stream, "get_data"):
        return {}
    untrusted_xml = stream.get_data()
    if len(untrusted_xml) > _XMP_MAX_BYTES:
        return {}
    refuse_declarations(untrusted_xml, Text("the PDF's XMP metadata"))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        tree = etree.fromstring(untrusted_xml, parser=parser)
    except etree.XMLSyntaxError:
        return {"problem": Text("the XMP metadata is not well-formed XML")}
    found: dict[str, Any] = {}
    for description in tree.iter(f"{{{_NS['rdf']}}}Description"):
        for (prefix, local), name in _XMP_FIELDS.items():
            qualified = f"{{{_NS[prefix]}}}{local}"
            attr = description.get(qualified)
            if attr is not None:
                put(found, name, clip(attr))
            for element in description.findall(qualified):
                items = [clip(li.text) for li in element.iter(f"{{{_NS['rdf']}}}li")]
                values = [v for v in items if v] or [v for v in [clip(element.text)] if v]
                if values:
                    found[name] = values[:50] if name == "creators" else values[0]
    return found


class _PageText:
    """The text of each page: PDFium's text layer (pypdfium2), else pypdf's.

    Chosen by measurement here, on a groff manual page (gropdf), a Texinfo manual (36 pages), a DocBook
    specification (17) and exiftool's MIE specification (22): PDFium read them 17-23 times faster
    (0.06 s against 1.14 s for the 36 pages) and kept kerned words whole where pypdf split them
    ("gr off", "softw are", "ar gument": 22 times "groff" lost on one man page; PDFium joins a word to
    the next in a few places instead); and pypdf refuses the page of any font whose /Widths holds 257
    entries ("Too many character widths: 257 > 256", as groff writes them), so none of such a
    document's text was searchable. pypdf still reads a page PDFium cannot open or fails on.
    """

    def __init__(self, data: bytes, reader: PdfReader) -> None:
        self._reader = reader
        self._pdfium: Any = None
        try:
            import pypdfium2 as pdfium  # type: ignore[import-untyped]

            self._pdfium = pdfium.PdfDocument(data)
        except Exception:  # noqa: BLE001 - PdfiumError (a password, a damaged file): pypdf reads it
            self._pdfium = None

    def __call__(self, index: int) -> str:
        if self._pdfium is not None and index < len(self._pdfium):
            try:
                page = self._pdfium[index]
                textpage = page.get_textpage()
                text = str(textpage.get_text_range())
                textpage.close()
                page.close()
                # PDFium joins a word hyphenated at a line end and marks the hyphen U+FFFE: the text
                # is kept as the page shows it (the search index adds the joined word: derived.py).
                return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-\n")
            except Exception:  # noqa: BLE001, S110 - this page only: pypdf tries it
                pass
        return str(self._reader.pages[index].extract_text())

    def close(self) -> None:
        if self._pdfium is not None:
            self._pdfium.close()


def _extract_text(reader: PdfReader, findings: Findings, data: bytes) -> None:
    page_text = _PageText(data, reader)
    try:
        _extract(reader, findings, page_text)
    finally:
        page_text.close()


def _extract(reader: PdfReader, findings: Findings, page_text: _PageText) -> None:
    started = time.monotonic()
    budget = limits.MAX_TEXT_CHARS
    failed: list[int] = []
    total = len(reader.pages)
    for index in range(min(total, limits.PDF_MAX_PAGES)):
        if time.monotonic() - started > limits.PDF_TEXT_SECONDS:
            findings.notes.append(
                Text(
                    "text extracted from the first {read} of {total} pages (time limit)",
                    read=index,
                    total=total,
                )
            )
            break
        try:
            untrusted_text = page_text(index)
        except Exception:  # noqa: BLE001 - one bad page must not cost the others
            failed.append(index + 1)
            continue
        text = untrusted_text.replace("\x00", "")[:budget]
        budget -= len(text)
        if text.strip():
            findings.pages.append((index + 1, text))
        if budget <= 0:
            findings.notes.append(
                Text("text kept up to page {page} of {total} (size limit)", page=index + 1, total=total)
            )
            break
    else:
        if total > limits.PDF_MAX_PAGES:
            findings.notes.append(
                Text(
                    "text extracted from the first {read} of {total} pages",
                    read=limits.PDF_MAX_PAGES,
                    total=total,
                )
            )
    if failed:
        shown = ", ".join(str(p) for p in failed[:10]) + (" …" if len(failed) > 10 else "")
        findings.notes.append(Text("the text of page(s) {pages} could not be extracted", pages=shown))
