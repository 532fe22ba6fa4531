"""Report annexes: claims and status, evidence table, stripped photographs, sources by code, clean
properties, a valid OOXML package, and the leak guard in front of all of it."""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from PIL import Image

from app.service import VaultService
from exporters.docx_annex import Annex, AnnexClaim, AnnexEvidence, AnnexPhoto, AnnexSource, write_annex
from exporters.images import Box
from tests import media
from tests.unit.test_export_fixtures import (
    CONFIDENTIAL_NAME,
    PROTECTED_NAME,
    assert_names_no_source,
    protected_world,
)
from vault.errors import InvalidInput
from vault.guard.leakguard import LeakRefused

CT = "http://schemas.openxmlformats.org/package/2006/content-types"


def cells(document: docx.document.Document) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in table.rows] for table in document.tables]


def check_package(data: bytes) -> None:
    """The OOXML package is well formed: every part parses, has a content type, every relationship
    target exists (what Word and LibreOffice need to open it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        names = set(z.namelist())
        types = ET.fromstring(z.read("[Content_Types].xml"))  # noqa: S314 (our own output)
        defaults = {d.get("Extension") for d in types.iter(f"{{{CT}}}Default")}
        overrides = {o.get("PartName") for o in types.iter(f"{{{CT}}}Override")}
        for name in names - {"[Content_Types].xml"}:
            assert f"/{name}" in overrides or name.rsplit(".", 1)[-1] in defaults, name
            if name.endswith((".xml", ".rels")):
                ET.fromstring(z.read(name))  # noqa: S314
        for rels in (n for n in names if n.endswith(".rels")):
            base = posixpath.dirname(posixpath.dirname(rels))
            for rel in ET.fromstring(z.read(rels)):  # noqa: S314
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(base, rel.get("Target", "")))
                assert target.lstrip("/") in names, (rels, target)


def test_the_writer_puts_every_section_in_tables_with_blank_authorship() -> None:
    image = media.png(64, 48)
    annex = Annex(
        title="Annex 12: arms cache",
        area="arms embargo",
        prepared="2026-03-01",
        claims=(
            AnnexClaim(1, "Rifles were stored.", "verified_fact", ("S-001", "S-004"), ("E-1",), ("S-009",)),
        ),
        evidence=(AnnexEvidence("E-1", "Photograph", "2026-02-27", "ab" * 32, "seized"),),
        photos=(AnnexPhoto("Photo 1 (E-1)", "Markings on the receiver", image),),
        sources=(AnnexSource("S-001", "informant", "B"), AnnexSource("S-004", "UN", "A")),
    )
    data = write_annex(annex, created=datetime(2026, 3, 1, tzinfo=UTC))
    check_package(data)
    document = docx.Document(io.BytesIO(data))
    tables = cells(document)
    assert tables[1] == [
        ["No.", "Statement", "Status", "Sources", "Evidence", "Exculpatory"],
        ["1", "Rifles were stored.", "Verified fact", "S-001, S-004", "E-1", "S-009"],
    ]
    assert tables[2][1] == ["E-1", "Photograph", "2026-02-27", "ab" * 32, "seized"]
    assert tables[3] == [["Code", "Type", "Reliability"], ["S-001", "informant", "B"], ["S-004", "UN", "A"]]
    assert len(document.inline_shapes) == 1
    assert "Photo 1 (E-1): Markings on the receiver" in [p.text for p in document.paragraphs]
    props = document.core_properties
    assert (props.author, props.last_modified_by, props.comments) == ("", "", "")
    assert props.title == "Annex 12: arms cache"
    assert props.created == datetime(2026, 3, 1, tzinfo=UTC)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert not [n for n in z.namelist() if "thumbnail" in n]
        assert b"python-docx" not in z.read("docProps/core.xml")


def test_the_annex_of_an_investigation(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    other = service.model.add_model_record("investigation", {"title": "Another matter"})
    service.model.add_model_record("claim", {"statement": "Unrelated.", "investigation": other.id})
    out = tmp_path / "annex.docx"
    report = service.shares.export_annex(world.investigation, out)
    data = out.read_bytes()
    check_package(data)
    document = docx.Document(io.BytesIO(data))
    tables = cells(document)
    claims = tables[1]
    assert [row[1] for row in claims[1:]] == [
        "Rifles from the seized lot were stored at the depot.",
        "The depot is guarded at night.",
    ]
    assert [row[2] for row in claims[1:]] == ["Allegation", "Allegation"]
    assert [row[3] for row in claims[1:]] == ["S-001", "S-002"]
    assert claims[1][4] == "E-1"
    evidence = tables[2]
    assert evidence[1][0] == "E-1"
    assert evidence[1][3] == world.photo_sha256
    assert evidence[1][4] == "seized"
    assert evidence[1][2].startswith("2024-05-01")  # the camera's clock in the fixture's EXIF
    assert tables[3][1:] == [["S-001", "informant", "B"], ["S-002", "UN", ""]]
    assert (report.claims, report.evidence, report.photos, report.sources) == (2, 1, 1, 2)
    assert_names_no_source(data)


def test_the_photographs_in_the_annex_carry_no_metadata(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    out = tmp_path / "annex.docx"
    service.shares.export_annex(world.investigation, out)
    with zipfile.ZipFile(out) as z:
        media_parts = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(media_parts) == 1
        image = Image.open(io.BytesIO(z.read(media_parts[0])))
        assert len(image.getexif()) == 0
        assert "xmp" not in image.info
        assert b"032021001234" not in z.read(media_parts[0])  # the camera's body serial


def test_the_newest_working_copy_is_the_picture_shown(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    service.evidence.make_working_copy(world.photo, strip=True, redact=[Box(0, 0, 640, 480)])
    out = tmp_path / "annex.docx"
    service.shares.export_annex(world.investigation, out)
    with zipfile.ZipFile(out) as z:
        name = next(n for n in z.namelist() if n.startswith("word/media/"))
        image = Image.open(io.BytesIO(z.read(name))).convert("L")
    assert max(image.tobytes()) < 8  # all black: the redacted copy


def test_a_claim_naming_a_source_stops_the_annex_listing_the_claim(
    service: VaultService, tmp_path: Path
) -> None:
    world = protected_world(service, tmp_path)
    service.model.edit_model_record(world.claims[1], {"statement": f"{CONFIDENTIAL_NAME} saw the guards."})
    service.model.add_model_record(
        "claim",
        {"statement": f"Trucks left, says {PROTECTED_NAME.upper()}.", "investigation": world.investigation},
    )
    out = tmp_path / "annex.docx"
    with pytest.raises(LeakRefused) as caught:
        service.shares.export_annex(world.investigation, out)
    assert [f.location for f in caught.value.findings] == ["claim 2 statement", "claim 3 statement"]
    assert [f.code for f in caught.value.findings] == ["S-002", "S-001"]
    assert not out.exists()
    assert not [e for e in service.records.details(world.investigation).custody if e.action == "export"]


def test_an_evidence_caption_naming_a_source_is_found(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    service.records.edit_record(world.photo, {"caption": "Papa Kilo at the gate"})
    with pytest.raises(LeakRefused) as caught:
        service.shares.export_annex(world.investigation, tmp_path / "annex.docx")
    assert [f.location for f in caught.value.findings] == [
        "evidence E-1 description",
        "caption of Photo 1 (E-1)",
    ]


def test_the_export_is_logged_on_the_investigation_and_its_evidence(
    service: VaultService, tmp_path: Path
) -> None:
    world = protected_world(service, tmp_path)
    report = service.shares.export_annex(world.investigation, tmp_path / "annex.docx")
    inv_entries = [e for e in service.records.details(world.investigation).custody if e.action == "export"]
    assert inv_entries[-1].detail["sha256"] == report.sha256
    assert inv_entries[-1].detail["evidence"] == [world.photo]
    ev_entries = [e for e in service.records.details(world.photo).custody if e.action == "export"]
    assert ev_entries[-1].detail == {"what": "annex entry", "annex_sha256": report.sha256}


def test_only_an_investigation_has_an_annex(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    with pytest.raises(InvalidInput, match="is not an investigation"):
        service.shares.export_annex(world.rifle, tmp_path / "annex.docx")
