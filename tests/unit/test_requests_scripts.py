"""A court package of claims and interview notes written in Arabic, Russian, Greek and French: its PDFs
give the words back (not "?"), through the outbound gate, with the font inside them."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # no type information shipped
from pypdf import PdfReader

from app.request_select import Selection
from app.service import VaultService
from tests.requestcases import REQUEST

STATEMENT = "شركة الأسلحة نقلت الشحنة عبر الميناء"
NOTES = "Оружейная компания — Εταιρεία όπλων — la société d'armement a reconnu les faits"


def _text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return unicodedata.normalize("NFKC", "\n".join(pages))


def test_claims_and_notes_in_every_script_reach_the_court_readable(
    service: VaultService, tmp_path: Path
) -> None:
    model = service.model
    source = model.add_model_record(
        "source", {"name": "Port authority of Tarsa", "protection": "public", "consent": ["court"]}
    ).id
    claim = model.add_model_record("claim", {"statement": STATEMENT, "supports": [source]}).id
    note = model.add_model_record(
        "interview",
        {
            "date": "2026-02-10",
            "place": "Тарса",
            "experts_present": ["A. Expert"],
            "sources": [source],
            "notes": NOTES,
        },
    ).id
    request = service.requests.add_request(REQUEST).id
    out = tmp_path / "pkg"
    service.requests.package(request, Selection(claims=(claim,), items=(note,)), out)

    claims = (out / "records" / "claims.pdf").read_bytes()
    assert json.loads((out / "records" / "claims.json").read_text())[0]["statement"] == STATEMENT
    assert unicodedata.normalize("NFKC", STATEMENT) in _text(claims)
    assert "?" not in _text(claims)
    notes = _text((out / "records" / "interviews.pdf").read_bytes())
    assert NOTES in notes
    assert "Тарса" in notes
    assert "?" not in notes
    plain = "".join(p.extract_text() for p in PdfReader(io.BytesIO(claims)).pages)
    assert unicodedata.normalize("NFKC", STATEMENT) in unicodedata.normalize("NFKC", plain)
    assert b"/FontFile2" in claims or b"FontFile2" in claims
