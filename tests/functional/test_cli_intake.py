"""Evidence intake from the command line: import with warnings, show, custody, working copies, search."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path

import pytest

from tests import media
from tests.helpers import init_vault, run_cli

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def vault(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    return v


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "received"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def test_import_reports_types_and_flags_unreadable_files_by_name_and_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    photo = _file(tmp_path, "rifle.jpg", media.jpeg())
    locked = _file(tmp_path, "contract.pdf", media.pdf(password="s3cret"))
    bomb = _file(tmp_path, "annex.docx", media.docx_zip_bomb())
    result = run_cli(capsys, "import", vault, photo, locked, bomb, "--json")
    assert result.code == 0
    items = {i["name"]: i for i in result.json()}
    assert items["rifle.jpg"]["media_type"] == "image/jpeg"
    assert items["rifle.jpg"]["warnings"] == []
    assert items["rifle.jpg"]["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert items["contract.pdf"]["warnings"] == [
        "could not be read: the PDF is encrypted (it needs a password to open)"
    ]
    assert items["annex.docx"]["warnings"][0].startswith("could not be read: ")
    assert f"warning: {locked}: could not be read: the PDF is encrypted" in result.err
    assert f"warning: {bomb}: could not be read:" in result.err
    assert str(photo) not in result.err


def test_a_batch_with_a_missing_file_imports_the_others_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    good = _file(tmp_path, "a.pdf", media.pdf())
    result = run_cli(capsys, "import", vault, tmp_path / "gone.jpg", good, "--json")
    assert result.code == 1
    assert [i["name"] for i in result.json()] == ["a.pdf"]
    assert "gone.jpg: no such file" in result.err


def test_show_json_has_the_extracted_metadata_and_custody(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    word = _file(tmp_path, "report.docx", media.docx_file(author="Major X"))
    [item] = run_cli(capsys, "import", vault, word, "--json").json()
    shown = run_cli(capsys, "show", vault, item["id"], "--json").json()
    assert shown["body"]["media_type"] == item["media_type"]
    assert shown["body"]["metadata"]["author"] == "Major X"
    assert shown["body"]["metadata"]["last_modified_by"] == "Logistics Office"
    [event] = shown["custody"]
    assert event["action"] == "intake"
    assert event["detail"]["sha256"] == item["sha256"]


def test_custody_prints_the_chain_readably_and_rechecks_the_hash(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    photo = _file(tmp_path, "p.jpg", media.jpeg())
    [item] = run_cli(capsys, "import", vault, photo, "--json").json()
    run_cli(capsys, "import", vault, _file(tmp_path, "again.jpg", photo.read_bytes()))
    out = run_cli(capsys, "custody", vault, item["id"][:8])
    assert out.code == 0
    assert f"SHA-256 {item['sha256']}" in out.out
    assert "re-hashed now, match" in out.out
    lines = [line for line in out.out.splitlines() if re.match(r"\s*\d+\. ", line)]
    assert len(lines) == 2
    assert "intake" in lines[0]
    assert "by this vault" in lines[0]
    assert "linked, not stored twice" in lines[1]
    as_json = run_cli(capsys, "custody", vault, item["id"], "--json").json()
    assert as_json["intact"] is True
    assert [e["action"] for e in as_json["events"]] == ["intake", "intake"]


def test_working_copy_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    photo = _file(tmp_path, "p.jpg", media.jpeg())
    [item] = run_cli(capsys, "import", vault, photo, "--json").json()
    made = run_cli(
        capsys,
        "working-copy",
        vault,
        item["id"],
        "--strip",
        "--rotate",
        "90",
        "--redact",
        "0,0,20,20",
        "--json",
    )
    assert made.code == 0, made.err
    copy = made.json()
    assert copy["derived_from"] == item["id"]
    assert copy["sha256"] != item["sha256"]
    out = tmp_path / "copy.jpg"
    assert run_cli(capsys, "export-file", vault, copy["id"], out).code == 0
    assert hashlib.sha256(out.read_bytes()).hexdigest() == copy["sha256"]
    original = tmp_path / "original.jpg"
    run_cli(capsys, "export-file", vault, item["id"], original)
    assert original.read_bytes() == photo.read_bytes()
    custody = run_cli(capsys, "custody", vault, item["id"]).out
    assert f"working copy: {copy['id']}" in custody
    bad = run_cli(capsys, "working-copy", vault, item["id"], "--redact", "1,2,3")
    assert bad.code == 2
    assert "X,Y,WIDTH,HEIGHT" in bad.err
    odd = run_cli(capsys, "working-copy", vault, item["id"], "--rotate", "45")
    assert odd.code == 2


def test_text_of_documents_is_found_by_search(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    pdf = _file(tmp_path, "m.pdf", media.pdf(["cover", "Aircraft registration 9L-LFM"]))
    [item] = run_cli(capsys, "import", vault, pdf, "--json").json()
    hits = run_cli(capsys, "search", vault, "9L-LFM", "--json").json()
    assert [h["id"] for h in hits] == [item["id"]]


def test_extracted_text_and_thumbnails_never_reach_the_disk_in_plaintext(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    marker = "QUOKKA-MARKER-5Z9"
    pdf = _file(tmp_path, "m.pdf", media.pdf([f"cover {marker}"]))
    word = _file(tmp_path, "w.docx", media.docx_file([f"para {marker}"]))
    assert run_cli(capsys, "import", vault, pdf, word).code == 0
    assert run_cli(capsys, "search", vault, marker).out.count("\n") == 2
    pdf.unlink()
    word.unlink()
    hits = []
    for dirpath, _, files in os.walk(tmp_path):
        for name in files:
            data = (Path(dirpath) / name).read_bytes()
            if marker.encode() in data or marker.encode("utf-16-le") in data:
                hits.append(name)
    assert hits == []


@pytest.mark.usefixtures("cli_env")
def test_import_takes_the_source_by_its_code_and_refuses_a_record_of_another_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    source_id = run_cli(capsys, "record", "add", v, "source", "--data", '{"name": "Port office"}').out.strip()
    photo = tmp_path / "crate.bin"
    photo.write_bytes(b"crate")
    imported = run_cli(capsys, "import", v, photo, "--from", "S-001", "--json")
    assert imported.code == 0, imported.err
    shown = run_cli(capsys, "show", v, imported.json()[0]["id"], "--json").json()
    assert shown["body"]["source"] == source_id
    note_id = run_cli(capsys, "note", "add", v, "--title", "t").out.strip()
    wrong = run_cli(capsys, "import", v, photo, "--from", note_id)
    assert wrong.code == 2
    assert "is not a source" in wrong.err


@pytest.mark.usefixtures("cli_env")
def test_control_and_bidi_characters_in_a_file_name_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    hostile = tmp_path / "invoice\x1b[2J-\u202etxt.exe"
    hostile.write_bytes(b"plain text")
    text = run_cli(capsys, "import", v, hostile)
    assert text.code == 0
    assert "\x1b" not in text.out + text.err
    assert "\u202e" not in text.out + text.err
    assert "\\u001b[2J" in text.out
    as_json = run_cli(capsys, "import", v, hostile, "--json")
    assert as_json.json()[0]["name"] == hostile.name  # the JSON still means the real name
    item = as_json.json()[0]["id"]
    for args in (("show", v, item), ("custody", v, item), ("search", v, "invoice")):
        out = run_cli(capsys, *args)
        assert "\x1b" not in out.out
        assert "\u202e" not in out.out


def test_text_prints_what_was_read_from_a_document_page_by_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    pdf = _file(tmp_path, "euc.pdf", media.pdf(pages=("End-user certificate EUC-7", "Signed in Goma")))
    [item] = run_cli(capsys, "import", vault, pdf, "--json").json()
    shown = run_cli(capsys, "text", vault, item["id"][:8])
    assert shown.code == 0, shown.err
    assert shown.out.splitlines() == [
        "--- page 1 ---",
        "End-user certificate EUC-7",
        "--- page 2 ---",
        "Signed in Goma",
    ]
    pages = run_cli(capsys, "text", vault, item["id"], "--json").json()["pages"]
    assert [(p["page"], p["text"].strip()) for p in pages] == [
        (1, "End-user certificate EUC-7"),
        (2, "Signed in Goma"),
    ]
    assert run_cli(capsys, "text", vault, item["id"], "--page", "2").out == "Signed in Goma\n"
    missing = run_cli(capsys, "text", vault, item["id"], "--page", "9")
    assert missing.code == 2
    assert "has no text on page 9" in missing.err


def test_text_of_a_note_or_a_picture_says_what_it_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    note = run_cli(capsys, "note", "add", vault, "--title", "Meeting", "--body", "x", "--json").json()
    refused = run_cli(capsys, "text", vault, note["id"])
    assert refused.code == 2
    assert "not an evidence item" in refused.err
    [photo] = run_cli(capsys, "import", vault, _file(tmp_path, "p.jpg", media.jpeg()), "--json").json()
    silent = run_cli(capsys, "text", vault, photo["id"])
    assert (silent.code, silent.out) == (0, "")
    assert "no text was read from this item" in silent.err


def test_an_email_import_lists_its_attachments_stored_as_items(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    attached = media.pdf(["Bill of lading 7731"])
    message = (
        b"From: Port Authority <port@example.org>\r\nTo: expert@example.org\r\nSubject: Lading\r\n"
        b"Date: Tue, 03 Mar 2026 09:15:00 +0100\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        b'--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="bl.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(attached) + b"\r\n--B--\r\n"
    )
    eml = _file(tmp_path, "lading.eml", message)
    [item] = run_cli(capsys, "import", vault, eml, "--json").json()
    assert item["media_type"] == "message/rfc822"
    [attachment] = item["attachments"]
    shown = run_cli(capsys, "show", vault, attachment, "--json").json()
    assert shown["body"]["attached_to"] == item["id"]
    assert shown["body"]["name"] == "bl.pdf"
    assert shown["body"]["sha256"] == hashlib.sha256(attached).hexdigest()
    text = run_cli(capsys, "import", vault, eml).out  # again: already stored, said so by its id
    assert item["id"] in text
