"""Handover packages end to end: outgoing expert -> successor, checked with stock tools, protected
identities crossing only when re-sealed with consent, the leak guard, and an all-or-nothing receive."""

from __future__ import annotations

import io
import subprocess
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.unit.test_export_fixtures import (
    PROTECTED_ALIAS,
    PROTECTED_EMAIL,
    PROTECTED_NAME,
    PROTECTED_PHONE,
    World,
    assert_names_no_source,
    protected_world,
)
from vault.errors import Cancelled, InvalidInput, UserError
from vault.exchange.bundle_errors import BundleRefused
from vault.guard.leakguard import LeakRefused
from vault.keys import sealing
from vault.keys.secret import Passphrase
from vault.model.protection import IdentitySealed

PROTECTED = (PROTECTED_NAME, PROTECTED_ALIAS, PROTECTED_PHONE, PROTECTED_EMAIL)


@dataclass
class Pair:
    outgoing: VaultService
    successor: VaultService
    world: World
    folder: Path
    successor_id: Path
    outgoing_id: Path


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    outgoing, _ = VaultService.create(tmp_path / "out.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    successor, _ = VaultService.create(
        tmp_path / "succ.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF
    )
    world = protected_world(outgoing, tmp_path)
    outgoing.records.add_note(
        "My view", "The depot is a transit point; the guards talk.", world.investigation
    )
    outgoing.model.edit_model_record(world.investigation, {"summary": "Promising; needs a second source."})
    outgoing.model.add_model_record(
        "letter",
        {
            "symbol": "S/AC.51/2026/GE/OC.12",
            "addressee": "Depot Holdings Ltd",
            "sent": "2026-01-05",
            "deadline": "2026-02-05",
            "status": "sent",
            "investigation": world.investigation,
        },
    )
    successor.bundles.export_identity(tmp_path / "successor.id")
    outgoing.bundles.export_identity(tmp_path / "outgoing.id")
    yield Pair(outgoing, successor, world, tmp_path, tmp_path / "successor.id", tmp_path / "outgoing.id")
    outgoing.close()
    successor.close()


def memo_of(service: VaultService, memo_id: str) -> docx.document.Document:
    sha = str(service.get(memo_id).body["sha256"])
    return docx.Document(io.BytesIO(service.evidence.read_attachment(sha, 64 * 1024**2)))


def test_the_successor_receives_the_investigation_with_custody(pair: Pair) -> None:
    out = pair.folder / "handover.fvh"
    report = pair.outgoing.handover.write_package(pair.successor_id, out, outgoing_name="Expert Four")
    assert report.investigations == (pair.world.investigation,)
    got = pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    assert not got.already
    assert got.sender_fingerprint == pair.outgoing.fingerprint
    for rid in (pair.world.investigation, pair.world.rifle, *pair.world.claims, pair.world.photo):
        assert pair.successor.get(rid).body == pair.outgoing.get(rid).body
        received = [e for e in pair.successor.records.details(rid).custody if e.action == "receive"]
        assert received[0].detail == {"handover": report.handover_id, "signer": pair.outgoing.key_id}
    assert pair.successor.verify().ok
    again = pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    assert again.already
    assert pair.successor.verify().ok


def test_the_memo_tells_the_successor_where_things_stand(pair: Pair) -> None:
    out = pair.folder / "handover.fvh"
    pair.outgoing.handover.write_package(pair.successor_id, out, outgoing_name="Expert Four")
    got = pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    assert got.memo_id is not None
    memo = memo_of(pair.successor, got.memo_id)
    paragraphs = [p.text for p in memo.paragraphs]
    cells = [[c.text for c in row.cells] for t in memo.tables for row in t.rows]
    assert "Promising; needs a second source." in paragraphs
    assert "The depot is a transit point; the guards talk." in paragraphs
    assert next(r[:3] for r in cells if r[0].startswith("S/AC")) == [
        "S/AC.51/2026/GE/OC.12",
        "Depot Holdings Ltd",
        "2026-02-05",
    ]
    s001 = next(r for r in cells if r[0] == "S-001")
    assert "not handed over" in s001[4]
    assert "ask Expert Four" in s001[4]
    s002 = next(r for r in cells if r[0] == "S-002")
    assert "Anne Martin" in s002[2]  # a confidential contact crosses: the successor is of the group
    assert memo.core_properties.author == ""


def test_a_protected_identity_stays_sealed_unless_re_sealed(pair: Pair) -> None:
    out = pair.folder / "handover.fvh"
    report = pair.outgoing.handover.write_package(pair.successor_id, out)
    assert {p.code: p.decision for p in report.sources} == {"S-001": "withheld", "S-002": "in_clear"}
    pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    with pytest.raises(IdentitySealed):
        pair.successor.model.reveal_source("S-001")
    assert pair.successor.model.source_view("S-001").code == "S-001"


def test_re_sealing_needs_consent_and_then_the_identity_crosses(pair: Pair) -> None:
    before = pair.outgoing.get(pair.world.protected).body["sealed"]
    with pytest.raises(UserError, match=r"S-001: its consent scope \(report\) does not include 'archive'"):
        pair.outgoing.handover.write_package(pair.successor_id, pair.folder / "a.fvh", reseal=["S-001"])
    assert not (pair.folder / "a.fvh").exists()
    assert pair.outgoing.get(pair.world.protected).body["sealed"] == before
    with pytest.raises(InvalidInput, match="S-009"):
        pair.outgoing.handover.write_package(pair.successor_id, pair.folder / "a.fvh", reseal=["S-009"])

    pair.outgoing.model.edit_model_record(pair.world.protected, {"consent": ["report", "archive"]})
    out = pair.folder / "b.fvh"
    report = pair.outgoing.handover.write_package(pair.successor_id, out, reseal=["s-001"])
    assert {p.code: p.decision for p in report.sources}["S-001"] == "reseal"
    pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    assert pair.successor.model.reveal_source("S-001").name == PROTECTED_NAME
    granted = [e for e in pair.outgoing.records.details(pair.world.protected).custody if e.action == "grant"]
    assert granted[-1].detail["recipient"] == pair.successor.key_id
    assert granted[-1].detail["seal_key"] == pair.successor._vault.identity.seal_public.hex()


def test_free_text_naming_a_protected_source_stops_the_package(pair: Pair) -> None:
    pair.outgoing.model.edit_model_record(pair.world.protected, {"consent": ["archive"]})
    note = pair.outgoing.records.add_note(
        "Call", f"Call {PROTECTED_ALIAS} on Tuesday", pair.world.investigation
    )
    envelope = pair.outgoing.get(pair.world.protected).body["sealed"]
    out = pair.folder / "handover.fvh"
    with pytest.raises(LeakRefused) as caught:
        pair.outgoing.handover.write_package(pair.successor_id, out, reseal=["S-001"])
    assert [f.location for f in caught.value.findings] == [f"note {note.id[:8]} field 'body'"]
    assert not out.exists()
    after = pair.outgoing.get(pair.world.protected).body["sealed"]
    assert after == envelope  # the grant made inside the refused handover was rolled back
    assert not sealing.is_recipient(after, pair.successor._vault.identity.seal_public)


def _age_identity(service: VaultService, folder: Path) -> Path:
    key = folder / "successor-age.txt"
    service.bundles.export_age_identity(key)
    return key


def test_stock_tools_open_and_verify_the_package_and_no_protected_identifier_is_in_it(pair: Pair) -> None:
    out = pair.folder / "handover.fvh"
    pair.outgoing.handover.write_package(pair.successor_id, out)
    key = _age_identity(pair.successor, pair.folder)
    plain = subprocess.run(["age", "-d", "-i", str(key), str(out)], check=True, capture_output=True).stdout
    unpacked = pair.folder / "unpacked"
    unpacked.mkdir()
    with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
        names = archive.getnames()
        archive.extractall(unpacked, filter="data")
    assert names[:6] == [
        "manifest.json",
        "manifest.json.sig",
        "SHA256SUMS",
        "SHA256SUMS.sig",
        "revisions.jsonl",
        "memo.docx",
    ]
    ssh = next(line[5:] for line in pair.outgoing_id.read_text().splitlines() if line.startswith("ssh: "))
    (pair.folder / "allowed").write_text(f'outgoing namespaces="fieldvault-handover" {ssh}\n')
    for name in ("manifest.json", "SHA256SUMS"):
        with (unpacked / name).open("rb") as stdin:
            result = subprocess.run(
                ["ssh-keygen", "-Y", "verify", "-f", str(pair.folder / "allowed"), "-I", "outgoing",
                 "-n", "fieldvault-handover", "-s", str(unpacked / f"{name}.sig")],
                stdin=stdin, capture_output=True, text=True, check=False,
            )  # fmt: skip
        assert result.returncode == 0, result.stderr
    sums = subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, check=False
    )
    assert sums.returncode == 0
    for path in unpacked.rglob("*"):
        if path.is_file():
            assert_names_no_source(path.read_bytes(), PROTECTED)


def test_a_damaged_or_misaddressed_package_changes_nothing(pair: Pair, tmp_path: Path) -> None:
    out = pair.folder / "handover.fvh"
    pair.outgoing.handover.write_package(pair.successor_id, out)
    digest = pair.successor.digest()
    damaged = pair.folder / "damaged.fvh"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    with pytest.raises(BundleRefused):
        pair.successor.handover.receive_handover(damaged, expected_sender=pair.outgoing_id)
    assert pair.successor.digest() == digest
    with pytest.raises(BundleRefused, match="signed by someone other"):
        pair.successor.handover.receive_handover(out, expected_sender=pair.successor_id)
    third, _ = VaultService.create(tmp_path / "third.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        with pytest.raises(BundleRefused, match="cannot be decrypted"):
            third.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    finally:
        third.close()
    assert pair.successor.digest() == digest
    assert pair.successor.verify().ok


def test_only_open_or_chosen_investigations_are_handed_over(pair: Pair) -> None:
    closed = pair.outgoing.model.add_model_record("investigation", {"title": "Old case", "status": "closed"})
    old_claim = pair.outgoing.model.add_model_record(
        "claim", {"statement": "Old.", "investigation": closed.id}
    )
    out = pair.folder / "a.fvh"
    report = pair.outgoing.handover.write_package(pair.successor_id, out)
    assert closed.id not in report.investigations
    pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    with pytest.raises(UserError):
        pair.successor.get(old_claim.id)
    chosen = pair.outgoing.handover.write_package(
        pair.successor_id, pair.folder / "b.fvh", investigations=[closed.id]
    )
    assert chosen.investigations == (closed.id,)
    assert chosen.records == 2
    with pytest.raises(InvalidInput, match="not an expert's identity|is not an investigation"):
        pair.outgoing.handover.write_package(
            pair.successor_id, pair.folder / "c.fvh", investigations=[pair.world.rifle]
        )


def test_without_a_name_the_memo_says_to_ask_the_outgoing_expert_by_fingerprint(pair: Pair) -> None:
    out = pair.folder / "handover.fvh"
    pair.outgoing.handover.write_package(pair.successor_id, out)
    got = pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    assert got.memo_id is not None
    memo = memo_of(pair.successor, got.memo_id)
    cells = [[c.text for c in row.cells] for t in memo.tables for row in t.rows]
    s001 = next(r for r in cells if r[0] == "S-001")[4]
    assert f"ask the outgoing expert ({pair.outgoing.fingerprint}), through the coordinator" in s001
    assert ["From", pair.outgoing.fingerprint] in cells


def test_a_cancelled_handover_leaves_nothing_behind(pair: Pair) -> None:
    pair.outgoing.model.edit_model_record(pair.world.protected, {"consent": ["archive"]})
    envelope = pair.outgoing.get(pair.world.protected).body["sealed"]
    seen: list[tuple[int, int]] = []
    out = pair.folder / "handover.fvh"
    with pytest.raises(Cancelled):
        pair.outgoing.handover.write_package(
            pair.successor_id,
            out,
            reseal=["S-001"],
            progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: bool(seen),
        )
    assert seen  # it had started writing the photograph
    assert not out.exists()
    assert list(pair.folder.glob(".handover.fvh.*")) == []
    assert pair.outgoing.get(pair.world.protected).body["sealed"] == envelope
    assert not [
        e for e in pair.outgoing.records.details(pair.world.investigation).custody if e.action == "handover"
    ]


def test_verify_rechecks_the_receipt_of_a_received_package(pair: Pair) -> None:
    out = pair.folder / "handover.fvh"
    pair.outgoing.handover.write_package(pair.successor_id, out)
    pair.successor.handover.receive_handover(out, expected_sender=pair.outgoing_id)
    assert pair.successor.verify().ok
    conn = pair.successor._vault.conn
    (manifest,) = conn.execute("SELECT manifest FROM receipts WHERE kind = 'handover'").fetchone()
    forged = bytes(manifest).replace(
        b'"investigations":[', b'"investigations":["' + b"0" * 8 + b"-0000-4000-8000-" + b"0" * 12 + b'",'
    )
    conn.execute("UPDATE receipts SET manifest = ? WHERE kind = 'handover'", (forged,))
    problems = pair.successor.verify().problems
    assert any(p.startswith("handover package ") and "no longer verifies" in p for p in problems)
