"""The text of PDF pages as search and the viewer get it: PDFs typeset by groff (as read, and with the
font widths that cost pypdf every page), words hyphenated across line ends, Arabic presentation forms,
filled form values."""

from __future__ import annotations

import io
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.helpers import FAST_KDF
from vault.intake import pdf_text
from vault.intake.examine import examine

GROFF = Path(__file__).parents[1] / "data" / "pdf" / "groff-manual.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _text(data: bytes) -> str:
    found = examine(data)
    assert found.problem is None, found.problem
    return "\n".join(text for _, text in found.pages)


def _with_257_widths(data: bytes) -> bytes:
    """The same PDF with each simple font's /Widths one entry longer than a byte can index, as newer
    groff releases write them (LastChar 256)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    changed = 0
    for page in writer.pages:
        fonts = cast(DictionaryObject, cast(DictionaryObject, page["/Resources"].get_object())["/Font"])
        for name in fonts:
            font = cast(DictionaryObject, fonts[name].get_object())
            if "/Widths" not in font:
                continue
            first = int(font.get("/FirstChar", 0))
            widths = ArrayObject(cast(ArrayObject, font["/Widths"].get_object()))
            widths += [NumberObject(500)] * (257 - len(widths))
            font[NameObject("/FirstChar")] = NumberObject(min(first, 0))
            font[NameObject("/LastChar")] = NumberObject(256)
            font[NameObject("/Widths")] = widths
            changed += 1
    assert changed
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_groff_manual_is_read_with_its_hyphenated_words_whole() -> None:
    text = _text(GROFF.read_bytes())
    assert "transshipped at the port of Tobruk" in text
    assert "Sahel Logistics" in text
    # groff split these across line ends: kept as printed; search finds them whole (test_pdf_text_search)
    assert "con-\nsignee" in text
    assert "re-\nmoved" in text
    assert "\ufffe" not in text
    assert "\r" not in text


def test_fonts_with_more_widths_than_a_byte_indexes_still_give_every_page() -> None:
    data = _with_257_widths(GROFF.read_bytes())
    with pytest.raises(LimitReachedError, match="Too many character widths"):  # what pypdf makes of it
        PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "transshipped at the port of Tobruk" in _text(data)


def _canvas_pdf(draw: object) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    draw(pdf)  # type: ignore[operator]
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_arabic_presentation_forms_are_stored_as_the_letters_people_type() -> None:
    assert DEJAVU.exists(), "fonts-dejavu-core is installed by .ci/run"
    pdfmetrics.registerFont(TTFont("FvDejaVu", str(DEJAVU)))
    # سلاح as a shaping engine lays it out: isolated hah, final lam-alef, initial seen, placed left to
    # right on the page (visual order); the reader gives it back in reading order
    shaped = "\ufea1\ufefc\ufeb3"

    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("FvDejaVu", 18)
        pdf.drawString(72, 700, shaped)

    assert "سلاح" in _text(_canvas_pdf(draw))


def test_filled_form_values_are_part_of_the_text() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        pdf.drawString(72, 760, "Declaration of end use")
        pdf.acroForm.textfield(name="consignee", value="Tobruk Harbour Authority", x=72, y=700, width=300)
        pdf.acroForm.checkbox(name="reexport", checked=True, x=72, y=650)

    found = examine(_canvas_pdf(draw))
    assert found.pages[0][0] == pdf_text.FORM_PAGE
    assert "consignee: Tobruk Harbour Authority" in found.pages[0][1]
    assert "reexport: Yes" in found.pages[0][1]
    assert "Declaration of end use" in found.pages[1][1]


def test_a_word_hyphenated_across_a_line_end_is_found_whole(tmp_path: Path) -> None:
    from app.service import VaultService
    from vault.keys.secret import Passphrase

    service, _ = VaultService.create(
        tmp_path / "v.fvault", Passphrase(b"correct horse battery staple"), kdf=FAST_KDF
    )
    try:
        rid = service.records.add_record("note", {"title": "Port visit", "body": "an on-\ngoing transfer"}).id
        for query in ("ongoing", "on-going", "going"):
            assert [h.id for h in service.records.search(query)] == [rid], query
        assert service.records.search("ngoing") == []  # whole words, not pieces of them
    finally:
        service.close()
