"""Drawn text laid out again: the chunks of glyphs a content stream shows, where they fall, grouped into
lines by baseline and ordered along each line, with a space at a word gap and none between letters set
apart by letter spacing or kerning ("J e a n" -> "Jean"); and the graphics state the positions follow."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vault.readers.pdf.geometry import _IDENTITY
from vault.readers.pdf.limits import LETTER_GAP, WORD_GAP

if TYPE_CHECKING:
    from vault.readers.pdf.fonts import _FontInfo


@dataclass
class _Chunk:
    """Glyphs drawn by one text-showing operator (or one glyph, when they do not advance forwards)."""

    seq: int
    angle: int
    along: float  # where the first glyph starts, along the baseline (device space)
    perp: float  # the baseline's offset across it
    end: float  # where the last glyph ends, along the baseline
    em: float  # the font size, in device space
    glyphs: list[str]
    inner_gap: float  # the space between its glyphs, in ems


def _same_line(perp: float, em: float, ref_perp: float, ref_em: float) -> bool:
    return abs(perp - ref_perp) <= 0.5 * max(em, ref_em, 1e-6)


def _as_drawn(chunks: list[_Chunk]) -> list[str]:
    """The chunks in the order drawn, joined with no space added; a new line when the baseline moves."""
    lines: list[str] = []
    current: list[str] = []
    ref: _Chunk | None = None
    for chunk in chunks:
        if ref is not None and (
            chunk.angle != ref.angle or not _same_line(chunk.perp, chunk.em, ref.perp, ref.em)
        ):
            lines.append("".join(current))
            current = []
            ref = None
        if ref is None:
            ref = chunk
        current.extend(chunk.glyphs)
    if current:
        lines.append("".join(current))
    return lines


def _laid_out(chunks: list[_Chunk]) -> list[str]:
    """The chunks as a reader sees them: grouped into lines by baseline, ordered along each line, a
    space where the gap is a word space, none between letters set apart by letter spacing."""
    by_angle: dict[int, list[_Chunk]] = {}
    for chunk in chunks:
        by_angle.setdefault(chunk.angle, []).append(chunk)
    lines: list[str] = []
    for angle in sorted(by_angle):
        group = sorted(by_angle[angle], key=lambda c: (-c.perp, c.seq))
        line: list[_Chunk] = []
        ref: _Chunk | None = None
        for chunk in group:
            if ref is not None and not _same_line(chunk.perp, chunk.em, ref.perp, ref.em):
                lines.append(_line_text(line))
                line = []
                ref = None
            if ref is None:
                ref = chunk
            line.append(chunk)
        if line:
            lines.append(_line_text(line))
    return lines


def _line_text(line: list[_Chunk]) -> str:
    entries: list[tuple[str, float, bool]] = []  # text, gap before it (ems), is it one glyph
    previous: _Chunk | None = None
    for chunk in sorted(line, key=lambda c: (c.along, c.seq)):
        if not chunk.glyphs:
            continue
        if previous is None:
            gap = 0.0
        else:
            gap = (chunk.along - previous.end) / max(chunk.em, previous.em, 1e-6)
            if gap < -0.5:  # drawn over the previous text: another word, not the same one
                gap = 1.0
        gap = max(0.0, gap)
        if chunk.inner_gap >= LETTER_GAP and len(chunk.glyphs) > 1:  # letter-spaced: glyph by glyph
            entries.append((chunk.glyphs[0], gap, True))
            entries.extend((glyph, chunk.inner_gap, True) for glyph in chunk.glyphs[1:])
        else:
            entries.append(("".join(chunk.glyphs), gap, len(chunk.glyphs) == 1))
        previous = chunk
    return _join(entries)


def _join(entries: list[tuple[str, float, bool]]) -> str:
    """Entries of a line joined: a space at a word gap, none between letters set apart one by one."""
    n = len(entries)
    if n == 1:
        return _collapse_spaced_letters(entries[0][0])
    gaps = [gap for _, gap, _ in entries] + [math.inf]
    isolated = [False] * n
    for i, (text, gap, single) in enumerate(entries):
        if single and text and not text.isspace():
            left = i == 0 or gap >= LETTER_GAP or entries[i - 1][0][-1:].isspace()
            right = i == n - 1 or gaps[i + 1] >= LETTER_GAP or entries[i + 1][0][:1].isspace()
            isolated[i] = left and right
    # Within a run of letter-spaced glyphs, a gap well above the run's usual one still parts two words.
    run_gap = [0.0] * n
    i = 0
    while i < n:
        if not isolated[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and isolated[j + 1]:
            j += 1
        inner = sorted(gaps[i + 1 : j + 1])
        typical = inner[len(inner) // 2] if inner else 0.0
        for k in range(i, j + 1):
            run_gap[k] = typical
        i = j + 1
    out: list[str] = []
    for i, (text, gap, _) in enumerate(entries):
        if i and gap >= WORD_GAP and not text[:1].isspace() and not entries[i - 1][0][-1:].isspace():
            letters = isolated[i] and isolated[i - 1]
            if not letters or gap >= max(1.25 * run_gap[i], run_gap[i] + 0.08):
                out.append(" ")
        out.append(text)
    return _collapse_spaced_letters("".join(out))


_SPACED_LETTERS = re.compile(r"(?<!\S)\w \w \w(?!\S)")


def _collapse_spaced_letters(line: str) -> str:
    """Single letters each followed by one space ("J e a n  D u p o n t") joined into words."""
    if not _SPACED_LETTERS.search(line):
        return line
    tokens = line.split(" ")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append("".join(run))
        else:
            out.extend(run)
        run.clear()

    for token in tokens:
        if len(token) == 1 and token.isalnum():
            run.append(token)
        else:
            flush()
            out.append(token)
    flush()
    return " ".join(out)


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class _GraphicsState:
    ctm: tuple[float, ...] = _IDENTITY
    font: _FontInfo | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scale: float = 1.0
    leading: float = 0.0

    def copy(self) -> _GraphicsState:
        return _GraphicsState(self.ctm, self.font, self.size, self.char_spacing, self.word_spacing,
                              self.scale, self.leading)  # fmt: skip


@dataclass
class _Drawing:
    """What one content stream draws and says."""

    where: str
    chunks: list[_Chunk] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    forms: int = 0
    images: int = 0
    frames: dict[tuple[Any, ...], tuple[float, float, float, float, int]] = field(default_factory=dict)
