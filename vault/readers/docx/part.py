"""One XML part read by structure: body paragraphs and tables in document order (through any wrapper),
text boxes, headers and footers, notes, comments, building blocks, core and application properties; a
paragraph's runs joined, read as it is now and as it was before tracked changes, with its field
instructions. What the structure does not take is swept (sweep.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from vault.messages import Text
from vault.readers.base import Reading
from vault.readers.docx.sweep import _Sweep
from vault.readers.docx.xmlnames import (
    _A,
    _APP,
    _APP_KEYS,
    _BOX,
    _C,
    _CORE,
    _CORE_KEYS,
    _CUSTOM,
    _DELETED,
    _DELETED_TEXT,
    _FIELD_BEGIN,
    _HYPHEN,
    _INSERTED,
    _INSTRUCTION,
    _NEWLINE,
    _NOTE_SEPARATORS,
    _RELS,
    _RUN_TEXT,
    _SIMPLE_FIELD,
    _SKIPPED_IN_PARAGRAPH,
    _SPACE,
    _W,
    _W15,
    W_P,
    W_TBL,
    W_TC,
    W_TR,
    Element,
    _attribute,
    _local,
    _tags,
)

# Search order of the parts' text: the body first, then headers, footers, notes, comments, drawings.
_BODY, _HEADER, _FOOTER, _FOOTNOTES, _ENDNOTES, _COMMENTS, _OTHER = range(7)


class _Part(_Sweep):
    """One XML part: the structured reading, then the sweep of everything the structure did not take."""

    def __init__(self, reading: Reading, where: Text) -> None:
        self.reading = reading
        self.where = where
        self.lines: list[str] = []  # search text
        self.consumed: set[Element] = set()  # elements whose text the structured reading took
        self.counters: dict[str, int] = {}
        self.boxes_seen: set[str] = set()
        self.chart_values: list[str] = []
        self.other_text: list[str] = []
        self.attribute_values: dict[str, None] = {}
        self.specials: dict[str, Callable[[Element], frozenset[str]]] = {}
        for tags, handler in (
            (_tags(_W, "ins"), self._insertion),
            (_tags(_W, "del"), self._deletion),
            (_tags(_W, "moveTo"), self._move_to),
            (_tags(_W, "moveFrom"), self._move_from),
            (_tags(_W, "rPrChange"), self._format_change),
            (_tags(_W, "pPrChange"), self._paragraph_change),
            (_tags(_W, "comment"), self._comment_attributes),
            (_tags(_W, "sdtPr"), self._content_control),
            (_tags(_W, "alias"), self._content_control_title),
            (_tags(_W, "tag"), self._content_control_tag),
            (_tags(_W, "docVar"), self._document_variable),
            (_tags(_W, "fldSimple"), lambda el: frozenset({"instr"})),  # read with its paragraph
            (_tags(_W, "rsid", "rsidRoot"), lambda el: frozenset({"val"})),  # revision ids, not text
            (_tags(_W15, "person"), self._person),
            (_tags(_W15, "presenceInfo"), self._presence),
            (_tags(_A, "p"), self._drawing_paragraph),
            (_tags(_C, "v"), self._chart_value),
            (_tags(_CUSTOM, "property"), self._custom_property),
            (_tags(_RELS, "Relationship"), self._relationship),
        ):
            for tag in tags:
                self.specials[tag] = handler

    # --- the part as a whole ----------------------------------------------------------------------

    def read(self, root: Element) -> int | None:
        """Read the part; returns its place in the search text, None when it is not searched."""
        tag = root.tag if isinstance(root.tag, str) else ""
        namespace, local = tag[1:].partition("}")[0], _local(tag)
        order: int | None = _OTHER
        if namespace in _W and local == "document":
            order = _BODY
            self.lines += self._blocks(list(root), self.where)
        elif namespace in _W and local in ("hdr", "ftr"):
            order = _HEADER if local == "hdr" else _FOOTER
            self.lines += self._blocks(list(root), self.where)
        elif namespace in _W and local in ("footnotes", "endnotes"):
            order = _FOOTNOTES if local == "footnotes" else _ENDNOTES
            self._notes(root, local)
        elif namespace in _W and local == "comments":
            order = _COMMENTS
            for n, comment in enumerate(root.iter(*_tags(_W, "comment")), 1):
                self.lines += self._blocks(list(comment), Text("{where} comment {n}", where=self.where, n=n))
        elif namespace in _W and local == "glossaryDocument":
            order = None  # building blocks: read for the gate, not document text
            for n, block in enumerate(root.iter(*_tags(_W, "docPart")), 1):
                self._blocks(list(block), Text("{where} building block {n}", where=self.where, n=n))
        elif namespace in _CORE and local == "coreProperties":
            order = None
            self._properties(root, _CORE_KEYS, core=True)
        elif namespace in _APP and local == "Properties":
            order = None
            self._properties(root, _APP_KEYS, core=False)
        else:
            if namespace in _CUSTOM or namespace in _RELS or namespace in _W:
                order = None  # custom properties, relationships, settings, styles, numbering, fonts...
            if next(root.iter(*W_P), None) is not None:  # paragraphs in any other part: read them too
                self.lines += self._blocks(list(root), self.where)
        self._sweep(root)
        if order is None:
            self.lines = []
        return order

    def _notes(self, root: Element, local: str) -> None:
        n = 0
        for note in root.iter(*_tags(_W, local[:-1])):
            kind = note.get(f"{{{_W[0]}}}type") or note.get(f"{{{_W[1]}}}type")
            if kind in _NOTE_SEPARATORS:
                where = Text("{where} note separator", where=self.where)
            else:
                n += 1
                where = (
                    Text("{where} footnote {n}", where=self.where, n=n)
                    if local == "footnotes"
                    else Text("{where} endnote {n}", where=self.where, n=n)
                )
            self.lines += self._blocks(list(note), where)

    def _properties(self, root: Element, keys: set[str], *, core: bool) -> None:
        for n, element in enumerate(root, 1):
            if not isinstance(element.tag, str):
                continue
            key = _local(element.tag)
            if core:
                where = (
                    Text("document property {key}", key=key)
                    if key in keys
                    else Text("document property {n}", n=n)
                )
            else:
                where = (
                    Text("application property {key}", key=key)
                    if key in keys
                    else Text("application property {n}", n=n)
                )
            texts = [t.strip() for t in element.itertext() if t.strip()]
            for descendant in element.iter():
                self.consumed.add(descendant)
            self.add(where, "\n".join(texts))

    # --- body, tables, paragraphs, text boxes ------------------------------------------------------

    def _blocks(self, children: Iterable[Element], where: Text) -> list[str]:
        """Paragraphs and tables in document order, looking through any wrapper (content controls,
        custom XML, alternate content); returns the search lines."""
        lines: list[str] = []
        paragraphs = tables = 0
        stack = list(children)
        stack.reverse()
        while stack:
            element = stack.pop()
            tag = element.tag
            if tag in W_P:
                paragraphs += 1
                lines += self._paragraph(element, Text("{where} paragraph {n}", where=where, n=paragraphs))
            elif tag in W_TBL:
                tables += 1
                lines += self._table(element, Text("{where} table {n}", where=where, n=tables))
            elif isinstance(tag, str):
                stack.extend(reversed(element))
        return lines

    def _table(self, table: Element, where: Text) -> list[str]:
        lines: list[str] = []
        for r, row in enumerate(_within(table, W_TR, W_TBL), 1):
            cells: list[str] = []
            for c, cell in enumerate(_within(row, W_TC, W_TBL | W_TR), 1):
                cell_where = Text("{where} row {r} cell {c}", where=where, r=r, c=c)
                cells.append("\n".join(self._blocks(list(cell), cell_where)))
            line = "\t".join(text for text in cells if text)
            if line:
                lines.append(line)
        return lines

    def _paragraph(self, paragraph: Element, where: Text) -> list[str]:
        now: list[str] = []
        before: list[str] = []
        instructions: list[str] = []
        boxes: list[list[Element]] = []
        changed = False
        stack: list[tuple[Element, bool, bool]] = [(child, False, False) for child in reversed(paragraph)]
        while stack:
            element, inserted, deleted = stack.pop()
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if tag in _RUN_TEXT or tag in _DELETED_TEXT:
                self.consumed.add(element)
                text = element.text or ""
                if not deleted and tag not in _DELETED_TEXT:
                    now.append(text)
                if not inserted:
                    before.append(text)
                changed = changed or tag in _DELETED_TEXT
            elif tag in _INSTRUCTION:
                self.consumed.add(element)
                instructions.append(element.text or "")
            elif tag in _SPACE or tag in _NEWLINE or tag in _HYPHEN:
                mark = " " if tag in _SPACE else "\n" if tag in _NEWLINE else "-"
                if not deleted:
                    now.append(mark)
                if not inserted:
                    before.append(mark)
            elif tag in _SKIPPED_IN_PARAGRAPH:
                continue
            elif tag in _BOX:
                boxes.append(list(element))
            elif tag in W_P:  # a paragraph inside a paragraph, outside a text box: read as one
                boxes.append([element])
            else:
                if tag in _INSERTED or tag in _DELETED:
                    changed = True
                if tag in _FIELD_BEGIN and _attribute(element, "fldCharType") == "begin" and instructions:
                    instructions.append("\n")
                if tag in _SIMPLE_FIELD:
                    instructions.append("\n" + (_attribute(element, "instr") or "") + "\n")
                inner = inserted or tag in _INSERTED
                gone = deleted or tag in _DELETED
                stack.extend((child, inner, gone) for child in reversed(element))
        text = "".join(now)
        self.add(where, text)
        lines = [text] if text.strip() else []
        if changed:
            old = "".join(before)
            if old != text:
                self.add(Text("{where} as it was before tracked changes", where=where), old)
        self.add(Text("{where} field instructions", where=where), "".join(instructions).strip())
        for box in boxes:
            n = self.count("text box")
            box_lines = self._blocks(box, Text("{where} text box {n}", where=self.where, n=n))
            key = "\n".join(box_lines)
            if key not in self.boxes_seen:  # Word writes each text box twice (DrawingML and VML)
                self.boxes_seen.add(key)
                lines += box_lines
        return lines


def _within(element: Element, wanted: frozenset[str], stop: frozenset[str]) -> Iterator[Element]:
    """Descendants with a ``wanted`` tag, not looking inside them nor inside ``stop`` elements."""
    stack = list(element)
    stack.reverse()
    while stack:
        child = stack.pop()
        if child.tag in wanted:
            yield child
        elif child.tag not in stop and isinstance(child.tag, str):
            stack.extend(reversed(child))
