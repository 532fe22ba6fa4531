"""E-mail as evidence: an .eml or Outlook .msg is read in full before it can leave (every MIME part
decoded), its headers and body are searchable, and each attachment is an evidence item of its own,
"attached to" the message, with the message's source and custody.

The .eml files here are written byte by byte (the encodings are the test's, not a library's); the .msg
files are real Outlook files (tests/data/msg, MIT, see COPYING there).
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

import docx
import pytest

from app.service import VaultService
from tests import msgwriter
from tests.unit.test_export_fixtures import PROTECTED_NAME, protected_world
from vault.guard.leakguard import LeakRefused
from vault.intake import detect, examine, wire
from vault.readers.files import read_file

DATA = Path(__file__).resolve().parents[1] / "data" / "msg"
NAME_B64 = base64.b64encode(f"Met {PROTECTED_NAME} at the port on Tuesday.".encode()).decode()


def _eml(body: str, *, content_type: str = "multipart/mixed; boundary=XYZ", subject: str = "Depot") -> bytes:
    head = (
        "From: Port Authority <port@example.org>\r\n"
        "To: Expert <expert@example.org>\r\n"
        "Cc: Desk <desk@example.org>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 03 Mar 2026 09:15:00 +0100\r\n"
        "Message-ID: <m1@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: {content_type}\r\n\r\n"
    )
    return (head + body).encode("utf-8")


def _part(headers: str, content: str) -> str:
    return f"--XYZ\r\n{headers}\r\n\r\n{content}\r\n"


def _docx(text: str) -> bytes:
    doc = docx.Document()
    doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


PLAIN = _part("Content-Type: text/plain; charset=utf-8", "Manifest attached, see the container list.")
END = "--XYZ--\r\n"

HIDING_PLACES = {
    "base64 body": _eml(
        _part("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64", NAME_B64) + END
    ),
    "quoted-printable body": _eml(
        _part(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable",
            "Met Jos=C3=A9 N=C3=BA=\r\n=C3=B1ez at the port.",
        )
        + END
    ),
    "encoded-word subject": _eml(
        PLAIN + END, subject="=?utf-8?b?" + base64.b64encode(PROTECTED_NAME.encode()).decode() + "?="
    ),
    "base64 text attachment": _eml(
        PLAIN
        + _part(
            'Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename="n.txt"\r\n'
            "Content-Transfer-Encoding: base64",
            NAME_B64,
        )
        + END
    ),
    "RFC 2231 file name": _eml(
        PLAIN
        + _part(
            "Content-Type: application/octet-stream\r\n"
            "Content-Disposition: attachment; filename*=utf-8''Jos%C3%A9%20N%C3%BA%C3%B1ez.bin\r\n"
            "Content-Transfer-Encoding: base64",
            base64.b64encode(b"\x00\x01\x02").decode(),
        )
        + END
    ),
    "HTML character references": _eml(
        _part("Content-Type: text/html; charset=us-ascii", "<p>Met Jos&eacute; N&uacute;&ntilde;ez</p>") + END
    ),
    "DOCX attachment in base64": _eml(
        PLAIN
        + _part(
            "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n"
            'Content-Disposition: attachment; filename="report.docx"\r\nContent-Transfer-Encoding: base64',
            base64.encodebytes(_docx(f"Interview with {PROTECTED_NAME}")).decode(),
        )
        + END
    ),
    "charset declared wrongly": _eml(
        _part("Content-Type: text/plain; charset=us-ascii", f"Met {PROTECTED_NAME} at the port.") + END
    ),
    "message not detected as one": b"Notes kept with the message below\r\n\r\n"
    + _eml(_part("Content-Type: text/plain\r\nContent-Transfer-Encoding: base64", NAME_B64) + END),
    "forwarded message in base64": _eml(
        PLAIN
        + _part(
            "Content-Type: message/rfc822",
            _eml(
                _part("Content-Type: text/plain\r\nContent-Transfer-Encoding: base64", NAME_B64) + END,
                subject="Fwd",
            ).decode(),
        )
        + END
    ),
}


@pytest.mark.parametrize("place", list(HIDING_PLACES))
def test_an_eml_naming_a_protected_source_anywhere_is_stopped_at_export(
    service: VaultService, tmp_path: Path, place: str
) -> None:
    world = protected_world(service, tmp_path)
    path = tmp_path / "message.eml"
    path.write_bytes(HIDING_PLACES[place])
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert outcome.media_type == ("text/plain" if place == "message not detected as one" else detect.EML)
    out = tmp_path / "out.eml"
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", out)
    assert not out.exists()


def test_an_eml_read_by_an_older_pipeline_is_read_again_before_it_leaves(
    service: VaultService, tmp_path: Path
) -> None:
    protected_world(service, tmp_path)
    path = tmp_path / "message.eml"
    path.write_bytes(HIDING_PLACES["base64 body"])
    [outcome] = service.evidence.import_files([path]).outcomes
    conn = service._vault.conn
    with conn:  # as a vault examined before e-mail had a reader left it: base64 unread
        conn.execute("UPDATE evidence_examined SET pipeline = 2 WHERE sha256 = ?", (outcome.sha256,))
        conn.execute("DELETE FROM evidence_parts WHERE sha256 = ?", (outcome.sha256,))
    with pytest.raises(LeakRefused, match="name of source S-001"):
        service.evidence.export_file(outcome.id or "", tmp_path / "out.eml")


def test_an_eml_that_names_nobody_is_exported(service: VaultService, tmp_path: Path) -> None:
    protected_world(service, tmp_path)
    path = tmp_path / "message.eml"
    path.write_bytes(_eml(PLAIN + END))
    [outcome] = service.evidence.import_files([path]).outcomes
    out = tmp_path / "out.eml"
    service.evidence.export_file(outcome.id or "", out)
    assert out.read_bytes() == path.read_bytes()


def test_headers_body_and_attachments_are_stored_and_searchable(
    service: VaultService, tmp_path: Path
) -> None:
    src = service.model.add_model_record(
        "source", {"name": "Harbour clerk", "protection": "public", "type": "informant"}
    )
    attachment = _docx("Container MSCU 4471920 left on the ninth.")
    path = tmp_path / "message.eml"
    path.write_bytes(
        _eml(
            PLAIN
            + _part(
                "Content-Type: application/octet-stream\r\n"
                'Content-Disposition: attachment; filename="manifest.docx"\r\n'
                "Content-Transfer-Encoding: base64",
                base64.encodebytes(attachment).decode(),
            )
            + END,
            subject="Cargo manifest for the Zanzibar run",
        )
    )
    [outcome] = service.evidence.import_files([path], source=src.id).outcomes
    assert outcome.error is None
    body = service.get(outcome.id or "").body
    meta = body["metadata"]
    assert meta["from"] == "Port Authority <port@example.org>"
    assert meta["to"] == "Expert <expert@example.org>"
    assert meta["cc"] == "Desk <desk@example.org>"
    assert meta["subject"] == "Cargo manifest for the Zanzibar run"
    assert meta["message_id"] == "<m1@example.org>"
    assert meta["date"] == "2026-03-03T09:15:00+01:00"
    [attached] = outcome.attachments
    item = service.get(attached).body
    assert item["attached_to"] == outcome.id
    assert item["name"] == "manifest.docx"
    assert item["source"] == src.id  # the message's source is the attachment's
    assert item["media_type"] == detect.DOCX
    custody = [e for e in service.records.details(attached).custody if e.action == "intake"]
    assert custody[0].detail["attached_to"] == outcome.id
    assert custody[0].detail["in_message_sha256"] == outcome.sha256
    assert custody[0].detail["source"] == src.id
    for words, expected in (("port example", outcome.id), ("Zanzibar", outcome.id),
                            ("container list", outcome.id), ("MSCU 4471920", attached)):  # fmt: skip
        assert expected in [h.id for h in service.records.search(words)], words


def test_a_forwarded_message_and_its_attachment_are_items_linked_in_turn(tmp_path: Path) -> None:
    inner = _eml(
        PLAIN
        + _part(
            'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"', "%PDF-1.4"
        )
        + END,
        subject="Original",
    ).replace(b"XYZ", b"ABC")  # its own boundary
    outer = _eml(PLAIN + _part("Content-Type: message/rfc822", inner.decode()) + END, subject="Fwd")
    findings = wire.decode(wire.encode(examine.examine(outer)))  # as the worker sends it
    assert [(a.parent, a.findings.media_type if a.findings else None) for a in findings.attachments] == [
        (-1, detect.EML),
        (0, detect.PDF),
    ]
    assert findings.attachments[0].findings is not None
    assert findings.attachments[0].findings.metadata["subject"] == "Original"


@pytest.mark.parametrize(
    ("name", "subject", "words"),
    [
        ("test_Blammo.msg", "BlammoBlammo", "Blam"),
        ("qwerty_1-orig.msg", "qwerty", "Data Analyst Freehills"),
        ("note.msg", "note sample", "Just any information"),
    ],
)
def test_real_outlook_messages_are_read(
    service: VaultService, tmp_path: Path, name: str, subject: str, words: str
) -> None:
    [outcome] = service.evidence.import_files([DATA / name]).outcomes
    assert outcome.media_type == detect.MSG
    assert not outcome.warnings
    meta = service.get(outcome.id or "").body["metadata"]
    assert meta["subject"] == subject
    assert meta["date"].startswith(("2007-09-29", "2006-11-03", "2001-05-21"))
    assert outcome.id in [h.id for h in service.records.search(words)]


def test_an_outlook_sender_and_message_id_are_recorded() -> None:
    blammo = examine.examine((DATA / "test_Blammo.msg").read_bytes()).metadata
    assert blammo["from"] == "TripleNickel <TripleNickel@mapi32.net>"
    qwerty = examine.examine((DATA / "qwerty_2-with_custom_properties.msg").read_bytes()).metadata
    assert qwerty["message_id"] == "<CEB3518C2FA4D743BF752C106451B19E14944E@sydexmail1.freehills.com.au>"
    assert qwerty["cc"] == "Johnathan"


def test_the_compressed_rtf_body_of_an_outlook_message_is_read_for_the_gate() -> None:
    # test_Blammo.msg's compressed RTF body wraps HTML; its words are read from the decompressed RTF.
    parts = read_file((DATA / "test_Blammo.msg").read_bytes()).parts
    rtf = [p.text for p in parts if "10090102 as read" in p.location]
    assert rtf
    assert "Blam" in rtf[0]
    assert not any("LZFu" in p.text for p in parts if "as read" in p.location)


def test_a_recipient_of_an_outlook_message_is_read_for_the_gate() -> None:
    parts = read_file((DATA / "qwerty_2-with_custom_properties.msg").read_bytes()).parts
    assert any("__recip_version1.0_#00000001" in p.location and "Johnathan" in p.text for p in parts)


def test_an_outlook_attachment_is_an_item_and_is_read_by_the_gate(
    service: VaultService, tmp_path: Path
) -> None:
    # Written by tests/msgwriter.py (a minimal compound-file writer): the real samples carry no attachment.
    world = protected_world(service, tmp_path)
    report = _docx(f"Interview with {PROTECTED_NAME}")
    path = tmp_path / "lading.msg"
    path.write_bytes(msgwriter.msg("Lading", "See the report attached.", [("report.docx", report)]))
    [outcome] = service.evidence.import_files([path], investigation=world.investigation).outcomes
    assert outcome.media_type == detect.MSG
    [attached] = outcome.attachments
    item = service.get(attached).body
    assert (item["attached_to"], item["name"], item["media_type"]) == (outcome.id, "report.docx", detect.DOCX)
    assert item["investigation"] == world.investigation
    for evidence_id in (outcome.id or "", attached):
        with pytest.raises(LeakRefused, match="name of source S-001"):
            service.evidence.export_file(evidence_id, tmp_path / "out")
