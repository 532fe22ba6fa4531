"""Plain PDF documents of headed sections of text (claims, interview notes) for a request package.

Plain data in, bytes out. The PDF is written here, byte by byte, with nothing but what it shows: A4
pages, the standard Helvetica fonts (not embedded, WinAnsi encoding: every reader extracts the text),
no document information beyond a title, no creation date (the same input gives the same bytes), no
metadata stream. Characters outside WinAnsi are shown as their closest Latin letters or ``?``; the
package carries the same records as JSON, in full Unicode, beside the PDF.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
BODY_SIZE, HEADING_SIZE, TITLE_SIZE = 10, 12, 15
LEADING = 1.4
WRAP = 92  # characters per line of body text (Helvetica 10 pt across 483 pt, with room)
MAX_LINES = 200_000


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]  # paragraphs; each is wrapped


def _winansi(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            plain = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in plain if not unicodedata.combining(c))
            out += base.encode("cp1252", errors="replace") if base else b"?"
    return bytes(out)


def _literal(text: str) -> bytes:
    raw = _winansi(text)
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    escaped = escaped.replace(b"\r", b" ").replace(b"\n", b" ")
    return b"(" + escaped + b")"


def _layout(title: str, sections: Sequence[Section]) -> list[list[tuple[str, int, str]]]:
    """Pages of (font, size, text) lines."""
    lines: list[tuple[str, int, str]] = [("F2", TITLE_SIZE, title), ("F1", BODY_SIZE, "")]
    for section in sections:
        lines.append(("F2", HEADING_SIZE, section.heading))
        for paragraph in section.lines:
            for raw in paragraph.splitlines() or [""]:
                wrapped = textwrap.wrap(raw, WRAP, break_long_words=True) or [""]
                lines += [("F1", BODY_SIZE, w) for w in wrapped]
        lines.append(("F1", BODY_SIZE, ""))
        if len(lines) > MAX_LINES:
            raise ValueError("too much text for one document")
    pages: list[list[tuple[str, int, str]]] = [[]]
    used = 0.0
    usable = PAGE_HEIGHT - 2 * MARGIN
    for line in lines:
        height = line[1] * LEADING
        if used + height > usable and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += height
    return pages


def _content(lines: list[tuple[str, int, str]], page: int, pages: int) -> bytes:
    out = [b"BT"]
    y = float(PAGE_HEIGHT - MARGIN)
    for font, size, text in lines:
        y -= size * LEADING
        out.append(b"/%s %d Tf 1 0 0 1 %d %.1f Tm %s Tj" % (font.encode(), size, MARGIN, y, _literal(text)))
    footer = f"Page {page} of {pages}"
    out.append(b"/F1 8 Tf 1 0 0 1 %d %d Tm %s Tj" % (MARGIN, MARGIN // 2, _literal(footer)))
    out.append(b"ET")
    return b"\n".join(out)


def write_pdf(title: str, sections: Sequence[Section]) -> bytes:
    """The document as PDF bytes: ``title`` at the top of the first page, then each section."""
    pages = _layout(title, sections)
    objects: list[bytes] = []  # object n is objects[n - 1]
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # the page tree, filled below
    objects.append(font % b"Helvetica")
    objects.append(font % b"Helvetica-Bold")
    objects.append(b"<< /Title " + _literal(title) + b" >>")
    kids: list[int] = []
    for n, page in enumerate(pages, 1):
        stream = _content(page, n, len(pages))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R "
            b"/F2 4 0 R >> >> /Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, content)
        )
        kids.append(len(objects))
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[1] = b"<< /Type /Pages /Kids [" + refs + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
