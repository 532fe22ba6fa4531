"""Bundles from expert vaults into the group archive: round trip, increments, custody, refusals.

Every refusal test hashes vault.db before and after: a refused bundle leaves the archive byte for byte
as it was. Bundles to refuse are crafted by decrypting a real one with the archive's key, changing it
and encrypting it again (re-signing where the test needs a valid signature on altered content).
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault import canonical
from vault.age.codec import Encryptor, open_decrypting
from vault.age.recipients import X25519Identity
from vault.errors import Cancelled
from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_tar as tar
from vault.exchange import sshsig
from vault.keys import identity_file
from vault.keys.secret import Passphrase
from vault.storage import revisions


@dataclass
class Group:
    """An archive, two enrolled experts (alice, bob) and their identity files, in ``root``."""

    root: Path
    archive: VaultService
    alice: VaultService
    bob: VaultService

    @property
    def archive_id(self) -> Path:
        return self.root / "archive.id"

    def bundle(self, who: VaultService, name: str, everything: bool = False) -> Path:
        out = self.root / f"{name}.fvb"
        who.bundles.write_bundle(self.archive_id, out, everything=everything)
        return out

    def db_hash(self) -> str:
        return hashlib.sha256((self.archive.folder / "vault.db").read_bytes()).hexdigest()


def _create(path: Path, role: str = "expert") -> VaultService:
    svc, _ = VaultService.create(path, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role=role)
    return svc


def make_group(root: Path, enroll: tuple[str, ...] = ("alice", "bob")) -> Group:
    archive = _create(root / "archive.fvault", "archive")
    archive.bundles.export_identity(root / "archive.id")
    experts = {}
    for name in ("alice", "bob"):
        svc = _create(root / f"{name}.fvault")
        svc.bundles.export_identity(root / f"{name}.id")
        if name in enroll:
            archive.bundles.enroll(root / f"{name}.id", name.title())
        experts[name] = svc
    return Group(root, archive, experts["alice"], experts["bob"])


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Group]:
    g = make_group(tmp_path)
    yield g
    for svc in (g.archive, g.alice, g.bob):
        svc.close()


def merge_one(g: Group, path: Path) -> object:
    (report,) = g.archive.bundles.merge_bundles([path])
    return report


# --- crafting altered bundles -----------------------------------------------------------------------

Entries = list[list[object]]  # [name, bytes] pairs, in archive order


def open_entries(g: Group, path: Path) -> Entries:
    secret = g.archive._vault.identity.agree_secret.reveal()
    with path.open("rb") as f:
        plain = open_decrypting(f, [X25519Identity(secret)]).read()
    return [[e.untrusted_name, r.read()] for e, r in tar.entries(io.BytesIO(plain))]


def seal_entries(g: Group, entries: Entries, out: Path) -> Path:
    buf = io.BytesIO()
    enc = Encryptor(buf, [g.archive._vault.identity.public.agree_public])
    for name, data in entries:
        assert isinstance(name, str)
        assert isinstance(data, bytes)
        enc.write(tar.header(name, len(data), 0) + data + tar.padding(len(data)))
    enc.write(tar.end())
    enc.close()
    out.write_bytes(buf.getvalue())
    return out


def resign(entries: Entries, secret: bytes) -> Entries:
    """Recompute the manifest's hashes and both signatures after entries were changed."""
    data = {str(n): d for n, d in entries}
    manifest = canonical.loads(data[bm.MANIFEST])  # type: ignore[arg-type]
    for item in manifest["entries"]:
        if item["path"] in data:
            body = data[item["path"]]
            assert isinstance(body, bytes)
            item["sha256"], item["size"] = hashlib.sha256(body).hexdigest(), len(body)
    manifest_bytes = canonical.dumps(manifest) + b"\n"
    parsed = bm.parse(manifest_bytes)
    sums = bm.render_sums(hashlib.sha256(manifest_bytes).hexdigest(), parsed)
    replaced = {
        bm.MANIFEST: manifest_bytes,
        bm.MANIFEST_SIG: sshsig.sign(secret, bm.NAMESPACE, manifest_bytes).encode(),
        bm.SUMS: sums,
        bm.SUMS_SIG: sshsig.sign(secret, bm.NAMESPACE, sums).encode(),
    }
    return [[n, replaced.get(str(n), d)] for n, d in entries]


def altered(g: Group, source: Path, change: Callable[[Entries], Entries], name: str = "altered") -> Path:
    return seal_entries(g, change(open_entries(g, source)), g.root / f"{name}.fvb")


# --- the happy path ---------------------------------------------------------------------------------


def test_a_bundle_brings_records_attachments_and_custody(group: Group) -> None:
    note = group.alice.records.add_note("Meeting with the harbour master", "container numbers")
    photo = group.root / "photo.bin"
    photo.write_bytes(os.urandom(300_000))
    report = group.alice.evidence.import_files([photo])
    evidence_id = report.outcomes[0].id
    assert evidence_id is not None
    path = group.bundle(group.alice, "b1")

    merged = group.archive.bundles.merge_bundles([path])[0]

    assert merged.status == "merged"
    assert set(merged.new_records) == {note.id, evidence_id}
    assert merged.new_attachments == 1
    assert group.archive.get(note.id).body["body"] == "container numbers"
    details = group.archive.records.details(evidence_id)
    merges = [e for e in details.custody if e.action == "merge" and e.chain == group.archive.key_id]
    assert merges
    assert {e.detail["bundle"] for e in merges} == {merged.bundle_id}
    assert {e.detail["signer"] for e in merges} == {group.alice.key_id}
    # The expert's own intake entry arrived too, in her chain, as received.
    assert any(e.chain == group.alice.key_id for e in details.custody)
    assert group.archive.verify().ok


def test_the_next_bundle_carries_only_what_changed(group: Group) -> None:
    first = group.alice.records.add_note("first", "")
    photo = group.root / "photo.bin"
    photo.write_bytes(os.urandom(100_000))
    group.alice.evidence.import_files([photo])
    b1 = group.bundle(group.alice, "b1")
    group.alice.records.edit_record(first.id, {"body": "more"})
    second = group.alice.records.add_note("second", "")
    b2 = group.bundle(group.alice, "b2")

    entries = {str(n) for n, _ in open_entries(group, b2)}
    assert not any(n.startswith(bm.ATTACHMENTS) for n in entries)
    r1, r2 = group.archive.bundles.merge_bundles([b1, b2])
    assert (r1.status, r2.status) == ("merged", "merged")
    assert r2.updated_records == (first.id,)
    assert r2.new_records == (second.id,)
    assert r2.new_revisions == 2


def test_reimporting_a_bundle_changes_nothing(group: Group) -> None:
    group.alice.records.add_note("n", "")
    path = group.bundle(group.alice, "b1")
    merge_one(group, path)
    before = group.db_hash()
    again = group.archive.bundles.merge_bundles([path, path])
    assert [r.status for r in again] == ["already merged", "already merged"]
    assert group.db_hash() == before


def test_bundles_merged_out_of_order_give_the_same_archive(group: Group, tmp_path: Path) -> None:
    n = group.alice.records.add_note("n", "v1")
    b1 = group.bundle(group.alice, "b1")
    group.alice.records.edit_record(n.id, {"body": "v2"})
    b2 = group.bundle(group.alice, "b2")
    assert [r.status for r in group.archive.bundles.merge_bundles([b2, b1])] == ["merged", "merged"]
    assert group.archive.get(n.id).body["body"] == "v2"
    assert not group.archive.get(n.id).conflicted
    assert group.archive.verify().ok


def test_an_all_bundle_overlapping_earlier_ones_adds_nothing_twice(group: Group) -> None:
    group.alice.records.add_note("n", "")
    b1 = group.bundle(group.alice, "b1")
    group.alice.records.add_note("m", "")
    everything = group.bundle(group.alice, "all", everything=True)
    r1, r2 = group.archive.bundles.merge_bundles([b1, everything])
    assert r2.present_revisions == 1
    assert r2.new_revisions == 1
    assert group.archive.verify().ok
    assert group.archive.digest() == group.alice.digest()


def test_sealed_source_identities_stay_sealed(group: Group) -> None:
    source = group.alice.model.add_model_record(
        "source", {"protection": "protected", "name": "Jean Mukendi Kabila", "contacts": "+243 81 555 0199"}
    )
    merge_one(group, group.bundle(group.alice, "b1"))
    stored = group.archive.get(source.id)
    assert "sealed" in stored.body
    assert "name" not in stored.body
    assert "Mukendi" not in canonical.dumps_text(dict(stored.body))
    assert group.archive.records.search("Mukendi") == []
    assert revisions.get(group.archive._vault.conn, stored.head) == revisions.get(
        group.alice._vault.conn, stored.head
    )


# --- refusals: the archive is byte-for-byte unchanged -------------------------------------------------


def _refused(g: Group, path: Path, reason: str) -> None:
    before = g.db_hash()
    (report,) = g.archive.bundles.merge_bundles([path])
    assert report.status == "refused"
    assert report.reason == reason, report.message
    assert report.message
    assert g.db_hash() == before


def test_a_bundle_for_another_archive_is_refused(group: Group, tmp_path: Path) -> None:
    other = _create(tmp_path / "other.fvault", "archive")
    other.bundles.export_identity(tmp_path / "other.id")
    other.close()
    group.alice.records.add_note("n", "")
    out = tmp_path / "elsewhere.fvb"
    group.alice.bundles.write_bundle(tmp_path / "other.id", out)
    _refused(group, out, "decryption")


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_a_damaged_file_is_refused(group: Group, damage: str) -> None:
    photo = group.root / "photo.bin"
    photo.write_bytes(os.urandom(400_000))
    group.alice.evidence.import_files([photo])
    path = group.bundle(group.alice, "b1")
    raw = bytearray(path.read_bytes())
    if damage == "truncate":
        del raw[-100_000:]
    else:
        raw[-50_000] ^= 0x40
    path.write_bytes(bytes(raw))
    _refused(group, path, "decryption")


def test_a_bundle_from_someone_not_enrolled_is_refused(tmp_path: Path) -> None:
    g = make_group(tmp_path, enroll=("alice",))
    try:
        g.bob.records.add_note("n", "")
        _refused(g, g.bundle(g.bob, "b"), "roster")
    finally:
        for svc in (g.archive, g.alice, g.bob):
            svc.close()


def test_a_revoked_experts_past_bundles_still_verify_and_new_ones_are_refused(group: Group) -> None:
    group.alice.records.add_note("n", "")
    b1 = group.bundle(group.alice, "b1")
    merge_one(group, b1)
    member = group.archive.bundles.revoke("Alice")
    assert member.revoked
    assert member.accept_through is None
    group.alice.records.add_note("after revocation", "")
    b2 = group.bundle(group.alice, "b2")
    _refused(group, b2, "revoked")
    assert merge_one(group, b1).status == "already merged"  # type: ignore[attr-defined]
    assert group.archive.verify().ok


def test_a_revoked_key_cannot_fill_a_gap_in_its_sequence(group: Group) -> None:
    bundles = []
    for n in range(3):
        group.alice.records.add_note(f"n{n}", "")
        bundles.append(group.bundle(group.alice, f"b{n + 1}"))
    merge_one(group, bundles[0])
    merge_one(group, bundles[2])  # bundle 2 is still in transit (or was never recorded)
    group.archive.bundles.revoke("Alice")
    _refused(group, bundles[1], "revoked")


def test_a_revoked_expert_can_be_allowed_a_bundle_in_transit(group: Group) -> None:
    group.alice.records.add_note("n", "")
    b1 = group.bundle(group.alice, "b1")
    group.archive.bundles.revoke(group.alice.fingerprint, accept_through=1)
    assert merge_one(group, b1).status == "merged"  # type: ignore[attr-defined]


def test_a_manifest_altered_after_signing_is_refused(group: Group) -> None:
    group.alice.records.add_note("n", "")

    def change(entries: Entries) -> Entries:
        data = entries[0][1]
        assert isinstance(data, bytes)
        entries[0][1] = data.replace(b'"everything":false', b'"everything":true')
        return entries

    _refused(group, altered(group, group.bundle(group.alice, "b1"), change), "signature")


def test_an_altered_attachment_is_refused(group: Group) -> None:
    photo = group.root / "photo.bin"
    photo.write_bytes(os.urandom(50_000))
    group.alice.evidence.import_files([photo])

    def change(entries: Entries) -> Entries:
        data = entries[-1][1]
        assert isinstance(data, bytes)
        entries[-1][1] = data[:-1] + bytes([data[-1] ^ 1])
        return entries

    _refused(group, altered(group, group.bundle(group.alice, "b1"), change), "hash")


def test_an_altered_revision_is_refused_even_when_the_sender_re_signs(group: Group) -> None:
    group.alice.records.add_note("n", "original text")
    secret = group.alice._vault.identity.sign_secret.reveal()

    def change(entries: Entries) -> Entries:
        for item in entries:
            if item[0] == bm.REVISIONS:
                assert isinstance(item[1], bytes)
                item[1] = item[1].replace(b"original text", b"altered text!")
        return resign(entries, secret)

    _refused(group, altered(group, group.bundle(group.alice, "b1"), change), "hash")


@pytest.mark.parametrize(
    ("name", "reason"), [("../../etc/evil", "path"), ("/etc/passwd", "path"), (bm.REVISIONS, "duplicate")]
)
def test_an_extra_entry_is_refused(group: Group, name: str, reason: str) -> None:
    group.alice.records.add_note("n", "")
    _refused(group, altered(group, group.bundle(group.alice, "b1"), lambda e: [*e, [name, b"x"]]), reason)


def test_a_manifest_naming_a_traversing_path_is_refused(group: Group) -> None:
    group.alice.records.add_note("n", "")
    secret = group.alice._vault.identity.sign_secret.reveal()

    def change(entries: Entries) -> Entries:
        data = entries[0][1]
        assert isinstance(data, bytes)
        entries[0][1] = data.replace(b'"path":"audit.jsonl"', b'"path":"../audit.jsonl"')
        return [[n if n != bm.AUDIT else "../audit.jsonl", d] for n, d in resign_raw(entries, secret)]

    _refused(group, altered(group, group.bundle(group.alice, "b1"), change), "path")


def resign_raw(entries: Entries, secret: bytes) -> Entries:
    """Re-sign the manifest bytes as they are (no parsing), to test the reader's own checks."""
    manifest = entries[0][1]
    assert isinstance(manifest, bytes)
    entries[1][1] = sshsig.sign(secret, bm.NAMESPACE, manifest).encode()
    return entries


def test_an_oversized_signature_entry_is_refused(group: Group) -> None:
    group.alice.records.add_note("n", "")

    def change(entries: Entries) -> Entries:
        entries[1][1] = b"x" * (bm.MAX_SIG_BYTES + 1)
        return entries

    _refused(group, altered(group, group.bundle(group.alice, "b1"), change), "size")


def test_a_different_bundle_reusing_a_sequence_number_is_refused(group: Group) -> None:
    group.alice.records.add_note("n", "")
    b1 = group.bundle(group.alice, "b1")
    merge_one(group, b1)
    secret = group.alice._vault.identity.sign_secret.reveal()

    def change(entries: Entries) -> Entries:
        manifest = canonical.loads(entries[0][1])  # type: ignore[arg-type]
        manifest["bundle_id"] = "00000000-0000-4000-8000-000000000000"
        entries[0][1] = canonical.dumps(manifest) + b"\n"
        return resign(entries, secret)

    _refused(group, altered(group, b1, change), "conflict")


def test_identity_file_edited_by_hand_is_refused(group: Group) -> None:
    text = group.archive_id.read_text().replace("role: archive", "role: expert")
    forged = group.root / "forged.id"
    forged.write_text(text)
    assert identity_file.read_file(forged).role == "expert"  # the role is not signed; the keys are
    lines = group.archive_id.read_text().splitlines()
    lines[4] = "age: " + identity_file.read_file(group.root / "bob.id").age_recipient
    forged.write_text("\n".join(lines))
    with pytest.raises(Exception, match="fingerprint does not match"):
        identity_file.read(forged)


# --- cancelling ---------------------------------------------------------------------------------------


def test_cancelling_an_export_leaves_no_file_and_no_mark(group: Group) -> None:
    photo = group.root / "photo.bin"
    photo.write_bytes(os.urandom(3_000_000))
    group.alice.evidence.import_files([photo])
    out = group.root / "cancelled.fvb"
    with pytest.raises(Cancelled):
        group.alice.bundles.write_bundle(group.archive_id, out, cancelled=lambda: True)
    assert not out.exists()
    assert [p.name for p in group.root.iterdir() if p.name.endswith(".partial")] == []
    assert group.bundle(group.alice, "b1").exists()
    assert open_entries(group, group.root / "b1.fvb")[0][0] == bm.MANIFEST
    (report,) = group.archive.bundles.merge_bundles([group.root / "b1.fvb"])
    assert report.new_attachments == 1  # the cancelled export did not mark the attachment as sent


def test_cancelling_a_merge_leaves_the_archive_unchanged(group: Group) -> None:
    photo = group.root / "photo.bin"
    photo.write_bytes(os.urandom(3_000_000))
    group.alice.evidence.import_files([photo])
    path = group.bundle(group.alice, "b1")
    before = group.db_hash()
    with pytest.raises(Cancelled):
        group.archive.bundles.merge_bundles([path], cancelled=lambda: True)
    assert group.db_hash() == before
    assert group.archive.bundles.merge_bundles([path])[0].status == "merged"


def test_the_sender_can_decrypt_its_own_bundle(group: Group) -> None:
    group.alice.records.add_note("n", "")
    path = group.bundle(group.alice, "b1")
    secret = group.alice._vault.identity.agree_secret.reveal()
    with path.open("rb") as f:
        plain = open_decrypting(f, [X25519Identity(secret)]).read()
    names = [e.untrusted_name for e, _ in tar.entries(io.BytesIO(plain))]
    assert names[:4] == list(bm.HEAD_ENTRIES)
