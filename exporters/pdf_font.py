"""An embedded Unicode font for the plain PDF writer: a Type0 font (Identity-H) over a CIDFontType2 holding a
subset of the face (fontTools), with the widths (/W) and a ToUnicode map, so that every reader draws the
glyphs from the file itself and extracts the text behind them.

Character ids are handed out per (glyph, characters) pair, in the order the document first uses them:
one glyph standing for two different texts (a shaped Arabic letter reached from two spellings) gets two
ids, so the ToUnicode map gives each place its own characters back; /CIDToGIDMap maps the ids to the
subset's glyphs. The same document always gives the same bytes (ids, subset tag and font file).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field

from fontTools import subset
from fontTools.ttLib import TTFont

from exporters.pdf_shape import Face, Glyph

MAX_CIDS = 0xFFFF
_DROPPED = ("GSUB", "GPOS", "GDEF", "kern", "FFTM")  # shaping is done: a PDF draws glyphs, not characters


def stream(body: bytes, extra: bytes = b"") -> bytes:
    """A PDF stream object's body, compressed (zlib is deterministic for the same input)."""
    packed = zlib.compress(body, 6)
    return (
        b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"
    )


def number(value: float) -> bytes:
    """A PDF number, short and exact enough (two decimals)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return (text if text not in ("-0", "") else "0").encode()


@dataclass
class Embedding:
    """The glyphs one face draws in one document, and the PDF objects that embed them."""

    face: Face
    cids: dict[tuple[int, str], int] = field(default_factory=dict)
    gids: list[int] = field(default_factory=lambda: [0])  # gids[cid]; cid 0 is .notdef
    texts: list[str] = field(default_factory=lambda: ["\ufffd"])

    def scale(self, units: float) -> float:
        """Font units in thousandths of the text size (PDF glyph space)."""
        return units * 1000 / self.face.upem

    def cid(self, glyph: Glyph) -> int:
        key = (glyph.gid, glyph.text)
        found = self.cids.get(key)
        if found is None:
            if len(self.gids) > MAX_CIDS:
                return 0  # past 65,535 different glyphs (hostile text): drawn as a box, read as U+FFFD
            found = len(self.gids)
            self.cids[key] = found
            self.gids.append(glyph.gid)
            self.texts.append(glyph.text)
        return found

    def show(self, glyphs: tuple[Glyph, ...], size: float) -> bytes:
        """Text operators drawing ``glyphs`` from the current point, placed as HarfBuzz placed them: each
        glyph's advance and offset corrected from its nominal width by TJ adjustments, raised by Ts."""
        widths = self.face.metrics.widths
        cids = self.cids
        out: list[bytes] = []
        parts: list[bytes] = []
        run: list[str] = []  # hex of consecutive glyphs with nothing between them
        pending = 0  # font units the next glyph moves left (PDF's TJ sign)
        rise = 0
        for glyph in glyphs:
            if glyph.dy != rise:
                if run:
                    parts.append(("<" + "".join(run) + ">").encode())
                    run = []
                if parts:
                    out.append(b"[" + b" ".join(parts) + b"] TJ")
                    parts = []
                rise = glyph.dy
                out.append(number(self.scale(rise) * size / 1000) + b" Ts")
            pending -= glyph.dx
            if pending:
                if run:
                    parts.append(("<" + "".join(run) + ">").encode())
                    run = []
                parts.append(number(self.scale(pending)))
            cid = cids.get((glyph.gid, glyph.text))
            run.append("%04X" % (cid if cid is not None else self.cid(glyph)))
            nominal = widths[glyph.gid] if glyph.gid < len(widths) else 0
            pending = nominal - glyph.advance + glyph.dx
        if run:
            parts.append(("<" + "".join(run) + ">").encode())
        if parts:
            out.append(b"[" + b" ".join(parts) + b"] TJ")
        if rise:
            out.append(b"0 Ts")
        return b" ".join(out)

    def width(self, glyphs: tuple[Glyph, ...], size: float) -> float:
        """Width in points of ``glyphs`` drawn at ``size``."""
        return self.scale(sum(g.advance for g in glyphs)) * size / 1000

    def objects(self, first: int) -> list[bytes]:
        """The font's objects, numbered from ``first``: Type0, CIDFont, descriptor, font file, CIDToGIDMap,
        ToUnicode. The Type0 font is object ``first``."""
        metrics = self.face.metrics
        font_file, new_gid = self._subset()
        tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(repr(self.gids).encode()).digest()[:6])
        name = f"{tag}+{metrics.postscript_name}".encode()
        widths = b" ".join(number(self.scale(metrics.advance(gid))) for gid in self.gids[1:])
        cid_to_gid = b"".join(new_gid.get(gid, 0).to_bytes(2, "big") for gid in self.gids)
        box = b" ".join(number(self.scale(v)) for v in metrics.bbox)
        n = first
        return [
            b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] "
            b"/ToUnicode %d 0 R >>" % (name, n + 1, n + 5),
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
            b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [1 [%s]] "
            b"/CIDToGIDMap %d 0 R >>" % (name, n + 2, widths, n + 4),
            b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 /Ascent %s "
            b"/Descent %s /CapHeight %s /StemV 80 /FontFile2 %d 0 R >>"
            % (
                name,
                box,
                number(self.scale(metrics.ascent)),
                number(self.scale(metrics.descent)),
                number(self.scale(metrics.cap_height)),
                n + 3,
            ),
            stream(font_file, b" /Length1 %d" % len(font_file)),
            stream(cid_to_gid),
            stream(self._to_unicode()),
        ]

    def _subset(self) -> tuple[bytes, dict[int, int]]:
        font = TTFont(io.BytesIO(self.face.data), recalcTimestamp=False, recalcBBoxes=False, lazy=True)
        for tag in _DROPPED:  # dropped before they are read: reading GSUB and GPOS is most of the time
            if tag in font:
                del font[tag]
        order = font.getGlyphOrder()
        options = subset.Options()
        options.layout_features = []
        options.name_IDs = ["*"]  # the copyright and licence notices travel with the font
        options.name_languages = ["*"]
        options.hinting = False
        options.notdef_outline = True
        options.glyph_names = False
        options.drop_tables += list(_DROPPED)
        subsetter = subset.Subsetter(options)
        subsetter.populate(gids=sorted(set(self.gids)))
        subsetter.subset(font)
        names = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
        new_gid = {gid: names[order[gid]] for gid in set(self.gids) if order[gid] in names}
        out = io.BytesIO()
        font.save(out)
        return out.getvalue(), new_gid

    def _to_unicode(self) -> bytes:
        entries = [
            b"<%04X> <%s>" % (cid, text.encode("utf-16-be").hex().upper().encode())
            for cid, text in enumerate(self.texts)
            if text
        ]
        blocks = [
            b"%d beginbfchar\n" % len(entries[i : i + 100])
            + b"\n".join(entries[i : i + 100])
            + b"\nendbfchar"
            for i in range(0, len(entries), 100)
        ]
        return b"\n".join(
            [
                b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap",
                b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def",
                b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange",
                *blocks,
                b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend",
            ]
        )
