"""Strings decoded: every reading of a PDF string (text string, PDFDocEncoding, UTF-8, Latin-1, UTF-16
without a byte-order mark), the same text as a viewer shows it (markup, character references,
percent-encoding and escapes undone), and the readable runs of a stream of unknown content."""

from __future__ import annotations

import codecs
import contextlib
import html
import re
import urllib.parse
from typing import Any

from pypdf.generic import ByteStringObject, TextStringObject, create_string_object


def _clean(text: str) -> str:
    text = text.replace("\x00", "")
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})")


def _variants(text: str) -> list[str]:
    """The text, and the same text as a viewer would show it if it is marked up or escaped."""
    found = [text]
    if "<" in text or "&" in text:
        found.append(html.unescape(_TAG.sub("", text)))
    if "%" in text:
        found.append(urllib.parse.unquote(text))
        found.append(urllib.parse.unquote_plus(text))
    if "\\" in text:
        found.append(_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text))
    return list(dict.fromkeys(found))


def _bytes_text(data: bytes) -> list[str]:
    """A PDF string's possible readings: as a text string (BOM, PDFDocEncoding), UTF-8, or Latin-1."""
    found: list[str] = []
    for bom, codec in ((codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF8, "utf-8")):  # fmt: skip
        if data.startswith(bom):
            found.append(data[len(bom) :].decode(codec, "replace"))
    if not found:
        try:
            decoded = create_string_object(data)
        except Exception:  # noqa: BLE001
            decoded = ByteStringObject(data)
        found.append(str(decoded) if isinstance(decoded, TextStringObject) else data.decode("latin-1"))
    if any(b >= 0x80 for b in data):
        with contextlib.suppress(UnicodeDecodeError):
            found.append(data.decode("utf-8"))
        found.append(data.decode("latin-1"))
    if len(data) >= 4 and data.count(0) * 3 >= len(data):  # UTF-16 without a byte-order mark
        for codec in ("utf-16-be", "utf-16-le"):
            found.append(data.decode(codec, "replace"))
    return list(dict.fromkeys(found))


def _string_texts(value: Any) -> list[str]:
    """Every reading of a string object (decoded, then unescaped where it is markup or a URI)."""
    if isinstance(value, TextStringObject):
        texts = [str(value)]
        original = getattr(value, "_original_bytes", None)  # what the file holds, when pypdf decoded it
        if original and any(b >= 0x80 for b in original) and not value.autodetect_utf16:
            with contextlib.suppress(UnicodeDecodeError):
                texts.append(original.decode("utf-8"))
    elif isinstance(value, bytes):
        texts = _bytes_text(bytes(value))
    else:
        texts = [str(value)]
    out: list[str] = []
    for text in texts:
        out.extend(_variants(_clean(text)))
    return list(dict.fromkeys(t for t in out if t.strip()))


_PRINTABLE = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]{3,}")


def _printable(data: bytes) -> str:
    """Readable runs of a stream of unknown content, in UTF-8, Latin-1 and (when it looks so) UTF-16."""
    try:
        texts = [data.decode("utf-8")]
    except UnicodeDecodeError:
        texts = [data.decode("latin-1")]
    if data[:2] in (codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE) or data.count(0) * 4 >= len(data) > 8:
        texts += [data.decode("utf-16-be", "replace"), data.decode("utf-16-le", "replace")]
    runs: list[str] = []
    for text in texts:
        runs.extend(_PRINTABLE.findall(text))
    return "\n".join(runs)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
