"""Evidence originals leave the vault in bundles (to the group archive) and handover packages (to a
successor). An original that names a protected source anywhere inside it (metadata, annotations, an
embedded file, a tracked deletion…) stops both, and the expert's ways out are to seal the original (the
archive then holds its record and hash, not its bytes) or withhold it from the bundle. A file imported
``--from`` a protected source is sealed from the start."""

from __future__ import annotations

import io
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.leaks.cases import BY_ID, FILE_CASES, PAGE_TEXT, FileCase, content
from tests.reliability.leaks.harness import (
    World,
    assert_refused,
    assert_verifies,
    cli,
    exposed_bytes,
    import_file,
    ok,
    open_bundle,
    short,
)


@dataclass(frozen=True)
class Imported:
    case: FileCase
    folder: Path
    vault: Path
    evidence: str


@pytest.fixture(scope="module", params=FILE_CASES, ids=lambda c: c.id)
def imported(request: pytest.FixtureRequest, world: World) -> Imported:
    """A vault of its own into which the case's file was imported (without --from) for the investigation."""
    case: FileCase = request.param
    folder = world.folder(f"carried-{case.id}")
    vault = world.fresh(folder)
    path = folder / case.filename
    path.write_bytes(content(case))
    return Imported(case, folder, vault, import_file(vault, path, "--investigation", world.investigation))


def test_a_bundle_is_refused_when_an_original_names_a_protected_source(
    world: World, imported: Imported
) -> None:
    out_dir = imported.folder / "bundle-out"
    out_dir.mkdir()
    out = out_dir / "b1.fvb"
    result = cli("bundle", imported.vault, "--to", world.archive_id, "--out", out)
    assert_refused(result, code=imported.case.code, place=short(imported.evidence), out=out)
    assert list(out_dir.iterdir()) == []
    assert_verifies(imported.vault)


def test_a_handover_package_is_refused_when_an_original_names_a_protected_source(
    world: World, imported: Imported
) -> None:
    out_dir = imported.folder / "handover-out"
    out_dir.mkdir()
    out = out_dir / "handover.fvh"
    result = cli("handover", imported.vault, "--to", world.successor_id, "--out", out, "--name", "Expert One")
    assert_refused(result, code=imported.case.code, place=short(imported.evidence), out=out)
    assert list(out_dir.iterdir()) == []
    assert_verifies(imported.vault)


# --- the ways out -------------------------------------------------------------------------------------

WAY_OUT_FILES = (PAGE_TEXT, BY_ID["jpeg_exif_artist"])


@dataclass(frozen=True)
class Original:
    folder: Path
    vault: Path
    evidence: str
    sha256: str
    data: bytes


def _import(world: World, name: str, case: FileCase, *extra: str) -> Original:
    folder = world.folder(name)
    vault = world.fresh(folder)
    path = folder / case.filename
    data = content(case)
    path.write_bytes(data)
    (outcome,) = ok("import", vault, path, "--json", "--investigation", world.investigation, *extra).json()
    return Original(folder, vault, str(outcome["id"]), str(outcome["sha256"]), data)


def _bundle(world: World, original: Original) -> tuple[Path, bytes]:
    out = original.folder / "b1.fvb"
    written = cli("bundle", original.vault, "--to", world.archive_id, "--out", out, "--json")
    assert written.code == 0, f"the bundle was refused: {written.err}"
    return out, open_bundle(world, out)


def _attachment_names(plaintext: bytes) -> list[str]:
    with tarfile.open(fileobj=io.BytesIO(plaintext)) as tar:
        return [m.name for m in tar.getmembers() if "attachments/" in m.name]


def _merge(world: World, original: Original, bundle: Path) -> tuple[Path, dict[str, Any]]:
    archive = world.fresh_archive(original.folder)
    merged = cli("archive", "merge", archive, bundle, "--json")
    assert merged.code == 0, f"the archive refused the bundle: {merged.out}{merged.err}"
    (report,) = merged.json()
    assert report["status"] == "merged", report
    return archive, report


def _assert_the_archive_holds_the_record_not_the_bytes(archive: Path, original: Original) -> None:
    shown = cli("show", archive, original.evidence, "--json")
    assert shown.code == 0, f"the archive lacks the evidence record: {shown.err}"
    assert cli("search", archive, "Dupont", "--json").json() == []
    out = original.folder / "from-archive.bin"
    exported = cli("export-file", archive, original.evidence, out)
    assert exported.code == 2, f"the archive exported the original's bytes (exit {exported.code})"
    assert not out.exists()


def _sealed_into_the_archive(
    world: World, case: FileCase, way: str, tag: str = "a"
) -> tuple[Original, bytes, Path]:
    """Import the case's file and seal it (``way``: "seal" with `evidence seal`, "from" by importing it
    --from S-001), bundle, merge into a copy of the archive; the original, the bundle's plaintext and
    the archive."""
    if way == "seal":
        original = _import(world, f"sealed-{case.id}-{tag}", case)
        sealed = cli("evidence", "seal", original.vault, original.evidence)
        assert sealed.code == 0, f"evidence seal failed: {sealed.err}"
    else:
        original = _import(world, f"from-source-{case.id}-{tag}", case, "--from", "S-001")
    bundle, plaintext = _bundle(world, original)
    archive, _ = _merge(world, original, bundle)
    return original, plaintext, archive


@pytest.mark.parametrize("case", WAY_OUT_FILES, ids=lambda c: c.id)
def test_a_sealed_original_travels_encrypted_and_the_archive_keeps_its_record_not_its_bytes(
    world: World, case: FileCase
) -> None:
    original, plaintext, archive = _sealed_into_the_archive(world, case, "seal")
    assert original.data not in plaintext, "the bundle carries the original's bytes in clear"
    assert exposed_bytes(plaintext) == []
    _assert_the_archive_holds_the_record_not_the_bytes(archive, original)


@pytest.mark.parametrize("case", WAY_OUT_FILES, ids=lambda c: c.id)
def test_a_withheld_original_is_left_out_of_the_bundle(world: World, case: FileCase) -> None:
    original = _import(world, f"withheld-{case.id}", case)
    withheld = cli("evidence", "withhold", original.vault, original.evidence, "--reason", "names a source")
    assert withheld.code == 0, f"evidence withhold failed: {withheld.err}"
    _, plaintext = _bundle(world, original)
    assert original.data not in plaintext, "the bundle carries the withheld original"
    assert not [n for n in _attachment_names(plaintext) if original.sha256 in n]
    assert exposed_bytes(plaintext) == []


@pytest.mark.parametrize("case", WAY_OUT_FILES, ids=lambda c: c.id)
def test_an_original_imported_from_a_protected_source_is_sealed_and_bundled_without_refusal(
    world: World, case: FileCase
) -> None:
    original, plaintext, archive = _sealed_into_the_archive(world, case, "from")
    assert original.data not in plaintext, "the bundle carries the original's bytes in clear"
    assert exposed_bytes(plaintext) == []
    _assert_the_archive_holds_the_record_not_the_bytes(archive, original)


@pytest.mark.parametrize("way", ["seal", "from"], ids=["evidence_seal", "imported_from_the_source"])
def test_an_archive_holding_a_sealed_original_without_its_bytes_still_verifies(
    world: World, way: str
) -> None:
    """A sealed original's bytes are absent from the archive by design, not missing: verify stays ok."""
    original, plaintext, archive = _sealed_into_the_archive(world, PAGE_TEXT, way, tag="verify")
    assert original.data not in plaintext, "the original was not sealed: the bundle carries its bytes"
    assert_verifies(archive)
    assert_verifies(original.vault)
