"""Office packages' core properties (docProps/core.xml), read as the file has them and only so.

python-docx and openpyxl fill properties a file does not have with their own defaults (a title "Word
Document", a last editor "python-docx", a creator "openpyxl", a modification time of now): recorded as
evidence, that is a false claim of authorship. This reader returns only what ``docProps/core.xml`` says,
and nothing when the part is missing. The archive has been checked (sizes, DTDs) before it is called.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # no stubs

from vault.intake.findings import clean_int, clip, put
from vault.intake.xmlsafe import refuse_declarations
from vault.messages import Text

_DC = "http://purl.org/dc/elements/1.1/"
_TERMS = "http://purl.org/dc/terms/"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_TEXT = (("author", _DC, "creator"), ("last_modified_by", _CP, "lastModifiedBy"), ("title", _DC, "title"),
         ("subject", _DC, "subject"), ("keywords", _CP, "keywords"), ("category", _CP, "category"),
         ("comments", _DC, "description"), ("identifier", _DC, "identifier"), ("language", _DC, "language"),
         ("version", _CP, "version"), ("content_status", _CP, "contentStatus"))  # fmt: skip
_DATES = (
    ("created", _TERMS, "created"),
    ("modified", _TERMS, "modified"),
    ("last_printed", _CP, "lastPrinted"),
)
_W3CDTF = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")
STRICT_MARKER = b"http://purl.oclc.org/ooxml/"  # Strict OOXML's namespaces begin so


def core_properties(archive: zipfile.ZipFile) -> dict[str, Any]:
    """What docProps/core.xml says ({} when the package has none, or it is not well-formed)."""
    try:
        untrusted_xml = archive.read("docProps/core.xml")
    except KeyError:
        return {}
    refuse_declarations(untrusted_xml, Text("the document's XML"))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(untrusted_xml, parser=parser)
    except etree.XMLSyntaxError:
        return {}
    found: dict[str, Any] = {}
    for key, namespace, name in _TEXT:
        put(found, key, clip(root.findtext(f"{{{namespace}}}{name}")))
    for key, namespace, name in _DATES:
        value = (root.findtext(f"{{{namespace}}}{name}") or "").strip()
        put(found, key, value if _W3CDTF.match(value) else None)
    put(found, "revision", clean_int((root.findtext(f"{{{_CP}}}revision") or "").strip() or None))
    return found


def core_properties_of(data: bytes) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return core_properties(archive)
