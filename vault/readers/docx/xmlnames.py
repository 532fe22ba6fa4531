"""WordprocessingML names: the namespaces (Transitional, as Word writes them, and Strict), the element
tags the reading looks for, the standard core and application property names, and an attribute read in
either namespace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vault.messages import Text

Element = Any  # lxml elements (lxml ships no type information)
Location = Callable[[str, int], Text]

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
