"""The message a worker sends back: Findings as JSON plus the thumbnail's bytes. No pickle.

The parent holds the vault key and the worker parses hostile files, so the parent treats every answer
as untrusted: it is decoded as JSON only (never unpickled), checked field by field, and refused
whole when anything is out of shape.
"""

from __future__ import annotations

import json
import struct
from typing import Any

from vault.intake import limits
from vault.intake.findings import Findings

MAX_PARTS = 200_000  # located text parts of one file (an EXIF tag, a PDF string, a DOCX comment …)
MAX_PARTS_CHARS = 4 * limits.MAX_TEXT_CHARS
MAX_MESSAGE = (limits.MAX_TEXT_CHARS + MAX_PARTS_CHARS) * 4 + 64 * 1024 * 1024  # UTF-8 at worst
MAX_THUMBNAIL = 2 * 1024 * 1024
_HEADER = struct.Struct("<I")


class BadMessage(Exception):
    """The worker's answer is not a well-formed Findings message."""


def encode(findings: Findings) -> bytes:
    doc = {
        "media_type": findings.media_type,
        "metadata": findings.metadata,
        "pages": [[n, text] for n, text in findings.pages],
        "problem": findings.problem,
        "notes": findings.notes,
        "parts": [[where, text] for where, text in findings.parts],
        "unread": findings.unread,
    }
    body = json.dumps(doc, ensure_ascii=False, allow_nan=False, default=str).encode("utf-8")
    return _HEADER.pack(len(body)) + body + (findings.thumbnail or b"")


def _no_constants(name: str) -> Any:
    raise BadMessage(f"non-finite number {name}")


def decode(message: bytes) -> Findings:
    """A Findings from a worker's message; raises BadMessage for anything out of shape."""
    if len(message) < _HEADER.size:
        raise BadMessage("short message")
    (length,) = _HEADER.unpack_from(message)
    body = message[_HEADER.size : _HEADER.size + length]
    thumbnail = message[_HEADER.size + length :]
    if len(body) != length:
        raise BadMessage("truncated message")
    try:
        untrusted = json.loads(body.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise BadMessage("not JSON") from exc
    if not isinstance(untrusted, dict):
        raise BadMessage("not an object")
    media_type = untrusted.get("media_type")
    metadata = untrusted.get("metadata")
    pages = untrusted.get("pages")
    problem = untrusted.get("problem")
    notes = untrusted.get("notes")
    if not isinstance(media_type, str) or not 0 < len(media_type) <= 100:
        raise BadMessage("media type")
    if not isinstance(metadata, dict) or len(json.dumps(metadata)) > 512 * 1024:
        raise BadMessage("metadata")
    if problem is not None and (not isinstance(problem, str) or len(problem) > 500):
        raise BadMessage("problem")
    if not isinstance(notes, list) or not all(isinstance(n, str) and len(n) <= 500 for n in notes[:20]):
        raise BadMessage("notes")
    if not isinstance(pages, list):
        raise BadMessage("pages")
    clean_pages: list[tuple[int, str]] = []
    for item in pages:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[1], str)):
            raise BadMessage("page")
        number = item[0]
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= 10**6:
            raise BadMessage("page number")
        clean_pages.append((number, item[1]))
    clean_parts = _parts(untrusted.get("parts"))
    unread = untrusted.get("unread")
    if not isinstance(unread, list) or len(unread) > 1000 or not all(isinstance(u, str) for u in unread):
        raise BadMessage("unread")
    if thumbnail and (len(thumbnail) > MAX_THUMBNAIL or not thumbnail.startswith(b"\xff\xd8\xff")):
        raise BadMessage("thumbnail")
    return Findings(
        media_type,
        metadata=metadata,
        pages=clean_pages,
        thumbnail=thumbnail or None,
        problem=problem,
        notes=[str(n) for n in notes[:20]],
        parts=clean_parts,
        unread=[u[:500] for u in unread],
    )


def _parts(untrusted: object) -> list[tuple[str, str]]:
    if not isinstance(untrusted, list) or len(untrusted) > MAX_PARTS:
        raise BadMessage("parts")
    clean: list[tuple[str, str]] = []
    size = 0
    for item in untrusted:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item)):
            raise BadMessage("part")
        where, text = item
        size += len(text)
        if len(where) > 500 or size > MAX_PARTS_CHARS:
            raise BadMessage("part size")
        clean.append((where, text))
    return clean
