"""What the outbound gate reads out of files: every place text can hide in a PDF, a DOCX or an image;
and the all-or-nothing writing of export files, which takes the gate's clearance."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfWriter
from pypdf.annotations import FreeText

from app.service import VaultService
from tests import media
from vault import outfile
from vault.errors import UserError
from vault.guard.gate import Clearance, NotCleared
from vault.guard.leakguard import Guard
from vault.model.identifiers import Identifier
from vault.readers.files import parts_of, read_file
from vault.readers.leftover import leftover_metadata

NAME = Identifier("s1", "S-001", "protected", "name", "José Núñez")


def where(parts: object) -> list[str]:
    return [f.location for f in Guard([NAME]).scan(parts)]  # type: ignore[arg-type]


def test_pdf_pages_properties_xmp_annotations_bookmarks_and_attachments_are_read() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(media.pdf(["clean page", "Jose Nunez was there"])))
    writer.add_metadata({"/Subject": "About José Núñez", "/CustomKey": "jose nunez"})
    writer.add_annotation(0, FreeText(text="ask Jose Nunez", rect=(50, 50, 200, 100)))
    writer.add_outline_item(title="Interview: José Núñez", page_number=0)
    writer.add_attachment("jose-nunez.txt", b"x")
    writer.xmp_metadata = media.xmp_packet(author="Jose Nunez").encode()
    out = io.BytesIO()
    writer.write(out)
    found = where(read_file(out.getvalue()).parts)
    for place in ("page 2", "Subject", "custom", "XMP", "annotation 1", "bookmark", "attach"):
        assert any(place.lower() in f.lower() for f in found), place
    assert "page 1" not in found


def test_docx_body_cells_properties_alt_text_and_pictures_are_read() -> None:
    document = docx.Document()
    document.add_paragraph("clean")
    document.add_paragraph("met Jose Nunez")
    document.add_table(rows=2, cols=2).rows[1].cells[1].text = "JOSÉ NÚÑEZ"
    document.sections[0].header.paragraphs[0].text = "Draft by Jose Nunez"
    document.core_properties.author = "José Núñez"
    tagged = io.BytesIO()
    block = Image.Exif()
    block[0x013B] = "Jose Nunez"
    Image.new("RGB", (8, 8)).save(tagged, "JPEG", exif=block.tobytes())
    shape = document.add_picture(io.BytesIO(tagged.getvalue()))
    shape._inline.docPr.set("descr", "portrait of Jose Nunez")
    out = io.BytesIO()
    document.save(out)
    found = where(read_file(out.getvalue()).parts)
    for place in ("paragraph 2", "table 1 row 2 cell 2", "creator", "descr", "header", "Artist"):
        assert any(place.lower() in f.lower() for f in found), place
    assert "part word/document.xml paragraph 1" not in found


def test_a_file_that_is_not_a_docx_is_still_read_as_raw_bytes() -> None:
    assert where(read_file(b"PK\x03\x04 not a zip Jose Nunez").parts)
    reading = read_file(media.docx_with_entities())
    assert reading.unread


def test_image_metadata_in_every_container_is_read_and_reported_as_leftover() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Description", "Jose Nunez at the gate")
    png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(png, "PNG", pnginfo=info)
    found = where(parts_of(png.getvalue(), "photo 1"))
    assert len(found) == 1
    assert found[0].startswith("photo 1, ")
    assert leftover_metadata(png.getvalue())
    plain = io.BytesIO()
    Image.new("RGB", (4, 4)).save(plain, "PNG")
    assert leftover_metadata(plain.getvalue()) == []
    assert where(parts_of(b"\x00garbage Jose Nunez", "photo 2")) == ["photo 2, raw bytes"]


def _cleared(service: VaultService, name: str, *pieces: bytes) -> Clearance:
    gate = service.shares.gate("the test export")
    for data in pieces:
        gate.data(data, "test file")
    return gate.clearance(name)


def test_only_what_the_gate_cleared_can_be_written(service: VaultService, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(TypeError, match="outbound gate"):
        Clearance("a.pdf", frozenset(), object())
    with pytest.raises(NotCleared):
        outfile.write_new(out / "a.pdf", [b"other bytes"], _cleared(service, "a.pdf", b"ab"))
    with pytest.raises(TypeError, match="clearance for its name"):
        outfile.write_new(out / "b.pdf", [b"ab"], _cleared(service, "a.pdf", b"ab"))
    assert list(out.iterdir()) == []


def test_a_batch_publishes_all_files_or_none(service: VaultService, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cleared = _cleared(service, "a.pdf", b"a", b"ab")

    def fail_after_writing(publish: bool) -> None:
        with outfile.Batch() as batch:
            batch.add(out / "a.pdf", [b"a"], cleared)
            if publish:
                batch.publish()
            raise RuntimeError("the next step failed")

    for publish in (False, True):  # a later file failed; recording the export failed
        with pytest.raises(RuntimeError):
            fail_after_writing(publish)
        assert list(out.iterdir()) == []

    with outfile.Batch() as batch:
        sha = batch.add(out / "a.pdf", [b"a", b"b"], cleared)
        batch.publish()
    assert (out / "a.pdf").read_bytes() == b"ab"
    assert sha == "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"
    assert (out / "a.pdf").stat().st_mode & 0o077 == 0
    with pytest.raises(UserError, match="already exists"):
        outfile.write_new(out / "a.pdf", [b"c"], _cleared(service, "a.pdf", b"c"))
    assert (out / "a.pdf").read_bytes() == b"ab"
