"""What the leak guard reads out of files: every place text can hide in a PDF, a DOCX or an image; and
the all-or-nothing writing of export files."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from PIL import Image, PngImagePlugin
from pypdf import PdfWriter
from pypdf.annotations import FreeText

from exporters import outfile
from exporters.docx_text import docx_parts
from exporters.image_text import image_parts, leftover_metadata
from exporters.pdf_text import pdf_parts
from tests import media
from vault.errors import InvalidInput, UserError
from vault.leakguard import Guard
from vault.model.identifiers import Identifier

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
    found = where(pdf_parts(out.getvalue(), "d.pdf"))
    assert "page 2" in found
    assert "document property 'Subject'" in found
    assert any(f.startswith("custom document property") for f in found)
    assert "XMP metadata" in found
    assert "page 1 annotation 1 Contents" in found
    assert "bookmark 1" in found
    assert "name of an attached file" in found
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
    found = where(docx_parts(out.getvalue(), "a.docx"))
    assert "body paragraph 2" in found
    assert "table 1 row 2 cell 2" in found
    assert "document property 'creator'" in found
    assert "picture 1 name and description" in found
    assert any(f.startswith("part word/header") for f in found)
    assert any(f.startswith("picture file image") and "EXIF Artist" in f for f in found)
    assert "body paragraph 1" not in found


def test_a_file_that_is_not_a_docx_is_refused_by_name() -> None:
    with pytest.raises(InvalidInput, match="x.docx is not a readable DOCX"):
        docx_parts(b"not a zip", "x.docx")
    with pytest.raises(InvalidInput, match="x.docx is not a readable DOCX"):
        docx_parts(media.docx_with_entities(), "x.docx")


def test_image_metadata_in_every_container_is_read_and_reported_as_leftover() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_itxt("Description", "Jose Nunez at the gate")
    png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(png, "PNG", pnginfo=info)
    assert where(image_parts(png.getvalue(), "photo 1")) == ["photo 1 metadata 'Description'"]
    assert leftover_metadata(png.getvalue()) == ["the picture metadata 'Description'"]
    plain = io.BytesIO()
    Image.new("RGB", (4, 4)).save(plain, "PNG")
    assert leftover_metadata(plain.getvalue()) == []
    assert where(image_parts(b"\x00garbage Jose Nunez", "photo 2")) == ["photo 2 (unparsed bytes)"]


def test_a_batch_publishes_all_files_or_none(tmp_path: Path) -> None:
    def fail_after_writing(publish: bool) -> None:
        with outfile.Batch() as batch:
            batch.add(tmp_path / "a.pdf", [b"a"])
            if publish:
                batch.publish()
            raise RuntimeError("the next step failed")

    for publish in (False, True):  # a later file failed; recording the export failed
        with pytest.raises(RuntimeError):
            fail_after_writing(publish)
        assert list(tmp_path.iterdir()) == []

    with outfile.Batch() as batch:
        sha = batch.add(tmp_path / "a.pdf", [b"a", b"b"])
        batch.publish()
    assert (tmp_path / "a.pdf").read_bytes() == b"ab"
    assert sha == "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"
    assert (tmp_path / "a.pdf").stat().st_mode & 0o077 == 0
    with pytest.raises(UserError, match="already exists"):
        outfile.write_new(tmp_path / "a.pdf", [b"c"])
    assert (tmp_path / "a.pdf").read_bytes() == b"ab"
