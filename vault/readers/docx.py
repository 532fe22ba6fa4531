"""Word documents (DOCX): every piece of text the package carries, read from the zip and its XML.

Not through python-docx, which reads body paragraphs, tables and headers only: a name in a footnote, a
text box, a tracked insertion, a deleted run, a comment's author, a picture's alt text, a link's target
or a custom property would pass unseen. Here every XML part is parsed (after the archive checks of
``vault.intake.docx.check_archive``: zip-bomb limits, no DTD or entity declarations) and read twice:

- by structure, with structural locations: body paragraphs and table cells in document order, text
  boxes (DrawingML and VML, at any depth), headers and footers (every header*/footer* part), footnotes,
  endnotes, comments and their authors, tracked changes (inserted, deleted and moved text, and who made
  each change), field instructions, content controls, glossary (building blocks), chart and SmartArt
  text, alt text, relationship targets (links, the attached template), document variables, the people
  list, core, application and custom properties, the names of the parts and the zip's comments;
- as a safety net, every text node, XML comment and text-like attribute value of every part that the
  structured reading did not take, so that text in a place this module does not know is still read.

Parts that are not XML (pictures, embedded documents, OLE objects, fonts, the thumbnail) are returned as
``Embedded`` for the dispatcher's image/PDF/DOCX readers. A paragraph's text is the concatenation of its
runs, so a name split across runs (or across a tracked change) reads whole; a paragraph with tracked
changes is read twice, as it is now and as it was before the changes.

Locations are ``Text`` templates naming structural places only: part names as Word writes them (part
names outside that pattern are numbered instead: a part can be named by whoever built the file), element
positions, never content (no author, property name or file name chosen by the author).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs

from vault.intake.docx import MEMBER_ERRORS, check_archive
from vault.intake.findings import Unreadable
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text
from vault.readers.base import MAX_PART_CHARS, Embedded, Reading

Element = Any  # lxml elements (lxml ships no type information)
Location = Callable[[str, int], Text]

_OVERLAP = 4096  # characters repeated between the pieces of a part longer than MAX_PART_CHARS

# Transitional (what Word writes) and Strict OOXML spell the same element in two namespaces.
_W = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_A = ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main")
_C = ("http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart",
      "http://schemas.microsoft.com/office/drawing/2014/chartex")  # fmt: skip
_M = (
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
)
_W15 = ("http://schemas.microsoft.com/office/word/2012/wordml",)
_CORE = ("http://schemas.openxmlformats.org/package/2006/metadata/core-properties",)
_APP = ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties")  # fmt: skip
_CUSTOM = ("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
           "http://purl.oclc.org/ooxml/officeDocument/customProperties")  # fmt: skip
_RELS = ("http://schemas.openxmlformats.org/package/2006/relationships",)
_VML = "{urn:schemas-microsoft-com:vml}"
_OFFICE = "{urn:schemas-microsoft-com:office:office}"
_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"


def _tags(namespaces: tuple[str, ...], *locals_: str) -> frozenset[str]:
    return frozenset(f"{{{ns}}}{name}" for ns in namespaces for name in locals_)


def _local(name: str) -> str:
    return name.rpartition("}")[2]


W_P, W_TBL, W_TR, W_TC = _tags(_W, "p"), _tags(_W, "tbl"), _tags(_W, "tr"), _tags(_W, "tc")
_RUN_TEXT = _tags(_W, "t") | _tags(_M, "t")  # text as it reads now
_DELETED_TEXT = _tags(_W, "delText")
_INSTRUCTION = _tags(_W, "instrText", "delInstrText")
_SPACE = _tags(_W, "tab", "ptab")
_NEWLINE = _tags(_W, "br", "cr")
_HYPHEN = _tags(_W, "noBreakHyphen")
_SKIPPED_IN_PARAGRAPH = _tags(_W, "pPr", "rPr")  # formatting (tab stops are w:tab too); authors: the sweep
_INSERTED = _tags(_W, "ins", "moveTo")
_DELETED = _tags(_W, "del", "moveFrom")
_BOX = _tags(_W, "txbxContent")
_FIELD_BEGIN = _tags(_W, "fldChar")
_SIMPLE_FIELD = _tags(_W, "fldSimple")
_CHANGE_TEXT = tuple(_RUN_TEXT | _DELETED_TEXT | _INSTRUCTION)
_NOTE_SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}
_A_TEXT = _tags(_A, "t")
_A_NEWLINE = _tags(_A, "br")

# Core and application property names as the standards spell them (used in locations; others numbered).
_CORE_KEYS = {"title", "subject", "creator", "keywords", "description", "lastModifiedBy", "revision",
              "lastPrinted", "created", "modified", "category", "contentStatus", "identifier", "language",
              "version", "contentType"}  # fmt: skip
_APP_KEYS = {"Template", "Manager", "Company", "Pages", "Words", "Characters", "PresentationFormat", "Lines",
             "Paragraphs", "Slides", "Notes", "TotalTime", "HiddenSlides", "MMClips", "ScaleCrop",
             "HeadingPairs", "TitlesOfParts", "LinksUpToDate", "CharactersWithSpaces", "SharedDoc",
             "HyperlinkBase", "HLinks", "HyperlinksChanged", "DigSig", "Application", "AppVersion",
             "DocSecurity"}  # fmt: skip

# Part names Word (and the tools that write DOCX) give: each folder and file name is one of these words,
# optionally numbered, with one of these extensions. Any other name is replaced by the part's number in
# the zip directory: a name chosen by whoever built the file may be content ("Jean_Dupont.jpg").
_NAME_WORDS = (
    "word|docProps|customXml|_rels|media|embeddings|theme|charts|diagrams|glossary|fonts|activeX|ink|"
    "webextensions|printerSettings|document|styles|stylesWithEffects|settings|webSettings|fontTable|"
    "numbering|footnotes|endnotes|comments|commentsExtended|commentsIds|commentsExtensible|people|header|"
    "footer|core|app|custom|thumbnail|image|chart|colors|style|data|layout|drawing|quickStyle|item|"
    "itemProps|oleObject|package|font|vbaProject|vbaData|keyMapCustomizations|webextension|taskpanes|"
    "Microsoft_Word_Document|Microsoft_Excel_Worksheet|Microsoft_Excel_Chart|"
    "Microsoft_PowerPoint_Presentation|Microsoft_Visio_Drawing|Microsoft_Word_Macro-Enabled_Document|"
    "Microsoft_Excel_Macro-Enabled_Worksheet|Microsoft_Excel_Binary_Worksheet|Microsoft_Word_97_-_2003_Document|"
    "Microsoft_Excel_97-2003_Worksheet|Microsoft_PowerPoint_97-2003_Presentation|Microsoft_Office_Excel_Worksheet"
)
_NAME_EXTS = (
    "xml|rels|png|jpeg|jpg|jpe|jfif|gif|bmp|dib|tif|tiff|emf|wmf|emz|wmz|svg|wdp|hdp|jxr|webp|heic|heif|ico|"
    "bin|docx|docm|dotx|dotm|xlsx|xlsm|xlsb|pptx|pptm|sldx|vsdx|doc|xls|ppt|pdf|odttf|ttf|otf|fntdata|"
    "vml|mp3|mp4|wav|wma|wmv|avi|mov|m4a|m4v|rtf|txt|htm|html|mht|json"
)
_STRUCTURAL_NAME = re.compile(
    rf"(?:(?:{_NAME_WORDS})/)*(?:\[Content_Types\]\.xml|(?:{_NAME_WORDS})?\d*(?:\.(?:{_NAME_EXTS}))+)",
    re.IGNORECASE,
)
_XML_SUFFIXES = (".xml", ".rels", ".vml", ".svg")

# Values that are not text anyone wrote: short numbers and measures (long digit runs may be phone
# numbers: kept), hexadecimal with letters and digits (revision ids, colours), GUIDs, relationship ids.
_NOT_TEXT = re.compile(
    r"[-+]?(?:\d{1,5}(?:[.,]\d+)?|\.\d+)(?:[eE][-+]?\d+)?(?:%|pt|px|in|cm|mm|emu|pc|em|fd|f)?"
    r"|(?=[0-9A-Fa-f]*\d)(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{2,}"
    r"|\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?"
    r"|rId\d+|true|false|on|off|[-+]?\d{1,5}(?:,[-+]?\d{1,5})+"
)
_ID_ATTRIBUTES = ("rsid", "paraId", "textId", "paraIdParent", "durableId")


def _looks_like_text(value: str) -> bool:
    stripped = value.strip()
    return bool(stripped) and not _NOT_TEXT.fullmatch(stripped)


@dataclass(frozen=True)
class DocxText:
    """A DOCX read: everything (``reading``) and the text a person would search for (``search_text``:
    body, tables, text boxes, headers and footers, notes, comments, tracked insertions and deletions,
    alt text, chart and SmartArt text; not properties, links, settings or the safety net)."""

    reading: Reading
    search_text: str


def read_docx(data: bytes) -> Reading:
    """Every piece of text of a DOCX, located; never raises (what it cannot read is in ``unread``)."""
    try:
        return read_docx_with_search_text(data).reading
    except Unreadable as exc:
        return Reading(unread=[Text("the whole document ({reason})", reason=exc.reason)])
    except (MemoryError, RecursionError):
        return Reading(unread=[Text("the whole document (it is too large or too deeply nested to read)")])
    except Exception:  # noqa: BLE001 - a hostile file may trip anything inside a parser
        return Reading(unread=[Text("the whole document (its structure could not be parsed)")])


def read_docx_with_search_text(data: bytes) -> DocxText:
    """The reading and the search text of a DOCX; raises Unreadable when the archive checks refuse it
    (zip bomb, DTD or entities, damaged zip directory). Damaged parts are reported in ``unread``."""
    check_archive(data)
    package = _Package()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            package.read(archive)
    except zipfile.BadZipFile:
        raise Unreadable(Text("the document is damaged (its zip structure is invalid)")) from None
    return DocxText(package.reading, package.search_text())


class _Package:
    def __init__(self) -> None:
        self.reading = Reading()
        self.search: list[tuple[int, int, list[str]]] = []  # (kind order, part index, lines)

    def read(self, archive: zipfile.ZipFile) -> None:
        members = archive.infolist()
        # Part names are shown in locations only when they are Word's own; all are read here.
        self.reading.add(Text("names of the parts of the document"), "\n".join(m.filename for m in members))
        comments = [archive.comment, *(m.comment for m in members)]
        self.reading.add(Text("zip comments"), "\n".join(c.decode("utf-8", "replace") for c in comments if c))
        for index, info in enumerate(members, 1):
            if info.is_dir():
                continue
            label = _label(info.filename, index)
            try:
                raw = archive.read(info)
            except MEMBER_ERRORS:
                self.reading.unread.append(Text("part {part} (it could not be unpacked)", part=label))
                continue
            if _is_xml(info.filename, raw):
                self._xml(label, index, raw)
            else:
                self.reading.embedded.append(Embedded(Text("part {part}", part=label), raw))

    def _xml(self, label: str, index: int, raw: bytes) -> None:
        try:
            refuse_declarations(raw, Text("part {part}", part=label))
            parser = etree.XMLParser(
                resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_pis=False
            )
            root = etree.fromstring(raw, parser=parser)
        except Unreadable:
            self.reading.unread.append(
                Text("part {part} (it declares XML entities or a DTD: read as raw text only)", part=label)
            )
            _raw_text(self.reading, label, raw)
            return
        except (etree.LxmlError, ValueError):
            self.reading.unread.append(
                Text("part {part} (its XML is damaged: read as raw text only)", part=label)
            )
            _raw_text(self.reading, label, raw)
            return
        part = _Part(self.reading, Text("part {part}", part=label))
        try:
            order = part.read(root)
        except RecursionError:
            self.reading.unread.append(
                Text("part {part} (nested too deeply: read as raw text only)", part=label)
            )
            _raw_text(self.reading, label, raw)
            return
        except Exception:  # noqa: BLE001 - whatever trips on one part, the others are still read
            self.reading.unread.append(
                Text("part {part} (its structure could not be read: read as raw text only)", part=label)
            )
            _raw_text(self.reading, label, raw)
            return
        if order is not None and part.lines:
            self.search.append((order, index, part.lines))

    def search_text(self) -> str:
        lines = [line for _, _, part in sorted(self.search, key=lambda s: (s[0], s[1])) for line in part]
        return "\n".join(line for line in lines if line and not line.isspace())


def _label(name: str, index: int) -> str:
    """The part's name when it is one Word gives, else its number in the zip directory."""
    if len(name) <= 120 and _STRUCTURAL_NAME.fullmatch(name):
        return name
    return Text("#{n} of the package", n=index)


def _is_xml(name: str, raw: bytes) -> bool:
    if name.lower().endswith(_XML_SUFFIXES):
        return True
    head = raw[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<?xml")


_RAW_TEXT_NODES = re.compile(r">([^<]+)<")
_RAW_ATTRIBUTES = re.compile(r"=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _raw_text(reading: Reading, label: str, raw: bytes) -> None:
    """An unparsable XML part, still read: its text nodes run together (a name split across runs stays
    whole), and its attribute values, one a line. Nothing is expanded: entity references stay as written."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", "replace")
    elif len(raw) >= 4 and (raw[1] == 0 or raw[0] == 0):
        text = raw.decode("utf-16-le" if raw[1] == 0 else "utf-16-be", "replace")
    else:
        text = raw.decode("utf-8", "replace")
    where = Text("part {part}", part=label)
    _add(reading, Text("{where} raw text", where=where), "".join(_RAW_TEXT_NODES.findall(text)))
    values = dict.fromkeys(a or b for a, b in _RAW_ATTRIBUTES.findall(text) if _looks_like_text(a or b))
    _add(reading, Text("{where} raw attribute values", where=where), "\n".join(values))


def _add(reading: Reading, location: str, text: str) -> None:
    """Add a part; one longer than MAX_PART_CHARS goes in overlapping pieces, so nothing is cut."""
    if len(text) <= MAX_PART_CHARS:
        reading.add(location, text)
        return
    step = MAX_PART_CHARS - _OVERLAP
    for start in range(0, len(text) - _OVERLAP, step):
        piece = text[start : start + MAX_PART_CHARS]
        reading.add(Text("{where} from character {start}", where=location, start=start), piece)


# Search order of the parts' text: the body first, then headers, footers, notes, comments, drawings.
_BODY, _HEADER, _FOOTER, _FOOTNOTES, _ENDNOTES, _COMMENTS, _OTHER = range(7)


class _Part:
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

    def count(self, what: str) -> int:
        self.counters[what] = self.counters.get(what, 0) + 1
        return self.counters[what]

    def add(self, location: str, text: str | None) -> None:
        if text:
            _add(self.reading, location, text)

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

    # --- the sweep: attributes, drawings, charts, and everything not yet read ----------------------

    def _sweep(self, root: Element) -> None:
        specials = self.specials
        consumed = self.consumed
        for outside in (*root.itersiblings(preceding=True), *root.itersiblings()):
            self._other(outside.text)  # comments and processing instructions around the root
        for element in root.iter():
            tag = element.tag
            if not isinstance(tag, str):  # an XML comment or processing instruction
                self._other(element.text)
                self._other(element.tail)
                continue
            handler = specials.get(tag)
            handled = handler(element) if handler is not None else _NOTHING
            if tag.startswith(_VML) or tag.startswith(_OFFICE):
                handled = handled | self._vml(element)
            elif tag.endswith(("}docPr", "}cNvPr")):
                handled = handled | self._drawing(element)
            text = element.text
            if text and not text.isspace() and element not in consumed:
                self._other(text)
            for name, value in element.items():
                local = _local(name)
                if local in handled or name.startswith(_XSI) or local.startswith(_ID_ATTRIBUTES):
                    continue
                if local == "author":  # any other author: a change, a person, an extension's
                    n = self.count("author")
                    self.add(Text("{where} author {n}", where=self.where, n=n), value)
                elif _looks_like_text(value):
                    self.attribute_values.setdefault(value.strip(), None)
            tail = element.tail
            if tail and not tail.isspace():
                self._other(tail)
        values = "\n".join(self.chart_values)
        self.add(Text("{where} chart values", where=self.where), values)
        self.lines += [v for v in self.chart_values if _looks_like_text(v)]
        self.add(Text("{where} other text", where=self.where), "\n".join(self.other_text))
        self.add(Text("{where} attribute values", where=self.where), "\n".join(self.attribute_values))

    def _other(self, text: str | None) -> None:
        if text and _looks_like_text(text):
            self.other_text.append(text.strip())

    def _change(
        self, element: Element, text_at: Location, author_at: Location, key: str, searched: bool
    ) -> frozenset[str]:
        n = self.count(key)
        text = "".join(t.text or "" for t in element.iter(*_CHANGE_TEXT))
        self.add(text_at(self.where, n), text)
        self.add(author_at(self.where, n), _attribute(element, "author"))
        if searched and text.strip():
            self.lines.append(text)
        return _CHANGE_ATTRIBUTES

    def _insertion(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked insertion {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked insertion {n} author", where=w, n=n),
            "insertion",
            searched=False,  # already in its paragraph's text
        )

    def _deletion(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked deletion {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked deletion {n} author", where=w, n=n),
            "deletion",
            searched=True,
        )

    def _move_to(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked move (new place) {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked move (new place) {n} author", where=w, n=n),
            "move to",
            searched=False,
        )

    def _move_from(self, element: Element) -> frozenset[str]:
        return self._change(
            element,
            lambda w, n: Text("{where} tracked move (old place) {n}", where=w, n=n),
            lambda w, n: Text("{where} tracked move (old place) {n} author", where=w, n=n),
            "move from",
            searched=False,
        )

    def _format_change(self, element: Element) -> frozenset[str]:
        n = self.count("format change")
        self.add(
            Text("{where} tracked formatting change {n} author", where=self.where, n=n),
            _attribute(element, "author"),
        )
        return _CHANGE_ATTRIBUTES

    def _paragraph_change(self, element: Element) -> frozenset[str]:
        n = self.count("paragraph change")
        self.add(
            Text("{where} tracked paragraph formatting change {n} author", where=self.where, n=n),
            _attribute(element, "author"),
        )
        return _CHANGE_ATTRIBUTES

    def _comment_attributes(self, element: Element) -> frozenset[str]:
        n = self.count("comment")  # the same order as the comments' text (document order)
        self.add(Text("{where} comment {n} author", where=self.where, n=n), _attribute(element, "author"))
        self.add(Text("{where} comment {n} initials", where=self.where, n=n), _attribute(element, "initials"))
        return frozenset({"author", "initials", "date", "id"})

    def _content_control(self, element: Element) -> frozenset[str]:
        self.count("content control")
        return _NOTHING

    def _content_control_title(self, element: Element) -> frozenset[str]:
        n = self.counters.get("content control", 0)
        self.add(Text("{where} content control {n} title", where=self.where, n=n), _attribute(element, "val"))
        return frozenset({"val"})

    def _content_control_tag(self, element: Element) -> frozenset[str]:
        n = self.counters.get("content control", 0)
        self.add(Text("{where} content control {n} tag", where=self.where, n=n), _attribute(element, "val"))
        return frozenset({"val"})

    def _document_variable(self, element: Element) -> frozenset[str]:
        n = self.count("variable")
        text = "\n".join(v for v in (_attribute(element, "name"), _attribute(element, "val")) if v)
        self.add(Text("{where} document variable {n}", where=self.where, n=n), text)
        return frozenset({"name", "val"})

    def _person(self, element: Element) -> frozenset[str]:
        n = self.count("person")
        self.add(Text("{where} person {n} author", where=self.where, n=n), _any_attribute(element, "author"))
        return frozenset({"author"})

    def _presence(self, element: Element) -> frozenset[str]:
        n = self.counters.get("person", 0)
        self.add(Text("{where} person {n} user id", where=self.where, n=n), _any_attribute(element, "userId"))
        self.add(
            Text("{where} person {n} sign-in provider", where=self.where, n=n),
            _any_attribute(element, "providerId"),
        )
        return frozenset({"userId", "providerId"})

    def _drawing_paragraph(self, element: Element) -> frozenset[str]:
        """A DrawingML paragraph (charts, SmartArt, shapes): its runs, whole."""
        pieces: list[str] = []
        for node in element.iter():
            if node.tag in _A_TEXT:
                self.consumed.add(node)
                pieces.append(node.text or "")
            elif node.tag in _A_NEWLINE:
                pieces.append("\n")
        text = "".join(pieces)
        if text.strip():
            n = self.count("drawing text")
            self.add(Text("{where} drawing text {n}", where=self.where, n=n), text)
            self.lines.append(text)
        return _NOTHING

    def _chart_value(self, element: Element) -> frozenset[str]:
        self.consumed.add(element)
        if element.text and element.text.strip():
            self.chart_values.append(element.text.strip())
        return _NOTHING

    def _drawing(self, element: Element) -> frozenset[str]:
        """A picture's or shape's name, description (alt text) and title."""
        n = self.count("drawing")
        self.add(Text("{where} drawing {n} name", where=self.where, n=n), element.get("name"))
        described = Text("{where} drawing {n} description", where=self.where, n=n)
        titled = Text("{where} drawing {n} title", where=self.where, n=n)
        for attribute, at in (("descr", described), ("title", titled)):
            value = element.get(attribute)
            self.add(at, value)
            if value and value.strip():
                self.lines.append(value)
        return frozenset({"name", "descr", "title"})

    def _vml(self, element: Element) -> frozenset[str]:
        """A VML shape's alternative text and title, a picture's original title, WordArt text."""
        values: list[tuple[str | None, Location]] = [
            (element.get("alt"), lambda w, n: Text("{where} VML shape {n} alternative text", where=w, n=n)),
            (element.get("title"), lambda w, n: Text("{where} VML shape {n} title", where=w, n=n)),
            (element.get(f"{_OFFICE}title"), lambda w, n: Text("{where} VML shape {n} title", where=w, n=n)),
            (element.get("string"), lambda w, n: Text("{where} VML shape {n} WordArt text", where=w, n=n)),
        ]
        if not any(value for value, _ in values):
            return _NOTHING
        n = self.count("shape")
        for value, at in values:
            if value and value.strip():
                self.add(at(self.where, n), value)
                self.lines.append(value)
        return frozenset({"alt", "title", "string"})

    def _custom_property(self, element: Element) -> frozenset[str]:
        """A custom property: its name is the author's, so it goes in the text, with the value."""
        n = self.count("custom property")
        texts = [element.get("name") or "", element.get("linkTarget") or ""]
        texts += [t.strip() for t in element.itertext() if t.strip()]
        for descendant in element.iter():
            self.consumed.add(descendant)
        self.add(Text("custom property {n}", n=n), "\n".join(t for t in texts if t))
        return frozenset({"name", "linkTarget", "fmtid", "pid"})

    def _relationship(self, element: Element) -> frozenset[str]:
        n = self.count("relationship")
        target = element.get("Target")
        if (element.get("TargetMode") or "").lower() == "external":
            self.add(Text("{where} relationship {n} external target", where=self.where, n=n), target)
        else:
            self.add(Text("{where} relationship {n} target", where=self.where, n=n), target)
        return frozenset({"Target", "TargetMode", "Type"})  # the Id is swept: "rId7" is not text


_NOTHING: frozenset[str] = frozenset()
_CHANGE_ATTRIBUTES = frozenset({"author", "date", "id"})


def _attribute(element: Element, local: str) -> str | None:
    value = element.get(f"{{{_W[0]}}}{local}")
    if value is None:
        value = element.get(f"{{{_W[1]}}}{local}")
    return None if value is None else str(value)


def _any_attribute(element: Element, local: str) -> str | None:
    for name, value in element.items():
        if _local(name) == local:
            return str(value)
    return None


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
