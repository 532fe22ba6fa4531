"""The DOCX package: the archive checked and opened, every member read (XML parts by structure, the
others as ``Embedded``), the part names and zip comments; part names Word gives are shown in locations,
any other is numbered. The search text gathers the searched parts in reading order."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]  # no stubs

from vault.intake.docx import MEMBER_ERRORS, check_archive
from vault.intake.findings import Unreadable
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text
from vault.readers.base import Embedded, Reading
from vault.readers.docx.part import _Part
from vault.readers.docx.text import _raw_text

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


_last: list[tuple[bytes, DocxText]] = []  # the last document read (intake reads it twice: text, then gate)


def read_docx_with_search_text(data: bytes) -> DocxText:
    """The reading and the search text of a DOCX; raises Unreadable when the archive checks refuse it
    (zip bomb, DTD or entities, damaged zip directory). Damaged parts are reported in ``unread``.
    The same bytes object read again (intake's search text, then the gate's reading) is read once."""
    if _last and _last[0][0] is data:
        return _last[0][1]
    found = _read_docx(data)
    _last[:] = [(data, found)]
    return found


def _read_docx(data: bytes) -> DocxText:
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
