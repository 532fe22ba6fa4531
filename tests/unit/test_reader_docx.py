"""The DOCX reader: every place a Word document carries text is read, located without quoting it; hostile
or damaged packages are reported in ``unread``, never raised; intake's search finds what the reader reads."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from app.service import VaultService
from tests import docxcases, media
from vault.intake.examine import examine
from vault.messages import Text
from vault.readers.base import Reading
from vault.readers.docx import read_docx, read_docx_with_search_text
from vault.readers.docx import text as reader  # where the part limit is applied

MARKER = "Jean Dupont"


def _text(reading: Reading) -> str:
    return "\n".join(part.text for part in reading.parts)


def _locations(reading: Reading) -> list[str]:
    return [p.location for p in reading.parts] + [e.location for e in reading.embedded] + reading.unread


def _assert_locations_quote_nothing(reading: Reading) -> None:
    for location in _locations(reading):
        assert isinstance(location, Text)
        for word in MARKER.split():
            assert word not in location


@pytest.mark.parametrize("case", sorted(docxcases.CASES))
def test_the_marker_is_read_wherever_the_document_carries_it(case: str) -> None:
    reading = read_docx(docxcases.CASES[case](MARKER))
    assert reading.unread == []
    assert MARKER in _text(reading)
    _assert_locations_quote_nothing(reading)


@pytest.mark.parametrize("case", sorted(docxcases.CASES))
def test_the_cases_carry_the_marker_only_where_they_say(case: str) -> None:
    assert MARKER not in _text(read_docx(docxcases.CASES[case]("Zora Quill")))


def test_an_embedded_picture_is_returned_with_its_bytes_for_the_image_reader() -> None:
    reading = read_docx(docxcases.embedded_picture(MARKER))
    assert MARKER not in _text(reading)
    [picture] = [e for e in reading.embedded if MARKER.encode() in e.data]
    assert picture.location == "part word/media/image1.jpg"
    assert picture.data.startswith(b"\xff\xd8")
    assert "redacted" in repr(picture)
    _assert_locations_quote_nothing(reading)


def test_an_embedded_document_is_returned_for_the_docx_reader() -> None:
    reading = read_docx(docxcases.embedded_document(MARKER))
    [inner] = [
        e for e in reading.embedded if e.location == "part word/embeddings/Microsoft_Word_Document1.docx"
    ]
    assert MARKER in _text(read_docx(inner.data))


def test_a_part_named_by_the_author_is_located_by_its_number_and_its_name_read() -> None:
    reading = read_docx(docxcases.part_named_after(MARKER))
    names = [p for p in reading.parts if p.location == "names of the parts of the document"]
    assert MARKER in names[0].text
    [picture] = [e for e in reading.embedded if e.data.startswith(b"\x89PNG")]
    assert picture.location.startswith("part #")
    assert picture.location.endswith(" of the package")
    _assert_locations_quote_nothing(reading)


def _parts(reading: Reading) -> dict[str, str]:
    return {p.location: p.text for p in reading.parts}


def test_a_comment_gives_its_text_author_and_initials_as_separate_parts() -> None:
    parts = _parts(read_docx(docxcases.comment_author(MARKER)))
    assert parts["part word/comments.xml comment 1 author"] == MARKER
    assert parts["part word/comments.xml comment 1 initials"] == "XY"
    assert parts["part word/comments.xml comment 1 paragraph 1"] == "Check the date."


def test_tracked_changes_are_read_as_now_and_as_before_with_their_authors() -> None:
    inserted = _parts(read_docx(docxcases.tracked_insertion(MARKER)))
    assert inserted["part word/document.xml paragraph 2"] == f"Met with {MARKER} in Goma."
    assert (
        inserted["part word/document.xml paragraph 2 as it was before tracked changes"]
        == "Met with  in Goma."
    )
    assert inserted["part word/document.xml tracked insertion 1"] == MARKER
    assert inserted["part word/document.xml tracked insertion 1 author"] == "Editor"
    deleted = _parts(read_docx(docxcases.deletion_split_across_runs(MARKER)))
    assert deleted["part word/document.xml paragraph 2"] == "Met with the driver."
    before = deleted["part word/document.xml paragraph 2 as it was before tracked changes"]
    assert before == f"Met with {MARKER}the driver."
    assert deleted["part word/document.xml tracked deletion 1"] == MARKER


def test_a_name_split_across_runs_or_an_insertion_reads_whole_in_one_part() -> None:
    for build in (docxcases.split_across_runs, docxcases.split_across_insertion):
        parts = _parts(read_docx(build(MARKER)))
        assert any(MARKER in text for text in parts.values())


def test_a_text_box_is_its_own_part_not_part_of_the_paragraph_that_anchors_it() -> None:
    parts = _parts(read_docx(docxcases.text_box(MARKER)))
    assert parts["part word/document.xml paragraph 2"] == "See the box."
    assert parts["part word/document.xml text box 1 paragraph 1"] == f"Contact: {MARKER}"
    # Word writes each text box twice (DrawingML, and VML for older readers): both are read.
    assert parts["part word/document.xml text box 2 paragraph 1"] == f"Contact: {MARKER}"


def test_body_paragraphs_and_table_cells_are_located_in_document_order() -> None:
    data = media.docx_file(["First.", "Second."], table=[("Item", "Serial"), ("Mortar", "MT-55")])
    reading = read_docx(data)
    body = [(p.location, p.text) for p in reading.parts if p.location.startswith("part word/document.xml ")]
    assert body[:6] == [
        ("part word/document.xml paragraph 1", "First."),
        ("part word/document.xml paragraph 2", "Second."),
        ("part word/document.xml table 1 row 1 cell 1 paragraph 1", "Item"),
        ("part word/document.xml table 1 row 1 cell 2 paragraph 1", "Serial"),
        ("part word/document.xml table 1 row 2 cell 1 paragraph 1", "Mortar"),
        ("part word/document.xml table 1 row 2 cell 2 paragraph 1", "MT-55"),
    ]


def test_properties_and_links_are_located_by_their_standard_names_and_numbers() -> None:
    parts = _parts(read_docx(docxcases.core_last_modified_by(MARKER)))
    assert parts["document property lastModifiedBy"] == MARKER
    parts = _parts(read_docx(docxcases.app_company(MARKER)))
    assert parts["application property Company"] == MARKER
    parts = _parts(read_docx(docxcases.custom_property_name(MARKER)))
    assert parts["custom property 2"] == f"Met {MARKER}\nyes"  # the name is content: in the text
    parts = _parts(read_docx(docxcases.hyperlink_target(MARKER)))
    [target] = [t for loc, t in parts.items() if loc.endswith("external target")]
    assert target == f"https://example.org/people/{MARKER}"


def test_field_instructions_are_read_apart_from_the_paragraph_text() -> None:
    parts = _parts(read_docx(docxcases.field_instruction(MARKER)))
    assert parts["part word/document.xml paragraph 2"] == "(included text)"
    assert MARKER in parts["part word/document.xml paragraph 2 field instructions"]
    assert parts["part word/document.xml paragraph 2 field instructions"].startswith("INCLUDETEXT")


def test_the_safety_net_skips_ids_and_numbers_but_keeps_long_digit_runs() -> None:
    phone = "0612345678"
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<root a="00A1B2C3" b="12" c="{8F3A5C10-1B2C-4D5E-8F90-1234567890AB}"'
        f' d="rId7"><x>{phone}</x><y>42</y><z size="{phone}"/></root>'
    )
    reading = read_docx(media.rezip(docxcases.base(), add={"customXml/item9.xml": xml.encode()}))
    parts = _parts(reading)
    assert parts["part customXml/item9.xml other text"] == phone
    assert parts["part customXml/item9.xml attribute values"] == phone


def test_strict_ooxml_namespaces_are_read_too() -> None:
    data = docxcases.footnote(MARKER)
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    data = docxcases.edit(data, "word/footnotes.xml", lambda x: x.replace(docxcases.NS_W, strict))
    parts = _parts(read_docx(data))
    assert parts["part word/footnotes.xml footnote 1 paragraph 1"] == f" Interview with {MARKER}, 2 May."


def test_a_part_longer_than_the_part_limit_is_read_in_overlapping_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reader, "MAX_PART_CHARS", 10_000)
    monkeypatch.setattr(reader, "_OVERLAP", 100)
    filler = "x" * 9_990 + " "  # the marker starts at character 9,995: across the first piece's end
    paragraph = f"<w:p><w:r><w:t>Met {filler}{MARKER}</w:t></w:r></w:p>"
    reading = read_docx(docxcases.in_body(docxcases.base(), paragraph))
    pieces = [p for p in reading.parts if p.location.startswith("part word/document.xml paragraph 2")]
    assert len(pieces) == 2
    assert all(len(p.text) <= 10_000 for p in pieces)
    assert MARKER not in pieces[0].text
    assert MARKER in pieces[1].text  # whole in the second piece, which starts before the cut
    assert pieces[1].location == "part word/document.xml paragraph 2 from character 9900"


# --- hostile and damaged packages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (media.docx_zip_bomb(40), "zip bomb"),
        (media.docx_many_members(6_000), "too many parts"),
        (media.docx_with_entities(), "entities"),
        (media.truncated(media.docx_file(), 0.5), "damaged"),
        (b"PK\x03\x04 not really a zip", "damaged"),
        (b"", "damaged"),
    ],
    ids=["zip bomb", "too many parts", "DTD and entities", "truncated zip", "not a zip", "empty"],
)
def test_a_refused_or_damaged_package_is_reported_in_unread_without_raising(data: bytes, reason: str) -> None:
    reading = read_docx(data)
    assert reading.parts == []
    assert reading.embedded == []
    [unread] = reading.unread
    assert reason in unread
    assert unread.startswith("the whole document (")


def test_a_damaged_xml_part_is_read_as_raw_text_and_reported() -> None:
    data = docxcases.footnote(MARKER)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/footnotes.xml")
    cut = xml.replace(b"</w:footnotes>", b"")[:-3]
    split = cut.replace(MARKER.encode(), b"Jean </w:t></w:r><w:r><w:t>Dupont")
    reading = read_docx(media.rezip(data, replace={"word/footnotes.xml": split}))
    assert reading.unread == ["part word/footnotes.xml (its XML is damaged: read as raw text only)"]
    assert MARKER in _parts(reading)["part word/footnotes.xml raw text"]
    assert MARKER in _text(reading)


def test_an_xml_member_with_a_dtd_outside_the_checked_names_is_read_raw_never_expanded() -> None:
    svg = (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY who "Jean Dupont">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><title>&who;</title><text>Zora Quill</text></svg>'
    )
    reading = read_docx(media.rezip(docxcases.base(), add={"word/media/image7.svg": svg}))
    assert reading.unread == [
        "part word/media/image7.svg (it declares XML entities or a DTD: read as raw text only)"
    ]
    assert "Zora Quill" in _text(reading)
    assert "&who;" in _text(reading)  # the entity's text is in the raw text part too, never substituted


def test_a_member_that_cannot_be_unpacked_is_reported_and_the_rest_still_read() -> None:
    data = bytearray(docxcases.footnote(MARKER))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/styles.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 40
    data[start : start + 20] = b"\x00" * 20  # inside the compressed stream: bad data or a CRC mismatch
    reading = read_docx(bytes(data))
    assert reading.unread == ["part word/styles.xml (it could not be unpacked)"]
    assert MARKER in _text(reading)


def test_truncations_at_every_tenth_never_raise() -> None:
    data = docxcases.text_box(MARKER)
    for keep in range(1, 10):
        reading = read_docx(media.truncated(data, keep / 10))
        assert reading.unread  # a truncated zip loses its directory: refused as a whole


# --- the search text and intake --------------------------------------------------------------------------


def test_the_search_text_holds_what_a_person_reads_not_properties_links_or_the_safety_net() -> None:
    searched = {
        "footnote": docxcases.footnote,
        "endnote": docxcases.endnote,
        "text box": docxcases.text_box,
        "text box in a table": docxcases.text_box_in_table,
        "tracked insertion": docxcases.tracked_insertion,
        "tracked deletion": docxcases.tracked_deletion,
        "comment": docxcases.comment_text,
        "first-page header": docxcases.first_page_header,
        "even-page footer": docxcases.even_page_footer,
        "alt text": docxcases.picture_alt_text,
        "VML alt text": docxcases.vml_alt_text,
        "table cell": docxcases.table_cell,
        "chart": docxcases.chart_title,
        "SmartArt": docxcases.smartart_text,
    }
    for case, build in searched.items():
        assert MARKER in read_docx_with_search_text(build(MARKER)).search_text, case
    not_searched = {
        "comment author": docxcases.comment_author,
        "custom property": docxcases.custom_property_value,
        "core property": docxcases.core_last_modified_by,
        "hyperlink target": docxcases.hyperlink_target,
        "bookmark name": docxcases.bookmark_name,
        "unknown part": docxcases.unknown_part,
        "glossary": docxcases.glossary_entry,
        "field instruction": docxcases.field_instruction,
    }
    for case, build in not_searched.items():
        assert MARKER not in read_docx_with_search_text(build(MARKER)).search_text, case


def test_intake_keeps_the_table_rows_and_gives_the_new_places_to_search() -> None:
    found = examine(docxcases.footnote("tachyon"))
    assert found.problem is None
    [(page, text)] = found.pages
    assert page == 0
    assert "Report on the consignment." in text
    assert "tachyon" in text
    assert found.metadata["author"] == "python-docx"


@pytest.mark.parametrize(
    "build",
    [docxcases.footnote, docxcases.text_box, docxcases.tracked_insertion, docxcases.tracked_deletion],
    ids=["footnote", "text box", "tracked insertion", "tracked deletion"],
)
def test_a_word_in_a_footnote_text_box_or_tracked_change_is_found_by_search_after_import(
    build: docxcases.Builder, service: VaultService, tmp_path: Path
) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(build("tachyon"))
    [item] = service.evidence.import_files([path]).outcomes
    assert item.error is None
    assert [h.id for h in service.records.search("tachyon")] == [item.id]


def test_a_200_page_document_is_read_in_seconds() -> None:
    data = docxcases.long_report(200, marker=MARKER)
    started = time.perf_counter()
    reading = read_docx(data)
    elapsed = time.perf_counter() - started
    assert MARKER in _text(reading)
    assert elapsed < 10.0  # about 0.3 s on a laptop core; the bound catches a quadratic slip
