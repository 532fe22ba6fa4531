"""Text for the plain PDF writer as a reader should see it: made safe to show, in visual order, shaped.

- ``clean``: what must not act on the page is shown instead of obeyed. Bidi controls (embeddings,
  overrides, isolates, marks) and control characters appear as ``[U+202E]`` and the like: an override in
  a source's text would otherwise reverse or hide words in a court's copy, and showing it (rather than
  dropping it silently) tells the reader the original carried it; the package's JSON keeps the exact
  text. Unassigned code points and tag characters (U+E0000-E007F: invisible on the page, yet read by
  every extractor: text smuggled past a reader's eyes) appear the same way; lone surrogates as U+FFFD; a
  tab as a space. Joiners and variation selectors stay: shaping needs them.
- A line mixing directions is drawn right; readers differ in the order they extract its runs (PDFium
  and pypdf each guess the logical order from the drawn one): its words come back, their order across
  the direction change may not.
- ``levels``: the bidi embedding level of every character of a paragraph (ICU's implementation of the
  Unicode Bidirectional Algorithm), and the paragraph's own direction (its first strong letter).
- ``visual_runs``: a line's runs of one level, in the order they are drawn (rule L2).
- ``Face.shape``: glyphs of a run from HarfBuzz (Arabic joining forms, ligatures, marks placed, mirrored
  brackets in right-to-left runs), left to right, each with the characters it stands for.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import icu
import uharfbuzz as hb
from fontTools.ttLib import TTFont

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _shown(ch: str) -> str:
    category = unicodedata.category(ch)
    if ch == "\t":
        return " "
    if category == "Cs":
        return "\ufffd"
    if category in ("Cc", "Cn") or ch in _BIDI_CONTROLS or 0xE0000 <= ord(ch) <= 0xE007F:
        return f"[U+{ord(ch):04X}]"
    return ch


def clean(text: str) -> str:
    """``text`` with nothing left that reorders, hides or cannot be drawn (see the module's note)."""
    if text.isprintable():
        return text
    return "".join(_shown(ch) for ch in text)


def levels(text: str) -> tuple[list[int], bool]:
    """The bidi level of each character of a paragraph, and whether the paragraph is right-to-left."""
    if text.isascii():
        return [0] * len(text), False
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), icu.Bidi.DEFAULT_LTR)
    units = bidi.getLevels()  # one per UTF-16 code unit
    out: list[int] = []
    unit = 0
    for ch in text:
        out.append(units[unit])
        unit += 2 if ord(ch) > 0xFFFF else 1
    return out, bidi.getParaLevel() % 2 == 1


def visual_runs(line_levels: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, level) runs of one level of a line, reordered for drawing (UAX #9 rule L2)."""
    runs: list[tuple[int, int, int]] = []
    start = 0
    for i in range(1, len(line_levels) + 1):
        if i == len(line_levels) or line_levels[i] != line_levels[start]:
            runs.append((start, i, line_levels[start]))
            start = i
    if not runs:
        return runs
    highest = max(level for _, _, level in runs)
    lowest_odd = min((level for _, _, level in runs if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][2] >= level:
                j = i
                while j < len(runs) and runs[j][2] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return runs


@dataclass(frozen=True, slots=True)
class Glyph:
    """One glyph to draw, in font units: its advance and offset, and the characters it stands for."""

    gid: int
    text: str  # the characters it stands for (its cluster's, shared among the cluster's glyphs)
    cluster: int  # index in the run of the cluster's first character
    advance: int
    dx: int
    dy: int


@dataclass(frozen=True)
class Metrics:
    """What a PDF font descriptor states about a face, in font units."""

    postscript_name: str
    widths: tuple[int, ...]  # nominal advance of each glyph
    bbox: tuple[int, int, int, int]
    ascent: int
    descent: int
    cap_height: int

    def advance(self, gid: int) -> int:
        return self.widths[gid] if gid < len(self.widths) else 0

    @classmethod
    def read(cls, data: bytes) -> Metrics:
        font = TTFont(io.BytesIO(data), lazy=True)
        metrics = font["hmtx"].metrics
        head, hhea = font["head"], font["hhea"]
        return cls(
            postscript_name=str(font["name"].getDebugName(6) or "Font").replace(" ", ""),
            widths=tuple(metrics[name][0] for name in font.getGlyphOrder()),
            bbox=(head.xMin, head.yMin, head.xMax, head.yMax),
            ascent=hhea.ascent,
            descent=hhea.descent,
            cap_height=getattr(font["OS/2"], "sCapHeight", hhea.ascent),
        )


class Face:
    """A TrueType face shaped with HarfBuzz (no system font lookup: the file is ours)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        self.upem: int = hb.Face(self.data).upem
        self._font = hb.Font(hb.Face(self.data))
        self._cache: dict[tuple[str, bool], tuple[Glyph, ...]] = {}
        self.metrics = Metrics.read(self.data)
        self.blank = self._font.get_nominal_glyph(0x20) or 0  # the space: draws nothing

    def shape(self, text: str, rtl: bool) -> tuple[Glyph, ...]:
        """The glyphs of a run of one direction, left to right as drawn."""
        key = (text, rtl)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        buffer = hb.Buffer()
        buffer.add_codepoints([ord(ch) for ch in text])
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self._font, buffer, {})
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        members: dict[int, list[int]] = {}
        for i, info in enumerate(infos):
            members.setdefault(info.cluster, []).append(i)
        texts = [""] * len(infos)
        for cluster, indexes in members.items():
            # a cluster's characters shared among its glyphs in logical order, the rest on the last one;
            # a glyph beyond its characters stands for a zero-width space (readers print a glyph that
            # maps to nothing as its raw code)
            chars = text[cluster : ends[cluster]]
            logical = indexes[::-1] if rtl else indexes
            for n, i in enumerate(logical):
                texts[i] = (chars[n:] if n == len(logical) - 1 else chars[n : n + 1]) or "\u200b"
        glyphs: list[Glyph] = []
        for info, pos, chars in zip(infos, positions, texts, strict=True):
            if rtl and len(chars) > 1:
                # A ligature of a right-to-left run (lam-alef): readers reverse what is drawn, some glyph by
                # glyph, some character by character. Each character after the first rides on a blank
                # glyph of no width just before (left of) the ligature, so both kinds read them in order.
                glyphs += [Glyph(self.blank, ch, info.cluster, 0, 0, 0) for ch in chars[:0:-1]]
                chars = chars[0]
            elif rtl:
                chars = icu.Char.charMirror(chars)  # "(" is drawn as ")" here: readers mirror it back
            glyphs.append(
                Glyph(info.codepoint, chars, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
            )
        shaped = tuple(glyphs)
        if len(text) <= 200:  # short runs repeat (headings, footers, lines); a long one is kept by nobody
            if len(self._cache) > 20_000:
                self._cache.clear()
            self._cache[key] = shaped
        return shaped

    def advances(self, text: str, line_levels: list[int]) -> tuple[list[int], list[bool]]:
        """Each character's share of the width (its cluster's advance on its first character) and whether
        a line may break before it without cutting a cluster."""
        width = [0] * len(text)
        starts = [False] * len(text)
        for start, end, level in visual_runs(line_levels):
            for glyph in self.shape(text[start:end], level % 2 == 1):
                width[start + glyph.cluster] += glyph.advance
                starts[start + glyph.cluster] = True
        return width, starts


@functools.lru_cache(maxsize=4)
def face(path: Path) -> Face:
    return Face(path)
