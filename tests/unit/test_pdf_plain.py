"""The plain PDF writer of request packages: what it is given is what a reader extracts, escaped, on as
many pages as it takes, and nothing else (no dates, no producer, no metadata stream)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from exporters.pdf_plain import MAX_LINES, Section, write_pdf


def test_text_with_pdf_syntax_is_shown_as_text() -> None:
    hostile = r"Balanced (a) unbalanced ) ( back\slash \) endstream endobj %%EOF /JavaScript"
    data = write_pdf("Claims (OTP/2026/42)", [Section("Claim 1 - status: allegation", (hostile,))])
    reader = PdfReader(io.BytesIO(data))
    text = reader.pages[0].extract_text()
    assert "Claims (OTP/2026/42)" in text
    assert "unbalanced ) ( back\\slash \\) endstream endobj %%EOF /JavaScript" in text
    assert {str(k): str(v) for k, v in (reader.metadata or {}).items()} == {"/Title": "Claims (OTP/2026/42)"}
    assert "/Metadata" not in reader.root_object
    assert write_pdf("x", [Section("h", ("same",))]) == write_pdf("x", [Section("h", ("same",))])


def test_long_text_flows_over_pages_in_every_script() -> None:
    long = " ".join(f"word{n}" for n in range(20_000))
    data = write_pdf("Notes", [Section("Interview note 1", (long, "Éric Ibáñez Мария"))])
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 5
    text = "".join(page.extract_text() for page in reader.pages)
    assert "word19999" in text
    assert "Éric Ibáñez Мария" in text
    assert "Page 1 of" in text


def test_a_bomb_of_lines_is_refused() -> None:
    with pytest.raises(ValueError, match="too much text"):
        write_pdf("x", [Section("h", ("\n" * (MAX_LINES + 10),))])
