"""E-mail messages (.eml, RFC 5322 / MIME), read in full: every header decoded, every part decoded.

A name can hide in a message in many encodings: a subject in an encoded word (``=?utf-8?b?…?=``), a body
in base64 or quoted-printable, an attachment's file name in RFC 2231 (``filename*=utf-8''…``), an HTML
body behind character references, a forwarded message (``message/rfc822``) with its own parts, a
preamble or epilogue no mail program shows, text in base64 under a transfer encoding that says otherwise.
The standard library's parser (``policy.default``) decodes the message; this reader walks every part of
it, nested messages included, and reads each: headers and parameters decoded, text parts decoded with
their charset (HTML reduced with its attributes), and every other part handed back as ``Embedded`` so the
dispatcher reads it with its own reader (a PDF attachment as a PDF, an image as an image).

The walker (``walk``) is shared with intake (vault/intake/mail.py), which takes the same parts for the
message's search text and its attachments.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value

from vault.messages import Text
from vault.readers.base import Embedded, Reading
from vault.readers.htmltext import html_text

MAX_MIME_PARTS = 2_000  # parts of one message, nested ones included: far above any real message
MAX_MIME_DEPTH = 32  # multipart inside message inside multipart …
_BASE64 = re.compile(rb"^[A-Za-z0-9+/=\s]{32,}$")


def parse(data: bytes) -> EmailMessage:
    """The message ``data`` holds (the standard library's parser never raises for malformed input)."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage):  # pragma: no cover - what policy.default makes
        raise TypeError("not an EmailMessage")
    return message


def walk(message: Message, skipped: list[str] | None = None) -> Iterator[tuple[str, Message]]:
    """Every part of ``message`` with its number ("1", "1.2", "1.2.1" …), nested messages included,
    depth first, up to ``MAX_MIME_PARTS`` parts and ``MAX_MIME_DEPTH`` levels (no recursion); the
    numbers of the parts whose children the depth limit left unwalked go to ``skipped``."""
    stack: list[tuple[str, Message, int]] = [("1", message, 0)]
    count = 0
    while stack and count < MAX_MIME_PARTS:
        number, part, depth = stack.pop()
        count += 1
        yield number, part
        if not part.is_multipart():
            continue
        if depth >= MAX_MIME_DEPTH:
            if skipped is not None:
                skipped.append(number)
            continue
        children = part.get_payload()
        if isinstance(children, list):
            for n, child in reversed(list(enumerate(children, 1))):
                if isinstance(child, Message):
                    stack.append((f"{number}.{n}", child, depth + 1))


def is_container(part: Message) -> bool:
    """A multipart or a message/rfc822 part: its children are walked, it has no content of its own."""
    return part.is_multipart()


# Codecs Python accepts as a charset that are not one: they turn text into other text (or fail), so a
# message declaring one would hide its words behind a rot13 or a punycode.
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode_escape", "raw_unicode_escape", "undefined"})


def charset_of(part: Message) -> str:
    """The part's declared charset when it is a text encoding Python knows, else UTF-8 (read with
    replacement): never a bytes-to-bytes or text-to-text codec (base64, hex, rot13, idna)."""
    name = part.get_content_charset() or "utf-8"
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return "utf-8"
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return "utf-8"
    return info.name


def payload(part: Message) -> bytes:
    """The part's content with its transfer encoding undone (base64, quoted-printable, uuencode)."""
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, binascii.Error, LookupError):
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def text_of(part: Message, data: bytes) -> str:
    """The part's text: UTF-16 when its bytes say so (a byte-order mark, or every other byte NUL) whatever
    the charset declared, else its charset, else UTF-8; never raises."""
    wide = _utf16(data)
    if wide is not None:
        return data.decode(wide, "replace")
    try:
        return data.decode(charset_of(part), "replace")
    except Exception:  # noqa: BLE001 - a codec may refuse anything
        return data.decode("utf-8", "replace")


def _utf16(data: bytes) -> str | None:
    """ "utf-16" (with its byte-order mark), "utf-16-le" or "utf-16-be" when ``data`` looks like UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) * 0.4 and even < len(head) * 0.05:
        return "utf-16-le"
    if even > len(head) * 0.4 and odd < len(head) * 0.05:
        return "utf-16-be"
    return None


def file_name(part: Message) -> str | None:
    """The attachment's file name as its sender wrote it (RFC 2231 and encoded words decoded)."""
    try:
        name = part.get_filename() or part.get_param("name")
    except (ValueError, TypeError, LookupError, IndexError):
        return None
    if isinstance(name, tuple):
        name = collapse_rfc2231_value(name)
    return str(name) if name else None


def is_attachment(part: Message) -> bool:
    """A leaf that is not the message's readable text: a file attached or inlined (an image, a PDF)."""
    if is_container(part):
        return False
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment" or file_name(part):
        return True
    return part.get_content_maintype() != "text"


def headers(part: Message) -> Iterator[tuple[str, str]]:
    """Every header of one part, decoded where it can be, else as written (and as written too when
    decoding changed it: nothing the decoder dropped is skipped)."""
    raw = list(part.raw_items()) if hasattr(part, "raw_items") else []
    try:
        decoded = [(str(k), str(v)) for k, v in part.items()]
    except Exception:  # noqa: BLE001 - a malformed header may trip the header parser
        decoded = [(str(k), str(v)) for k, v in raw]
    yield from decoded
    for (name, value), (_, shown) in zip(raw, decoded, strict=False):
        if str(value) != shown:
            yield str(name), str(value)


def _parameters(part: Message) -> Iterator[str]:
    for header in ("content-type", "content-disposition"):
        try:
            params = part.get_params(header=header) or []
        except (ValueError, TypeError, LookupError, IndexError):
            continue
        for _key, value in params:
            yield str(collapse_rfc2231_value(value)) if value else ""


def read_eml(data: bytes) -> Reading:
    """Every header, parameter, text part and attachment of an e-mail message (attachments embedded)."""
    reading = Reading()
    message = parse(data)
    head = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    reading.add(Text("message headers as written"), head.decode("utf-8", "replace"))
    count = 0
    skipped: list[str] = []
    for number, part in walk(message, skipped):
        count += 1
        where = Text("message part {n}", n=number)
        try:
            _read_part(reading, part, where)
        except Exception:  # noqa: BLE001 - a hostile part may trip the parser: the others are still read
            reading.unread.append(Text("{where} (it could not be decoded)", where=where))
    reading.unread += [
        Text("message part {n} parts nested past {d} levels", n=n, d=MAX_MIME_DEPTH) for n in skipped
    ]
    if count >= MAX_MIME_PARTS:
        reading.unread.append(Text("message parts past {n}", n=MAX_MIME_PARTS))
    return reading


def _read_part(reading: Reading, part: Message, where: str) -> None:
    """One part's headers, parameters and content."""
    for name, value in headers(part):
        # The name is read too: a header of the sender's own making can be a name itself.
        reading.add(Text("{where} header {name}", where=where, name=_header_name(name)), f"{name}: {value}")
    for value in _parameters(part):
        reading.add(Text("{where} parameter", where=where), value)
    for defect_text in (part.preamble, part.epilogue):
        if isinstance(defect_text, str):
            reading.add(Text("{where} preamble or epilogue", where=where), defect_text)
    if is_container(part):
        return
    content = payload(part)
    if part.get_content_maintype() == "text" and not _binary_attachment(part):
        text = text_of(part, content)
        reading.add(where, text)
        as_utf8 = content.decode("utf-8", "replace")
        if as_utf8 != text and "\ufffd" not in as_utf8:  # a charset declared wrongly
            reading.add(Text("{where} as UTF-8", where=where), as_utf8)
        if part.get_content_subtype() == "html":
            reading.add(Text("{where} as read", where=where), html_text(text, every=True))
        elif part.get_content_subtype() == "rtf":
            from vault.readers.rtf import rtf_text

            reading.add(Text("{where} as read", where=where), rtf_text(content))
        else:
            from vault.readers.textforms import also_as

            for form, value in also_as(content, text):  # HTML or RTF by its content, a card's folds
                reading.add(Text("{where} {form}", where=where, form=form), value)
        hidden = _hidden_base64(content)
        if hidden is not None:
            reading.embedded.append(Embedded(Text("{where} (base64 inside)", where=where), hidden))
    else:
        reading.embedded.append(Embedded(where, content))


def _binary_attachment(part: Message) -> bool:
    """A text/* part attached as a file whose bytes are not text in its charset (a mislabelled file)."""
    return (part.get_content_disposition() or "") == "attachment" and b"\x00" in payload(part)[:4096]


def _hidden_base64(content: bytes) -> bytes | None:
    """Content that is base64 under a transfer encoding that said otherwise, decoded (else None)."""
    if len(content) < 32 or not _BASE64.match(content[:65536]):
        return None
    try:
        decoded = binascii.a2b_base64(content)
    except binascii.Error:
        return None
    return decoded or None


_KNOWN_HEADERS = frozenset(
    [
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "message-id",
        "reply-to",
        "sender",
        "in-reply-to",
        "references",
        "received",
        "return-path",
        "content-type",
        "content-disposition",
        "content-transfer-encoding",
        "content-id",
        "mime-version",
        "content-description",
        "x-mailer",
        "user-agent",
        "delivered-to",
        "organization",
    ]
)


def _header_name(name: str) -> str:
    """A header's name as a location: the usual ones by name, any other (its sender's choice, which
    could be a name) unnamed."""
    return name if name.lower() in _KNOWN_HEADERS else "(other)"
