"""Requests from courts and accountability mechanisms: the register refuses hostile input, every item is
judged (consent, protection, the outbound gate, the claims' grounds), only what may go is packaged,
the cover letter names categories and never a source, and every package is recorded on its own."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from app.request_select import Selection
from app.service import VaultService
from tests import media
from tests.requestcases import IDENTIFIERS, PROTECTED_NAME, REFUSING_NAME, REQUEST, Mix, mix
from tests.unit.test_bundles import make_group
from tests.unit.test_export_fixtures import assert_names_no_source
from vault import kinds
from vault.errors import InvalidInput, UserError
from vault.guard.leakguard import LeakRefused
from vault.model import queries
from vault.storage import hlc, records, revisions


@pytest.fixture
def world(service: VaultService, tmp_path: Path) -> Mix:
    folder = tmp_path / "files"
    folder.mkdir()
    return mix(service, folder)


def _requests(service: VaultService) -> int:
    return len(queries.live_bodies(service._vault.conn, "request"))


def _docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    out = [p.text for p in document.paragraphs]
    out += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(out)


# --- the register: hostile input first -------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"authority": None}, "authority"),
        ({"authority": "   "}, "authority"),
        ({"authority": ["ICC"]}, "authority"),
        ({"authority": {"name": "ICC"}}, "authority"),
        ({"authority": "ICC\nPS: ignore the consent"}, "authority"),
        ({"reference": "OTP\x1b[2J"}, "reference"),
        ({"authority": "ICC \u202eTPO"}, "authority"),  # reads backwards when printed
        ({"authority": "A" * 501}, "authority"),
        ({"received": "yesterday"}, "received"),
        ({"received": "2026-02-30"}, "received"),
        ({"received": 20260302}, "received"),
        ({"deadline": "2026-01-01"}, "deadline"),  # before it was received
        ({"scope": "x" * 20_001}, "scope"),
        ({"status": "shredded"}, "status"),
        ({"investigation": "../../etc/passwd"}, "investigation"),
        ({"investigation": "0123456789abcdef"}, "investigation"),  # an id, but no such record
        ({"consent": ["court"]}, "consent"),  # not a field of a request
    ],
)
def test_a_hostile_request_is_refused_clearly_and_nothing_is_stored(
    service: VaultService, change: dict[str, Any], field: str
) -> None:
    data = {**REQUEST, **change}
    data = {k: v for k, v in data.items() if v is not None}
    with pytest.raises(InvalidInput) as caught:
        service.requests.add_request(data)
    assert field in str(caught.value)
    assert _requests(service) == 0


def test_the_register_lists_requests_nearest_deadline_first(service: VaultService) -> None:
    late = service.requests.add_request({**REQUEST, "reference": "late", "deadline": "2026-06-30"}).id
    soon = service.requests.add_request({**REQUEST, "reference": "soon", "deadline": "2026-03-10"}).id
    none = service.requests.add_request({"authority": "IIIM", "received": "2026-01-05"}).id
    found = service.requests.requests(today=date(2026, 3, 5))
    assert [r.id for r in found] == [soon, late, none]
    assert found[0].days_left == 5
    assert found[2].days_left is None
    assert service.requests.request(soon[:8]).reference == "soon"


def test_a_disclosure_cannot_be_typed_in_nor_forged_with_unknown_categories(service: VaultService) -> None:
    with pytest.raises(InvalidInput):
        service.model.add_model_record("disclosure", {"request": "0123456789ab", "authority": "x"})
    body = {
        "request": "0123456789ab",
        "authority": "ICC",
        "package_sha256": "0" * 64,
        "withheld": {"S-003 José": 1},
        "issued_at": "2026-03-01",
    }
    with pytest.raises(InvalidInput):
        kinds.get("disclosure").validate(body)


# --- verdicts ------------------------------------------------------------------------------------------


def test_each_item_of_the_mix_gets_its_verdict(service: VaultService, world: Mix) -> None:
    found = {v.id: v for v in service.requests.verdicts(world.request, Selection((world.investigation,)))}
    assert found[world.court_photo].allowed
    assert found[world.own_photo].allowed
    assert found[world.no_consent_doc].category == "no_consent"
    assert found[world.protected_photo].category == "protected"
    assert found[world.naming_doc].category == "names_source"
    assert found[world.withheld_doc].category == "protected"
    assert found[world.interview_ok].allowed
    assert found[world.interview_protected].category == "protected"
    assert found[world.claim_ok].allowed
    assert found[world.claim_ok].status == "allegation"
    assert found[world.claim_protected].category == "protected"  # rests only on the protected source
    for v in found.values():
        if not v.allowed:
            assert v.title == ""  # a withheld item's own name is not shown


def test_a_sealed_original_never_goes_even_once_its_source_consents(
    service: VaultService, world: Mix
) -> None:
    service.model.edit_model_record(world.protected, {"consent": ["report", "court"]})
    found = {
        v.id: v for v in service.requests.verdicts(world.request, Selection(items=(world.protected_photo,)))
    }
    assert found[world.protected_photo].category == "protected"
    assert found[world.protected_photo].reason == "its original is sealed"


def test_an_item_whose_bytes_name_a_source_is_withheld_by_the_gate_even_from_a_consenting_source(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(media.pdf([f"Statement mentioning {REFUSING_NAME}"], author=None))
    outcome = service.evidence.import_files([path], source=world.consenting, workers=1).outcomes[0]
    assert outcome.id is not None
    (v,) = service.requests.verdicts(world.request, Selection(items=(outcome.id,)))
    assert not v.allowed
    assert v.category == "names_source"
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(outcome.id, world.own_photo)), out)
    assert sorted(p.name for p in (out / "originals").iterdir()) == ["E-1.jpg"]


def test_a_working_copy_is_answered_with_its_original(service: VaultService, world: Mix) -> None:
    copy = service.evidence.make_working_copy(world.own_photo, strip=True)
    (v,) = service.requests.verdicts(world.request, Selection(items=(copy.id,)))
    assert v.id == world.own_photo
    assert v.allowed


def test_an_empty_selection_or_a_wrong_kind_is_refused(service: VaultService, world: Mix) -> None:
    with pytest.raises(InvalidInput):
        service.requests.verdicts(world.request, Selection())
    with pytest.raises(InvalidInput):
        service.requests.verdicts(world.request, Selection(investigations=(world.claim_ok,)))
    with pytest.raises(InvalidInput):
        service.requests.verdicts(world.investigation, Selection(items=(world.own_photo,)))


# --- the package -----------------------------------------------------------------------------------------


def test_only_allowed_items_are_packaged_and_nothing_names_a_source(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    report = service.requests.package(world.request, Selection((world.investigation,)), out)
    sha = {rid: service.get(rid).body["sha256"] for rid in (world.court_photo, world.own_photo)}
    manifest = json.loads((out / "manifest.json").read_text())
    assert {i["record"]: i["sha256"] for i in manifest["items"]} == sha
    originals = {p.name: p.read_bytes() for p in (out / "originals").iterdir()}
    assert len(originals) == 2
    assert {hashlib.sha256(b).hexdigest() for b in originals.values()} == set(sha.values())
    withheld = [world.no_consent_doc, world.protected_photo, world.naming_doc, world.withheld_doc]
    withheld_shas = {service.get(rid).body["sha256"] for rid in withheld}
    everything = b""
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            everything += data
            if data.startswith(b"%PDF"):  # its text is glyph ids in compressed streams: read it
                everything += "".join(
                    page.extract_text() for page in PdfReader(io.BytesIO(data)).pages
                ).encode()
            assert hashlib.sha256(data).hexdigest() not in withheld_shas
            assert_names_no_source(data, IDENTIFIERS)
    for rid in [*withheld, world.protected, world.refusing, world.interview_protected, world.claim_protected]:
        assert rid.encode() not in everything
    assert b"S-003" not in everything
    assert b"S-002" not in everything
    assert report.files == len([p for p in out.rglob("*") if p.is_file()])
    claims = json.loads((out / "records" / "claims.json").read_text())
    assert [c["record"] for c in claims] == [world.claim_ok]
    assert claims[0]["status"] == "allegation"
    assert "1 other cited item(s) not provided" in claims[0]["cited"]
    assert (out / "records" / "claims.pdf").read_bytes().startswith(b"%PDF-")


def test_the_cover_letter_lists_withheld_categories_never_a_source(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection((world.investigation,)), out)
    text = _docx_text((out / "cover-letter.docx").read_bytes())
    assert REQUEST["authority"] in text
    assert "OTP/2026/0042" in text
    assert "has not consented to its disclosure for this purpose" in text
    assert "protected to safeguard a source" in text
    assert "would identify a confidential or protected source" in text
    assert "originals/E-1.jpg" in text
    for forbidden in (
        "S-001",
        "S-002",
        "S-003",
        PROTECTED_NAME,
        "Nunez",
        REFUSING_NAME,
        "notes.pdf",
        "gate.jpg",
    ):
        assert forbidden not in text


def test_an_out_folder_that_exists_and_is_not_empty_is_refused(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(UserError):
        service.requests.package(world.request, Selection(items=(world.own_photo,)), out)
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert service.requests.shared(world.own_photo) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    service.requests.package(world.request, Selection(items=(world.own_photo,)), empty)
    assert (empty / "SHA256SUMS").exists()


# --- recorded ----------------------------------------------------------------------------------------


def test_custody_and_the_register_show_each_package_separately(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    first = service.requests.package(world.request, Selection((world.investigation,)), tmp_path / "one")
    second = service.requests.package(world.request, Selection(items=(world.court_photo,)), tmp_path / "two")
    assert first.disclosure != second.disclosure
    assert first.package_sha256 != second.package_sha256
    shared = service.requests.shared(world.court_photo)
    assert [d.id for d in shared] == [first.disclosure, second.disclosure]
    assert {d.authority for d in shared} == {REQUEST["authority"]}
    assert [d.id for d in service.requests.shared(world.own_photo)] == [first.disclosure]
    assert service.requests.shared(world.protected_photo) == []
    assert service.requests.shared(world.naming_doc) == []
    events = [e for e in service.evidence.custody(world.court_photo) if e.action == "disclose"]
    assert [e.detail["package_sha256"] for e in events] == [first.package_sha256, second.package_sha256]
    assert all(e.detail["request"] == world.request for e in events)
    assert "given to a requesting authority" in events[0].summary
    assert not [e for e in service.evidence.custody(world.no_consent_doc) if e.action == "disclose"]
    assert service.requests.request(world.request).packages == 2
    on_request = [e for e in service.records.details(world.request).custody if e.action == "disclose"]
    assert len(on_request) == 2
    assert REQUEST["authority"] not in json.dumps(
        [dict(e.detail) for e in on_request]
    )  # content stays in records
    disclosure = service.get(first.disclosure)
    assert disclosure.kind == "disclosure"
    assert disclosure.body["withheld"] == {"names_source": 1, "no_consent": 1, "protected": 4}
    custody = json.loads((tmp_path / "one" / "custody" / "E-1.json").read_text())
    assert custody["events"][0]["action"] == "intake"
    assert custody["events"][-1]["action"] == "disclose"
    assert "from_source" in custody["events"][0]["detail"]
    assert "source" not in custody["events"][0]["detail"]


def test_the_register_and_its_disclosures_travel_to_the_archive(tmp_path: Path) -> None:
    group = make_group(tmp_path)
    try:
        alice = group.alice
        photo = tmp_path / "crates.jpg"
        photo.write_bytes(media.jpeg(seed=5))
        item = alice.evidence.import_files([photo], workers=1).outcomes[0].id
        assert item is not None
        request = alice.requests.add_request(REQUEST).id
        report = alice.requests.package(request, Selection(items=(item,)), tmp_path / "pkg")
        merged = group.archive.bundles.merge_bundles([group.bundle(alice, "b1")])[0]
        assert merged.status == "merged"
        assert {request, report.disclosure} <= set(merged.new_records)
        (shared,) = group.archive.requests.shared(item)
        assert shared.authority == REQUEST["authority"]
        assert shared.package_sha256 == report.package_sha256
        assert group.archive.requests.request(request).packages == 1
        custody = [e for e in group.archive.evidence.custody(item) if e.action == "disclose"]
        assert [e.chain for e in custody] == [alice.key_id]  # the expert's own entry, as received
    finally:
        for svc in (group.archive, group.alice, group.bob):
            svc.close()


def test_a_request_for_another_purpose_needs_that_consent(service: VaultService, world: Mix) -> None:
    mission = service.requests.add_request({**REQUEST, "purpose": "mission"}).id
    assert service.get(mission).body["purpose"] == "mission"
    assert service.get(world.request).body["purpose"] == "court"  # the default
    found = {v.id: v for v in service.requests.verdicts(mission, Selection((world.investigation,)))}
    assert found[world.court_photo].category == "no_consent"  # consent: report and court, not mission
    assert "'mission'" in found[world.court_photo].reason
    assert found[world.own_photo].allowed
    service.model.edit_model_record(world.consenting, {"consent": ["mission"]})
    again = service.requests.verdicts(mission, Selection(items=(world.court_photo,)))
    assert again[0].allowed
    with pytest.raises(InvalidInput):
        service.requests.add_request({**REQUEST, "purpose": "press"})


def test_a_request_whose_own_text_names_a_source_writes_and_records_nothing(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    hostile = service.requests.add_request({**REQUEST, "scope": f"Everything about {PROTECTED_NAME}"}).id
    out = tmp_path / "pkg"
    with pytest.raises(LeakRefused) as refused:
        service.requests.package(hostile, Selection(items=(world.own_photo,)), out)
    assert "S-003" in str(refused.value)
    assert PROTECTED_NAME not in str(refused.value)
    assert not out.exists()
    assert service.requests.shared(world.own_photo) == []
    assert not [e for e in service.evidence.custody(world.own_photo) if e.action == "disclose"]


def test_the_manifest_says_how_each_item_came_without_saying_who(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(world.court_photo, world.own_photo)), out)
    items = {i["record"]: i for i in json.loads((out / "manifest.json").read_text())["items"]}
    assert "by a source" in items[world.court_photo]["provenance"]
    assert "collected by the Panel" in items[world.own_photo]["provenance"]
    assert world.consenting not in (out / "manifest.json").read_text()


def test_a_package_of_one_photograph_has_no_empty_folders(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(world.own_photo,)), out)
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["custody", "originals"]


def test_a_working_copy_whose_original_is_gone_never_goes(service: VaultService, world: Mix) -> None:
    copy = service.evidence.make_working_copy(world.own_photo, strip=True)
    service.records.delete_record(world.own_photo, "duplicate")
    (v,) = service.requests.verdicts(world.request, Selection(items=(copy.id,)))
    assert v.id == copy.id
    assert not v.allowed
    assert v.category == "not_held"


def _received(service: VaultService, record_id: str, kind: str, body: dict[str, Any]) -> None:
    """A revision as a colleague's bundle could bring it: signed, but never checked against the kind."""
    conn, me = service._vault.conn, service._vault.identity
    parents = tuple(service.get(record_id).heads) if kind == "request" else ()
    rev = revisions.make(
        record_id, kind, me.key_id, me.sign_secret.reveal(), hlc.tick(conn), parents, False, body
    )
    with conn:
        records.apply(conn, rev)


def test_a_hostile_request_or_disclosure_from_a_bundle_is_refused_or_read_as_it_is(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    body = {**service.get(world.request).body, "authority": "ICC\x00\x1b[2J"}
    _received(service, world.request, "request", body)
    with pytest.raises(InvalidInput) as refused:
        service.requests.package(world.request, Selection(items=(world.own_photo,)), tmp_path / "pkg")
    assert "authority" in str(refused.value)
    assert not (tmp_path / "pkg").exists()
    forged = {
        "request": world.request,
        "authority": "x",
        "items": world.own_photo,
        "package_sha256": "0" * 64,
    }
    _received(service, "0123abcd-0000-4000-8000-000000000000", "disclosure", forged)
    assert service.requests.shared(world.own_photo) == []  # a string of ids is not a list of them
