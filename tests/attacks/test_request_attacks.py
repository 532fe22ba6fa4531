"""Attacks on the answer to a request from a court (issue 18): what a careless expert, a hostile
colleague's bundle or a curious recipient could make a package leak or break.

A test that fails shows a vulnerability (see the review report); the others prove a defence holds."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.request_select import Selection
from app.service import VaultService
from tests import media
from tests.requestcases import IDENTIFIERS, Mix, mix
from tests.unit.test_export_fixtures import assert_names_no_source
from vault.errors import UserError
from vault.storage import hlc, records, revisions


@pytest.fixture
def world(service: VaultService, tmp_path: Path) -> Mix:
    folder = tmp_path / "files"
    folder.mkdir()
    return mix(service, folder)


def _verdict(service: VaultService, world: Mix, rid: str, selection: Selection) -> Any:
    found = {v.id: v for v in service.requests.verdicts(world.request, selection)}
    return found[rid]


def _received(service: VaultService, record_id: str, kind: str, body: dict[str, Any]) -> None:
    """A revision as a colleague's bundle could bring it: signed, never checked against the kind."""
    conn, me = service._vault.conn, service._vault.identity
    parents = tuple(service.get(record_id).heads) if kind != "new" else ()
    rev = revisions.make(
        record_id, service.get(record_id).kind if kind != "new" else "evidence", me.key_id,
        me.sign_secret.reveal(), hlc.tick(conn), parents, False, body,
    )  # fmt: skip
    with conn:
        records.apply(conn, rev)


def _everything(out: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file())


# --- claims resting only on what stays out ------------------------------------------------------------


def test_a_claim_chosen_by_entity_resting_only_on_withheld_evidence_stays_out(
    service: VaultService, world: Mix
) -> None:
    """Every claim chosen by --entity cites that entity; the entity says nothing of a source, so it
    must not count as ground that lets a claim resting only on a refusing source's document go."""
    ent = service.model.add_model_record("entity", {"type": "company", "name": "Depot Logistics SARL"}).id
    claim = service.model.add_model_record(
        "claim",
        {"statement": "Depot Logistics SARL signed the cargo manifest 77-A.",
         "supports": [ent, world.no_consent_doc], "investigation": world.investigation},
    ).id  # fmt: skip
    v = _verdict(service, world, claim, Selection(entities=(ent,)))
    assert not v.allowed, "a claim resting only on a non-consenting source's document goes to the court"


@pytest.mark.parametrize("via", ["item", "note"])
def test_a_claim_resting_on_a_materiel_item_or_note_of_withheld_evidence_stays_out(
    service: VaultService, world: Mix, via: str
) -> None:
    """A claim may cite a materiel item (whose photographs come from a protected source) or a note:
    neither is judged, so the claim's information goes although all it rests on is withheld."""
    if via == "item":
        ground = service.model.add_model_record(
            "item", {"type": "rifle", "photos": [world.protected_photo], "investigation": world.investigation}
        ).id
    else:
        ground = service.model.add_model_record(
            "note", {"text": "From the informant at the gate: guards change at 22:00."}
        ).id
    claim = service.model.add_model_record(
        "claim", {"statement": "The gate guards change at 22:00.", "supports": [ground]}
    ).id
    v = _verdict(service, world, claim, Selection(claims=(claim,)))
    assert not v.allowed, f"a claim resting only on withheld material (via a {via}) goes"


def test_a_claim_citing_a_deleted_source_stays_out(service: VaultService, world: Mix) -> None:
    """A source record deleted (or not yet received) cannot show its consent: the claim resting on it
    must not be treated as resting on nothing."""
    gone = service.model.add_model_record(
        "source", {"name": "Gone Person", "protection": "protected", "consent": ["report"], "type": "informant"}
    ).id
    claim = service.model.add_model_record(
        "claim", {"statement": "Trucks left at dawn.", "supports": [gone]}
    ).id
    service.records.delete_record(gone, "entered twice")
    v = _verdict(service, world, claim, Selection(claims=(claim,)))
    assert not v.allowed, "a claim resting only on an unreadable source goes"


def test_a_claim_resting_on_a_consenting_source_goes_with_its_status(service: VaultService, world: Mix) -> None:
    v = _verdict(service, world, world.claim_ok, Selection(claims=(world.claim_ok,)))
    assert v.allowed and v.status == "allegation"
    assert not _verdict(service, world, world.claim_protected, Selection(claims=(world.claim_protected,))).allowed


# --- the same bytes from several sources ----------------------------------------------------------


def test_bytes_a_refusing_source_gave_do_not_go_under_another_record(
    service: VaultService, world: Mix, tmp_path: Path
) -> None:
    """The careless expert imports again, without attribution, the file a non-consenting source gave:
    the package must not carry those bytes to the court."""
    refused = service.get(world.no_consent_doc).body["sha256"]
    data = service.evidence.original_bytes(world.no_consent_doc) if hasattr(
        service.evidence, "original_bytes") else None  # fmt: skip
    if data is None:
        data = media.pdf(["Cargo manifest 77-A"], author=None)
    path = tmp_path / "again.pdf"
    path.write_bytes(data)
    outcome = service.evidence.import_files([path], investigation=world.investigation, workers=1).outcomes[0]
    assert outcome.id is not None
    assert service.get(outcome.id).body["sha256"] == refused
    out = tmp_path / "pkg"
    service.requests.package(world.request, Selection(items=(outcome.id,)), out)
    shas = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (out / "originals").glob("*")} if (
        out / "originals").exists() else set()  # fmt: skip
    assert refused not in shas, "the non-consenting source's file went to the court under another record"
