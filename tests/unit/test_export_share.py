"""Sanitized shares: whitelisted fields, sources as codes, photos without metadata, authority recorded."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from PIL import Image

from app.service import VaultService
from tests.unit.test_export_fixtures import PROTECTED_NAME, assert_names_no_source, protected_world
from vault.errors import InvalidInput, UserError
from vault.guard.leakguard import LeakRefused


def texts(data: bytes) -> list[str]:
    document = docx.Document(io.BytesIO(data))
    out = [p.text for p in document.paragraphs]
    out += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return out


def test_a_share_folder_holds_the_document_photos_and_checksums(
    service: VaultService, tmp_path: Path
) -> None:
    world = protected_world(service, tmp_path)
    out = tmp_path / "for-mission"
    report = service.shares.export_share(
        [world.rifle, world.claims[0]], "MONUSCO JMAC", "Coordinator's decision of 3 March", out
    )
    names = sorted(p.name for p in out.iterdir())
    assert names == ["SHA256SUMS", "photo-1.jpg", "shared-information.docx"]
    for line in (out / "SHA256SUMS").read_text().splitlines():
        sha, name = line.split("  ")
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == sha
    shown = texts((out / "shared-information.docx").read_bytes())
    assert "MONUSCO JMAC" in shown
    assert "Coordinator's decision of 3 March" in shown
    assert report.reference in shown
    assert "KB-20417" in shown  # the rifle's serial number is what the mission needs
    assert "source S-001, item 1 of this share" in shown  # the claim's support, as codes and numbers
    photo = Image.open(out / "photo-1.jpg")
    assert len(photo.getexif()) == 0
    for path in out.iterdir():
        assert_names_no_source(path.read_bytes())


def test_the_share_is_a_record_with_the_authority_and_the_items_are_logged(
    service: VaultService, tmp_path: Path
) -> None:
    world = protected_world(service, tmp_path)
    report = service.shares.export_share(
        [world.rifle], "MONUSCO JMAC", "Panel decision 2026/7", tmp_path / "s.docx"
    )
    rec = service.get(report.id)
    assert rec.kind == "share"
    assert rec.body["to"] == "MONUSCO JMAC"
    assert rec.body["authority"] == "Panel decision 2026/7"
    assert rec.body["items"] == [world.rifle]
    assert rec.body["files"] == [sha for _, sha in report.files]
    entries = [e for e in service.records.details(world.rifle).custody if e.action == "export"]
    assert entries[-1].detail == {"what": "shared", "share": report.id}
    share_entry = [e for e in service.records.details(report.id).custody if e.action == "export"][0]
    assert "Panel decision" not in str(share_entry.detail)  # content stays in the record, not the log


def test_identity_fields_notes_file_names_and_gps_never_appear(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    service.model.edit_model_record(world.rifle, {"notes": "internal: ask the informant again"})
    out = tmp_path / "share.docx"
    service.shares.export_share([world.photo, world.protected, world.rifle], "JMAC", "Decision 4", out)
    data = out.read_bytes()
    shown = texts(data)
    assert "S-001" in shown
    assert not any("internal" in t for t in shown)
    assert not any("IMG_0001" in t for t in shown)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert b"032021001234" not in everything
    assert b"EOS R5" not in everything
    assert_names_no_source(data)


def test_free_text_naming_a_source_stops_the_share(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    service.model.edit_model_record(world.rifle, {"holder": f"unit of {PROTECTED_NAME}"})
    out = tmp_path / "share"
    with pytest.raises(LeakRefused) as caught:
        service.shares.export_share([world.rifle], "JMAC", f"Agreed with {PROTECTED_NAME}", out)
    assert [f.location for f in caught.value.findings] == [
        "authority (--authority)",
        "shared item 1 (item) holder or unit",
    ]
    assert not out.exists()
    assert not [e for e in service.records.details(world.rifle).custody if e.action == "export"]


def test_what_cannot_be_shared_is_refused(service: VaultService, tmp_path: Path) -> None:
    world = protected_world(service, tmp_path)
    with pytest.raises(InvalidInput, match="authority"):
        service.shares.export_share([world.rifle], "JMAC", "  ", tmp_path / "a.docx")
    with pytest.raises(InvalidInput, match="--to"):
        service.shares.export_share([world.rifle], "", "Decision", tmp_path / "a.docx")
    methodology = service.model.add_model_record("methodology", {"title": "Rules"})
    with pytest.raises(InvalidInput, match="is a methodology, which cannot be shared"):
        service.shares.export_share([methodology.id], "JMAC", "Decision", tmp_path / "a.docx")
    (tmp_path / "taken").mkdir()
    with pytest.raises(UserError, match="already exists"):
        service.shares.export_share([world.rifle], "JMAC", "Decision", tmp_path / "taken")
    assert not (tmp_path / "a.docx").exists()
