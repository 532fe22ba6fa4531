"""The text of a PDF's pages for search and the viewer: PDFium (through pypdfium2), pypdf where PDFium
cannot open the file, and the values of filled form fields.

PDFium was chosen by measurement (docs/ARCHITECTURE.md, "Reading PDF text"): on 20 manual pages typeset
by groff it read the pages ten times faster than pypdf (0.6 s against 5.9 s for 192 pages) and missed
104 of the 10,904 distinct words pdftotext finds, against pypdf's 356; and it reads fonts pypdf refuses
(a simple font with more than 256 widths, as groff writes them, costs pypdf every page: "Too many
character widths"). The outbound gate does not depend on this text: it reads every byte with its own
reader (vault/readers/pdf).

Text is normalised to NFKC, so Arabic presentation forms (the shaped glyphs some producers store) are
stored as the letters people type, ligatures as their letters, and line ends as ``\\n``. Form values are
derived text (page 0), like the pages: they stay in this vault and do not travel in bundles.

Bounded: at most ``limits.PDF_MAX_PAGES`` pages, ``limits.PDF_TEXT_SECONDS`` seconds and
``limits.MAX_TEXT_CHARS`` characters; what is left is noted, not an error.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # no type information shipped
from pypdf import PdfReader

from vault.intake import limits
from vault.intake.findings import Findings
from vault.messages import Text

FORM_PAGE = 0  # filled form values are kept as page 0, before the pages
_MAX_FORM_FIELDS = 10_000


_LINE_END_HYPHEN = "\ufffe"  # PDFium's mark of a hyphen at a line end (it joins the two lines)


def clean(text: str) -> str:
    """Page text as stored: NFKC, ``\\n`` line ends, no NUL; a hyphen at a line end kept as the page
    shows it (the search index adds the word whole: vault/storage/search.py)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFKC", text.replace(_LINE_END_HYPHEN, "-\n"))


def _pdfium_pages(data: bytes, reader: PdfReader) -> tuple[int, Callable[[int], str]] | None:
    try:
        document = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 - PDFium cannot open it: pypdf may
        return None

    def page_text(index: int) -> str:
        try:
            page = document[index]
            try:
                textpage = page.get_textpage()
                try:
                    return str(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
        except Exception:  # noqa: BLE001 - PDFium fails on this page: pypdf tries it
            return str(reader.pages[index].extract_text())

    return len(document), page_text


def _pypdf_pages(reader: PdfReader) -> tuple[int, Callable[[int], str]]:
    return len(reader.pages), lambda index: str(reader.pages[index].extract_text())


def extract(data: bytes, reader: PdfReader, findings: Findings) -> None:
    """Add the text of each page (and of filled form fields) to ``findings``."""
    total, page_text = _pdfium_pages(data, reader) or _pypdf_pages(reader)
    budget = limits.MAX_TEXT_CHARS
    form = _form_values(reader)
    if form:
        text = clean(form)[:budget]
        budget -= len(text)
        findings.pages.append((FORM_PAGE, text))
    started = time.monotonic()
    failed: list[int] = []
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
        text = clean(untrusted_text)[:budget]
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


def _form_values(reader: PdfReader) -> str:
    """``name: value`` for every filled form field (text, choice, check box), one per line."""
    try:
        fields = reader.get_fields() or {}
    except Exception:  # noqa: BLE001 - a damaged form costs only its values
        return ""
    return "\n".join(_lines(fields))


def _lines(fields: dict[str, Any]) -> Iterator[str]:
    for count, (name, field) in enumerate(fields.items()):
        if count >= _MAX_FORM_FIELDS:
            return
        value = field.get("/V") if isinstance(field, dict) else None
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        shown = str(value).lstrip("/") if value is not None else ""
        if shown and shown != "Off":
            label = field.get("/TU") or name
            yield f"{label}: {shown}"
