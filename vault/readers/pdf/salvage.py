"""What a PDF carries outside its objects, and what can be read of one no parser opens: comments (in
drawing operators and in object bodies), bytes outside any object (after %%EOF, before the header), and
the compressed streams of a damaged file, inflated as far as they go."""

from __future__ import annotations

import contextlib
import re
import zlib

from pypdf.filters import ASCII85Decode, ASCIIHexDecode

from vault.messages import Text
from vault.readers.base import MAX_PART_CHARS, Reading
from vault.readers.pdf.limits import MAX_STREAM_BYTES
from vault.readers.pdf.strings import _clean, _printable

_OBJECT_HEADER = re.compile(
    rb"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\x00]+([0-9]{1,5})[ \t\r\n\f\x00]+obj(?![A-Za-z])"
)
_COMMENT_SCAN = re.compile(rb"[()\\%\r\n]")


_INLINE_IMAGE_DATA = re.compile(rb"(?<![A-Za-z])ID\s.*?\sEI(?![A-Za-z])", re.DOTALL)


def _ascii_decodings(chunk: bytes) -> list[bytes]:
    """The chunk decoded from ASCII85 or hexadecimal, when it is written so (as some writers do)."""
    found: list[bytes] = []
    body = chunk.strip()
    if b"~>" in body[-64:]:
        with contextlib.suppress(Exception):  # not ASCII85 after all
            found.append(ASCII85Decode.decode(body[: body.rindex(b"~>") + 2]))
    if body.endswith(b">"):
        with contextlib.suppress(Exception):  # not hexadecimal after all
            found.append(ASCIIHexDecode.decode(body))
    return found


def _salvage(data: bytes, reading: Reading) -> None:
    """What can be read of a PDF no parser opens: its compressed streams, inflated as far as they go,
    and the bytes outside its objects (the dispatcher reads the raw bytes of the rest)."""
    try:
        found: list[str] = []
        budget = 64 * MAX_STREAM_BYTES
        for match in _StrayBytes.STREAM.finditer(data):
            if budget <= 0:
                reading.unread.append(Text("the PDF's streams (size limit)"))
                break
            end = data.find(b"endstream", match.end())
            chunk = data[match.end() : end if end >= 0 else len(data)]
            for encoded in (chunk, *_ascii_decodings(chunk)):
                try:
                    inflated = zlib.decompressobj().decompress(encoded, MAX_STREAM_BYTES)
                except zlib.error:
                    continue
                budget -= len(inflated)
                text = _printable(inflated)
                if text:
                    found.append(text)
                break
        if found:
            reading.add(
                Text("the PDF's compressed streams, salvaged"), _clean("\n".join(found))[:MAX_PART_CHARS]
            )
        _StrayBytes(data, reading).run()
    except Exception:  # noqa: BLE001 - salvage is best effort; the raw bytes remain for the dispatcher
        reading.unread.append(Text("the PDF's streams (could not be salvaged)"))


def _comments(data: bytes) -> list[str]:
    """Comments in drawing operators (``% ...`` to the end of the line, outside strings and images)."""
    if b"BI" in data:
        data = _INLINE_IMAGE_DATA.sub(b" ", data)
    found: list[str] = []
    depth = 0
    escaped_at = -2
    comment_start = -1
    for match in _COMMENT_SCAN.finditer(data):
        char = match.group()
        at = match.start()
        if comment_start >= 0:
            if char in (b"\r", b"\n"):
                found.append(data[comment_start:at].decode("latin-1"))
                comment_start = -1
            continue
        if escaped_at == at - 1 and depth:
            continue
        if char == b"\\":
            escaped_at = at if escaped_at != at - 1 else -2
        elif char == b"(":
            depth += 1
        elif char == b")" and depth:
            depth -= 1
        elif char == b"%" and not depth:
            comment_start = at + 1
    if comment_start >= 0:
        found.append(data[comment_start:].decode("latin-1"))
    return [c.strip() for c in found if c.strip()]


class _StrayBytes:
    """Comments and bytes outside any object: a PDF parser skips them, the file still carries them."""

    STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
    _SKELETON = re.compile(
        rb"%PDF-[0-9.]+|%%EOF|startxref\s*[0-9]+|"
        rb"xref\s*(?:[0-9]+\s+[0-9]+\s*(?:[0-9]{10}\s+[0-9]{5}\s+[fn]\s*)*)+|"
        rb"trailer\s*<<.*?>>(?=\s*(?:startxref|%%EOF|$))",
        re.DOTALL,
    )

    def __init__(self, data: bytes, reading: Reading) -> None:
        self.data = data
        self.reading = reading

    def run(self) -> None:
        data = self.data
        outside: list[bytes] = []
        comments: list[str] = []
        position = 0
        for match in _OBJECT_HEADER.finditer(data):
            if match.start() < position:
                continue
            outside.append(data[position : match.start()])
            end = data.find(b"endobj", match.end())
            end = len(data) if end < 0 else end + len(b"endobj")
            body = data[match.end() : end]
            comments += self.object_comments(body)
            position = end
        outside.append(data[position:])
        rest = self._SKELETON.sub(b" ", b"\n".join(outside))
        lines: list[str] = []
        for line in re.split(rb"[\r\n]+", rest):
            text = line.strip()
            if not text:
                continue
            if text.startswith(b"%") and len(text) <= 8 and all(b >= 0x80 for b in text[1:5]):
                continue  # the binary marker line after the header
            lines.append(text.decode("latin-1"))
        letters = [line for line in lines if sum(c.isalnum() for c in line) >= 2]
        if letters:
            self.reading.add(
                Text("bytes outside the PDF's objects"), _clean("\n".join(letters))[:MAX_PART_CHARS]
            )
        if comments:
            self.reading.add(
                Text("comments in the PDF's objects"), _clean("\n".join(comments))[:MAX_PART_CHARS]
            )

    def object_comments(self, body: bytes) -> list[str]:
        if b"%" not in body:
            return []
        stream = self.STREAM.search(body)
        head = body if stream is None else body[: stream.start()]
        end = body.rfind(b"endstream")
        tail = b"" if stream is None or end < 0 else body[end + len(b"endstream") :]
        return [c for c in _comments(head + b"\n" + tail) if sum(ch.isalnum() for ch in c) >= 2]
