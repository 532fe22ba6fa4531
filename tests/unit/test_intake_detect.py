"""Intake judges a file's type from its bytes, never from its name."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests import media
from vault.intake import detect


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (media.jpeg(), detect.JPEG),
        (media.png(), detect.PNG),
        (media.tiff(), detect.TIFF),
        (media.pdf(), detect.PDF),
        (media.docx_file(), detect.DOCX),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", detect.HEIC),
        (b"GIF89a" + b"\x00" * 20, detect.GIF),
        (b"Interview notes, plain text\n", detect.TEXT),
        (bytes(range(256)) * 4, detect.UNKNOWN),
    ],
)
def test_each_format_is_recognised_from_its_content(data: bytes, expected: str) -> None:
    assert detect.media_type(data) == expected


def test_a_plain_zip_is_not_taken_for_a_word_document() -> None:
    zipped = media.rezip(media.docx_file(), replace={})
    assert detect.media_type(zipped) == detect.DOCX
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a document")
    assert detect.media_type(out.getvalue()) == detect.ZIP


def test_a_pdf_header_after_leading_junk_is_still_a_pdf() -> None:
    assert detect.media_type(b"\r\n" * 100 + media.pdf()) == detect.PDF


def test_the_zip_entry_count_is_read_from_the_directory_record() -> None:
    count = detect.zip_entry_count(media.docx_many_members(300))
    assert count is not None
    assert count > 300
    assert detect.zip_entry_count(b"PK\x03\x04 truncated") is None
