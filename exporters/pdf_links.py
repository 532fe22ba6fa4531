"""The links of a rebuilt copy's pages: bare copies of links to a web address or to a page of the copy;
every other link, action and named destination is left behind."""

from __future__ import annotations

import math
from typing import Any

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    TextStringObject,
)

from exporters.pdf_rebuild import _resolve


def _copy_links(
    writer: PdfWriter, source: PageObject, page: PageObject, targets: dict[int, IndirectObject]
) -> None:
    """Bare copies of the page's links to a web address or to a page of the copy; nothing else."""
    annots = _resolve(source.get("/Annots"))
    if not isinstance(annots, ArrayObject):
        return
    kept = ArrayObject()
    for ref in annots:
        annot = _resolve(ref)
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") != "/Link":
            continue
        rect = _numbers(_resolve(annot.get("/Rect")), 4)
        if rect is None:
            continue
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
                NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
            }
        )
        action = _resolve(annot.get("/A"))
        destination = None
        if isinstance(action, DictionaryObject) and action.get("/S") == "/URI":
            uri = _resolve(action.get("/URI"))
            if not isinstance(uri, (str, bytes)) or isinstance(uri, NameObject):
                continue
            text = uri.decode("latin-1") if isinstance(uri, bytes) else str(uri)
            link[NameObject("/A")] = DictionaryObject(
                {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject(text)}
            )
        elif isinstance(action, DictionaryObject) and action.get("/S") == "/GoTo":
            destination = _destination(_resolve(action.get("/D")), targets)
        elif action is None:
            destination = _destination(_resolve(annot.get("/Dest")), targets)
        else:
            continue
        if "/A" not in link:
            if destination is None:
                continue
            link[NameObject("/Dest")] = destination
        kept.append(writer._add_object(link))
    if kept:
        page[NameObject("/Annots")] = kept


def _destination(dest: Any, targets: dict[int, IndirectObject]) -> ArrayObject | None:
    """An explicit destination ([page /XYZ left top zoom] ...) pointed at the copy's page; a named one
    (a string the author chose) is not kept."""
    if not isinstance(dest, ArrayObject) or not dest or not isinstance(dest[0], IndirectObject):
        return None
    target = targets.get(dest[0].idnum)
    if target is None:
        return None
    out = ArrayObject([target])
    for item in dest[1:6]:
        item = _resolve(item)
        if isinstance(item, NameObject) and item in ("/XYZ", "/Fit", "/FitH", "/FitV", "/FitR", "/FitB",
                                                     "/FitBH", "/FitBV"):  # fmt: skip
            out.append(NameObject(item))
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            out.append(FloatObject(float(item)))
        else:
            out.append(NullObject())
    return out


def _numbers(value: Any, count: int) -> list[float] | None:
    if not isinstance(value, ArrayObject) or len(value) != count:
        return None
    try:
        numbers = [float(_resolve(v)) for v in value]
    except (TypeError, ValueError):
        return None
    return numbers if all(math.isfinite(v) for v in numbers) else None
