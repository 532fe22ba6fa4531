"""Plain PDF documents of headed sections of text (claims, interview notes) for a request package.

Plain data in, bytes out. The PDF is written here, byte by byte, with nothing but what it shows: A4
pages, text in DejaVu Sans (shipped in resources/fonts/, embedded as a subset: every script a court may
be handed, Arabic, Hebrew, Cyrillic, Greek, Latin, drawn from the file itself), no document information
beyond a title, no creation date (the same input gives the same bytes), no metadata stream.

Text is shaped and set in visual order (exporters/pdf_shape.py), wrapped by its measured width; a
right-to-left paragraph is set against the right margin. Every glyph maps back to its characters, so
readers extract and search the logical text (exporters/pdf_font.py). What would act on the page (bidi
overrides, control characters) is shown as its code point instead; the package's JSON beside the PDF
carries the exact text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exporters.pdf_font import Embedding, number, stream
from exporters.pdf_shape import BOLD, REGULAR, Face, Glyph, clean, face, levels, visual_runs

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
BODY_SIZE, HEADING_SIZE, TITLE_SIZE, FOOTER_SIZE = 10, 12, 15, 8
LEADING = 1.4
MAX_LINES = 200_000


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]  # paragraphs; each is wrapped


@dataclass(frozen=True)
class _Line:
    bold: bool
    size: int
    glyphs: tuple[Glyph, ...]  # left to right as drawn
    rtl: bool  # set against the right margin


def _shape_line(font: Face, text: str, line_levels: list[int]) -> tuple[Glyph, ...]:
    glyphs: list[Glyph] = []
    for start, end, level in visual_runs(line_levels):
        glyphs += font.shape(text[start:end], level % 2 == 1)
    return tuple(glyphs)


def _break(text: str, advances: list[int], starts: list[bool], limit: float) -> list[tuple[int, int]]:
    """(start, end) of each line: greedy, at spaces, inside a word that is wider than a line only between
    clusters."""
    spans: list[tuple[int, int]] = []
    n, s = len(text), 0
    while s < n:
        while s < n and text[s] == " ":
            s += 1
        if s >= n:
            break
        i, width, space = s, 0, -1
        while i < n:
            if text[i] == " ":
                space = i
            elif width + advances[i] > limit and i > s:
                break
            width += advances[i]
            i += 1
        if i >= n:
            end = n
        elif space > s:
            end = space
        else:
            end = i
            while end > s + 1 and not starts[end]:
                end -= 1
            if end == s + 1 and not starts[end]:
                end = i
        spans.append((s, end))
        s = end
    return spans


def _paragraph(text: str, bold: bool, size: int) -> list[_Line]:
    font = face(BOLD if bold else REGULAR)
    text = clean(text)
    if not text.strip(" "):
        return [_Line(bold, size, (), False)]
    char_levels, rtl = levels(text)
    advances, starts = font.advances(text, char_levels)
    limit = (PAGE_WIDTH - 2 * MARGIN) * font.upem / size
    lines = []
    for start, end in _break(text, advances, starts, limit):
        content = text[start:end].rstrip(" ")
        glyphs = _shape_line(font, content, char_levels[start : start + len(content)])
        lines.append(_Line(bold, size, glyphs, rtl))
    return lines


def _layout(title: str, sections: Sequence[Section]) -> list[list[_Line]]:
    """The lines of the document, page by page."""
    lines = [*_paragraph(title, True, TITLE_SIZE), _Line(False, BODY_SIZE, (), False)]
    for section in sections:
        lines += _paragraph(section.heading, True, HEADING_SIZE)
        for paragraph in section.lines:
            for raw in paragraph.splitlines() or [""]:
                lines += _paragraph(raw, False, BODY_SIZE)
                if len(lines) > MAX_LINES:
                    raise ValueError("too much text for one document")
        lines.append(_Line(False, BODY_SIZE, (), False))
    pages: list[list[_Line]] = [[]]
    used = 0.0
    usable = PAGE_HEIGHT - 2 * MARGIN
    for line in lines:
        height = line.size * LEADING
        if used + height > usable and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += height
    return pages


class _Writer:
    def __init__(self) -> None:
        self.fonts = {False: Embedding(face(REGULAR)), True: Embedding(face(BOLD))}

    def line(self, line: _Line, y: float) -> bytes:
        font = self.fonts[line.bold]
        x = float(MARGIN)
        if line.rtl:
            x = PAGE_WIDTH - MARGIN - font.width(line.glyphs, line.size)
        return b"/F%d %d Tf 1 0 0 1 %s %s Tm %s" % (
            2 if line.bold else 1,
            line.size,
            number(x),
            number(y),
            font.show(line.glyphs, line.size),
        )

    def page(self, lines: list[_Line], page: int, pages: int) -> bytes:
        out = [b"BT"]
        y = float(PAGE_HEIGHT - MARGIN)
        for line in lines:
            y -= line.size * LEADING
            if line.glyphs:
                out.append(self.line(line, y))
        (footer,) = _paragraph(f"Page {page} of {pages}", False, FOOTER_SIZE)
        out.append(self.line(footer, MARGIN // 2))
        out.append(b"ET")
        return b"\n".join(out)


def _title(title: str) -> bytes:
    text = clean(title)
    if text.isascii():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def write_pdf(title: str, sections: Sequence[Section]) -> bytes:
    """The document as PDF bytes: ``title`` at the top of the first page, then each section."""
    pages = _layout(title, sections)
    writer = _Writer()
    objects: list[bytes] = []  # object n is objects[n - 1]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # the page tree, filled below
    objects.append(b"<< /Title " + _title(title) + b" >>")
    objects += [b""] * 12  # 4..9 the regular font, 10..15 the bold one, filled once every glyph is known
    kids: list[int] = []
    for n, page in enumerate(pages, 1):
        objects.append(stream(writer.page(page, n, len(pages))))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 4 0 R "
            b"/F2 10 0 R >> >> /Contents %d 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT, content)
        )
        kids.append(len(objects))
    objects[3:9] = writer.fonts[False].objects(4)
    objects[9:15] = writer.fonts[True].objects(10)
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
