"""PDFs: page count, document information, XMP, text per page; encrypted, truncated and hostile ones."""

from __future__ import annotations

import pytest

from tests import media
from vault.intake import detect, limits
from vault.intake.examine import examine


def test_page_count_info_xmp_and_text_of_each_page_are_extracted() -> None:
    found = examine(
        media.pdf(["Consignee: Sahel Logistics", "Flight ER-IBV landed at 04:10"], xmp=media.xmp_packet())
    )
    assert found.problem is None
    m = found.metadata
    assert m["page_count"] == 2
    assert m["title"] == "End-user certificate"
    assert m["author"] == "Ministry of Defence"
    assert m["created_at"] == "2019-03-14T09:30:00+01:00"
    assert m["xmp"]["creators"] == ["Cargo Handling Ltd"]
    assert m["xmp"]["title"] == "Flight manifest"
    assert m["xmp"]["created_at"] == "2019-03-14T09:30:00+01:00"
    assert m["xmp"]["document_id"] == "uuid:3f2c9d1e-0000-4000-8000-000000000001"
    assert [page for page, _ in found.pages] == [1, 2]
    assert "Sahel Logistics" in found.pages[0][1]
    assert "ER-IBV" in found.pages[1][1]


def test_an_encrypted_pdf_is_flagged_and_not_read() -> None:
    found = examine(media.pdf(["secret text"], password="letmein"))
    assert found.media_type == detect.PDF
    assert found.warning == "could not be read: the PDF is encrypted (it needs a password to open)"
    assert found.pages == []
    assert found.metadata == {}


def test_a_pdf_with_only_an_owner_password_opens_and_says_so() -> None:
    found = examine(media.pdf(["printable text"], password=""))
    assert found.problem is None
    assert "printable text" in found.pages[0][1]
    assert any("empty password" in n for n in found.notes)


def test_a_truncated_pdf_is_flagged() -> None:
    found = examine(media.truncated(media.pdf(["a", "b", "c"]), 0.7))
    assert found.warning == "could not be read: the PDF is truncated (its end-of-file marker is missing)"


def test_xmp_declaring_entities_is_refused_whole() -> None:
    found = examine(media.pdf(xmp=media.BILLION_LAUGHS + media.xmp_packet()))
    assert found.warning is not None
    assert "entities" in found.warning
    assert found.pages == []


def test_garbage_after_a_pdf_header_is_flagged_not_raised() -> None:
    found = examine(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    assert found.media_type == detect.PDF
    assert found.warning is not None
    assert found.warning.startswith("could not be read: ")


def test_pages_past_the_limit_are_noted_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "PDF_MAX_PAGES", 2)
    found = examine(media.pdf(["one", "two", "three", "four"]))
    assert found.problem is None
    assert [p for p, _ in found.pages] == [1, 2]
    assert found.notes == ["text extracted from the first 2 of 4 pages"]


def test_text_past_the_time_budget_is_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "PDF_TEXT_SECONDS", -1.0)  # already over budget at the first page
    found = examine(media.pdf(["one", "two"]))
    assert found.pages == []
    assert found.notes == ["text extracted from the first 0 of 2 pages (time limit)"]
