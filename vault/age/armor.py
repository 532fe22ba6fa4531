"""age's ASCII armor: strict PEM (RFC 7468 section 3) with the label "AGE ENCRYPTED FILE".

Armored files are malleable unless the parser is strict, so this one is: white space only before and
after the block, LF or CRLF line ends, 64-column lines with only the last one shorter, canonical padded
base64, nothing else. Bundles are written in binary; armor is read for files made with ``age -a``.
"""

from __future__ import annotations

import base64
import binascii
import re

from vault.age.errors import ArmorFailure

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
MAX_ARMORED_BYTES = 64 * 1024 * 1024
_B64 = re.compile(rb"^[A-Za-z0-9+/=]+$")
_SPACE = b" \t\r\n"


def looks_armored(start: bytes) -> bool:
    """Whether the file's first bytes (after white space) begin a PEM-style block."""
    return start.lstrip(_SPACE).startswith(b"-----")


def decode(data: bytes) -> bytes:
    """The binary age file inside the armor, or ArmorFailure."""
    text = data.strip(_SPACE)
    lines = text.split(b"\n")
    if lines and all(line.endswith(b"\r") for line in lines[:-1]) and len(lines) > 1:
        lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
    if len(lines) < 2 or lines[0] != BEGIN or lines[-1] != END:
        raise ArmorFailure()
    body = lines[1:-1]
    for i, line in enumerate(body):
        last = i == len(body) - 1
        if not _B64.match(line) or len(line) > 64 or (not last and len(line) != 64):
            raise ArmorFailure()
    joined = b"".join(body)
    if b"=" in joined.rstrip(b"=") or len(joined) % 4:
        raise ArmorFailure()
    try:
        decoded = base64.b64decode(joined, validate=True)
    except binascii.Error:
        raise ArmorFailure() from None
    if base64.b64encode(decoded) != joined:
        raise ArmorFailure()  # non-canonical: unused bits set
    return decoded
