"""Watermarked draft copies: every page stamped with its recipient and a copy id, for tracing leaks.

Each page gets a large diagonal "DRAFT — recipient" in translucent grey, and a header and a footer line
naming the recipient and the copy id in small type, so a photocopy, a screenshot of one page or a
cropped page still names its copy. The copy id is also written in the document information (the
``/FieldvaultCopyId`` property and the title).

A copy is rebuilt, not edited: it holds the pages as drawn and nothing else. What a page keeps and what
is left behind is exporters/pdf_rebuild.py; its links, exporters/pdf_links.py; its images' metadata,
exporters/pdf_images.py.

The stamp is drawn in the standard Helvetica font (no embedding) with the WinAnsi encoding, which every
reader extracts as text; characters outside it are shown as their closest Latin letters or "?". The
copy id is plain ASCII, so it always survives.
"""

from __future__ import annotations

import io
import logging
import math
import re
import unicodedata

from pypdf import PageObject, PdfWriter, Transformation
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    RectangleObject,
)

from exporters.pdf_images import strip_jpeg_metadata
from exporters.pdf_links import _copy_links
from exporters.pdf_rebuild import _Copier, _resolve
from exporters.pdf_text import open_pdf
from vault.errors import InvalidInput
from vault.messages import Text

__all__ = [
    "COPY_ID",
    "COPY_ID_PROPERTY",
    "copy_ids_in",
    "open_pdf",
    "stamp_copy",
    "strip_jpeg_metadata",
    "winansi",
]

# pypdf reports recoverable oddities through logging, quoting the file; they must reach no terminal.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

COPY_ID_PROPERTY = "/FieldvaultCopyId"
COPY_ID = re.compile(r"FV(?:-[0-9A-HJKMNP-TV-Z]{4}){3}")  # Crockford base32: no I, L, O, U
_FONT = NameObject("/FvStampFont")
_STATE = NameObject("/FvStampState")
_LATIN = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"})
_AVG_WIDTH = 0.52  # Helvetica's average glyph width per point of size, to centre text well enough


def winansi(text: str) -> bytes:
    """``text`` in the WinAnsi encoding of the standard fonts, accents dropped where it has no glyph."""
    out = bytearray()
    for ch in " ".join(text.split()).translate(_LATIN):
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out += plain.encode("cp1252", errors="replace") if plain else b"?"
    return bytes(out)


def _show(text: bytes, size: float, matrix: tuple[float, ...]) -> bytes:
    m = " ".join(f"{v:.4f}" for v in matrix)
    return b"BT /FvStampFont %.1f Tf %s Tm <%s> Tj ET\n" % (size, m.encode(), text.hex().encode())


def _stamp_stream(width: float, height: float, x0: float, y0: float, lines: tuple[bytes, bytes]) -> bytes:
    diagonal, margin_line = lines
    length = math.hypot(width, height)
    size = max(12.0, min(72.0, 0.7 * length / max(1, len(diagonal)) / _AVG_WIDTH))
    angle = math.atan2(height, width)
    cos, sin = math.cos(angle), math.sin(angle)
    half = len(diagonal) * size * _AVG_WIDTH / 2
    cx, cy = x0 + width / 2, y0 + height / 2
    start = (cx - half * cos + size / 3 * sin, cy - half * sin - size / 3 * cos)
    small = max(6.0, min(9.0, width / max(1, len(margin_line)) / _AVG_WIDTH))
    return b"".join(
        [
            b"q /FvStampState gs 0.45 g\n",
            _show(diagonal, size, (cos, sin, -sin, cos, *start)),
            b"Q q 0.25 g\n",
            _show(margin_line, small, (1, 0, 0, 1, x0 + 18, y0 + height - 14)),
            _show(margin_line, small, (1, 0, 0, 1, x0 + 18, y0 + 8)),
            b"Q\n",
        ]
    )


def _stamp_page(page: PageObject, lines: tuple[bytes, bytes]) -> PageObject:
    box = page.cropbox
    x0, y0 = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    # A scratch page never written itself: merge_page copies its content and resources onto ``page``.
    stamp = PageObject.create_blank_page(None, float(page.mediabox.width), float(page.mediabox.height))
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    state = DictionaryObject({NameObject("/ca"): FloatObject(0.3), NameObject("/CA"): FloatObject(0.3)})
    stamp[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject({_FONT: font}),
            NameObject("/ExtGState"): DictionaryObject({_STATE: state}),
            NameObject("/ProcSet"): ArrayObject([NameObject("/PDF"), NameObject("/Text")]),
        }
    )
    content = DecodedStreamObject()
    content.set_data(_stamp_stream(width, height, x0, y0, lines))
    stamp[NameObject("/Contents")] = content
    return stamp


def stamp_copy(draft: bytes, name: str, recipient: str, copy_id: str, label: str = "DRAFT") -> bytes:
    """The draft's pages, rebuilt without anything but what they draw, each stamped for ``recipient``
    and ``copy_id``; InvalidInput if the draft is unreadable or holds an image that cannot be cleaned."""
    reader = open_pdf(draft, name)
    writer = PdfWriter()
    lines = (
        winansi(f"{label} \u2013 {recipient}"),
        winansi(
            f"Confidential {label.lower()} for {recipient} only \u2013 copy {copy_id} \u2013 do not forward"
        ),
    )
    copier = _Copier(reader, writer, name)
    try:
        sources = list(reader.pages)
        pages = [copier.page(source) for source in sources]
        targets = {
            source.indirect_reference.idnum: page.indirect_reference
            for source, page in zip(sources, pages, strict=True)
            if source.indirect_reference is not None and page.indirect_reference is not None
        }
        for source, page in zip(sources, pages, strict=True):
            _copy_links(writer, source, page, targets)
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise InvalidInput(
            Text("{name} is not a readable PDF (it is damaged or not a PDF)", name=name), field="pdf"
        ) from None
    for page in pages:
        if page.rotation:
            _upright(page)  # so the stamp reads upright as the page is shown
        page.merge_page(_stamp_page(page, lines))
        page.compress_content_streams()  # uncompressed, a stamped report grows ~50x
    writer.metadata = {
        "/Title": f"{label.capitalize()} \u2013 copy {copy_id}",
        "/Producer": "Fieldvault",
        COPY_ID_PROPERTY: copy_id,
    }
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def copy_ids_in(text: str) -> list[str]:
    """Copy ids written in a text (a page's extracted text), in order of appearance, each once."""
    return list(dict.fromkeys(COPY_ID.findall(text.upper())))


# --- upright pages ----------------------------------------------------------------------------------------

_PAGE_KEYS = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox")


def _upright(page: PageObject) -> None:
    """pypdf's transfer_rotation_to_content, also moving the links with the content."""
    rotation = -page.rotation
    page.rotation = 0
    media = RectangleObject(page.mediabox)
    transform = (
        Transformation()
        .translate(-float(media.left + media.width / 2), -float(media.bottom + media.height / 2))
        .rotate(rotation)
    )
    pt1 = transform.apply_on(media.lower_left)
    pt2 = transform.apply_on(media.upper_right)
    transform = transform.translate(-min(pt1[0], pt2[0]), -min(pt1[1], pt2[1]))
    page.add_transformation(transform, False)
    for key in _PAGE_KEYS:
        if key in page:
            page[NameObject(key)] = _moved(RectangleObject(page[key]), transform)  # type: ignore[arg-type]
    annots = _resolve(page.get("/Annots"))
    for ref in annots if isinstance(annots, ArrayObject) else []:
        annot = _resolve(ref)
        if isinstance(annot, DictionaryObject) and "/Rect" in annot:
            annot[NameObject("/Rect")] = _moved(RectangleObject(annot["/Rect"]), transform)  # type: ignore[arg-type]


def _moved(rect: RectangleObject, transform: Transformation) -> RectangleObject:
    pt1 = transform.apply_on(rect.lower_left)
    pt2 = transform.apply_on(rect.upper_right)
    return RectangleObject(
        (min(pt1[0], pt2[0]), min(pt1[1], pt2[1]), max(pt1[0], pt2[0]), max(pt1[1], pt2[1]))
    )
