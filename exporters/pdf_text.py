"""Every piece of text a PDF carries, located, for the leak guard (vault/leakguard.py) and for tracing.

Page text (as pypdf extracts it), the document information dictionary, XMP metadata, annotations
(comments, links), bookmarks, form fields and the names of attached files. Text drawn with a font that
has no Unicode mapping cannot be extracted by any reader and so is not seen here; the draft exporter
only stamps text in a standard font, which always can be.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import DictionaryObject, IndirectObject

from vault.errors import InvalidInput
from vault.leakguard import TextPart
from vault.messages import Text

_STANDARD_PROPERTIES = {
    "Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped"
}  # fmt: skip


def open_pdf(data: bytes, name: str) -> PdfReader:
    """A reader for PDF bytes; InvalidInput naming ``name`` when it is not a PDF we can read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InvalidInput(
                Text("{name} is password-protected; remove the password first", name=name), field="pdf"
            )
        _ = len(reader.pages)
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise InvalidInput(
            Text("{name} is not a readable PDF (it is damaged or not a PDF)", name=name), field="pdf"
        ) from None
    return reader


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _text(value: Any) -> str:
    value = _resolve(value)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def page_texts(reader: PdfReader) -> list[str]:
    """The extracted text of every page (an empty string for a page whose text cannot be read)."""
    out: list[str] = []
    for page in reader.pages:
        try:
            out.append(page.extract_text() or "")
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            out.append("")
    return out


def _annotations(reader: PdfReader) -> Iterator[TextPart]:
    for n, page in enumerate(reader.pages, 1):
        annots = _resolve(page.get("/Annots"))
        if not isinstance(annots, list):
            continue
        for m, ref in enumerate(annots, 1):
            annot = _resolve(ref)
            if not isinstance(annot, DictionaryObject):
                continue
            for key in ("/Contents", "/T", "/TU", "/V", "/RC"):
                if key in annot:
                    where = Text("page {page} annotation {n} {key}", page=n, n=m, key=key[1:])
                    yield TextPart(where, _text(annot[key]))
            action = _resolve(annot.get("/A"))
            if isinstance(action, DictionaryObject) and "/URI" in action:
                where = Text("page {page} annotation {n} link", page=n, n=m)
                yield TextPart(where, _text(action["/URI"]))


def _outline(items: list[Any], depth: str = "") -> Iterator[TextPart]:
    for n, item in enumerate(items, 1):
        if isinstance(item, list):
            yield from _outline(item, f"{depth}{n}.")
        else:
            title = getattr(item, "title", None)
            if title:
                yield TextPart(Text("bookmark {number}", number=f"{depth}{n}"), str(title))


def pdf_parts(data: bytes, name: str) -> list[TextPart]:
    """Text parts of a whole PDF: pages, properties, XMP, annotations, bookmarks, fields, attachments."""
    reader = open_pdf(data, name)
    parts = [TextPart(Text("page {n}", n=n), text) for n, text in enumerate(page_texts(reader), 1)]
    for n, (key, value) in enumerate(sorted((reader.metadata or {}).items()), 1):
        label = str(key).lstrip("/")
        if label in _STANDARD_PROPERTIES:
            parts.append(TextPart(Text("document property '{key}'", key=label), _text(value)))
        else:  # a custom property's name is chosen by whoever made the file: content, not a location
            where = Text("custom document property {n}", n=n)
            parts.append(TextPart(where, f"{label}\n{_text(value)}"))
    root = _resolve(reader.trailer["/Root"])
    xmp = _resolve(root.get("/Metadata")) if isinstance(root, DictionaryObject) else None
    if xmp is not None and hasattr(xmp, "get_data"):
        parts.append(TextPart(Text("XMP metadata"), xmp.get_data().decode("utf-8", errors="replace")))
    parts += _annotations(reader)
    try:
        parts += _outline(list(reader.outline))
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        parts.append(TextPart(Text("bookmarks"), "(unreadable)"))
    for n, (field_name, field) in enumerate(sorted((reader.get_fields() or {}).items()), 1):
        # Numbered, not named: a field's name is itself content and may not appear in a location.
        parts.append(TextPart(Text("form field {n}", n=n), f"{field_name}\n{_text(field.get('/V', ''))}"))
    for file_name in sorted(reader.attachments):
        parts.append(TextPart(Text("name of an attached file"), file_name))
    return parts
