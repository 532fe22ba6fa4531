"""Word documents: core properties and text (tables included); zip bombs and entities are refused."""

from __future__ import annotations

import io
import zipfile

from tests import media
from vault.intake import detect
from vault.intake.examine import examine


def test_core_properties_and_text_with_tables_are_extracted() -> None:
    found = examine(
        media.docx_file(
            ["Delivery of 40 crates to Goma.", "Second paragraph."],
            table=[("Item", "Serial"), ("Mortar tube", "MT-55-0091")],
            author="Col. A. Author",
            last_modified_by="Clerk B",
        )
    )
    assert found.problem is None
    m = found.metadata
    assert m["author"] == "Col. A. Author"
    assert m["last_modified_by"] == "Clerk B"
    assert m["created"].startswith("2020-01-02T03:04:05")
    assert m["modified"].startswith("2021-06-07T08:09:10")
    assert m["title"] == "Delivery report"
    [(page, text)] = found.pages
    assert page == 0
    assert "Delivery of 40 crates to Goma." in text
    assert "Mortar tube\tMT-55-0091" in text


def test_a_zip_bomb_docx_is_refused_before_python_docx_reads_it() -> None:
    found = examine(media.docx_zip_bomb(40))
    assert found.media_type == detect.DOCX
    assert found.warning is not None
    assert "zip bomb" in found.warning
    assert found.pages == []


def test_a_docx_with_too_many_parts_is_refused() -> None:
    found = examine(media.docx_many_members(6_000))
    assert found.warning is not None
    assert "too many parts" in found.warning


def test_entity_declarations_in_document_xml_are_refused() -> None:
    found = examine(media.docx_with_entities())
    assert found.warning is not None
    assert "entities" in found.warning
    assert found.pages == []


def test_entity_declarations_hidden_in_utf16_are_refused() -> None:
    original = media.docx_file()
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        xml = (
            archive.read("word/document.xml").decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
        )
    xml = xml.replace("?>", '?><!DOCTYPE x [<!ENTITY a "b">]>', 1)
    hostile = media.rezip(original, replace={"word/document.xml": xml.encode("utf-16")})
    found = examine(hostile)
    assert found.warning is not None
    assert "entities" in found.warning


def test_a_truncated_docx_is_flagged() -> None:
    found = examine(media.truncated(media.docx_file(), 0.5))
    assert found.media_type == detect.DOCX
    assert found.warning is not None
    assert found.warning.startswith("could not be read: ")


def test_a_password_protected_office_file_is_flagged_as_encrypted() -> None:
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 500
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 64
    )
    found = examine(ole)
    assert (
        found.warning == "could not be read: the Office document is encrypted (it needs a password to open)"
    )
