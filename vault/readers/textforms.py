"""Text files that say more than their characters: HTML (character references), RTF (escapes), and
vCard / iCalendar (folded lines, quoted-printable values).

A saved web page writes "José" as ``Jos&eacute;``, Word writes every letter outside ASCII in an .rtf as
``\\'e9`` or ``\\u233?``, and a contact card or a meeting invitation folds its lines at 75 octets (CRLF and
a space, anywhere, inside a name too) and may carry a value in quoted-printable. Read as plain text, none
of them shows the name. ``also_as`` gives each form's reading, beside the text as written.
"""

from __future__ import annotations

import quopri
import re

from vault.messages import Text

_HTML = re.compile(
    rb"(?i)<(?:!doctype\s+html|html|head|body|div|p|span|table|br|a\s)[\s>/]|&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});"
)
_CARD = re.compile(rb"(?im)^begin:(?:vcard|vcalendar|vevent|vtodo|vjournal)\s*$")
_FOLD = re.compile(r"\r?\n[ \t]")
_QP_LINE = re.compile(r"(?im)^([^:\r\n]*;(?:encoding=)?quoted-printable[^:\r\n]*):(.*(?:=\r?\n.*)*)")


def also_as(data: bytes, text: str) -> list[tuple[str, str]]:
    """(place, text) readings of ``data`` (already decoded as ``text``) in the forms it holds: as HTML
    reads it, as RTF reads it, and unfolded with its quoted-printable values decoded."""
    found: list[tuple[str, str]] = []
    head = data[:65536]
    if head.lstrip()[:5] == b"{\\rtf":
        from vault.readers.rtf import rtf_text

        found.append((Text("text as RTF reads it"), rtf_text(data)))
    if _HTML.search(head) or _HTML.search(data[-65536:]):
        from vault.readers.htmltext import html_text

        found.append((Text("text as HTML reads it"), html_text(text, every=True)))
    if _CARD.search(data):
        found.append((Text("text unfolded"), unfold(text)))
    return found


def unfold(text: str) -> str:
    """A vCard or iCalendar text with its folded lines joined and quoted-printable values decoded."""
    text = _QP_LINE.sub(_decoded_qp, text)
    return _FOLD.sub("", text)


def _decoded_qp(match: re.Match[str]) -> str:
    raw = match.group(2).encode("utf-8", "replace")
    charset = re.search(r"(?i)charset=([\w-]+)", match.group(1))
    decoded = quopri.decodestring(raw)
    try:
        value = decoded.decode(charset.group(1) if charset else "utf-8", "replace")
    except LookupError:
        value = decoded.decode("utf-8", "replace")
    return f"{match.group(1)}:{value}"
