"""Draft reports (``export draft``): each recipient's watermarked copy of a PDF the expert wrote. A PDF
that names a protected source anywhere a reader can get at it (document information, XMP, annotations,
marked content, letter-spaced glyphs, embedded files and images, links, page-piece data, signatures) is
refused; a clean PDF's copies carry no embedded file and no annotation at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from tests.reliability.leaks.cases import PDF_CASES, FileCase, content, pdf_clean_attachment_and_annotation
from tests.reliability.leaks.harness import World, assert_refused, cli


@pytest.fixture(scope="module")
def drafting(world: World) -> tuple[Path, Path]:
    """A vault of its own (refused drafts change nothing, so the cases share it) and its folder."""
    folder = world.folder("drafts")
    return folder, world.fresh(folder)


@pytest.mark.parametrize("case", PDF_CASES, ids=lambda c: c.id)
def test_a_draft_is_refused_when_the_pdf_names_a_protected_source(
    drafting: tuple[Path, Path], case: FileCase
) -> None:
    folder, vault = drafting
    work = folder / case.id
    work.mkdir()
    draft = work / "draft.pdf"
    draft.write_bytes(content(case))
    copies = work / "copies"
    copies.mkdir()
    result = cli("export", "draft", vault, "--pdf", draft, "--recipient", "Mission A", "--out", copies)
    assert_refused(result, code=case.code, place=case.place)
    assert list(copies.iterdir()) == []
    assert sorted(p.name for p in work.iterdir()) == ["copies", "draft.pdf"]


def test_a_draft_copy_carries_no_embedded_file_and_no_annotation(drafting: tuple[Path, Path]) -> None:
    folder, vault = drafting
    work = folder / "clean"
    work.mkdir()
    draft = work / "draft.pdf"
    draft.write_bytes(pdf_clean_attachment_and_annotation())
    assert PdfReader(draft).attachments, "the fixture lost its embedded file"
    copies = work / "copies"
    copies.mkdir()
    made = cli(
        "export", "draft", vault, "--pdf", draft, "--recipient", "Mission A", "--out", copies, "--json"
    )
    assert made.code == 0, f"a clean draft was refused: {made.err}"
    (copy,) = made.json()
    reader = PdfReader(copy["path"])
    assert dict(reader.attachments) == {}, "the copy still carries an embedded file"
    names = reader.root_object.get("/Names")
    assert names is None or "/EmbeddedFiles" not in names.get_object()
    for number, page in enumerate(reader.pages, 1):
        annotations = page.get("/Annots")
        listed = [] if annotations is None else list(annotations.get_object())
        kinds = [a.get_object() for a in listed]
        subtypes = [k.get("/Subtype") for k in kinds if isinstance(k, DictionaryObject)]
        assert listed == [], f"page {number} of the copy still carries annotations {subtypes}"
