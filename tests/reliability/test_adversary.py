"""The adversary between vaults: a curious coordinator, a malicious colleague, a revoked expert.

Each case is an attack an adversarial review carried out with the shipped tools; each must end refused
(the vault byte-for-byte as it was) or flagged, with its reason. Sealed-envelope attacks (an added
recipient, a swapped envelope) are in tests/reliability/test_seal_attacks.py; clocks at the maximum in
tests/unit/test_clock_bounds.py.
"""

from __future__ import annotations

import hashlib
import subprocess
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE, run_cli
from tests.reliability.group import Group, make_group, open_vault
from vault.exchange import bundle_manifest as bm
from vault.exchange import handover_package as hp
from vault.exchange import signed_manifest
from vault.exchange.signed_file import SignedWriter
from vault.guard.gate import Gate
from vault.guard.leakguard import Guard
from vault.keys.secret import Passphrase
from vault.newfile import PendingFile
from vault.storage import audit, hlc, records, revisions


def _db(folder: Path) -> str:
    return hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()


@pytest.fixture
def group(tmp_path: Path) -> Group:
    return make_group(tmp_path / "group")


def _bundle(group: Group, name: str, out: Path) -> Path:
    with open_vault(group.expert(name)) as expert:
        expert.bundles.write_bundle(group.archive_id, out)
    return out


def _merge(group: Group, bundle: Path) -> tuple[str, str | None, str | None]:
    with open_vault(group.archive) as archive:
        report = archive.bundles.merge_bundles([bundle])[0]
    return report.status, report.reason, report.message


# --- the archive: authors, recipients, damaged copies, missing numbers ------------------------------


def test_a_revoked_experts_edit_carried_in_a_colleagues_bundle_is_refused(
    group: Group, tmp_path: Path
) -> None:
    with open_vault(group.expert("alice")) as alice:
        inv = alice.records.add_record("investigation", {"title": "Depot"})
        note = alice.records.add_note("Depot visit", "crates counted", inv.id)
    _hand_over(group, tmp_path, "alice", "bob")
    with open_vault(group.expert("bob")) as bob:
        assert bob.get(note.id).title == "Depot visit"
    with open_vault(group.archive) as archive:
        archive.bundles.revoke("Alice")
    before = _db(group.archive)
    status, reason, message = _merge(group, _bundle(group, "bob", tmp_path / "bob-1.fvb"))
    assert (status, reason) == ("refused", "author")
    assert message is not None
    assert "written by Alice, whose key was revoked" in message
    assert f"note {note.id[:8]}" in message or f"investigation {inv.id[:8]}" in message
    assert _db(group.archive) == before


def _hand_over(group: Group, tmp_path: Path, sender: str, receiver: str) -> None:
    with open_vault(group.expert(sender)) as giver:
        giver.handover.write_package(
            group.root / f"{receiver}.id", tmp_path / f"{sender}.fvh", outgoing_name=sender.title()
        )
    with open_vault(group.expert(receiver)) as taker:
        taker.handover.receive_handover(
            tmp_path / f"{sender}.fvh", expected_sender=group.root / f"{sender}.id"
        )


def test_an_expert_raising_anothers_claim_past_the_methodology_is_flagged(
    group: Group, tmp_path: Path
) -> None:
    with open_vault(group.expert("alice")) as alice:
        inv = alice.records.add_record("investigation", {"title": "Arms by sea"})
        made = alice.records.add_record(
            "claim", {"statement": "The rifles came by sea.", "status": "allegation", "investigation": inv.id}
        )
    assert _merge(group, _bundle(group, "alice", tmp_path / "a1.fvb"))[0] == "merged"
    _hand_over(group, tmp_path, "alice", "bob")
    with open_vault(group.expert("bob")) as bob:
        # Bob's vault refuses the promotion; a modified client writes the revision anyway.
        conn, me = bob._vault.conn, bob._vault.identity
        held = revisions.heads(conn, made.id)[0]
        forged = revisions.make(
            made.id, "claim", me.key_id, me.sign_secret.reveal(), hlc.tick(conn), [held.hash], False,
            {**held.body, "status": "verified_fact"},
        )  # fmt: skip
        with bob._write("forging"):
            revisions.insert(conn, forged)
            records.refresh(conn, made.id)
    with open_vault(group.archive) as archive:
        report = archive.bundles.merge_bundles([_bundle(group, "bob", tmp_path / "b1.fvb")])[0]
        assert report.status == "merged"
        assert report.flagged == (made.id,)
        listed = {c.record_id: c for c in archive.bundles.conflicts()}
        assert any("verified_fact" in why for why in listed[made.id].flags)
        assert [h.author_name for h in listed[made.id].heads] == ["Bob"]
        archive.bundles.resolve_conflict(made.id, data={**held.body})
        assert made.id not in {c.record_id for c in archive.bundles.conflicts()}


def test_a_bundle_re_encrypted_to_another_archive_is_refused(group: Group, tmp_path: Path) -> None:
    with open_vault(group.expert("alice")) as alice:
        alice.records.add_note("n", "b")
    bundle = _bundle(group, "alice", tmp_path / "a1.fvb")
    with open_vault(group.archive) as archive:
        archive.bundles.export_age_identity(tmp_path / "archive-age.txt")
    other = tmp_path / "other.fvault"
    second, _ = VaultService.create(other, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role="archive")
    second.bundles.enroll(group.root / "alice.id", "Alice")
    recipient = second.bundles.identity_info().age_recipient
    second.close()
    plain = tmp_path / "plain.tar"
    subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "archive-age.txt"), "-o", str(plain), str(bundle)], check=True
    )
    moved = tmp_path / "moved.fvb"
    subprocess.run(["age", "-r", recipient, "-o", str(moved), str(plain)], check=True)
    before = _db(other)
    with open_vault(other) as archive:
        report = archive.bundles.merge_bundles([moved])[0]
    assert (report.status, report.reason) == ("refused", "recipient")
    assert _db(other) == before


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_a_damaged_copy_of_a_merged_bundle_is_refused_not_already_merged(
    group: Group, tmp_path: Path, damage: str
) -> None:
    with open_vault(group.expert("alice")) as alice:
        path = tmp_path / "photo.bin"
        path.write_bytes(bytes(range(256)) * 4000)
        alice.evidence.import_files([path])
    bundle = _bundle(group, "alice", tmp_path / "a1.fvb")
    assert _merge(group, bundle)[0] == "merged"
    data = bytearray(bundle.read_bytes())
    if damage == "flip":
        data[len(data) * 3 // 4] ^= 0x01
    else:
        del data[len(data) * 3 // 4 :]
    copy = tmp_path / "copy.fvb"
    copy.write_bytes(bytes(data))
    before = _db(group.archive)
    status, reason, _ = _merge(group, copy)
    assert status == "refused"
    assert reason in ("decryption", "hash", "format", "size")
    assert _db(group.archive) == before
    assert _merge(group, bundle)[0] == "already merged"  # the intact copy is recognised


def test_a_bundle_that_has_not_arrived_is_named_at_merge_and_in_the_roster(
    group: Group, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundles = []
    for n in range(1, 4):
        with open_vault(group.expert("alice")) as alice:
            alice.records.add_note(f"note {n}", "b")
        bundles.append(_bundle(group, "alice", tmp_path / f"a{n}.fvb"))
    assert _merge(group, bundles[0])[0] == "merged"
    result = run_cli(
        capsys, "archive", "merge", group.archive, bundles[2], "--passphrase-file", _pass(tmp_path)
    )
    assert result.code == 0, result.err
    assert "#2 from Alice have not arrived" in result.err
    roster = run_cli(
        capsys, "archive", "roster", group.archive, "--json", "--passphrase-file", _pass(tmp_path)
    )
    alice = next(m for m in roster.json() if m["name"] == "Alice")
    assert (alice["bundles_received"], alice["bundles_missing"]) == ([1, 3], [2])
    assert _merge(group, bundles[1])[0] == "merged"
    with open_vault(group.archive) as archive:
        assert [s.missing for s in archive.bundles.bundle_sequences().values()] == [(), ()]


def _pass(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


# --- the successor: a forged handover package ---------------------------------------------------------


def _forge_package(
    attacker: VaultService, successor_id: Path, out: Path, revs: list[revisions.Revision], scope: list[str]
) -> None:
    """A package signed by ``attacker`` holding ``revs`` and declaring ``scope`` (any bytes it likes)."""
    from vault.keys import identity_file

    successor = identity_file.read(successor_id)
    me = attacker._vault.identity
    lines = b"".join(bm.revision_line(r) for r in revs)
    memo = b"memo"
    entries = (
        bm.FileEntry(bm.REVISIONS, hashlib.sha256(lines).hexdigest(), len(lines)),
        bm.FileEntry(hp.MEMO, hashlib.sha256(memo).hexdigest(), len(memo)),
    )
    manifest = hp.Manifest(
        str(uuid.uuid4()), audit.utc_now(), me.key_id, me.public.agree_public.hex(), successor.key_id,
        successor.agree_public.hex(), (), len(revs), entries, tuple(sorted(scope)),
    )  # fmt: skip
    manifest_bytes = manifest.encode()
    sums = hp.render_sums(hashlib.sha256(manifest_bytes).hexdigest(), manifest)
    heads = [
        *signed_manifest.signed_heads(me.sign_secret.reveal(), hp.NAMESPACE, manifest_bytes, sums),
        (bm.REVISIONS, lines),
        (hp.MEMO, memo),
    ]
    gate = Gate(None, None, "forgery", guard=Guard([]))
    for _, data in heads:
        gate.data(data, "piece")
    mtime = int(datetime.now().timestamp())
    with PendingFile(out, gate.clearance(out.name)) as pending:
        writer = SignedWriter(pending, [successor.agree_public], mtime)
        for name, data in heads:
            writer.add(name, len(data), [data], hashlib.sha256(data).hexdigest())
        writer.close()
        pending.publish()


@pytest.fixture
def pair(tmp_path: Path) -> tuple[VaultService, VaultService, Path, Path]:
    attacker, _ = VaultService.create(
        tmp_path / "coord.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF
    )
    successor, _ = VaultService.create(
        tmp_path / "succ.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF
    )
    successor.bundles.export_identity(tmp_path / "succ.id")
    attacker.bundles.export_identity(tmp_path / "coord.id")
    return attacker, successor, tmp_path / "succ.id", tmp_path / "coord.id"


def _refused(successor: VaultService, package: Path, sender: Path) -> str:
    folder = successor._vault.folder
    conn = successor._vault.conn
    before = conn.execute("SELECT count(*) FROM revisions").fetchone()[0], conn.total_changes
    from vault.exchange.bundle_errors import BundleRefused

    with pytest.raises(BundleRefused) as caught:
        successor.handover.receive_handover(package, expected_sender=sender)
    assert caught.value.reason == "scope"
    after = conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    assert after == before[0]
    assert folder.exists()
    return str(caught.value)


def test_a_package_touching_a_record_of_the_receiver_is_refused(
    pair: tuple[VaultService, VaultService, Path, Path], tmp_path: Path
) -> None:
    attacker, successor, succ_id, coord_id = pair
    own = successor.records.add_note("My own source notes", "kept here")
    me = attacker._vault.identity
    forged = revisions.make(
        own.id, "note", me.key_id, me.sign_secret.reveal(), hlc.tick(attacker._vault.conn),
        [own.head], True, {"reason": "overwritten"},
    )  # fmt: skip
    _forge_package(attacker, succ_id, tmp_path / "f.fvh", [forged], [own.id])
    message = _refused(successor, tmp_path / "f.fvh", coord_id)
    assert f"note {own.id[:8]}" in message
    assert not successor.get(own.id).deleted


def test_a_package_carrying_a_record_it_does_not_declare_is_refused(
    pair: tuple[VaultService, VaultService, Path, Path], tmp_path: Path
) -> None:
    attacker, successor, succ_id, coord_id = pair
    declared = attacker.records.add_note("declared", "in scope")
    hidden = attacker.records.add_note("hidden", "not declared")
    conn = attacker._vault.conn
    revs = [revisions.heads(conn, declared.id)[0], revisions.heads(conn, hidden.id)[0]]
    _forge_package(attacker, succ_id, tmp_path / "f.fvh", revs, [declared.id])
    message = _refused(successor, tmp_path / "f.fvh", coord_id)
    assert f"note {hidden.id[:8]}" in message
    assert successor.records.count("note") == 0


def test_receiving_without_naming_the_signer_is_refused_at_the_cli(
    pair: tuple[VaultService, VaultService, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    attacker, successor, succ_id, _ = pair
    note = attacker.records.add_note("declared", "in scope")
    _forge_package(
        attacker, succ_id, tmp_path / "f.fvh", [revisions.heads(attacker._vault.conn, note.id)[0]], [note.id]
    )
    folder = successor._vault.folder
    successor.close()
    result = run_cli(capsys, "receive", folder, tmp_path / "f.fvh", "--passphrase-file", _pass(tmp_path))
    assert result.code == 2
    assert "--from" in result.err
