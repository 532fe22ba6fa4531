"""The text engine for PDFs and what the search index makes of it: a groff font with 257 widths reads
(pypdf refused the page), Arabic presentation forms are found as typed, and a word hyphenated across a
line end is found whole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.service import VaultService
from tests import pdfcases
from vault.intake import pdf
from vault.storage import search

LINES = [
    "The on-going shipment of seventy crates was re-",
    "exported through Port Sudan by Northern Logistics.",
]


def test_a_font_with_257_widths_is_read_where_pypdf_refused_the_page() -> None:
    data = pdfcases.widths_257(LINES)
    with pytest.raises(Exception, match="Too many character widths: 257 > 256"):
        PdfReader(io.BytesIO(data)).pages[0].extract_text()
    found = pdf.examine_pdf(data)
    assert found.pages == [(1, "\n".join(LINES))]  # the hyphen at the line end kept as printed
    assert found.notes == []


def test_the_index_holds_nfkc_letters_and_hyphenated_words_whole() -> None:
    presentation = "\ufe8d\ufedf\ufee4\ufef4\ufee8\ufe8e\u0621"  # الميناء in Arabic presentation forms
    indexed = search.indexed(f"{presentation}\nthe on-\ngoing ﬁre")
    assert "الميناء" in indexed  # the letters people type
    assert "fire" in indexed
    assert indexed.endswith("\nongoing")
    assert "on-\ngoing" in indexed  # the text as it was, too
    assert search.indexed("plain words") == "plain words"


def test_a_hyphenated_word_and_a_groff_pdf_are_found_by_search(service: VaultService, tmp_path: Path) -> None:
    path = tmp_path / "groff.pdf"
    path.write_bytes(pdfcases.widths_257(LINES))
    item = service.evidence.import_files([path]).outcomes[0].id
    assert [h.id for h in service.records.search("Northern Logistics")] == [item]
    assert [h.id for h in service.records.search("reexported")] == [item]
    assert [h.id for h in service.records.search("seventy crates")] == [item]


def test_arabic_presentation_forms_are_found_as_typed(service: VaultService, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("ﺍﻟﻤﻴﻨﺎء\n", encoding="utf-8")  # as a PDF's text layer often gives it
    item = service.evidence.import_files([path]).outcomes[0].id
    assert [h.id for h in service.records.search("الميناء")] == [item]


def test_a_filled_form_s_values_are_shown_and_searchable(service: VaultService, tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdfcases.form_field())
    item = service.evidence.import_files([path]).outcomes[0].id
    assert item is not None
    assert service.evidence.extracted_text(item)[0] == (0, f"witness: {pdfcases.MARKER}")
    assert [h.id for h in service.records.search("Dupont")] == [item]


def test_words_hyphenated_at_a_line_end_are_joined_whatever_surrounds_them() -> None:
    long_word = "x" * 400_000  # one note of a single long word: indexed as it is, nothing to join
    assert search.indexed(long_word) == long_word
    assert search.indexed("a re- \n exported b").endswith("\nreexported")
    assert search.indexed("-\nalone and trailing-\n") == "-\nalone and trailing-\n"
    # a word longer than the window is joined from the ends nearest the hyphen
    joined = search.indexed("y" * 150 + "-\nz").rsplit("\n", 1)[1]
    assert joined == "y" * 100 + "z"
