"""Attacks on sealed identities and sealed originals (the adversarial review of keys by purpose).

A coordinator — or anyone who holds the archive, a bundle, or an exported transport key — tries to read
a protected source's identity: by adding its key to an envelope, by swapping envelopes between sources,
by altering the recipient list, by decrypting a bundle with stock ``age`` and the exported age identity,
or by making a handover treat an injected key as already readable. Each must fail, and what the expert
does (an edit, a grant) must seal only to the keys this vault granted itself.
"""

from __future__ import annotations

import base64
import json
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from tests.legacy_keys import add_protected_source, fake_wrap
from vault import canonical, crypto
from vault.age import keys
from vault.errors import DecryptionFailed
from vault.exchange.handover_select import plan_sources
from vault.keys import identity_file, sealing
from vault.keys.identity import Identity
from vault.keys.secret import Passphrase
from vault.model import protection
from vault.storage import hlc, records, revisions, store

IDENTITY = {"name": "Amani Zawadi", "contacts": "+243 81 234 5678", "aliases": ["Mama Z"]}
ORIGINAL = b"Manifest page handed over by the informant at the depot. " * 30


@dataclass
class Cast:
    expert: VaultService
    coordinator: VaultService  # the group archive
    root: Path

    @property
    def me(self) -> Identity:
        return self.expert._vault.identity

    @property
    def them(self) -> Identity:
        return self.coordinator._vault.identity


@pytest.fixture
def cast(tmp_path: Path) -> Iterator[Cast]:
    expert, _ = VaultService.create(
        tmp_path / "expert.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF
    )
    archive, _ = VaultService.create(
        tmp_path / "archive.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role="archive"
    )
    archive.bundles.export_identity(tmp_path / "archive.id")
    expert.bundles.export_identity(tmp_path / "expert.id")
    yield Cast(expert, archive, tmp_path)
    expert.close()
    archive.close()


def _protected(cast: Cast, code: str = "S-001", **extra: Any) -> records.Record:
    return cast.expert.model.add_model_record(
        "source", {**IDENTITY, "code": code, "protection": "protected", **extra}
    )


def _signed(envelope: Mapping[str, Any], signer: Identity) -> dict[str, Any]:
    """``envelope`` signed (again) by ``signer``, named as its sealer: what anyone with a key can do."""
    unsigned = {k: v for k, v in envelope.items() if k != "sig"} | {"sealer": signer.key_id}
    signature = signer.sign(b"fieldvault-sealed-v2\n" + canonical.dumps(unsigned))
    return unsigned | {"sig": base64.b64encode(signature).decode("ascii")}


def _receive(cast: Cast, record_id: str, body: Mapping[str, Any], author: Identity) -> None:
    """A revision of ``record_id`` written by ``author`` arrives in the expert's vault (as a handover
    package or any received revision would bring it: signed by its author, applied as it is)."""
    conn = cast.expert._vault.conn
    head = records.get(conn, record_id).head
    stamp = hlc.tick(cast.coordinator._vault.conn)
    rev = revisions.make(
        record_id, "source", author.key_id, author.sign_secret.reveal(), stamp, (head,), False, body
    )
    with store.transaction(conn):
        assert records.apply(conn, rev)


def _cannot_open(env: Mapping[str, Any], record_id: str, *secrets: bytes) -> None:
    for secret in secrets:
        with pytest.raises(DecryptionFailed):
            sealing.open_value(env, secret, protection.binding(record_id))
        with pytest.raises(DecryptionFailed):
            sealing.open_legacy(env, secret, protection.CONTEXT)


def _their_secrets(cast: Cast) -> tuple[bytes, bytes]:
    return cast.them.agree_secret.reveal(), cast.them.seal_private.reveal()


# --- an injected recipient --------------------------------------------------------------------------


def test_a_key_added_to_a_legacy_envelope_is_dropped_by_the_next_edit_and_never_opens_it(cast: Cast) -> None:
    """The review's attack, on an envelope of version 1 (unsigned: history, or a vault not upgraded)."""
    conn = cast.expert._vault.conn
    with store.transaction(conn):
        rec = add_protected_source(conn, cast.me, IDENTITY)
    env = dict(rec.body["sealed"])
    injected = [fake_wrap(cast.them.seal_public), fake_wrap(cast.them.public.agree_public)]
    env["recipients"] = [*env["recipients"], *injected]
    _receive(cast, rec.id, {**rec.body, "sealed": env}, cast.them)
    assert cast.expert.model.reveal_source(rec.id).name == "Amani Zawadi"  # the expert's own wrap still opens

    edited = cast.expert.model.edit_model_record(rec.id, {"contacts": "+243 99 111 2222"})
    new = edited.body["sealed"]
    assert sealing.authenticated_recipients(new, protection.binding(rec.id)) == (cast.me.seal_public,)
    _cannot_open(new, rec.id, *_their_secrets(cast))
    assert cast.expert.model.reveal_source(rec.id).contacts == "+243 99 111 2222"
    (dropped,) = [e for e in cast.expert.records.details(rec.id).custody if e.action == "seal-dropped"]
    assert dropped.detail["keys"] == [cast.them.seal_public.hex(), cast.them.public.agree_public.hex()]
    assert "99 111" not in json.dumps(dropped.detail)


def test_a_key_added_to_a_signed_envelope_breaks_it_whoever_signs_it_again(cast: Cast) -> None:
    rec = _protected(cast)
    env = rec.body["sealed"]
    added = {**env, "recipients": [*env["recipients"], fake_wrap(cast.them.seal_public)]}
    for forged in (added, _signed(added, cast.them)):  # keeping the expert's signature, or signing anew
        _receive(
            cast, rec.id, {**records.get(cast.expert._vault.conn, rec.id).body, "sealed": forged}, cast.them
        )
        with pytest.raises(DecryptionFailed):
            cast.expert.model.reveal_source(rec.id)
        with pytest.raises(DecryptionFailed):
            cast.expert.model.edit_model_record(rec.id, {"contacts": "+243 99 111 2222"})
        _cannot_open(forged, rec.id, *_their_secrets(cast))


def test_an_envelope_made_up_by_the_coordinator_is_sealed_again_to_the_expert_alone(cast: Cast) -> None:
    """A coordinator can seal a made-up identity to the expert's (public) sealing key and its own, bound
    and signed correctly. The expert reads it; the next edit seals to the keys the expert granted only."""
    rec = _protected(cast)
    keys_listed = [cast.me.seal_public, cast.them.seal_public]
    planted = sealing.seal({"name": "Someone Else"}, keys_listed, protection.binding(rec.id), cast.them)
    _receive(cast, rec.id, {**rec.body, "sealed": planted}, cast.them)
    assert cast.expert.model.reveal_source(rec.id).name == "Someone Else"

    edited = cast.expert.model.edit_model_record(rec.id, {"name": "Amani Zawadi"})
    new = edited.body["sealed"]
    assert sealing.authenticated_recipients(new, protection.binding(rec.id)) == (cast.me.seal_public,)
    assert sealing.sealer(new) == cast.me.key_id
    _cannot_open(new, rec.id, *_their_secrets(cast))
    dropped = [e for e in cast.expert.records.details(rec.id).custody if e.action == "seal-dropped"]
    assert dropped[0].detail["keys"] == [cast.them.seal_public.hex()]


def test_a_granted_key_is_kept_by_later_edits(cast: Cast) -> None:
    rec = _protected(cast)
    coordinator = identity_file.read(cast.root / "archive.id")
    cast.expert.model.grant_source(rec.id, coordinator)
    edited = cast.expert.model.edit_model_record(rec.id, {"contacts": "+243 99 111 2222"})
    listed = sealing.authenticated_recipients(edited.body["sealed"], protection.binding(rec.id))
    assert listed == (cast.me.seal_public, cast.them.seal_public)
    opened = sealing.open_value(
        edited.body["sealed"], cast.them.seal_private.reveal(), protection.binding(rec.id)
    )
    assert opened["contacts"] == "+243 99 111 2222"
    assert [e.action for e in cast.expert.records.details(rec.id).custody].count("seal-dropped") == 0


# --- swapped and altered envelopes ------------------------------------------------------------------


def test_an_envelope_swapped_between_two_sources_is_refused(cast: Cast) -> None:
    first = _protected(cast, "S-001")
    second = cast.expert.model.add_model_record(
        "source", {"name": "Jean Bosco", "code": "S-002", "protection": "protected"}
    )
    _receive(cast, first.id, {**first.body, "sealed": second.body["sealed"]}, cast.them)
    with pytest.raises(DecryptionFailed):
        cast.expert.model.reveal_source(first.id)
    with pytest.raises(DecryptionFailed):
        sealing.open_value(second.body["sealed"], cast.me.seal_private.reveal(), protection.binding(first.id))
    assert cast.expert.model.reveal_source(second.id).name == "Jean Bosco"  # in its own record it opens


@pytest.mark.parametrize("how", ["reordered", "removed", "key-swapped"])
def test_an_altered_recipient_list_fails_the_signature(cast: Cast, how: str) -> None:
    rec = _protected(cast)
    granted = cast.expert.model.grant_source(rec.id, identity_file.read(cast.root / "archive.id"))
    env = granted.body["sealed"]
    entries = env["recipients"]
    altered = {
        "reordered": list(reversed(entries)),
        "removed": entries[:1],
        "key-swapped": [entries[0], {**entries[1], "key": cast.them.public.agree_public.hex()}],
    }[how]
    forged = {**env, "recipients": altered}
    with pytest.raises(DecryptionFailed):
        sealing.authenticated_recipients(forged, protection.binding(rec.id))
    _receive(cast, rec.id, {**granted.body, "sealed": forged}, cast.them)
    with pytest.raises(DecryptionFailed):
        cast.expert.model.reveal_source(rec.id)


# --- the handover does not take an injected key for a grant ------------------------------------------


def test_plan_sources_treats_only_a_key_this_vault_granted_as_readable(cast: Cast, tmp_path: Path) -> None:
    successor, _ = VaultService.create(
        tmp_path / "succ.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF
    )
    try:
        successor.bundles.export_identity(tmp_path / "succ.id")
        heir = identity_file.read(tmp_path / "succ.id")
        assert heir.seal_public is not None
        conn, me = cast.expert._vault.conn, cast.me
        rec = _protected(cast)

        def decision() -> str:
            (plan,) = plan_sources(conn, me, [rec.id], [], heir)
            return plan.decision

        env = rec.body["sealed"]
        injected = {**env, "recipients": [*env["recipients"], fake_wrap(heir.seal_public)]}
        listed = sealing.seal(IDENTITY, [me.seal_public, heir.seal_public], protection.binding(rec.id), me)
        by_heir = sealing.seal(
            IDENTITY,
            [me.seal_public, heir.seal_public],
            protection.binding(rec.id),
            successor._vault.identity,
        )
        for body in (injected, _signed(injected, cast.them), listed, by_heir):
            _receive(cast, rec.id, {**rec.body, "sealed": body}, cast.them)
            assert decision() == "withheld"  # never "readable": the consent check still applies
        (legacy_call,) = plan_sources(conn, me, [rec.id], [], heir.agree_public)
        assert legacy_call.decision == "withheld"

        cast.expert.model.edit_model_record(rec.id, {"name": "Amani Zawadi"})  # back to an envelope of mine
        cast.expert.model.grant_source(rec.id, heir)
        assert decision() == "readable"
    finally:
        successor.close()


# --- a bundle and the exported transport keys (stock age) -------------------------------------------


def _age(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["age", *map(str, args)], capture_output=True, check=False)


def _unpack(bundle: Path, key: Path, into: Path) -> list[dict[str, Any]]:
    """``age -d -i KEY BUNDLE | tar -x``, as docs/VERIFYING.md says; the revisions it carries."""
    into.mkdir()
    plain = _age("-d", "-i", key, bundle)
    assert plain.returncode == 0, plain.stderr
    subprocess.run(["tar", "-xf", "-", "-C", str(into)], input=plain.stdout, check=True)
    lines = (into / "revisions.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines]


def test_exported_transport_keys_open_the_bundle_and_no_sealed_identity_or_original_in_it(
    cast: Cast, tmp_path: Path
) -> None:
    rec = _protected(cast, consent=["report", "archive"])
    cast.expert.model.grant_source(rec.id, identity_file.read(cast.root / "archive.id"))
    (tmp_path / "page.txt").write_bytes(ORIGINAL)
    (outcome,) = cast.expert.evidence.import_files([tmp_path / "page.txt"], source="S-001").outcomes
    assert outcome.id is not None
    sealed_copy = str(cast.expert.get(outcome.id).body["sealed_sha256"])
    bundle = tmp_path / "expert-1.fvb"
    cast.expert.bundles.write_bundle(cast.root / "archive.id", bundle)

    exported = {"archive": tmp_path / "archive-age.txt", "expert": tmp_path / "expert-age.txt"}
    cast.coordinator.bundles.export_age_identity(exported["archive"])
    cast.expert.bundles.export_age_identity(exported["expert"])
    for who, key in exported.items():
        transport = keys.parse_identity(key.read_text().splitlines()[-1])[1]
        owner = cast.them if who == "archive" else cast.me
        assert transport == owner.agree_secret.reveal()  # the file holds the transport key, and only it
        unpacked = tmp_path / f"by-{who}"
        lines = _unpack(bundle, key, unpacked)
        envelopes = [(r["record"], r["body"]["sealed"]) for r in lines if r["kind"] == "source"]
        assert len(envelopes) == 2  # as added (sealed to the expert), then granted to the archive
        for record_id, env in envelopes:
            _cannot_open(env, record_id, transport)
        assert (unpacked / "attachments" / sealed_copy).exists()
        refused = _age("-d", "-i", key, unpacked / "attachments" / sealed_copy)
        assert refused.returncode != 0
        assert ORIGINAL[:40] not in refused.stdout

    # The sealing keys do open them: the expert's every revision, the archive's once it was granted.
    for owner, readable in ((cast.them, envelopes[-1:]), (cast.me, envelopes)):
        for record_id, env in readable:
            opened = sealing.open_value(env, owner.seal_private.reveal(), protection.binding(record_id))
            assert opened["name"] == "Amani Zawadi"
        seal_key = tmp_path / f"seal-{owner.key_id[:8]}.txt"
        seal_key.write_text(keys.x25519_identity(owner.seal_private.reveal()) + "\n")
        opened_copy = _age("-d", "-i", seal_key, tmp_path / "by-archive" / "attachments" / sealed_copy)
        assert opened_copy.returncode == 0, opened_copy.stderr
        assert opened_copy.stdout == ORIGINAL

    # The grant travels in the bundle's audit log, naming the record and the archive's key id.
    entries = [
        json.loads(line) for line in (tmp_path / "by-archive" / "audit.jsonl").read_text().splitlines()
    ]
    grants = [e for e in entries if e["action"] == "grant"]
    assert [(g["target"], g["detail"]["recipient"]) for g in grants] == [(rec.id, cast.them.key_id)]


def test_a_grant_is_logged_in_the_sources_history(cast: Cast) -> None:
    rec = _protected(cast)
    archive = identity_file.read(cast.root / "archive.id")
    granted = cast.expert.model.grant_source(rec.id, archive)
    details = cast.expert.records.details(rec.id)
    (entry,) = [e for e in details.custody if e.action == "grant"]
    assert entry.target == rec.id
    assert entry.detail["recipient"] == archive.key_id
    assert entry.detail["fingerprint"] == archive.fingerprint
    assert [r.hash for r in details.history][-1] == granted.head
    assert protection.granted_keys(cast.expert._vault.conn, rec.id) == [archive.seal_public]
    assert crypto.agreement_public(cast.them.seal_private.reveal()) == archive.seal_public
