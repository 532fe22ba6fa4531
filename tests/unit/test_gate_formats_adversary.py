"""Adversarial review of the outbound gate against the formats added in the e-mail/media/sheets wave.

Each test imports a crafted original into a vault that holds a protected source (S-001, "José Núñez",
alias "Papa Kilo", phone +243 897 531 864), then exports that original: the gate must refuse (or say
the original was not read). A test that FAILS here is a leak: the original carrying the source's name
leaves the vault and nobody is told. Tests that pass are defences confirmed (regression tests).

The files are built byte by byte so the encodings are the attacker's, not a library's.

(Written as attacks in tests/attacks/; each test's docstring describes the leak as it was found, before the
fix. They now guard against its return.)
"""

from __future__ import annotations

import base64
import gzip
import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from app.service import VaultService
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.errors import UserError

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"
MSG = Path(__file__).resolve().parents[1] / "data" / "msg"
NAME = PROTECTED_NAME.encode()
SENTENCE = f"Met {PROTECTED_NAME} at the port on Tuesday."
B64 = base64.b64encode(SENTENCE.encode()).decode()


def _leaves(service: VaultService, tmp_path: Path, data: bytes, file_name: str) -> bool:
    """Import ``data`` as evidence and export its original: True when the export was written (a leak
    when ``data`` names the protected source), False when the gate refused it."""
    world = protected_world(service, tmp_path)
    path = tmp_path / file_name
    path.write_bytes(data)
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert outcome.id is not None, outcome.error
    out = tmp_path / ("exported-" + file_name)
    try:
        service.evidence.export_file(outcome.id, out)
    except UserError:  # LeakRefused, NotYetRead: the gate did not let it through
        assert not out.exists()
        return False
    assert out.read_bytes() == data
    return True


def _eml(content_type: str, body: str, extra_headers: str = "") -> bytes:
    head = (
        "From: Port Authority <port@example.org>\r\n"
        "To: Expert <expert@example.org>\r\n"
        "Subject: Depot\r\n"
        "Date: Tue, 03 Mar 2026 09:15:00 +0100\r\n"
        "Message-ID: <m1@example.org>\r\n"
        f"{extra_headers}"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: {content_type}\r\n\r\n"
    )
    return (head + body).encode("utf-8")


_BASE64_TEXT = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"


# --- e-mail ---------------------------------------------------------------------------------------------


def test_control_a_base64_body_is_refused(service: VaultService, tmp_path: Path) -> None:
    assert not _leaves(service, tmp_path, _eml("multipart/mixed; boundary=B0", _nested_body(1)), "m.eml")


def _nested_body(levels: int) -> str:
    inner = _BASE64_TEXT + B64 + "\r\n"
    for n in range(levels):
        inner = f"Content-Type: multipart/mixed; boundary=B{n}\r\n\r\n--B{n}\r\n{inner}--B{n}--\r\n"
    return inner.split("\r\n\r\n", 1)[1]


def test_a_body_nested_past_the_mime_depth_limit_is_not_passed_silently(
    service: VaultService, tmp_path: Path
) -> None:
    """vault/readers/mail.py walk(): past MAX_MIME_DEPTH (32) children are skipped with no unread place,
    and no raw-bytes reading either; the base64 body at depth 40 is never decoded."""
    data = _eml("multipart/mixed; boundary=B39", _nested_body(40))
    assert not _leaves(service, tmp_path, data, "deep.eml")


def test_a_body_after_two_thousand_mime_parts_is_not_passed_silently(
    service: VaultService, tmp_path: Path
) -> None:
    """read_eml() records 'message parts past 2000' as unread, but the gate ignores unread places."""
    parts = "".join("--X\r\nContent-Type: text/plain\r\n\r\nok\r\n" for _ in range(2100))
    parts += f"--X\r\n{_BASE64_TEXT}{B64}\r\n--X--\r\n"
    assert not _leaves(service, tmp_path, _eml("multipart/mixed; boundary=X", parts), "many.eml")


@pytest.mark.parametrize("charset", ["utf-8", "x-unknown", "utf-16-but-not-really"])
def test_a_utf16_body_under_a_wrong_charset_is_refused(
    service: VaultService, tmp_path: Path, charset: str
) -> None:
    """A body in UTF-16 (with its BOM, so a client that sniffs shows it) declared as another charset:
    read as UTF-8, its letters are separated by NULs and the name is not matched."""
    body = base64.b64encode(SENTENCE.encode("utf-16")).decode()
    data = _eml(f"text/plain; charset={charset}\r\nContent-Transfer-Encoding: base64", body)
    assert not _leaves(service, tmp_path, data, "utf16.eml")


@pytest.mark.parametrize(
    "header",
    [
        "Reply-To: =?x-unknown?b?{b64}?= <r@example.org>\r\n",
        'Reply-To: "=?utf-8?b?{b64}?=" <r@example.org>\r\n',
        "X-Sig: Re:=?utf-8?b?{b64}?=\r\n",
        "Received: from host (=?utf-8?b?{b64}?=) by mx; Tue, 3 Mar 2026 09:15:00 +0100\r\n",
    ],
)
def test_encoded_words_in_headers_are_refused(service: VaultService, tmp_path: Path, header: str) -> None:
    encoded = header.format(b64=base64.b64encode(NAME).decode())
    assert not _leaves(service, tmp_path, _eml("text/plain", "ok\r\n", encoded), "hdr.eml")


@pytest.mark.parametrize("charset", ["rot13", "base64", "hex", "idna"])
def test_a_part_with_a_charset_the_decoder_refuses_does_not_hide_the_rest(
    service: VaultService, tmp_path: Path, charset: str
) -> None:
    """vault/readers/mail.py charset_of() accepts any name codecs.lookup() knows, but rot13, base64,
    hex and idna are not text encodings: bytes.decode() raises LookupError, read_eml() fails as a
    whole, the file is read as raw bytes only (its base64 body undecoded) and marked unread, which
    the gate ignores. One decoy part hides every other part of the message."""
    body = (
        f"--X\r\nContent-Type: text/plain; charset={charset}\r\n\r\nhello\r\n"
        f"--X\r\n{_BASE64_TEXT}{B64}\r\n--X--\r\n"
    )
    assert not _leaves(service, tmp_path, _eml("multipart/mixed; boundary=X", body), "decoy.eml")


def test_a_name_in_an_html_title_alt_and_comment_is_refused(service: VaultService, tmp_path: Path) -> None:
    html = (
        "<html><head><title>Jos&eacute; N&uacute;&ntilde;ez</title></head>"
        '<body><img alt="Papa&#32;Kilo" src="cid:x"><!-- +243&nbsp;897 531 864 --></body></html>'
    )
    body = base64.b64encode(html.encode()).decode()
    data = _eml("text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64", body)
    assert not _leaves(service, tmp_path, data, "html.eml")


def test_a_vcard_attachment_in_quoted_printable_is_refused(service: VaultService, tmp_path: Path) -> None:
    vcard = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 N=C3=BA=C3=B1ez\r\nEND:VCARD"
    )
    body = (
        "--X\r\nContent-Type: text/plain\r\n\r\nsee card\r\n"
        '--X\r\nContent-Type: text/x-vcard; name="c.vcf"\r\nContent-Disposition: attachment\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(vcard.encode()).decode()
        + "\r\n--X--\r\n"
    )
    assert not _leaves(service, tmp_path, _eml("multipart/mixed; boundary=X", body), "card.eml")


def _attached(inner: bytes, name: str) -> bytes:
    body = (
        "--X\r\nContent-Type: text/plain\r\n\r\nforwarding\r\n"
        "--X\r\nContent-Type: application/octet-stream\r\n"
        f'Content-Disposition: attachment; filename="{name}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(inner).decode() + "--X--\r\n"
    )
    return _eml("multipart/mixed; boundary=X", body)


def test_an_attachment_nested_past_the_reader_depth_does_not_escape_with_the_message(
    service: VaultService, tmp_path: Path
) -> None:
    """Five messages each attached (base64, application/octet-stream) to the next: the innermost body is
    past vault/readers/base.py MAX_DEPTH (4) for the outer message's reading, which records it as
    unread and reads only its raw (base64) bytes; the gate ignores unread places. Each attachment is
    also stored as its own item, but exporting the outer message carries them all."""
    data = _eml("multipart/mixed; boundary=B0", _nested_body(1))
    for n in range(5):
        data = _attached(data, f"fwd{n}.eml")
    assert not _leaves(service, tmp_path, data, "forwarded.eml")


# --- zip, XLSX, ODS -------------------------------------------------------------------------------------


def _zip(*, comment: bytes = b"", member_comment: bytes = b"", extra: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.comment = comment
        info = zipfile.ZipInfo("a.txt")
        info.comment, info.extra = member_comment, extra
        archive.writestr(info, "nothing here")
    return out.getvalue()


@pytest.mark.parametrize(
    "where",
    ["archive comment", "member comment", "member extra field", "bytes before the first member"],
)
def test_a_name_in_a_zip_outside_its_members_is_refused(
    service: VaultService, tmp_path: Path, where: str
) -> None:
    """vault/readers/files.py read_zip() reads member names and contents only; with no unread place,
    no raw-bytes reading is made, so plain text in the zip's own structure is never read."""
    data = {
        "archive comment": lambda: _zip(comment=NAME),
        "member comment": lambda: _zip(member_comment=NAME),
        "member extra field": lambda: _zip(extra=b"\x99\x99" + struct.pack("<H", len(NAME)) + NAME),
        "bytes before the first member": lambda: b"Note: " + NAME + b"\n" + _zip(),
    }[where]()
    assert not _leaves(service, tmp_path, data, "archive.zip")


def _xlsx(cell: str) -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = cell
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_name_in_an_xlsx_zip_comment_is_refused(service: VaultService, tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_xlsx("ok")), "r") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.comment = NAME
    assert not _leaves(service, tmp_path, out.getvalue(), "ledger.xlsx")


def test_a_zip_member_flagged_encrypted_does_not_unread_the_rest_silently(
    service: VaultService, tmp_path: Path
) -> None:
    """One member with the 'encrypted' flag set makes read_zip() give up on every member (unread);
    the other member's deflated text naming the source is never read and the gate ignores unread."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "nothing")
        archive.writestr("note.txt", SENTENCE * 4)
    data = bytearray(out.getvalue())
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1
    assert not _leaves(service, tmp_path, bytes(data), "archive.zip")


@pytest.mark.parametrize("place", ["comment", "hidden sheet", "defined name", "header", "validation list"])
def test_xlsx_hidden_places_are_refused(service: VaultService, tmp_path: Path, place: str) -> None:
    """Defence: a comment, a hidden sheet, a defined name, a header, a validation list are XML parts."""
    from openpyxl.comments import Comment  # type: ignore[import-untyped]
    from openpyxl.workbook.defined_name import DefinedName  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "ok"
    if place == "comment":
        sheet["A1"].comment = Comment("see PK", PROTECTED_NAME)
    elif place == "hidden sheet":
        other = book.create_sheet("x")
        other["B2"] = "Papa Kilo"
        other.sheet_state = "hidden"
    elif place == "defined name":
        book.defined_names["Papa_Kilo"] = DefinedName("Papa_Kilo", attr_text='"Papa Kilo"')
    elif place == "header":
        sheet.oddHeader.center.text = "Papa Kilo"
    else:
        check = DataValidation(type="list", formula1='"Papa Kilo,other"')
        sheet.add_data_validation(check)
        check.add("A1")
    out = io.BytesIO()
    book.save(out)
    assert not _leaves(service, tmp_path, out.getvalue(), "ledger.xlsx")


# --- audio ----------------------------------------------------------------------------------------------


def _synchsafe(n: int) -> bytes:
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def _frame(frame_id: bytes, content: bytes, flags: int = 0) -> bytes:
    return frame_id + _synchsafe(len(content)) + flags.to_bytes(2, "big") + content


def _tag(frames: bytes) -> bytes:
    return b"ID3\x04\x00\x00" + _synchsafe(len(frames)) + frames


def _audio() -> bytes:
    """call.mp3's MPEG frames without its own ID3 tag."""
    mp3 = (MEDIA / "call.mp3").read_bytes()
    assert mp3.startswith(b"ID3")
    return mp3[10 + _id3_size(mp3) :]


def _id3_size(mp3: bytes) -> int:
    return (mp3[6] & 0x7F) << 21 | (mp3[7] & 0x7F) << 14 | (mp3[8] & 0x7F) << 7 | (mp3[9] & 0x7F)


def _compressed(text: bytes) -> bytes:
    """An ID3v2.4 frame body compressed (flag 0x0008) with its data length indicator (flag 0x0001)."""
    return struct.pack(">I", len(text)) + zlib.compress(text, 9)


_TITLE = b"\x03Interview with " + NAME


def test_control_a_compressed_id3_frame_is_refused(service: VaultService, tmp_path: Path) -> None:
    data = _tag(_frame(b"TIT2", _compressed(_TITLE), 0x0009)) + _audio()
    assert not _leaves(service, tmp_path, data, "call.mp3")


def test_a_compressed_frame_inside_an_id3_chapter_is_refused(service: VaultService, tmp_path: Path) -> None:
    """vault/intake/audio.py _id3_frame(): a CHAP (or CTOC) frame is read as printable runs, its
    sub-frames are not parsed, so a compressed TIT2 inside a chapter is never inflated."""
    chapter = b"ch1\x00" + struct.pack(">IIII", 0, 1000, 0xFFFFFFFF, 0xFFFFFFFF)
    chapter += _frame(b"TIT2", _compressed(_TITLE), 0x0009)
    data = _tag(_frame(b"CHAP", chapter)) + _audio()
    assert not _leaves(service, tmp_path, data, "call.mp3")


def test_a_second_id3_tag_with_a_compressed_frame_is_refused(service: VaultService, tmp_path: Path) -> None:
    """read_mp3() parses the first ID3v2 tag only; a second tag right after it (players read both)
    holds a compressed frame that raw-bytes reading cannot see."""
    data = _tag(_frame(b"TIT2", b"\x03clean")) + _tag(_frame(b"TIT2", _compressed(_TITLE), 0x0009)) + _audio()
    assert not _leaves(service, tmp_path, data, "call.mp3")


def test_a_compressed_frame_inflating_past_the_limit_is_not_passed_silently(
    service: VaultService, tmp_path: Path
) -> None:
    """A TXXX frame that inflates to 17 MiB of blanks and then the name: audio.py stops at
    MAX_TAG_BYTES (16 MiB) and records the frame as unread; the gate ignores unread places."""
    text = b"\x03" + b" " * (17 * 1024 * 1024) + b"Interview with " + NAME
    data = _tag(_frame(b"TXXX", _compressed(text), 0x0009)) + _audio()
    assert not _leaves(service, tmp_path, data, "call.mp3")


# --- Outlook --------------------------------------------------------------------------------------------


def test_a_name_appended_after_an_outlook_message_is_refused(service: VaultService, tmp_path: Path) -> None:
    """read_msg() reads every OLE stream but nothing outside them; bytes after the last sector (or in
    free sectors) are carried by the original and never read."""
    data = (MSG / "note.msg").read_bytes() + b"Source: " + NAME + b"\r\n"
    assert not _leaves(service, tmp_path, data, "note.msg")


# --- video ----------------------------------------------------------------------------------------------


def _box(kind: bytes, content: bytes) -> bytes:
    return struct.pack(">I", 8 + len(content)) + kind + content


def _boxes(data: bytes) -> list[tuple[bytes, bytes]]:
    out, at = [], 0
    while at + 8 <= len(data):
        size, kind = struct.unpack_from(">I4s", data, at)
        out.append((kind, data[at : at + size]))
        at += size
    return out


def _titled_moov(moov: bytes) -> bytes:
    """``moov`` with a udta/©nam naming the source appended (an iTunes-style title)."""
    title = _box(b"\xa9nam", _box(b"data", b"\x00\x00\x00\x01\x00\x00\x00\x00" + b"Interview " + NAME))
    body = moov[8:] + _box(b"udta", _box(b"meta", b"\x00\x00\x00\x00" + _box(b"ilst", title)))
    return _box(b"moov", body)


def test_control_an_mp4_title_is_refused(service: VaultService, tmp_path: Path) -> None:
    boxes = _boxes((MEDIA / "phone.mp4").read_bytes())
    data = b"".join(_titled_moov(b) if k == b"moov" else b for k, b in boxes)
    assert not _leaves(service, tmp_path, data, "clip.mp4")


def test_a_title_in_a_compressed_quicktime_movie_box_is_refused(
    service: VaultService, tmp_path: Path
) -> None:
    """QuickTime's compressed movie header (moov/cmov: dcom 'zlib', cmvd = size + zlib(moov)), which
    QuickTime players open: vault/intake/bmff.py does not inflate it and raw-bytes runs see zlib only."""
    boxes = _boxes((MEDIA / "phone.mp4").read_bytes())

    def compressed(moov: bytes) -> bytes:
        inner = _titled_moov(moov)
        cmvd = _box(b"cmvd", struct.pack(">I", len(inner)) + zlib.compress(inner, 9))
        return _box(b"moov", _box(b"cmov", _box(b"dcom", b"zlib") + cmvd))

    data = b"".join(compressed(b) if k == b"moov" else b for k, b in boxes)
    assert not _leaves(service, tmp_path, data, "clip.mov")


# --- e-mail attachments stored as their own items ------------------------------------------------------


def test_an_attachment_of_a_message_from_a_protected_source_is_sealed(
    service: VaultService, tmp_path: Path
) -> None:
    """A message imported as handed over by a protected source is sealed (app/service_evidence.py
    import_files); the files it carries are stored as items with the same source but are not sealed,
    so they travel in bundles as stored (a photograph the source took, a document only they held)."""
    world = protected_world(service, tmp_path)
    path = tmp_path / "from-source.eml"
    path.write_bytes(_attached(b"Container MSCU 4471920 left on the ninth.\n" * 3, "manifest.txt"))
    [outcome] = service.evidence.import_files([path], source=world.protected).outcomes
    assert outcome.id is not None
    assert outcome.attachments
    assert service.get(outcome.id).body.get("sealed_sha256")
    for attached in outcome.attachments:
        body = service.get(attached).body
        assert body["source"] == world.protected
        assert body.get("sealed_sha256") or body.get("withheld"), "attachment travels unsealed"


# --- formats without a reader ---------------------------------------------------------------------------


def test_a_gzip_original_naming_a_source_is_not_passed_silently(
    service: VaultService, tmp_path: Path
) -> None:
    """vault/readers/files.py read_file(): a format with no reader (gzip, 7z, rar, tar.gz, bz2, TNEF's
    compressed RTF) is read as raw-bytes runs only and no unread place is recorded, so compressed
    content passes the gate as if it had been read."""
    data = gzip.compress(SENTENCE.encode() * 3)
    assert not _leaves(service, tmp_path, data, "notes.txt.gz")


def test_a_gzip_attached_to_a_message_does_not_escape_with_it(service: VaultService, tmp_path: Path) -> None:
    data = _attached(gzip.compress(SENTENCE.encode() * 3), "logs.gz")
    assert not _leaves(service, tmp_path, data, "forwarded.eml")


def test_a_name_in_a_large_video_past_the_raw_bytes_budget_is_not_passed_silently(
    service: VaultService, tmp_path: Path
) -> None:
    """A box no parser knows ('free') in the middle of a 18 MiB video: raw_strings() reads windows from
    both ends until 4 MiB of text, records 'raw bytes past 4 MiB of text' as unread, and the gate
    ignores unread places."""
    noise = random.Random(1).randbytes(9 * 1024 * 1024)  # noqa: S311 - noise, not a secret
    label = b"\xff" + b"Interview " + NAME + b"\xff"
    data = (
        (MEDIA / "phone.mp4").read_bytes()
        + _box(b"free", noise)
        + _box(b"free", label)
        + _box(b"free", noise)
    )
    assert not _leaves(service, tmp_path, data, "clip.mp4")


# --- defences: text split by formatting runs -----------------------------------------------------------


def test_a_name_split_by_an_xlsx_rich_text_run_is_refused(service: VaultService, tmp_path: Path) -> None:
    from openpyxl.cell.rich_text import CellRichText, TextBlock  # type: ignore[import-untyped]
    from openpyxl.cell.text import InlineFont  # type: ignore[import-untyped]

    book = openpyxl.Workbook()
    book.active["A1"] = CellRichText(["Met Jos", TextBlock(InlineFont(b=True), "é"), " Núñez"])
    out = io.BytesIO()
    book.save(out)
    assert not _leaves(service, tmp_path, out.getvalue(), "ledger.xlsx")


def test_a_name_split_by_an_ods_span_is_refused(service: VaultService, tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet  # type: ignore[import-untyped]
    from odf.table import Table, TableCell, TableRow  # type: ignore[import-untyped]
    from odf.text import P, Span  # type: ignore[import-untyped]

    doc = OpenDocumentSpreadsheet()
    table, row, cell = Table(name="S"), TableRow(), TableCell(valuetype="string")
    paragraph = P(text="Met Jos")
    paragraph.addElement(Span(text="é"))
    paragraph.addText(" Núñez")
    cell.addElement(paragraph)
    row.addElement(cell)
    table.addElement(row)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.write(out)
    assert not _leaves(service, tmp_path, out.getvalue(), "ledger.ods")


# --- HTML and RTF outside a text/html or text/rtf message part ----------------------------------------

_HTML = b"<html><body><p>Met Jos&eacute; N&uacute;&ntilde;ez at the port.</p></body></html>"
_RTF = rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\f0 Met Jos\'e9 N\'fa\'f1ez at the port.\par}"


@pytest.mark.parametrize(
    ("data", "file_name"),
    [
        (_HTML, "saved.htm"),
        (_attached(_HTML, "saved.htm"), "forwarded.eml"),
        (_RTF, "statement.rtf"),
        (_attached(_RTF, "statement.rtf"), "forwarded.eml"),
    ],
    ids=["html file", "html attachment", "rtf file", "rtf attachment"],
)
def test_html_and_rtf_escapes_outside_message_bodies_are_refused(
    service: VaultService, tmp_path: Path, data: bytes, file_name: str
) -> None:
    """vault/readers/files.py: HTML and RTF files are detected as plain text and read by read_text(),
    which decodes neither character references (&eacute;) nor RTF escapes (\\'e9, \\u233?); only
    text/html and text/rtf parts of a message go through html_text()/rtf_text(). Word writes every
    letter outside ASCII in an .rtf as an escape, and a saved web page uses references."""
    assert not _leaves(service, tmp_path, data, file_name)


def test_an_rtf_body_with_a_bookmark_inside_the_name_is_refused(
    service: VaultService, tmp_path: Path
) -> None:
    """vault/readers/rtf.py rtf_text() keeps the text of ignorable destinations ({\\*\\bkmkstart x}),
    so a bookmark (or any {\\*\\...} group) inside a word splits it: 'Pa*_MailAutoSigpa Kilo'. (The
    name "Jo{\\*\\bkmkstart x}s\\'e9 N\\'fa\\'f1ez" is still caught, by its surname alone.)"""
    rtf = rb"{\rtf1\ansi Met Pa{\*\bkmkstart _MailAutoSig}pa Kilo at the port.\par}"
    body = base64.b64encode(rtf).decode()
    data = _eml("text/rtf; charset=us-ascii\r\nContent-Transfer-Encoding: base64", body)
    assert not _leaves(service, tmp_path, data, "rtf.eml")


# --- Ogg: a chained stream whose comment header straddles two pages (defence) ---------------------------


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        crc &= 0xFFFFFFFF
    return crc


def _ogg_page(
    data: bytes, serial: int, seq: int, kind: int = 0, granule: int = 0, ends: bool = True
) -> bytes:
    lacing = [255] * (len(data) // 255) + ([len(data) % 255] if ends else [])
    head = b"OggS" + bytes([0, kind]) + struct.pack("<qII", granule, serial, seq) + b"\0\0\0\0"
    page = head + bytes([len(lacing)]) + bytes(lacing) + data
    return page[:22] + struct.pack("<I", _ogg_crc(page)) + page[26:]


def _ogg_pages(data: bytes) -> list[bytes]:
    out, at = [], 0
    while at < len(data):
        count = data[at + 26]
        size = 27 + count + sum(data[at + 27 : at + 27 + count])
        out.append(data[at : at + size])
        at += size
    return out


def test_a_chained_opus_link_with_a_comment_split_across_pages_is_refused(
    service: VaultService, tmp_path: Path
) -> None:
    """A clean voice note, then a second chained link (players play both) whose OpusTags packet is cut
    by a page header in the middle of the surname, so raw-bytes runs see neither half whole."""
    first = (MEDIA / "voice.opus").read_bytes()
    pages = _ogg_pages(first)

    def body(page: bytes) -> bytes:
        return page[27 + page[26] :]

    comment = b"TITLE=Interview " + NAME
    vendor = b"v" * (255 - 8 - 8 - 4 - 4 - 4 - 16)  # the page ends after "Jos\xc3\xa9 N\xc3\xba"
    tags = (
        b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<II", 1, len(comment)) + comment
    )
    serial = 0x1234
    second = _ogg_page(body(pages[0]), serial, 0, kind=2)
    second += _ogg_page(tags[:255], serial, 1, ends=False) + _ogg_page(tags[255:], serial, 2, kind=1)
    for n, page in enumerate(pages[2:], 3):
        granule = struct.unpack_from("<q", page, 6)[0]
        second += _ogg_page(body(page), serial, n, kind=4 if n == len(pages) + 0 else 0, granule=granule)
    assert not _leaves(service, tmp_path, first + second, "voice.opus")


_UTF16 = ("Interview " + PROTECTED_NAME).encode("utf-16")


@pytest.mark.parametrize(
    ("frame_id", "content"),
    [
        (b"APIC", b"\x01image/png\x00\x03" + _UTF16 + b"\x00\x00\x89PNG\r\n\x1a\n" + b"\x00" * 20),
        (b"SYLT", b"\x01eng\x02\x01" + _UTF16 + b"\x00\x00\x00\x00\x00\x10"),
        (b"PRIV", b"owner\x00" + _UTF16),
    ],
    ids=["APIC description", "SYLT lyrics", "PRIV data"],
)
def test_utf16_text_in_a_compressed_binary_id3_frame_is_refused(
    service: VaultService, tmp_path: Path, frame_id: bytes, content: bytes
) -> None:
    """vault/intake/audio.py _id3_frame(): an APIC frame's description and any frame not T*/COMM/USLT/W*
    are read with mediainfo.printable(), which keeps printable ASCII only; UTF-16 text (with its BOM)
    in such a frame is lost once inflated, and compressed it is invisible to raw-bytes runs."""
    data = _tag(_frame(frame_id, _compressed(content), 0x0009)) + _audio()
    assert not _leaves(service, tmp_path, data, "call.mp3")


def test_a_body_after_two_hundred_thousand_header_parts_is_not_passed_silently(
    service: VaultService, tmp_path: Path
) -> None:
    """vault/intake/examine.py read_parts(): past wire.MAX_PARTS (200,000) located parts the rest is
    dropped and 'text past the size limit' recorded as unread, which the gate ignores. Every header
    of a message is a part, so 201,000 trace headers (3 MB) push the base64 body out of the reading."""
    extra = "".join(f"X-Trace: {n}\r\n" for n in range(201_000))
    data = _eml("text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64", B64 + "\r\n", extra)
    assert not _leaves(service, tmp_path, data, "traced.eml")


def _fold(line: str) -> str:
    """RFC 5545 / vCard 3.0 folding: lines of at most 75 octets, continued by CRLF and a space."""
    data, out = line.encode(), []
    while len(data) > 75:
        cut = 75
        while data[cut] & 0xC0 == 0x80:  # never inside a UTF-8 sequence
            cut -= 1
        out.append(data[:cut])
        data = data[cut:]
        if data:
            data = b" " + data
    out.append(data)
    return b"\r\n".join(out).decode()


@pytest.mark.parametrize("kind", ["calendar", "vcard"])
def test_a_name_folded_by_a_calendar_or_vcard_line_is_refused(
    service: VaultService, tmp_path: Path, kind: str
) -> None:
    """A meeting invitation (text/calendar) or a contact card (text/vcard) forwarded with a message:
    their long lines are folded at 75 octets (CRLF + space), here inside the surname, and the readers
    do not unfold them ('Nú\\r\\n ñez'), so neither half matches."""
    line = "SUMMARY:Debrief at the depot office with the deputy harbour clerk José Núñez"
    if kind == "vcard":
        line = "NOTE:Met at the depot office by the deputy harbour master, name José Núñez"
    folded = _fold(line)
    assert "Nú\r\n ñez" in folded or "Núñ\r\n ez" in folded or "N\r\n úñez" in folded
    if kind == "calendar":
        body = (
            f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n{folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        content_type = "text/calendar; method=REQUEST; charset=utf-8"
    else:
        body = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Harbour desk\r\n{folded}\r\nEND:VCARD\r\n"
        content_type = "text/vcard; charset=utf-8"
    message = (
        "--X\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        f"--X\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body.encode()).decode()
        + "--X--\r\n"
    )
    assert not _leaves(service, tmp_path, _eml("multipart/mixed; boundary=X", message), "invite.eml")


# --- defences: parts of a workbook no cell shows, PDF encodings PDFium reads ---------------------------


@pytest.mark.parametrize(
    ("member", "xml"),
    [
        ("xl/sharedStrings.xml", '<sst xmlns="{ns}" count="2" uniqueCount="2"><si><t>ok</t></si>'
         "<si><t>José Núñez</t></si></sst>"),
        ("xl/charts/chart1.xml", '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"'
         ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich>'
         "<a:p><a:r><a:t>Papa Kilo</a:t></a:r></a:p></c:rich></c:tx></c:title></c:chart></c:chartSpace>"),
        ("xl/pivotCache/pivotCacheRecords1.xml", '<pivotCacheRecords xmlns="{ns}" count="1"><r>'
         '<s v="+243 897 531 864"/></r></pivotCacheRecords>'),
    ],
    ids=["unused shared string", "chart title", "pivot cache record"],
)  # fmt: skip
def test_workbook_parts_no_cell_shows_are_refused(
    service: VaultService, tmp_path: Path, member: str, xml: str
) -> None:
    namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_xlsx("ok")), "r") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info, src.read(info))
        dst.writestr(member, xml.replace("{ns}", namespace))
    assert not _leaves(service, tmp_path, out.getvalue(), "ledger.xlsx")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (b"Met Jos\x8e N\x9c\x96ez today", b"/MacRomanEncoding"),
        (
            b"Met JosA NBCez today",
            b"<< /BaseEncoding /WinAnsiEncoding /Differences [65 /eacute /uacute /ntilde] >>",
        ),
    ],
    ids=["MacRoman", "Differences"],
)
def test_pdf_text_in_an_encoding_pdfium_decodes_is_refused(
    service: VaultService, tmp_path: Path, text: bytes, encoding: bytes
) -> None:
    """PDFium (page text for search, pipeline 3) and the gate's own reader agree on simple-font encodings."""
    from tests.pdfcases import page_pdf

    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + encoding + b" >>"
    data = page_pdf(b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET", more=(font,))
    data = data.replace(b"/F1 5 0 R", b"/F1 6 0 R")
    assert not _leaves(service, tmp_path, data, "statement.pdf")
