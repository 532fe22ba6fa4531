"""Refusing XML that declares a DTD or entities, before any parser sees it.

Word documents and XMP packets never need a DOCTYPE; one that has it is either broken or built to
expand entities (the "billion laughs") or fetch external ones. We refuse rather than try to parse
safely, and name what was refused.
"""

from __future__ import annotations

from vault.intake.findings import Unreadable
from vault.messages import Text

_MARKERS = (b"<!doctype", b"<!entity")


def refuse_declarations(untrusted_xml: bytes, what: str) -> None:
    """Raise Unreadable when the XML holds a DOCTYPE or ENTITY declaration (in UTF-8 or UTF-16)."""
    for text in _decodings(untrusted_xml):
        lowered = text.lower()
        if any(marker in lowered for marker in _MARKERS):
            raise Unreadable(
                Text("{what} declares XML entities or a DTD (refused: possible entity expansion)", what=what)
            )


def _decodings(data: bytes) -> list[bytes]:
    """The bytes as they are, plus as UTF-8 when they are UTF-16/32 (with or without a byte-order mark)."""
    found = [data]
    head = data[:4]
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                       (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):  # fmt: skip
        if head.startswith(bom):
            found.append(data.decode(codec, "replace").encode("utf-8"))
            return found
    if head == b"<\x00\x00\x00":
        found.append(data.decode("utf-32-le", "replace").encode("utf-8"))
    elif head == b"\x00\x00\x00<":
        found.append(data.decode("utf-32-be", "replace").encode("utf-8"))
    elif len(head) == 4 and head[1] == 0 and head[3] == 0:
        found.append(data.decode("utf-16-le", "replace").encode("utf-8"))
    elif len(head) == 4 and head[0] == 0 and head[2] == 0:
        found.append(data.decode("utf-16-be", "replace").encode("utf-8"))
    return found
