"""Every piece of text a PDF carries, located: what the outbound gate checks before a PDF leaves the vault.

``read_pdf`` reads, in this order, each with a structural location (never a quote of the file):

- the document information dictionary (a custom property's name is content: it goes in the text);
- the catalog: XMP metadata, /PieceInfo, the open action and document actions, optional-content
  (layer) names, associated files, and every other string it holds;
- each page (at most ``MAX_PAGES``): its text as pypdf extracts it ("page 3"), and what every content
  stream draws (the page's own, each form XObject it paints, recursively to ``MAX_FORM_DEPTH``, tiling
  patterns, Type 3 glyph procedures, annotation appearances). Drawn text is decoded with the font's
  encoding and ToUnicode map (pypdf's ``Font``) and laid out again from the glyph positions: letters
  set apart by letter spacing (Tc) or by kerning offsets in a TJ array read as one word ("J e a n" ->
  "Jean"), the letters are put in their order on the line whatever the order they were drawn in,
  and each line is also given as drawn, with no space inserted at all ("... drawn text"). Lines that
  already appear in the extracted page text are not repeated. Single letters spaced apart in the page
  text are also given joined ("... letter-spaced words"). Marked-content properties (/ActualText,
  /Alt, /E, layer names), strings given to any other operator, and comments are read too;
- every annotation of every subtype: every string of its dictionary (so /Contents, /T, /Subj, /NM,
  /RC, /DA ...), its actions (/A, /AA: URIs, /GoToR and /Launch file specifications, JavaScript), its
  appearance streams and attached files;
- form fields (/AcroForm /Fields and their /Kids), signature dictionaries (/Name, /Reason, /Location,
  /ContactInfo, /Prop_Build, and the names in the signer's certificates), XFA packets;
- bookmarks with their actions, page labels, the /Names trees (destinations, JavaScript, attached files
  with their names and descriptions), the structure tree (/T, /Alt, /ActualText, /E ...);
- attached files and JPEG / JPEG 2000 images and ICC profiles, as ``Embedded`` (the dispatcher reads
  them); XMP metadata wherever it sits (catalog, pages, images, fonts ...), all its text nodes and
  attribute values, after refusing a DTD or entity declaration;
- a safety net: every indirect object, by number, for any string or unusual name not read above, and
  every stream of no known kind (font programs and image pixels aside) as text; objects of earlier
  revisions that the cross-reference table no longer lists (an incremental save keeps them in the
  file); comments and any bytes outside the objects (after %%EOF, before the header).

Strings are also given decoded once more where a viewer would show them so: markup and character
references removed (rich text), percent-encoding undone (URIs), UTF-8 mistaken for PDFDocEncoding.

Never raises for a damaged or hostile PDF: what cannot be read is named in ``Reading.unread`` (a
truncated file, a cross-reference table that had to be rebuilt, a stream that would not decode ...);
a PDF pypdf cannot open at all still gives its compressed streams, inflated as far as they go. A PDF
that needs a password gives one ``unread`` entry and nothing else. Bounded by ``MAX_PAGES``,
``MAX_FORM_DEPTH`` and ``READ_SECONDS``.

Not seen (no reader can without recognising shapes): text drawn with a font whose glyphs do not match
its Unicode map, text drawn as outlines or in images (the image reader gets the images).
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader

from vault.messages import Text
from vault.readers.base import Reading
from vault.readers.pdf.limits import MAX_FORM_DEPTH, MAX_PAGES, READ_SECONDS
from vault.readers.pdf.reading import _PdfReading
from vault.readers.pdf.salvage import _OBJECT_HEADER, _salvage

__all__ = ["MAX_FORM_DEPTH", "MAX_PAGES", "READ_SECONDS", "read_pdf"]

# pypdf reports recoverable oddities through logging, quoting the file; they must reach no terminal.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def read_pdf(data: bytes) -> Reading:
    """Every piece of text in a PDF, located, with its attached files and images; never raises."""
    reading = Reading()
    reader = _open(data)
    if reader is None:
        # A cross-reference table pypdf cannot use: sent to position 0, it rebuilds one by scanning.
        found = list(_STARTXREF.finditer(data))
        if found:
            rebuilt = data[: found[-1].start()] + b"startxref\n0" + data[found[-1].end() :]
            reader = _open(rebuilt)
            if reader is not None:
                reading.unread.append(_XREF_DAMAGED)
    if reader is None:
        reading.unread.append(Text("the PDF (it is damaged or not a PDF)"))
        _salvage(data, reading)
        return reading
    try:
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("") != 0
            except Exception:  # noqa: BLE001 - any failure means "needs a password"
                opened = False
            if not opened:
                reading.unread.append(Text("the PDF (it is encrypted and needs a password to open)"))
                return reading
    except Exception:  # noqa: BLE001
        reading.unread.append(Text("the PDF (its encryption could not be read)"))
        return reading
    _structure_notes(data, reading)
    try:
        _PdfReading(reader, data, reading).run()
    except Exception:  # noqa: BLE001 - every step catches its own; this is the last resort
        reading.unread.append(Text("the PDF (reading stopped on damaged structure)"))
        _salvage(data, reading)
    return reading


_XREF_DAMAGED = Text("the PDF's cross-reference table (damaged: objects found by scanning)")
_STARTXREF = re.compile(rb"startxref\s*([0-9]{1,12})")


def _structure_notes(data: bytes, reading: Reading) -> None:
    """A truncated file, or a cross-reference table not where the file says: pypdf then finds the
    objects by scanning, and some may be missed."""
    if b"%%EOF" not in data[-2048:]:
        reading.unread.append(Text("the end of the PDF (it is truncated)"))
    found = list(_STARTXREF.finditer(data, max(0, len(data) - 4096)))
    header = max(0, data.find(b"%PDF-"))
    if found:
        offset = int(found[-1].group(1))
        for at in {offset, offset + header}:
            if data[at : at + 4] == b"xref" or _OBJECT_HEADER.match(data, at):
                return
    if _XREF_DAMAGED not in reading.unread:
        reading.unread.append(_XREF_DAMAGED)


def _open(data: bytes) -> PdfReader | None:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if not reader.is_encrypted:
            _ = len(reader.pages)
    except Exception:  # noqa: BLE001 - a hostile file may fail anywhere; the gate must not crash
        return None
    return reader
