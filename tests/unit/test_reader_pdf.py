"""The PDF reader finds a name wherever a PDF hides it, and a stamped draft copy no longer carries it.

Each case in tests/pdfcases.py is a PDF made by an independent writer (reportlab, raw bytes, pypdf's
writer) with the marker name in one place only: drawn text (letter-spaced, offset, drawn letter by
letter or backwards, invisible), marked content, forms, patterns, comments, earlier revisions, metadata,
annotations and their appearances, actions, attached files, fields, signatures, bookmarks, name trees.
"""

from __future__ import annotations

import io
import random
import re
from typing import Any, cast

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from exporters.pdf_watermark import stamp_copy, strip_jpeg_metadata
from tests import media, pdfcases
from vault.readers.base import Reading
from vault.readers.pdf import MAX_FORM_DEPTH, read_pdf

MARKER = pdfcases.MARKER.lower()
# As the leak guard matches a name: its words with up to three non-letters between them, or none.
NAMED = re.compile(r"jean[\W_]{0,3}dupont", re.IGNORECASE)


def text_of(reading: Reading) -> str:
    return "\n".join(part.text for part in reading.parts).lower()


def names_the_marker(reading: Reading) -> bool:
    return bool(NAMED.search(text_of(reading)))


def assert_no_location_quotes_the_marker(reading: Reading) -> None:
    places = (
        [part.location for part in reading.parts] + [e.location for e in reading.embedded] + reading.unread
    )
    for place in places:
        assert "jean" not in place.lower()
        assert "dupont" not in place.lower()


@pytest.mark.parametrize("case", sorted(pdfcases.CASES))
def test_the_name_is_read_wherever_the_pdf_holds_it(case: str) -> None:
    reading = read_pdf(pdfcases.CASES[case]())
    assert MARKER in text_of(reading)
    assert_no_location_quotes_the_marker(reading)
    assert reading.unread == []


@pytest.mark.parametrize("case", sorted(pdfcases.EMBEDDED_CASES))
def test_files_inside_the_pdf_are_handed_on_whole(case: str) -> None:
    reading = read_pdf(pdfcases.EMBEDDED_CASES[case]())
    holding = [e for e in reading.embedded if pdfcases.MARKER.encode() in e.data]
    assert holding
    assert not names_the_marker(reading)  # the reader does not read inside them: the dispatcher does
    assert_no_location_quotes_the_marker(reading)


def test_a_jpeg_is_handed_on_with_its_exif() -> None:
    reading = read_pdf(pdfcases.image_exif())
    (jpeg,) = [e for e in reading.embedded if e.data.startswith(b"\xff\xd8")]
    with Image.open(io.BytesIO(jpeg.data)) as image:
        assert image.getexif()[0x013B] == pdfcases.MARKER


def test_an_icc_profile_is_handed_on_for_the_icc_reader() -> None:
    reading = read_pdf(pdfcases.icc_profile())
    assert [e.data[36:40] for e in reading.embedded] == [b"acsp"]
    assert reading.unread == []


def test_letter_spacing_reads_as_words_and_lines_already_extracted_are_not_repeated() -> None:
    reading = read_pdf(pdfcases.tj_offsets())
    drawn = [p for p in reading.parts if p.location == "page 1 drawn text"]
    assert len(drawn) == 1
    lines = drawn[0].text.splitlines()
    assert "Jean Dupont" in lines  # laid out: a space at the word gap only
    assert "JeanDupont" in lines  # as drawn: no space added at all
    assert pdfcases.FILLER[0] not in drawn[0].text  # pypdf's page text has that line already
    assert any(p.location == "page 1" and pdfcases.FILLER[0] in p.text for p in reading.parts)


def test_an_attached_files_name_and_description_are_text_never_a_location() -> None:
    reading = read_pdf(pdfcases.embedded_file_name())
    (part,) = [p for p in reading.parts if MARKER in p.text.lower()]
    assert part.location == "attachments list"
    assert [e.location for e in reading.embedded] == ["attachments list: attached file 1 contents"]


def test_a_custom_property_name_is_text() -> None:
    reading = read_pdf(pdfcases.info_custom_key())
    (part,) = [p for p in reading.parts if MARKER in p.text.lower()]
    assert part.location == "custom document property 1"
    assert part.text.splitlines()[0] == pdfcases.MARKER


def test_forms_painting_themselves_or_nested_too_deep_end() -> None:
    looping = pdfcases.stream(
        b"/Fx1 Do BT /F1 9 Tf (" + pdfcases.MARKER.encode() + b") Tj ET",
        b"/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /Font << /F1 5 0 R >> "
        b"/XObject << /Fx1 6 0 R >> >>",
    )
    data = pdfcases.page_pdf(
        b"/Fx1 Do", resources=b"/Font << /F1 5 0 R >> /XObject << /Fx1 6 0 R >>", more=(looping,)
    )
    reading = read_pdf(data)
    assert MARKER in text_of(reading)

    depth = MAX_FORM_DEPTH + 3
    forms = [
        pdfcases.stream(
            b"/Fx Do" if n < depth - 1 else b"BT /F1 9 Tf (deepest) Tj ET",
            b"/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /Font << /F1 5 0 R >> "
            b"/XObject << /Fx %d 0 R >> >>" % (7 + n),
        )
        for n in range(depth)
    ]
    data = pdfcases.page_pdf(b"/Fx Do", resources=b"/XObject << /Fx 6 0 R >>", more=tuple(forms))
    reading = read_pdf(data)
    assert any("nested too deep" in place for place in reading.unread)


# --- damaged and hostile files ---------------------------------------------------------------------------


def test_a_truncated_pdf_is_named_unread_and_what_can_be_read_is() -> None:
    data = pdfcases.page_text()
    reading = read_pdf(data[: len(data) * 9 // 10])
    assert reading.unread
    assert MARKER in text_of(reading)  # the page's stream is inflated even so
    for cut in (0, 10, len(data) // 3, len(data) // 2):
        assert read_pdf(data[:cut]).unread


def test_a_garbage_cross_reference_table_is_named_and_the_pages_still_read() -> None:
    data = pdfcases.page_text()
    start = data.rindex(b"\nxref") + 1
    end = data.index(b"trailer", start)
    for garbage in (b"xref\n0 9\nGARBAGE GARBAGE 0000 n\n", b"junk\n"):
        reading = read_pdf(data[:start] + garbage + data[end:])
        assert any("cross-reference" in place for place in reading.unread)
        assert MARKER in text_of(reading)


def test_a_password_protected_pdf_is_one_unread_entry() -> None:
    reading = read_pdf(media.pdf(["Jean Dupont"], password="secret"))
    assert reading.parts == []
    assert reading.embedded == []
    assert len(reading.unread) == 1


def test_not_a_pdf_or_corrupted_bytes_never_raise() -> None:
    for junk in (b"", b"%PDF-1.7", b"%PDF-1.7 broken", b"\x00" * 100, b"hello world"):
        assert read_pdf(junk).unread
    rng = random.Random(7)  # noqa: S311 - reproducible corruption, not a secret
    samples = [make() for make in pdfcases.CASES.values()][:20]
    for _ in range(150):
        data = bytearray(rng.choice(samples))
        for _ in range(rng.randrange(1, 12)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        read_pdf(bytes(data))  # must not raise


# --- stamped draft copies ----------------------------------------------------------------------------------


def _every_stream(reader: PdfReader) -> list[StreamObject]:
    streams = []
    for generation in reader.xref.values():
        for number in generation:
            obj = IndirectObject(number, 0, reader).get_object()
            if isinstance(obj, StreamObject):
                streams.append(obj)
    for number in reader.xref_objStm:
        obj = IndirectObject(number, 0, reader).get_object()
        if isinstance(obj, StreamObject):
            streams.append(obj)
    return streams


def test_a_stamped_copy_keeps_the_pages_and_nothing_else_the_draft_carried() -> None:
    draft = pdfcases.dirty_draft()
    before = read_pdf(draft)
    assert MARKER in text_of(before)
    assert any(pdfcases.MARKER.encode() in e.data for e in before.embedded)

    copy = stamp_copy(draft, "draft.pdf", "Marie Dubois", "FV-7K3M-9QXT-2HBW")
    after = read_pdf(copy)
    assert not names_the_marker(after)
    assert "jean" not in text_of(after)
    assert not any(pdfcases.MARKER.encode() in e.data for e in after.embedded)
    assert after.unread == []
    page_texts = [p.text for p in after.parts if p.location in ("page 1", "page 2")]
    assert "Draft final report, page one" in page_texts[0]
    assert "Annex 4: the depot" in page_texts[1]
    assert all("Marie Dubois" in text and "FV-7K3M-9QXT-2HBW" in text for text in page_texts)

    reader = PdfReader(io.BytesIO(copy))
    assert set(reader.root_object.keys()) == {"/Type", "/Pages"}
    assert reader.metadata is not None
    assert "/Author" not in reader.metadata
    for page in reader.pages:
        assert not {"/Metadata", "/PieceInfo", "/StructParents", "/AA", "/Thumb"} & set(page.keys())
        assert "/Properties" not in cast(DictionaryObject, page["/Resources"])
    annots: list[Any] = [a.get_object() for a in cast(ArrayObject, reader.pages[0]["/Annots"])]
    assert [a["/Subtype"] for a in annots] == ["/Link", "/Link"]
    assert annots[0]["/A"]["/URI"] == "https://example.org/report"
    assert annots[1]["/Dest"][0] == reader.pages[1].indirect_reference
    assert "/Annots" not in reader.pages[1]
    for stream in _every_stream(reader):
        assert pdfcases.MARKER.encode() not in stream.get_data()
        assert stream.get("/Type") not in ("/Metadata", "/EmbeddedFile")
    (jpeg,) = [e.data for e in after.embedded]
    with Image.open(io.BytesIO(jpeg)) as image:
        image.load()
        assert image.size == (64, 48)
        assert not image.getexif()
        assert "comment" not in image.info
        assert "exif" not in image.info


def test_a_stamped_rotated_page_keeps_its_link_where_it_was_drawn() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(pdfcases.uri_link()))
    writer.pages[0].rotate(90)
    buf = io.BytesIO()
    writer.write(buf)
    copy = stamp_copy(buf.getvalue(), "draft.pdf", "A", "FV-0000-1111-2222")
    page = PdfReader(io.BytesIO(copy)).pages[0]
    assert page.rotation == 0
    (link,) = [a.get_object() for a in cast(ArrayObject, page["/Annots"])]
    left, bottom, right, top = (float(v) for v in link["/Rect"])
    assert right - left == pytest.approx(40)  # 200 x 40 turned a quarter: 40 wide, 200 high
    assert top - bottom == pytest.approx(200)
    assert left >= 0
    assert right <= float(page.mediabox.width)


def test_jpeg_metadata_is_stripped_without_touching_the_pixels() -> None:
    picture = media.picture(160, 120, seed=5)
    exif = media.exif().tobytes()
    variants = {}
    for name, kwargs in {
        "baseline": {"exif": exif, "comment": b"Jean Dupont"},
        "progressive": {"exif": exif, "progressive": True},
        "restart markers": {"exif": exif, "restart_marker_blocks": 2},
    }.items():
        out = io.BytesIO()
        picture.save(out, "JPEG", **kwargs)  # type: ignore[arg-type]
        variants[name] = out.getvalue()
    out = io.BytesIO()
    picture.convert("CMYK").save(out, "JPEG", exif=exif)
    variants["CMYK (Adobe segment)"] = out.getvalue() + b"Jean Dupont after the end"
    for name, data in variants.items():
        cleaned = strip_jpeg_metadata(data)
        with Image.open(io.BytesIO(data)) as original, Image.open(io.BytesIO(cleaned)) as image:
            assert image.tobytes() == original.tobytes(), name
            assert not image.getexif(), name
        assert b"Exif" not in cleaned, name
        assert b"Jean" not in cleaned, name
    with pytest.raises(ValueError, match="not a JPEG"):
        strip_jpeg_metadata(b"GIF89a")


def test_stamped_copy_of_a_draft_with_only_page_text_still_names_what_the_pages_say() -> None:
    copy = stamp_copy(pdfcases.page_text(), "draft.pdf", "A", "FV-0000-1111-2222")
    reading = read_pdf(copy)
    (page,) = [p for p in reading.parts if p.location == "page 1"]
    assert MARKER in page.text.lower()  # the page says it: the gate, not the stamper, refuses the copy


def test_the_stamper_drops_marked_content_properties_but_keeps_the_drawing() -> None:
    copy = stamp_copy(pdfcases.actual_text_in_properties(), "draft.pdf", "A", "FV-0000-1111-2222")
    reader = PdfReader(io.BytesIO(copy))
    data = reader.pages[0].get_contents()
    assert data is not None
    assert b"BDC" not in data.get_data()
    assert b"/Span BMC" in data.get_data()
    assert "J. D." in reader.pages[0].extract_text()
    resources = reader.pages[0]["/Resources"]
    assert isinstance(resources, DictionaryObject)
    assert "/Properties" not in resources
    assert not names_the_marker(read_pdf(copy))


def test_the_stamper_draws_icc_colour_in_the_device_space_and_carries_no_profile() -> None:
    copy = stamp_copy(pdfcases.icc_profile(), "draft.pdf", "A", "FV-0000-1111-2222")
    reading = read_pdf(copy)
    assert [e for e in reading.embedded if e.data[36:40] == b"acsp"] == []
    resources = cast(DictionaryObject, PdfReader(io.BytesIO(copy)).pages[0]["/Resources"])
    assert str(cast(DictionaryObject, resources["/ColorSpace"])["/CS0"]) == "/DeviceRGB"
