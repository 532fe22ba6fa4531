"""E-mail messages at intake: headers, the body's text, and the attached files (stored as items).

.eml files are parsed by the standard library (``policy.default``) through vault/readers/mail.py's
walker; Outlook .msg files through vault/readers/outlook.py. The metadata holds what a person looks a
message up by (from, to, cc, date, subject, message id), the search text holds those headers and the
body (plain text, or HTML reduced to text, or the RTF body of an Outlook message), and every attached
file goes back in ``Findings.attachments`` to be examined and stored as an evidence item of its own,
"attached to" the message (vault/intake/evidence.py). A forwarded message attached to another is one
such file (an .eml, or an .msg made from the Outlook message's storage by vault/readers/cfb_write.py),
whose own attachments follow it.
"""

from __future__ import annotations

from email.message import Message
from email.utils import parsedate_to_datetime
from typing import Any

from vault.intake import detect, limits
from vault.intake.findings import Attachment, Findings, clip, put
from vault.messages import Text
from vault.readers import mail, outlook
from vault.readers.htmltext import html_text
from vault.readers.rtf import BadRtf, decompress, rtf_text

_HEADERS = (
    ("from", "from"),
    ("to", "to"),
    ("cc", "cc"),
    ("subject", "subject"),
    ("message-id", "message_id"),
)


def examine_eml(data: bytes) -> Findings:
    message = mail.parse(data)
    metadata: dict[str, Any] = {}
    for header, key in _HEADERS:
        put(metadata, key, clip(_header(message, header)))
    put(metadata, "date", _date(_header(message, "date")))
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    inside: list[str] = []  # parts of attached messages: theirs, not this message's
    for number, part in mail.walk(message):
        if any(number.startswith(f"{n}.") for n in inside):
            continue
        if number != "1" and part.get_content_type() == "message/rfc822":
            inside.append(number)
            attachments.append(Attachment(mail.file_name(part), _attached_message(part)))
            continue
        if mail.is_attachment(part):
            attachments.append(Attachment(mail.file_name(part), mail.payload(part)))
        elif not mail.is_container(part):
            text = mail.text_of(part, mail.payload(part))
            (html if part.get_content_subtype() == "html" else plain).append(text)
    body = "\n\n".join(plain) if any(t.strip() for t in plain) else "\n\n".join(html_text(t) for t in html)
    return _findings(detect.EML, metadata, body, attachments)


def _header(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # noqa: BLE001 - a malformed header may trip the header parser
        value = None
    return str(value) if value is not None else None


def _date(untrusted: str | None) -> str | None:
    if not untrusted:
        return None
    try:
        return parsedate_to_datetime(untrusted).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _attached_message(part: Message) -> bytes:
    inner = part.get_payload()
    first = inner[0] if isinstance(inner, list) and inner else None
    if isinstance(first, Message):
        try:
            return first.as_bytes()
        except (ValueError, TypeError, LookupError, UnicodeError):
            return str(first).encode("utf-8", "replace")
    return mail.payload(part)


def examine_msg(data: bytes) -> Findings:
    found = outlook.message(data)
    strings = found.strings
    metadata: dict[str, Any] = {}
    sender = strings.get(outlook.SENDER_SMTP) or strings.get(outlook.SENDER_EMAIL)
    name = strings.get(outlook.SENDER_NAME)
    put(metadata, "from", clip(f"{name} <{sender}>" if name and sender else name or sender))
    put(metadata, "to", clip(strings.get(outlook.DISPLAY_TO)))
    put(metadata, "cc", clip(strings.get(outlook.DISPLAY_CC)))
    put(metadata, "subject", clip(strings.get(outlook.SUBJECT)))
    put(metadata, "message_id", clip(strings.get(outlook.MESSAGE_ID)))
    put(metadata, "date", found.times.get(outlook.SUBMIT_TIME) or found.times.get(outlook.DELIVERY_TIME))
    body = strings.get(outlook.BODY) or ""
    if not body.strip() and strings.get(outlook.HTML):
        body = html_text(strings[outlook.HTML])
    if not body.strip() and outlook.HTML in found.binaries:
        body = html_text(found.binaries[outlook.HTML].decode("utf-8", "replace"))
    if not body.strip() and outlook.RTF in found.binaries:
        try:
            body = rtf_text(decompress(found.binaries[outlook.RTF]))
        except BadRtf:
            body = ""
    attachments = [Attachment(a.name, a.data) for a in found.attachments]
    findings = _findings(detect.MSG, metadata, body, attachments)
    if found.embedded_messages:
        findings.notes.append(
            Text(
                "{n} attached Outlook message(s) too large or malformed to be stored on their own: "
                "read as part of this one",
                n=found.embedded_messages,
            )
        )
    return findings


def _findings(
    media_type: str, metadata: dict[str, Any], body: str, attachments: list[Attachment]
) -> Findings:
    if attachments:
        metadata["attachments"] = len(attachments)
    findings = Findings(media_type, metadata=metadata, attachments=attachments)
    heading = [f"{key}: {metadata[key]}" for key in ("from", "to", "cc", "subject") if key in metadata]
    text = "\n".join([*heading, "", body]) if heading else body
    if len(text) > limits.MAX_TEXT_CHARS:
        text = text[: limits.MAX_TEXT_CHARS]
        findings.notes.append(Text("text kept up to the size limit"))
    if text.strip():
        findings.pages.append((0, text))
    return findings
