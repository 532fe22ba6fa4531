"""Fonts: a font's character codes as Unicode text with their glyph widths (pypdf's font model, the one
its own text extraction uses), and the reading's font cache; a Type 3 font's glyph procedures are
drawing operators, read as content streams."""

from __future__ import annotations

from typing import Any

from pypdf.generic import DictionaryObject
from pypdf.generic._font import Font  # the font model pypdf's own text extraction uses

from vault.messages import Text
from vault.readers.pdf.core import _idnum, _ReadingCore, _resolve
from vault.readers.pdf.geometry import _number


class _FontInfo:
    """A font's character codes as Unicode text and glyph widths (in 1/1000 em)."""

    def __init__(self, font: Font | None) -> None:
        self.font = font
        self.table: list[tuple[str, float]] | None = None  # a simple (one-byte) font: by code
        self.codes: dict[str, tuple[str, float]] = {}  # a composite font: by decoded code
        self.negative = False
        if font is None:  # no usable font: the codes as Latin-1
            self.table = [(chr(code) if code >= 32 else "", 500.0) for code in range(256)]
            return
        widths = font.character_widths
        self.default_width = _number(widths.get("default", 500), 500.0)
        if isinstance(font.encoding, dict):
            table = []
            for code in range(256):
                char = font.encoding.get(code, chr(code))
                text = font.character_map.get(char, char)
                width = _number(widths.get(chr(code), self.default_width), 500.0)
                table.append((text if isinstance(text, str) else str(text), width))
            self.table = table
            self.negative = any(width < 0 for _, width in table)

    def glyphs(self, raw: bytes) -> tuple[list[str], list[float], bool]:
        """The text and width of each glyph of a string, and whether its codes are single bytes."""
        if self.table is not None:
            table = self.table
            entries = [table[code] for code in raw]
            return [e[0] for e in entries], [e[1] for e in entries], True
        font = self.font
        if font is None:  # not reached: a missing font has a table
            return [], [], True
        codec = str(font.encoding)
        try:
            chars = raw.decode(codec, "surrogatepass")
        except (UnicodeDecodeError, LookupError):
            try:
                chars = raw.decode(codec, "replace")
            except LookupError:
                chars = raw.decode("latin-1")
        texts: list[str] = []
        widths: list[float] = []
        for char in chars:
            known = self.codes.get(char)
            if known is None:
                text = font.character_map.get(char, char)
                width = _number(font.character_widths.get(char, self.default_width), 500.0)
                known = (text if isinstance(text, str) else str(text), width)
                self.codes[char] = known
                self.negative = self.negative or width < 0
            texts.append(known[0])
            widths.append(known[1])
        return texts, widths, False


_NO_FONT = _FontInfo(None)


class _Fonts(_ReadingCore):
    """The fonts a content stream selects, each read once."""

    def font(self, value: Any) -> _FontInfo | None:
        font = _resolve(value)
        if not isinstance(font, DictionaryObject):
            return None
        key = id(font)
        cached = self.fonts.get(key)
        if cached is not None:
            return cached[1]
        try:
            info = _FontInfo(Font.from_font_resource(font))
        except Exception:  # noqa: BLE001 - a damaged font: its codes are read as Latin-1
            info = _FontInfo(None)
        self.fonts[key] = (font, info)
        if font.get("/Subtype") == "/Type3":
            self.type3(font)
        return info

    def type3(self, font: DictionaryObject) -> None:
        procs = _resolve(font.get("/CharProcs"))
        if not isinstance(procs, DictionaryObject):
            return
        resources = _resolve(font.get("/Resources"))
        where = Text("Type 3 font in object {n}", n=_idnum(font) or 0)
        for ref in procs.values():
            self.content_stream(ref, where, resources, 1)
