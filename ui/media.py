"""Recognising what an evidence item's bytes are, from their first bytes (never from the file name alone).

The name an item arrived with is untrusted: a ``.jpg`` may be a PDF. The suffix is only a hint for
deciding whether reading the bytes to make a thumbnail is worth it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

MediaKind = Literal["image", "pdf", "video", "audio", "other"]

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff")
PDF_SUFFIXES = (".pdf",)


def sniff(head: bytes) -> MediaKind:
    if head.startswith(b"%PDF-"):
        return "pdf"
    if (
        head.startswith(b"\xff\xd8\xff")
        or head.startswith(b"\x89PNG\r\n\x1a\n")
        or head[:6] in (b"GIF87a", b"GIF89a")
        or head.startswith(b"BM")
        or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")
        or head[:4] in (b"II*\x00", b"MM\x00*")
    ):
        return "image"
    return "other"


def played(body: Mapping[str, Any]) -> MediaKind:
    """Whether an item is played (video or audio): from the media type intake recorded by reading its
    container (vault/intake/detect.py), never from its name. Only those go to FFmpeg."""
    media_type = str(body.get("media_type") or "")
    if media_type.startswith("video/"):
        return "video"
    if media_type.startswith("audio/"):
        return "audio"
    return "other"


def hinted(body: Mapping[str, Any]) -> MediaKind:
    """What the item probably is, from its recorded media type or name, before reading any bytes."""
    media_type = str(body.get("media_type") or body.get("mime") or "")
    if media_type.startswith("image/"):
        return "image"
    if media_type == "application/pdf":
        return "pdf"
    untrusted_name = str(body.get("name", "")).lower()
    if untrusted_name.endswith(IMAGE_SUFFIXES):
        return "image"
    if untrusted_name.endswith(PDF_SUFFIXES):
        return "pdf"
    return "other"


def clock(ms: int) -> str:
    """A duration or a position as a player shows it: 0:07, 12:34, 1:02:03."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
