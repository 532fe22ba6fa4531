"""Claims and interview notes of a court package in every script: the letters come back from two
independent readers (PDFium and pypdf), the embedded font draws them (pixels, not blank boxes), the font
is a subset inside the file, right-to-left paragraphs sit on the right, and hostile text (bidi overrides,
control characters, lone surrogates, endless words, endless lines) neither crashes nor reorders."""

from __future__ import annotations

import io
import random
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # no type information shipped
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from exporters.pdf_plain import MARGIN, PAGE_WIDTH, Section, write_pdf
from exporters.pdf_shape import BOLD, FONT_DIR, REGULAR, face
from vault.readers.files import read_file

ARABIC = "شركة الأسلحة"
RUSSIAN = "Оружейная компания"
GREEK = "Εταιρεία όπλων"
HEBREW = "חברת הנשק"
FRENCH = "Société d'armement à Genève, œuvre"


def _pdfium_text(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return pages
    finally:
        document.close()


def _pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _package_pdf() -> bytes:
    return write_pdf(
        "Claims - OTP/2026/42",
        [
            Section("Claim 1 - status: corroborated", (ARABIC, RUSSIAN, GREEK)),
            Section("Interview note 1", (HEBREW, FRENCH, f"Mixed: {ARABIC} (OTP/2026/42) 2026")),
        ],
    )


def test_every_script_comes_back_from_pdfium_in_logical_order() -> None:
    text = _nfkc("\n".join(_pdfium_text(_package_pdf())))
    for word in (ARABIC, RUSSIAN, GREEK, HEBREW, FRENCH):
        for part in word.split():
            assert _nfkc(part) in text, part
    assert "?" not in text


def test_every_script_comes_back_from_pypdf() -> None:
    text = _nfkc(_pypdf_text(_package_pdf()))
    for word in (RUSSIAN, GREEK, FRENCH):
        assert _nfkc(word) in text, word
    assert "?" not in text
    for letter in set(ARABIC + HEBREW) - {" "}:
        assert letter in text, letter
    # pypdf too puts a right-to-left line back in logical order (the lam-alef ligature included)
    assert _nfkc(ARABIC) in text
    assert _nfkc(HEBREW) in text


def test_the_font_is_embedded_as_a_unicode_subset() -> None:
    data = _package_pdf()
    assert len(data) < 300_000
    reader = PdfReader(io.BytesIO(data))
    resources = reader.pages[0]["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    fonts = resources["/Font"].get_object()
    assert isinstance(fonts, DictionaryObject)
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/Type0"
        assert font["/Encoding"] == "/Identity-H"
        assert "/ToUnicode" in font
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", str(font["/BaseFont"]))
        cid = font["/DescendantFonts"][0].get_object()
        assert cid["/Subtype"] == "/CIDFontType2"
        assert "/W" in cid
        embedded = cid["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        assert 1_000 < len(embedded) < 120_000  # a subset: the whole face is about 750 kB


def _page_bitmap(data: bytes) -> tuple[pdfium.PdfDocument, pdfium.PdfPage]:
    document = pdfium.PdfDocument(data)
    return document, document[0]


def _dark_pixels_in(page: pdfium.PdfPage, box: tuple[float, float, float, float], scale: float) -> int:
    image = page.render(scale=scale).to_pil().convert("L")
    height = page.get_height()
    left, bottom, right, top = box
    crop = image.crop(
        (
            int(left * scale),
            int((height - top) * scale),
            int(right * scale) + 1,
            int((height - bottom) * scale) + 1,
        )
    )
    return sum(1 for value in crop.tobytes() if value < 128)


def _box_of(page: pdfium.PdfPage, needle: str) -> tuple[float, float, float, float]:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        start = text.index(needle)
        boxes = [textpage.get_charbox(i) for i in range(start, start + len(needle))]
    finally:
        textpage.close()
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def test_arabic_is_drawn_shaped_and_set_on_the_right() -> None:
    data = write_pdf("Arabic", [Section("Claim", (ARABIC,))])
    document, page = _page_bitmap(data)
    try:
        box = _box_of(page, ARABIC)
        assert box[2] > PAGE_WIDTH - MARGIN - 3  # right-aligned: a right-to-left paragraph
        assert box[0] > PAGE_WIDTH / 2
        assert _dark_pixels_in(page, box, scale=3) > 300
    finally:
        page.close()
        document.close()


def test_bidi_overrides_and_controls_do_not_reorder_or_hide_text() -> None:
    hostile = (
        "invoice \u202eevil\u202c paid \u2066x\u2069 bell\x07 esc\x1b[31m nul\x00 end\U000e0041\U000e0042"
    )
    text = "\n".join(_pdfium_text(write_pdf("Notes", [Section("Note", (hostile,))])))
    assert "evil" in text  # not shown reversed as "live"
    assert "live" not in text
    assert "[U+202E]" in text  # the override is shown, not obeyed
    assert "[U+0007]" in text
    assert "[U+001B]" in text
    assert "[U+0000]" in text
    assert "[U+E0041][U+E0042]" in text  # tag characters: hidden text made visible
    assert not any(ch in text for ch in "\u202e\u202c\u2066\u2069\x07\x1b\x00\U000e0041")
    plain = _pypdf_text(write_pdf("Notes", [Section("Note", (hostile,))]))
    assert "evil" in plain
    assert "[U+202E]" in plain


def test_lone_surrogates_unassigned_and_missing_glyphs_do_not_crash() -> None:
    odd = "a\ud800b \U000e0fff \uffff 中文 \U0001f600 \u0301 z"
    data = write_pdf("Odd \udfff", [Section("h", (odd,))])
    text = "\n".join(_pdfium_text(data))
    assert "a\ufffdb" in text
    assert "中文" in text  # no glyph in the face: drawn as a box, still searchable


def test_more_different_characters_than_a_font_can_number_still_make_a_document() -> None:
    many = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 20_000))  # CJK: no glyph in the face
    many += "".join(chr(c) for c in range(0x20000, 0x20000 + 50_000))
    data = write_pdf("Many", [Section("h", (many,))])
    text = "".join(_pdfium_text(data))
    assert "\u4e00\u4e01" in text
    assert "\ufffd" in text  # past the 65,535th


def test_an_endless_word_is_broken_inside_the_margins() -> None:
    data = write_pdf("Long", [Section("h", ("x" * 5_000, "ش" * 3_000))])
    document = pdfium.PdfDocument(data)
    try:
        assert len(document) >= 1
        page = document[0]
        textpage = page.get_textpage()
        for i in range(textpage.count_chars()):
            left, _, right, _ = textpage.get_charbox(i)
            assert left >= MARGIN - 2
            assert right <= PAGE_WIDTH - MARGIN + 2
        textpage.close()
        page.close()
    finally:
        document.close()
    assert sum(t.count("x") for t in _pdfium_text(data)) == 5_000


def test_ten_thousand_lines_paginate() -> None:
    lines = tuple(f"line {n} строка {n} سطر" for n in range(10_000))
    data = write_pdf("Many", [Section("h", lines)])
    pages = _pdfium_text(data)
    assert len(pages) > 100
    assert "line 9999" in pages[-1]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_same_input_same_bytes() -> None:
    assert _package_pdf() == _package_pdf()


def test_the_outbound_gate_reads_every_script_of_these_pdfs() -> None:
    """A source's name in a claim must not slip past the gate because the text is now glyph ids."""
    data = write_pdf("Notes", [Section("h", ("Met Claire Mbuyi", f"{ARABIC} / Мария Иванова"))])
    reading = read_file(data)
    assert not reading.unread
    text = "\n".join(part.text for part in reading.parts)
    for words in ("Met Claire Mbuyi", ARABIC, "Мария Иванова"):
        assert words in text, words


def test_the_faces_ship_with_the_app_and_their_licence() -> None:
    """The fonts come from resources/fonts/ of a checkout or build, never from the system."""
    root = Path(__file__).resolve().parents[2]
    for path in (REGULAR, BOLD):
        assert path.is_file()
        assert path.parent == root / "resources" / "fonts"
    licence = (FONT_DIR / "LICENSE-DejaVu.txt").read_text()
    assert "Bitstream Vera Fonts Copyright" in licence
    assert "Arev Fonts Copyright" in licence


def test_arabic_letters_take_their_joining_forms() -> None:
    font = face(REGULAR)
    isolated = {g.gid for g in font.shape("ش", True)} | {g.gid for g in font.shape("ة", True)}
    joined = font.shape("شركة", True)  # drawn left to right: ة (final) first, ش (initial) last
    assert len(joined) == 4
    assert joined[-1].text == "ش"
    assert joined[0].text == "ة"
    assert not {joined[0].gid, joined[-1].gid} & isolated
    assert 0 not in {g.gid for g in joined}


def test_random_text_from_every_plane_neither_crashes_nor_leaks_controls_into_the_text() -> None:
    """Marks without a base, unassigned and private-use code points, surrogates, tags, bidi controls:
    every glyph reads back as characters (a glyph mapped to nothing would read as its raw code)."""
    rng = random.Random(7)  # noqa: S311 - the same cases every run, not a secret
    ranges = [
        (0, 0x80), (0x80, 0x800), (0x590, 0x700), (0x2000, 0x2070), (0xD800, 0xE000), (0xE000, 0xF900),
        (0xFE00, 0x10000), (0x1F000, 0x1FB00), (0xE0000, 0xE0200), (0x10FF00, 0x110000), (0x300, 0x370),
    ]  # fmt: skip
    for _ in range(40):
        text = "".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(rng.randint(0, 60)))
        extracted = "".join(_pdfium_text(write_pdf(text[:10], [Section(text[:5], (text, text[::-1]))])))
        assert not [c for c in extracted if c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
        assert not [c for c in extracted if ord(c) < 32 and c not in "\r\n"]
