"""The age header: version line, recipient stanzas, MAC line (c2sp.org/age, "Header").

Parsing follows the ABNF exactly and refuses anything else: lines end in LF only, arguments are
printable ASCII, stanza bodies are canonical unpadded base64 wrapped at 64 columns and end with a
shorter (possibly empty) line, the MAC is 43 canonical base64 characters. Sizes are bounded so a
hostile header cannot exhaust memory.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Protocol

from vault import crypto
from vault.age.errors import HeaderFailure, HmacFailure

VERSION_LINE = b"age-encryption.org/v1\n"
VERSION_PREFIX = b"age-encryption.org/"
MAX_LINE = 16 * 1024
MAX_STANZAS = 256
_ARG = re.compile(rb"^[\x21-\x7e]+$")
_B64 = re.compile(rb"^[A-Za-z0-9+/]*$")


class LineSource(Protocol):
    def readline(self, limit: int) -> bytes: ...


@dataclass(frozen=True)
class Stanza:
    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        out = b"-> " + " ".join(self.args).encode("ascii") + b"\n"
        text = b64encode(self.body)
        for i in range(0, len(text), 64):
            out += text[i : i + 64] + b"\n"
        if len(text) % 64 == 0:
            out += b"\n"  # the body always ends with a line shorter than 64 columns
        return out


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    signed_part: bytes  # everything the MAC covers: up to and including "---"


def b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def b64decode(text: bytes) -> bytes:
    """Canonical unpadded base64 (RFC 4648 section 3.5), or ValueError."""
    if not _B64.match(text) or len(text) % 4 == 1:
        raise ValueError("not base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
    if b64encode(data) != text:
        raise ValueError("non-canonical base64")
    return data


def _line(src: LineSource) -> bytes:
    line = src.readline(MAX_LINE + 1)
    if not line.endswith(b"\n") or len(line) > MAX_LINE:
        raise HeaderFailure()
    return line


def parse(src: LineSource) -> Header:
    """Read a header from ``src``, leaving it positioned at the payload nonce."""
    first = src.readline(len(VERSION_LINE))
    if first != VERSION_LINE:
        raise HeaderFailure()
    signed = bytearray(first)
    stanzas: list[Stanza] = []
    while True:
        line = _line(src)
        if line.startswith(b"---"):
            if not line.startswith(b"--- ") or not stanzas:
                raise HeaderFailure()
            signed += b"---"
            try:
                mac = b64decode(line[4:-1])
            except ValueError:
                raise HeaderFailure() from None
            if len(mac) != 32:
                raise HeaderFailure()
            return Header(tuple(stanzas), mac, bytes(signed))
        if not line.startswith(b"-> ") or len(stanzas) >= MAX_STANZAS:
            raise HeaderFailure()
        signed += line
        args = line[3:-1].split(b" ")
        if not all(_ARG.match(a) for a in args):
            raise HeaderFailure()
        body = bytearray()
        while True:
            body_line = _line(src)
            signed += body_line
            text = body_line[:-1]
            if len(text) > 64 or not _B64.match(text):
                raise HeaderFailure()
            body += text
            if len(text) < 64:
                break
        try:
            decoded = b64decode(bytes(body))
        except ValueError:
            raise HeaderFailure() from None
        stanzas.append(Stanza(tuple(a.decode("ascii") for a in args), decoded))


def header_key(file_key: bytes) -> bytes:
    return crypto.hkdf_sha256(file_key, b"", b"header")


def check_mac(header: Header, file_key: bytes) -> None:
    expected = crypto.mac(header_key(file_key), header.signed_part)
    if not crypto.mac_equal(expected, header.mac):
        raise HmacFailure()


def encode(stanzas: list[Stanza], file_key: bytes) -> bytes:
    """The full header (with its MAC) for ``stanzas`` wrapping ``file_key``."""
    signed = VERSION_LINE + b"".join(s.encode() for s in stanzas) + b"---"
    return signed + b" " + b64encode(crypto.mac(header_key(file_key), signed)) + b"\n"
