"""What a media file's own parser found (vault/intake/bmff.py, ebml.py, audio.py), in one shape.

``facts`` are the claims intake records (duration, dates, position, device, codecs); ``tags`` every
text the container holds, each with a structural place (a box path, a frame id, a comment's number),
for search and for the outbound gate; ``embedded`` files inside it (cover pictures, attached files),
read by their own readers; ``unread`` places that could not be read (a compressed frame too large, an
encrypted one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class MediaInfo:
    facts: dict[str, Any] = field(default_factory=dict)
    tags: list[tuple[str, str]] = field(default_factory=list)
    embedded: list[tuple[str, bytes]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)

    def tag(self, where: str, text: str) -> None:
        text = text.replace("\x00", " ").strip()
        if text:
            self.tags.append((where, text))


def printable(data: bytes, limit: int = 65536) -> str:
    """The printable ASCII of ``data`` (a binary value's readable part), runs joined by spaces."""
    return " ".join("".join(chr(b) if 32 <= b < 127 else " " for b in data[:limit]).split())
