"""The message a worker sends back: Findings as JSON, then the thumbnail's bytes, then each attachment's
bytes and its own findings (an e-mail's attached files, examined in the same worker). No pickle.

The parent holds the vault key and the worker parses hostile files, so the parent treats every answer
as untrusted: it is decoded as JSON only (never unpickled), checked field by field, and refused
whole when anything is out of shape.
"""

from __future__ import annotations

import json
import struct
from typing import Any

from vault.intake import detect, limits
from vault.intake.findings import Attachment, Findings

MAX_PARTS = 200_000  # located text parts of one file (an EXIF tag, a PDF string, a DOCX comment …)
MAX_PARTS_CHARS = 4 * limits.MAX_TEXT_CHARS
MAX_ATTACHMENTS = 500  # files one message carries that are stored as items of their own
_ONE_FILE = (limits.MAX_TEXT_CHARS + MAX_PARTS_CHARS) * 4 + 64 * 1024 * 1024  # UTF-8 at worst
# A message's own findings, then its attachments' bytes and findings (bounded in the worker by
# limits.MAX_ATTACHMENT_BYTES, their text by the same budget as one file's).
MAX_MESSAGE = 2 * _ONE_FILE + limits.MAX_ATTACHMENT_BYTES
MAX_THUMBNAIL = 2 * 1024 * 1024
_HEADER = struct.Struct("<I")


class BadMessage(Exception):
    """The worker's answer is not a well-formed Findings message."""


def encode(findings: Findings) -> bytes:
    trailer = [findings.thumbnail or b""]
    attachments = []
    for item in findings.attachments:
        inner = encode(Findings(detect.UNKNOWN) if item.findings is None else _alone(item.findings))
        attachments.append(
            {"name": item.name, "parent": item.parent, "size": len(item.data), "findings_size": len(inner)}
        )
        trailer += [item.data, inner]
    doc = {
        "media_type": findings.media_type,
        "metadata": findings.metadata,
        "pages": [[n, text] for n, text in findings.pages],
        "problem": findings.problem,
        "notes": findings.notes,
        "parts": [[where, text] for where, text in findings.parts],
        "unread": findings.unread,
        "thumbnail_size": len(trailer[0]),
        "attachments": attachments,
    }
    body = json.dumps(doc, ensure_ascii=False, allow_nan=False, default=str).encode("utf-8")
    return b"".join([_HEADER.pack(len(body)), body, *trailer])


def _alone(findings: Findings) -> Findings:
    """``findings`` without attachments of its own (the list is flat: parents by index)."""
    if not findings.attachments:
        return findings
    return Findings(findings.media_type, findings.metadata, findings.pages, findings.thumbnail,
                    findings.problem, findings.notes, findings.parts, findings.unread)  # fmt: skip


def _no_constants(name: str) -> Any:
    raise BadMessage(f"non-finite number {name}")


def decode(message: bytes, *, nested: bool = False) -> Findings:
    """A Findings from a worker's message; raises BadMessage for anything out of shape (``nested``: an
    attachment's findings, which carry no attachments of their own)."""
    if len(message) < _HEADER.size:
        raise BadMessage("short message")
    (length,) = _HEADER.unpack_from(message)
    body = message[_HEADER.size : _HEADER.size + length]
    trailer = memoryview(message)[_HEADER.size + length :]
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
    thumbnail_size = _size(untrusted.get("thumbnail_size"), MAX_THUMBNAIL)
    thumbnail = bytes(trailer[:thumbnail_size])
    if len(thumbnail) != thumbnail_size:
        raise BadMessage("thumbnail size")
    attachments = _attachments(untrusted.get("attachments"), trailer[thumbnail_size:], nested)
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
        attachments=attachments,
    )


def _size(value: object, limit: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= limit:
        return value
    raise BadMessage("size")


def _attachments(untrusted: object, trailer: memoryview, nested: bool) -> list[Attachment]:
    """The attachments a message's trailer carries: each its bytes then its findings, in order."""
    if not isinstance(untrusted, list) or len(untrusted) > (0 if nested else MAX_ATTACHMENTS):
        raise BadMessage("attachments")
    found: list[Attachment] = []
    at = 0
    for n, item in enumerate(untrusted):
        if not isinstance(item, dict):
            raise BadMessage("attachment")
        name, parent, size, findings_size = (item.get(k) for k in ("name", "parent", "size", "findings_size"))
        if name is not None and (not isinstance(name, str) or len(name) > 4096):
            raise BadMessage("attachment name")
        if not (isinstance(parent, int) and not isinstance(parent, bool) and -1 <= parent < n):
            raise BadMessage("attachment parent")
        size, findings_size = _size(size, limits.MAX_ATTACHMENT_BYTES), _size(findings_size, MAX_MESSAGE)
        data = bytes(trailer[at : at + size])
        inner = bytes(trailer[at + size : at + size + findings_size])
        at += size + findings_size
        if len(data) != size or len(inner) != findings_size:
            raise BadMessage("truncated attachment")
        found.append(Attachment(name, data, parent, decode(inner, nested=True)))
    if at != len(trailer):
        raise BadMessage("trailing bytes")
    return found


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
