"""Tesseract's reading of rendered pages, measured: character error rate per font, size, skew, noise and
script, word boxes where the words are, and hostile inputs answered without a crash."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageFont

from tests import ocrpages
from vault.ocr import engine, job

LATIN = ("eng", "fra")
CLEAN = [
    (ocrpages.DEJAVU_SANS, 42),
    (ocrpages.DEJAVU_SERIF, 54),
    (ocrpages.LIBERATION_SERIF, 36),
    (ocrpages.LIBERATION_SANS, 32),
    (ocrpages.LIBERATION_MONO, 30),
]


def _read(image: Image.Image, languages: tuple[str, ...] = LATIN) -> engine.Recognised:
    return engine.recognise(image, languages)


@pytest.mark.parametrize(("font", "size"), CLEAN, ids=lambda v: v.stem if isinstance(v, Path) else str(v))
def test_clean_latin_pages_read_with_at_most_5_percent_character_errors(font: Path, size: int) -> None:
    found = _read(ocrpages.render(ocrpages.ENGLISH, font, size))
    assert ocrpages.cer("\n".join(ocrpages.ENGLISH), found.text) <= 0.05
    assert found.confidence >= 85


def test_a_french_page_keeps_its_accents() -> None:
    found = _read(ocrpages.render(ocrpages.FRENCH, ocrpages.LIBERATION_SANS, 40))
    assert ocrpages.cer("\n".join(ocrpages.FRENCH), found.text) <= 0.05
    assert "Déclaration signée" in found.text


def test_a_page_photographed_3_degrees_askew_still_reads() -> None:
    page = ocrpages.skewed(ocrpages.render(ocrpages.ENGLISH, ocrpages.DEJAVU_SERIF, 42), 3)
    assert ocrpages.cer("\n".join(ocrpages.ENGLISH), _read(page).text) <= 0.08


def test_a_noisy_low_quality_jpeg_still_reads() -> None:
    data = ocrpages.noisy_jpeg(ocrpages.render(ocrpages.ENGLISH, ocrpages.LIBERATION_SERIF, 40))
    assert ocrpages.cer("\n".join(ocrpages.ENGLISH), _read(Image.open(io.BytesIO(data))).text) <= 0.08


def test_an_arabic_page_reads_right_to_left() -> None:
    page = ocrpages.render(ocrpages.ARABIC, ocrpages.DEJAVU_SANS, 48, rtl=True)
    found = _read(page, ("ara",))
    assert ocrpages.cer("\n".join(ocrpages.ARABIC), found.text) <= 0.10
    # Alongside English and French too (a vault reading all three).
    assert ocrpages.cer("\n".join(ocrpages.ARABIC), _read(page, (*LATIN, "ara")).text) <= 0.10


def test_each_word_box_lies_where_the_word_was_drawn() -> None:
    size = 40
    page = ocrpages.render(ocrpages.ENGLISH, ocrpages.DEJAVU_SANS, size)
    found = _read(page)
    (box,) = [w for w in found.words if w.text == "Consignee:"]
    face = ImageFont.truetype(str(ocrpages.DEJAVU_SANS), size)
    baseline = 40 + size + 4 * int(size * 1.6)  # line 5, as ocrpages.render draws it
    left, top, right, bottom = face.getbbox("Consignee:", anchor="ls")
    assert abs(box.left - (120 + left)) <= 4
    assert abs(box.top - (baseline + top)) <= 4
    assert abs(box.left + box.width - (120 + right)) <= 4
    assert abs(box.top + box.height - (baseline + bottom)) <= 4
    assert found.size == page.size


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xd8\xff\xe0" + b"\0" * 40,  # a JPEG cut short
        _png_claiming(60_000, 60_000),  # a decompression bomb
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",  # a PDF with no pages
        b"%PDF-1.7\n" + b"\0" * 2000,  # and one that is nothing but its header
    ],
    ids=["empty", "truncated-jpeg", "png-bomb", "pdf-no-pages", "pdf-garbage"],
)
def test_hostile_inputs_are_answered_with_a_problem_never_an_exception(data: bytes) -> None:
    for page in (0, job.SURVEY, 1):
        found = job.handle(job.request(data, LATIN, page))
        assert found.problem is not None or found.metadata.get("ocr_todo") == []


def test_a_message_that_is_not_an_ocr_request_is_refused() -> None:
    assert job.handle(b"not a request").problem == "not an OCR request"
    assert job.handle(job.MAGIC + b"\xff\xff\xff\x7f{").problem == "not an OCR request"


def test_missing_language_data_and_a_missing_program_are_said_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert engine.problem(LATIN) is None
    said = engine.problem(("eng", "zzz"))
    assert said == "text recognition (OCR) is not available for zzz: their language data is not installed"
    monkeypatch.setenv("PATH", "/nonexistent")
    said = engine.problem(LATIN)
    assert said == "text recognition (OCR) is not available: the Tesseract program is not installed"
    with pytest.raises(engine.Unavailable):
        engine.recognise(Image.new("L", (10, 10), 255), LATIN)
