"""Every piece of text a DOCX package carries, located, for the leak guard (vault/leakguard.py).

Read from the package itself (the zip and its XML parts), not from the objects that wrote it, so the
check covers what is really in the file: body paragraphs and table cells, headers, footers, notes and
comments, picture descriptions, document properties (core, extended, custom), the names of the parts,
relationship targets (links), and the metadata of every embedded picture.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

from exporters.image_text import image_parts
from vault.errors import InvalidInput
from vault.leakguard import TextPart
from vault.messages import Text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS = {f"{W}t", f"{W}delText", f"{W}instrText"}
_MAX_PART = 256 * 1024**2


def _text_of(element: ET.Element) -> str:
    return "".join(t.text or "" for t in element.iter() if t.tag in _TEXT_TAGS)


def _all_text(root: ET.Element) -> str:
    """Text nodes and attribute values of a part, one per line (attributes hold descriptions, links)."""
    lines: list[str] = []
    for el in root.iter():
        if el.text and el.text.strip():
            lines.append(el.text)
        lines += [v for v in el.attrib.values() if v.strip()]
        if el.tail and el.tail.strip():
            lines.append(el.tail)
    return "\n".join(lines)


def _body(root: ET.Element) -> Iterator[TextPart]:
    body = root.find(f"{W}body")
    if body is None:
        return
    paragraph = table = 0
    for child in body:
        if child.tag == f"{W}p":
            paragraph += 1
            yield TextPart(Text("body paragraph {n}", n=paragraph), _text_of(child))
        elif child.tag == f"{W}tbl":
            table += 1
            for r, row in enumerate(child.iterfind(f"{W}tr"), 1):
                for c, cell in enumerate(row.iterfind(f"{W}tc"), 1):
                    cell_text = "\n".join(_text_of(p) for p in cell.iter(f"{W}p"))
                    where = Text("table {table} row {row} cell {cell}", table=table, row=r, cell=c)
                    yield TextPart(where, cell_text)
        else:
            yield TextPart(Text("body (other content)"), _text_of(child))
    # Picture titles and descriptions (alt text) are attributes, outside any paragraph's text.
    pictures = [el for el in root.iter() if el.tag.endswith(("}docPr", "}cNvPr"))]
    for n, prop in enumerate(pictures, 1):
        described = "\n".join(prop.get(a, "") for a in ("name", "descr", "title") if prop.get(a))
        if described:
            yield TextPart(Text("picture {n} name and description", n=n), described)


def _property(name: str, key: str) -> Text:
    """Where a property of the part ``name`` sits, by its key (its XML tag)."""
    if name == "docProps/core.xml":
        return Text("document property '{key}'", key=key)
    if name == "docProps/app.xml":
        return Text("application property '{key}'", key=key)
    return Text("custom property '{key}'", key=key)


def _properties(name: str, root: ET.Element) -> Iterator[TextPart]:
    for n, el in enumerate(root, 1):
        key = el.tag.rsplit("}", 1)[-1]
        text = _all_text(el)
        if name == "docProps/custom.xml":  # a custom property's name is content, not a location
            yield TextPart(Text("custom property {n}", n=n), f"{el.get('name', '')}\n{text}")
        elif text:
            yield TextPart(_property(name, key), text)


def docx_parts(data: bytes, name: str) -> list[TextPart]:
    """Text parts of a whole DOCX package; InvalidInput naming ``name`` when it is not one."""
    parts: list[TextPart] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            parts.append(
                TextPart(Text("names of the parts of the document"), "\n".join(m.filename for m in members))
            )
            for member in members:
                if member.file_size > _MAX_PART:
                    raise InvalidInput(
                        Text("{name} holds a part too large to check", name=name), field="file"
                    )
                raw = package.read(member)
                part = member.filename
                if part.startswith("word/media/") or part.startswith("docProps/thumbnail"):
                    parts += image_parts(raw, Text("picture file {name}", name=part.rsplit("/", 1)[-1]))
                elif part.endswith(".xml") or part.endswith(".rels"):
                    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
                        raise ValueError("XML declarations")  # never in a DOCX we wrote: refuse it
                    root = ET.fromstring(raw)  # noqa: S314 (declarations refused just above)
                    if part == "word/document.xml":
                        parts += _body(root)
                    elif part.startswith("docProps/") and part.endswith(".xml"):
                        parts += _properties(part, root)
                    else:
                        parts.append(TextPart(Text("part {part}", part=part), _all_text(root)))
                else:
                    parts.append(TextPart(Text("part {part}", part=part), raw.decode("latin-1")))
    except (zipfile.BadZipFile, ET.ParseError, KeyError, ValueError):
        raise InvalidInput(Text("{name} is not a readable DOCX document", name=name), field="file") from None
    return parts
