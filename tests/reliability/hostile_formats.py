"""Hostile e-mail, Outlook, audio, video and spreadsheet files for the hostile files campaign: MIME
nested past any depth, messages of thousands of parts, boxes claiming exabytes, nesting past the
parsers' depth, ID3 frames inflating past their cap, Ogg comment counts of four billion, EBML sizes of
2^56, spreadsheets that are zip bombs or declare entities. Valid samples (tests/data) feed the
truncations and the random mutants.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def valid() -> dict[str, bytes]:
    """One valid file of each new format (the campaign truncates and mutates them)."""
    media = DATA / "media"
    return {
        "message.eml": eml(b"Content-Type: text/plain\r\n\r\nManifest attached.\r\n"),
        "outlook.msg": (DATA / "msg" / "qwerty_2-with_custom_properties.msg").read_bytes(),
        "phone.mp4": (media / "phone.mp4").read_bytes(),
        "clip.webm": (media / "clip.webm").read_bytes(),
        "voice.opus": (media / "voice.opus").read_bytes(),
        "call.mp3": (media / "call.mp3").read_bytes(),
        "memo.wav": (media / "memo.wav").read_bytes(),
        "ledger.xlsx": xlsx(),
    }


def eml(body: bytes, content_type: bytes = b"multipart/mixed; boundary=B0") -> bytes:
    head = (
        b"From: a@example.org\r\nTo: b@example.org\r\nSubject: s\r\nDate: Tue, 03 Mar 2026 09:15:00 +0100\r\n"
    )
    if body.startswith(b"Content-Type"):
        return head + b"MIME-Version: 1.0\r\n" + body
    return head + b"MIME-Version: 1.0\r\nContent-Type: " + content_type + b"\r\n\r\n" + body


def mime_nested(depth: int) -> bytes:
    """Multiparts nested ``depth`` deep (each its own boundary)."""
    inner = b"Content-Type: text/plain\r\n\r\nbottom\r\n"
    for n in range(depth):
        boundary = b"B%d" % n
        inner = (
            b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--" + boundary + b"\r\n"
            + inner + b"\r\n--" + boundary + b"--\r\n"
        )  # fmt: skip
    return eml(inner)


def mime_many_parts(count: int) -> bytes:
    part = (
        b"--B0\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n"
    )
    return eml(part * count + b"--B0--\r\n")


def forwarded_nested(depth: int) -> bytes:
    """message/rfc822 inside message/rfc822 … ``depth`` times."""
    message = eml(b"Content-Type: text/plain\r\n\r\ninnermost\r\n")
    for _ in range(depth):
        message = eml(b"Content-Type: message/rfc822\r\n\r\n" + message)
    return message


def huge_encoded_words() -> bytes:
    word = b"=?utf-8?b?" + b"QUFB" * 4000 + b"?= "
    return eml(b"Content-Type: text/plain\r\n\r\nx\r\n").replace(b"Subject: s", b"Subject: " + word * 50)


def box(kind: bytes, payload: bytes = b"", size: int | None = None) -> bytes:
    return struct.pack(">I4s", len(payload) + 8 if size is None else size, kind) + payload


def mp4_claiming_exabytes() -> bytes:
    return box(b"ftyp", b"isom\x00\x00\x02\x00isom") + struct.pack(">I4sQ", 1, b"moov", 2**63) + box(b"mvhd")


def mp4_deep_nesting(depth: int) -> bytes:
    inner = box(b"mvhd", bytes(100))
    for _ in range(depth):
        inner = box(b"trak", inner)
    return box(b"ftyp", b"isom\x00\x00\x02\x00isom") + box(b"moov", inner)


def mp4_many_boxes(count: int) -> bytes:
    return box(b"ftyp", b"isom\x00\x00\x02\x00isom") + box(b"moov", box(b"free") * count)


def id3_inflating(size: int) -> bytes:
    """ID3v2.3 with a compressed COMM frame that inflates to ``size`` bytes."""
    packed = struct.pack(">I", size) + zlib.compress(b"\x00eng\x00" + b"A" * size, 9)
    frame = b"COMM" + struct.pack(">I", len(packed)) + b"\x00\x80" + packed
    n = len(frame)
    return b"ID3\x03\x00\x00" + bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F]) + frame


def ogg_claiming_comments() -> bytes:
    """An Opus stream whose comment header claims 4,294,967,295 comments."""
    head = b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"
    tags = (
        b"OpusTags"
        + struct.pack("<I", 3)
        + b"abc"
        + struct.pack("<I", 0xFFFFFFFF)
        + struct.pack("<I", 5)
        + b"x=abc"
    )
    return _ogg_page(head, 2) + _ogg_page(tags, 0)


def _ogg_page(packet: bytes, flags: int) -> bytes:
    lacing = bytes([255] * (len(packet) // 255) + [len(packet) % 255])
    return (
        b"OggS\x00"
        + bytes([flags])
        + bytes(8)
        + struct.pack("<III", 1, 0, 0)
        + bytes([len(lacing)])
        + lacing
        + packet
    )


def ebml_claiming_2_56() -> bytes:
    return (
        b"\x1a\x45\xdf\xa3\x84\x42\x82\x81w" + b"\x18\x53\x80\x67\x01" + b"\xff" * 7 + b"\x15\x49\xa9\x66\x80"
    )


def amr_single_byte_frames(count: int) -> bytes:
    return b"#!AMR\n" + b"\x7c" * count  # frame type 15 (no data): one byte per 20 ms frame


def xlsx() -> bytes:
    import openpyxl  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    book.active.append(["Container", "MSCU 4471920"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xlsx_with_entities() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = (
                    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + data.split(b"?>", 1)[-1]
                )
            archive.writestr(info, data)
    return out.getvalue()


def xlsx_zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * (200 * 1024 * 1024) + b"/>")
    return out.getvalue()
