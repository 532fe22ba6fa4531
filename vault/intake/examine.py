"""Examining one file's bytes: detect its type, then hand it to the reader for that type.

Runs in a worker process (vault/intake/worker.py), never in the process that holds the vault key.
Whatever a reader raises becomes a ``Findings`` with a fixed, user-safe reason: examining never fails.
"""

from __future__ import annotations

from vault.intake import detect, limits, wire
from vault.intake.findings import Attachment, Findings, Unreadable
from vault.messages import Text
from vault.readers import files

_ENCRYPTED_OFFICE = "EncryptedPackage".encode("utf-16-le")


MAX_ATTACHMENT_DEPTH = 4  # a message attached to a message attached to … (each stored as an item)


def examine(data: bytes) -> Findings:
    """What ``data`` is and what it holds; problems are reported in the result, never raised."""
    return _examine_with_attachments(data, 0, [limits.MAX_ATTACHMENT_BYTES])


def _examine_with_attachments(data: bytes, depth: int, budget: list[int]) -> Findings:
    findings = _examine(data)
    read_parts(data, findings)
    carried, findings.attachments = findings.attachments, []
    for n, item in enumerate(carried):
        if (
            depth >= MAX_ATTACHMENT_DEPTH
            or len(findings.attachments) >= wire.MAX_ATTACHMENTS
            or len(item.data) > budget[0]
        ):
            findings.notes.append(
                Text(
                    "{n} attached file(s) kept inside the message only (past the limits)", n=len(carried) - n
                )
            )
            break
        budget[0] -= len(item.data)
        inner = _examine_with_attachments(item.data, depth + 1, budget)
        at = len(findings.attachments)
        findings.attachments.append(Attachment(item.name, item.data, -1, inner))
        for sub in inner.attachments[: wire.MAX_ATTACHMENTS - at - 1]:
            parent = at if sub.parent < 0 else at + 1 + sub.parent
            findings.attachments.append(Attachment(sub.name, sub.data, parent, sub.findings))
        inner.attachments = []
    return findings


def _examine(data: bytes) -> Findings:
    media_type = detect.media_type(data)
    try:
        return _read(data, media_type)
    except Unreadable as exc:
        return Findings(media_type, problem=exc.reason)
    except MemoryError:
        return Findings(media_type, problem=Text("examining it needed more memory than is safe to use"))
    except RecursionError:
        return Findings(media_type, problem=Text("its structure is nested too deeply to read"))
    except Exception:  # noqa: BLE001 - a hostile file may trip anything inside a parser
        return Findings(media_type, problem=Text("the file is damaged (its structure could not be parsed)"))


def read_parts(data: bytes, findings: Findings) -> None:
    """Every located text the file carries (vault/readers), for the outbound gate, within the wire's
    bounds; what does not fit is read as raw bytes' strings instead and the cut is recorded."""
    try:
        reading = files.read_file(data)
    except (MemoryError, RecursionError):
        reading = files.FileReading(
            files.raw_strings(data, Text("raw bytes")), [Text("the file (too complex)")]
        )
    size = 0
    for n, part in enumerate(reading.parts):
        size += len(part.text)
        if n >= wire.MAX_PARTS or size > wire.MAX_PARTS_CHARS:
            findings.unread.append(Text("text past the size limit"))
            break
        findings.parts.append((str(part.location), part.text))
    findings.unread += [str(u) for u in reading.unread[:1000]]


def _read(data: bytes, media_type: str) -> Findings:
    if media_type in detect.IMAGES:
        from vault.intake import photo  # imported here: each reader loads only when needed

        return photo.examine_image(data, media_type)
    if media_type == detect.PDF:
        from vault.intake import pdf

        return pdf.examine_pdf(data)
    if media_type == detect.DOCX:
        from vault.intake import docx

        return docx.examine_docx(data)
    if media_type in (detect.XLSX, detect.ODS):
        from vault.intake import sheets

        return sheets.examine_xlsx(data) if media_type == detect.XLSX else sheets.examine_ods(data)
    if media_type in detect.MEDIA:
        from vault.intake import media

        return media.examine_media(data, media_type)
    if media_type == detect.TEXT:
        return _plain_text(data)
    if media_type == detect.EML:
        from vault.intake import mail

        return mail.examine_eml(data)
    if media_type == detect.MSG:
        from vault.intake import mail

        return mail.examine_msg(data)
    if media_type == detect.OLE and _ENCRYPTED_OFFICE in data:
        raise Unreadable(Text("the Office document is encrypted (it needs a password to open)"))
    return Findings(media_type)


def _plain_text(data: bytes) -> Findings:
    text = data[: limits.MAX_TEXT_CHARS * 4].decode("utf-8", "replace").replace("\x00", "")
    findings = Findings(detect.TEXT, metadata={"characters": len(text), "lines": text.count("\n") + 1})
    if len(text) > limits.MAX_TEXT_CHARS:
        text = text[: limits.MAX_TEXT_CHARS]
        findings.notes.append(Text("text kept up to the size limit"))
    if text.strip():
        findings.pages.append((0, text))
    return findings
