"""Exports of one evidence item: ``export photo`` (a stripped, redactable copy of a photograph) and
``export-file`` (the original's bytes). A photo export carries no metadata at all, ICC profile
included, and its file name may not name a source; the original of a file naming a protected source
leaves only with ``--reveal``, an explicit act recorded in its chain of custody."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tests.reliability.leaks.cases import (
    BY_ID,
    IMAGE_CASES,
    NAME,
    PAGE_TEXT,
    FileCase,
    content,
    jpeg_icc_copyright,
)
from tests.reliability.leaks.harness import (
    World,
    assert_refused,
    cli,
    exposed,
    exposed_bytes,
    import_file,
    import_files,
    metadata_of,
    short,
)


@pytest.fixture(scope="module")
def photos(world: World) -> tuple[Path, Path, dict[str, str]]:
    """One vault holding every image case (photo exports change nothing but the audit log)."""
    folder = world.folder("photos")
    vault = world.fresh(folder)
    paths = []
    for case in IMAGE_CASES:
        paths.append(folder / f"{case.id}{Path(case.filename).suffix}")
        paths[-1].write_bytes(content(case))
    return folder, vault, dict(zip((c.id for c in IMAGE_CASES), import_files(vault, paths), strict=True))


@pytest.mark.parametrize("case", IMAGE_CASES, ids=lambda c: c.id)
def test_a_photo_export_is_written_without_any_metadata_naming_the_source(
    photos: tuple[Path, Path, dict[str, str]], case: FileCase
) -> None:
    folder, vault, ids = photos
    out_dir = folder / f"export-{case.id}"
    out_dir.mkdir()
    out = out_dir / "p.jpg"
    result = cli("export", "photo", vault, ids[case.id], out)
    assert result.code == 0, f"the photo export failed: {result.err}"
    assert exposed_bytes(out.read_bytes()) == [], "the exported photo carries the identifier"
    tags = json.loads(metadata_of(out))[0]
    assert exposed(json.dumps(tags, ensure_ascii=False)) == [], "exiftool reads the identifier in the export"
    assert "icc_profile" not in Image.open(out).info
    assert not [k for k in tags if k.startswith("ICC")], "the export carries an ICC profile"


def test_a_photo_export_drops_an_icc_profile_that_names_the_source(
    photos: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, vault, ids = photos
    original = Image.open(io.BytesIO(jpeg_icc_copyright(NAME)))
    assert "icc_profile" in original.info, "the fixture lost its ICC profile"
    out_dir = folder / "export-icc-only"
    out_dir.mkdir()
    out = out_dir / "p.jpg"
    result = cli("export", "photo", vault, ids["jpeg_icc_profile_copyright"], out)
    assert result.code == 0, f"the photo export failed: {result.err}"
    exported = Image.open(out)
    assert exported.info.get("icc_profile") is None, "the export kept the ICC profile"
    tags = json.loads(metadata_of(out))[0]
    assert not [k for k in tags if k.split(":")[0].startswith("ICC")], sorted(tags)
    assert exposed_bytes(out.read_bytes()) == []


def test_a_photo_export_is_refused_when_its_file_name_names_the_source(
    photos: tuple[Path, Path, dict[str, str]],
) -> None:
    folder, vault, ids = photos
    out_dir = folder / "export-named"
    out_dir.mkdir()
    out = out_dir / "Jean_Dupont.jpg"
    result = cli("export", "photo", vault, ids["jpeg_exif_artist"], out)
    assert_refused(result, code="S-001", place=r"file ?name|name of the file|path|OUT", out=out)
    assert list(out_dir.iterdir()) == []


# --- export-file: the original's bytes ----------------------------------------------------------------

ORIGINALS = (PAGE_TEXT, BY_ID["jpeg_exif_artist"], BY_ID["docx_header"])


@pytest.fixture(scope="module")
def originals(world: World) -> tuple[Path, Path, dict[str, str]]:
    """One vault holding an original per kind; refusals change nothing, so the cases share it."""
    folder = world.folder("originals")
    vault = world.fresh(folder)
    paths = []
    for case in ORIGINALS:
        paths.append(folder / f"{case.id}{Path(case.filename).suffix}")
        paths[-1].write_bytes(content(case))
    return folder, vault, dict(zip((c.id for c in ORIGINALS), import_files(vault, paths), strict=True))


@pytest.mark.parametrize("case", ORIGINALS, ids=lambda c: c.id)
def test_export_file_is_refused_when_the_original_names_a_protected_source(
    originals: tuple[Path, Path, dict[str, str]], case: FileCase
) -> None:
    folder, vault, ids = originals
    evidence = ids[case.id]
    out_dir = folder / f"out-{case.id}"
    out_dir.mkdir()
    out = out_dir / case.filename
    result = cli("export-file", vault, evidence, out)
    assert_refused(result, code=case.code, place=f"{short(evidence)}|{case.place}", out=out)
    assert list(out_dir.iterdir()) == []


def test_export_file_with_reveal_writes_the_original_and_its_custody_records_the_export(world: World) -> None:
    folder = world.folder("reveal")
    vault = world.fresh(folder)
    data = content(PAGE_TEXT)
    path = folder / PAGE_TEXT.filename
    path.write_bytes(data)
    evidence = import_file(vault, path)
    out = folder / "revealed.pdf"
    result = cli("export-file", vault, evidence, out, "--reveal")
    assert result.code == 0, f"export-file --reveal failed: {result.err}"
    assert out.read_bytes() == data
    custody = cli("custody", vault, evidence, "--json")
    assert custody.code == 0, custody.err
    events = custody.json()["events"]
    assert [e for e in events if "export" in f"{e['action']} {e['summary']}".lower()], events
    assert "export" in cli("custody", vault, evidence).out.lower()
