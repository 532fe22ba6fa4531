"""Content streams (pages, form XObjects, tiling patterns, Type 3 glyphs, annotation appearances):
the drawing operators interpreted for the text each shows and where it shows it, marked-content
properties, strings given to other operators, inline images and comments; each stream read once,
nested at most ``MAX_FORM_DEPTH`` deep."""

from __future__ import annotations

import math
from typing import Any

from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, NameObject, StreamObject

from vault.messages import Text
from vault.readers.pdf.core import _idnum, _ReadingCore, _resolve
from vault.readers.pdf.fonts import _NO_FONT
from vault.readers.pdf.geometry import _IDENTITY, _matrix, _mult, _number
from vault.readers.pdf.layout import _as_drawn, _Chunk, _Drawing, _GraphicsState, _laid_out, _norm
from vault.readers.pdf.limits import LETTER_GAP, MAX_FORM_DEPTH
from vault.readers.pdf.salvage import _comments
from vault.readers.pdf.strings import _string_texts

_SHOW = (b"Tj", b"TJ", b"'", b'"')


class _ContentStreams(_ReadingCore):
    """What content streams draw and say."""

    def content_stream(self, ref: Any, where: str, resources: Any, depth: int, page_norm: str = "",
                       state: _GraphicsState | None = None) -> None:  # fmt: skip
        """Read a stream of drawing operators (a form XObject, a pattern, an appearance) once."""
        stream = _resolve(ref)
        if not isinstance(stream, StreamObject):
            return
        key = _idnum(stream)
        if key is None:
            key = -id(stream)
        if key in self.streams:
            return
        self.streams.add(key)
        if depth > MAX_FORM_DEPTH or self.nesting > 3 * MAX_FORM_DEPTH:
            self.unread(Text("{where} (nested too deep)", where=where))
            return
        if self.timed_out(where):
            return
        own = _resolve(stream.get("/Resources"))
        if isinstance(own, DictionaryObject):
            resources = own
        elif not isinstance(resources, DictionaryObject):
            resources = self.default_resources
        self.nesting += 1
        try:
            self.read_drawing(stream, where, resources, depth, page_norm, state)
        finally:
            self.nesting -= 1

    def read_drawing(self, stream: StreamObject, where: str, resources: Any, depth: int, page_norm: str,
                     state: _GraphicsState | None) -> None:  # fmt: skip
        try:
            content = ContentStream(stream, self.reader, "bytes")
            raw = content.get_data()
            operations = content.operations
        except Exception:  # noqa: BLE001
            self.unread(Text("{where} (damaged drawing operators)", where=where))
            self.raw_content(stream, where)
            return
        start = state.copy() if state is not None else _GraphicsState()
        start.ctm = _mult(_matrix(stream.get("/Matrix", _IDENTITY)), start.ctm)
        self.draw(operations, raw, resources, where, depth, page_norm, start)
        # What else the stream's dictionary holds (/Metadata, /PieceInfo, /OC layer names ...).
        lines: list[str] = []
        for name, value in stream.items():
            if name in ("/Resources", "/Length", "/Filter", "/DecodeParms", "/BBox", "/Matrix", "/Type",
                        "/Subtype", "/FormType", "/Group"):  # fmt: skip
                continue
            lines += self.name_line(name)
            lines += self.walk(value, where, name)
        self.add_lines(Text("{where} dictionary", where=where), lines)

    def draw(self, operations: list[tuple[Any, bytes]], raw: bytes, resources: Any, where: str, depth: int,
             page_norm: str, state: _GraphicsState) -> None:  # fmt: skip
        """Interpret drawing operators: the text each text operator shows, where it shows it."""
        drawing = _Drawing(where)
        resources = resources if isinstance(resources, DictionaryObject) else DictionaryObject()
        self.resource_extras(resources, where, depth)
        stack: list[_GraphicsState] = []
        gs = state
        tm: tuple[float, ...] = _IDENTITY
        tlm: tuple[float, ...] = _IDENTITY
        failures = 0
        for operands, operator in operations:
            try:
                if operator in _SHOW:
                    if operator == b"'":
                        tm = tlm = _mult((1, 0, 0, 1, 0, -gs.leading), tlm)
                    elif operator == b'"' and len(operands) >= 3:
                        gs.word_spacing = _number(operands[0])
                        gs.char_spacing = _number(operands[1])
                        tm = tlm = _mult((1, 0, 0, 1, 0, -gs.leading), tlm)
                        operands = operands[2:]
                    items = operands[0] if operator == b"TJ" and operands else operands[:1]
                    # Strings apart by less than a letter gap (kerning) are shown as one chunk.
                    pending = b""
                    kerning = 0.0
                    for item in items if isinstance(items, list) else []:
                        if isinstance(item, bytes):
                            pending += item
                        elif isinstance(item, (int, float)):
                            shift = -_number(item) / 1000
                            if pending and abs(shift) < LETTER_GAP:
                                kerning += shift
                                continue
                            if pending:
                                tm = self.show(drawing, gs, tm, pending, kerning)
                                pending, kerning = b"", 0.0
                            tx = shift * gs.size * gs.scale
                            tm = (tm[0], tm[1], tm[2], tm[3], tm[4] + tx * tm[0], tm[5] + tx * tm[1])
                        elif isinstance(item, str):  # a text string outside the font's encoding
                            drawing.other.extend(_string_texts(item))
                    if pending:
                        tm = self.show(drawing, gs, tm, pending, kerning)
                elif operator == b"Tf" and len(operands) >= 2:
                    fonts = _resolve(resources.get("/Font"))
                    gs.font = (
                        self.font(fonts.get(operands[0])) if isinstance(fonts, DictionaryObject) else None
                    )
                    gs.size = _number(operands[1])
                elif operator == b"Td" and len(operands) >= 2:
                    tm = tlm = _mult((1, 0, 0, 1, _number(operands[0]), _number(operands[1])), tlm)
                elif operator == b"TD" and len(operands) >= 2:
                    gs.leading = -_number(operands[1])
                    tm = tlm = _mult((1, 0, 0, 1, _number(operands[0]), _number(operands[1])), tlm)
                elif operator == b"Tm":
                    tm = tlm = _matrix(operands)
                elif operator == b"T*":
                    tm = tlm = _mult((1, 0, 0, 1, 0, -gs.leading), tlm)
                elif operator == b"BT":
                    tm = tlm = _IDENTITY
                elif operator == b"Tc" and operands:
                    gs.char_spacing = _number(operands[0])
                elif operator == b"Tw" and operands:
                    gs.word_spacing = _number(operands[0])
                elif operator == b"Tz" and operands:
                    gs.scale = _number(operands[0], 100.0) / 100
                elif operator == b"TL" and operands:
                    gs.leading = _number(operands[0])
                elif operator == b"q":
                    if len(stack) < 1000:
                        stack.append(gs.copy())
                elif operator == b"Q":
                    if stack:
                        gs = stack.pop()
                elif operator == b"cm":
                    gs.ctm = _mult(_matrix(operands), gs.ctm)
                elif operator == b"gs" and operands:
                    states = _resolve(resources.get("/ExtGState"))
                    ext = _resolve(states.get(operands[0])) if isinstance(states, DictionaryObject) else None
                    if isinstance(ext, DictionaryObject):
                        font = _resolve(ext.get("/Font"))
                        if isinstance(font, ArrayObject) and len(font) >= 2:
                            gs.font = self.font(font[0])
                            gs.size = _number(font[1])
                elif operator == b"Do" and operands:
                    self.paint(drawing, resources, operands[0], depth, page_norm, gs)
                elif operator in (b"BDC", b"DP") and len(operands) >= 2:
                    props = operands[1]
                    if isinstance(props, NameObject):
                        listed = _resolve(resources.get("/Properties"))
                        props = listed.get(props) if isinstance(listed, DictionaryObject) else None
                    drawing.marked.extend(self.walk(props, where))
                elif operator == b"INLINE IMAGE":
                    self.inline_image(drawing, operands)
                else:
                    for operand in operands:
                        if isinstance(operand, (bytes, str)) and not isinstance(operand, NameObject):
                            drawing.other.extend(_string_texts(operand))
            except Exception:  # noqa: BLE001 - one malformed operator must not cost the others
                failures += 1
        if failures:
            self.unread(Text("{where} ({n} drawing operators could not be read)", where=where, n=failures))
        if b"%" in raw:
            drawing.other.extend(_comments(raw))
        self.emit(drawing, page_norm)

    def show(
        self, drawing: _Drawing, gs: _GraphicsState, tm: tuple[float, ...], raw: bytes, kerning: float = 0.0
    ) -> tuple[float, ...]:
        """One string shown (``kerning``: the small TJ offsets within it, in ems): its glyphs as a chunk at
        their place; returns the text matrix after it."""
        font = gs.font if gs.font is not None else _NO_FONT
        texts, widths, single_byte = font.glyphs(raw)
        count = len(texts)
        if not count:
            return tm
        size, scale, tc, tw = gs.size, gs.scale, gs.char_spacing, gs.word_spacing
        spaces = raw.count(32) if single_byte and tw else 0
        total = ((sum(widths) / 1000 + kerning) * size + count * tc + spaces * tw) * scale
        ctm = gs.ctm
        key = (tm[0], tm[1], tm[2], tm[3], ctm)
        frame = drawing.frames.get(key)
        if frame is None:
            m = _mult(tm, ctm)
            axis = math.hypot(m[0], m[1])
            dx, dy = (1.0, 0.0) if axis < 1e-12 else (m[0] / axis, m[1] / axis)
            angle = round(math.degrees(math.atan2(dy, dx))) % 360
            frame = (axis, dx, dy, math.hypot(m[2], m[3]), angle)
            drawing.frames[key] = frame
        axis, dx, dy, up, angle = frame
        em = abs(size) * up or abs(size) * axis or 1.0
        x = tm[4] * ctm[0] + tm[5] * ctm[2] + ctm[4]
        y = tm[4] * ctm[1] + tm[5] * ctm[3] + ctm[5]
        along = x * dx + y * dy
        perp = -x * dy + y * dx
        backwards = count > 1 and (tc * scale < 0 or tw * scale < 0 or size * scale < 0 or font.negative)
        if backwards:  # glyphs that do not all advance forwards: each where it falls
            position = along
            for k, (text, width) in enumerate(zip(texts, widths, strict=True)):
                space = tw if single_byte and raw[k] == 32 else 0.0
                step = (width / 1000 * size + tc + space) * scale * axis
                start, end = (position, position + step) if step >= 0 else (position + step, position)
                drawing.chunks.append(_Chunk(len(drawing.chunks), angle, start, perp, end, em, [text], 0.0))
                position += step
        else:
            inner = tc * scale * axis / em
            drawing.chunks.append(
                _Chunk(len(drawing.chunks), angle, along, perp, along + total * axis, em, texts, inner)
            )
        return (tm[0], tm[1], tm[2], tm[3], tm[4] + total * tm[0], tm[5] + total * tm[1])

    def paint(self, drawing: _Drawing, resources: DictionaryObject, name: Any, depth: int, page_norm: str,
              gs: _GraphicsState) -> None:  # fmt: skip
        xobjects = _resolve(resources.get("/XObject"))
        if not isinstance(xobjects, DictionaryObject):
            return
        xobject = _resolve(xobjects.get(name))
        if not isinstance(xobject, StreamObject):
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Form":
            drawing.forms += 1
            where = Text("{where} form {n}", where=drawing.where, n=drawing.forms)
            self.content_stream(xobjects.get(name), where, resources, depth + 1, page_norm, gs)
        elif subtype == "/PS":
            self.stream_at(xobjects.get(name), drawing.where, "/PS")

    def resource_extras(self, resources: DictionaryObject, where: str, depth: int) -> None:
        """Tiling patterns and Type 3 fonts of a resource dictionary: drawing operators of their own."""
        patterns = _resolve(resources.get("/Pattern"))
        if isinstance(patterns, DictionaryObject):
            for n, ref in enumerate(patterns.values(), 1):
                pattern = _resolve(ref)
                if isinstance(pattern, StreamObject) and pattern.get("/PatternType") == 1:
                    self.content_stream(
                        ref, Text("{where} pattern {n}", where=where, n=n), resources, depth + 1
                    )
        fonts = _resolve(resources.get("/Font"))
        if isinstance(fonts, DictionaryObject):
            for ref in fonts.values():
                font = _resolve(ref)
                if isinstance(font, DictionaryObject) and font.get("/Subtype") == "/Type3":
                    self.font(ref)

    def inline_image(self, drawing: _Drawing, operands: Any) -> None:
        settings = operands.get("settings") if isinstance(operands, dict) else None
        data = operands.get("data") if isinstance(operands, dict) else None
        if not isinstance(settings, DictionaryObject) or not isinstance(data, bytes):
            return
        drawing.images += 1
        where = Text("{where} inline image {n}", where=drawing.where, n=drawing.images)
        filters = _resolve(settings.get("/F", settings.get("/Filter")))
        names = [str(f) for f in filters] if isinstance(filters, ArrayObject) else [str(filters)]
        if names and names[-1] in ("/DCT", "/DCTDecode", "/JPXDecode"):
            if len(names) == 1:
                self.embed(where, bytes(data))
            else:
                self.unread(Text("{where} (a compressed JPEG)", where=where))
        drawing.other.extend(self.walk(settings, drawing.where))

    def emit(self, drawing: _Drawing, page_norm: str) -> None:
        """The drawn text as parts: laid-out lines, and lines as drawn where they differ; lines already in
        the page's extracted text are not repeated."""
        lines: list[str] = []
        if drawing.chunks:
            laid = _laid_out(drawing.chunks)
            drawn = _as_drawn(drawing.chunks)
            seen: set[str] = set()
            for line in (*laid, *drawn):
                norm = _norm(line)
                if not norm or norm in seen or (page_norm and norm in page_norm):
                    continue
                seen.add(norm)
                lines.append(line)
        self.add_lines(Text("{where} drawn text", where=drawing.where), lines)
        self.add_lines(Text("{where} marked content", where=drawing.where), drawing.marked)
        self.add_lines(Text("{where} other operands", where=drawing.where), dict.fromkeys(drawing.other))
