"""The identity file, version 2: the sealing key travels signed by the signing key; version 1 files are
still read (no sealing key); a sealing key or signature changed by hand is refused; the roster keeps it."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest

from tests.helpers import FAST_KDF, PASSPHRASE
from vault import crypto
from vault.age import keys
from vault.errors import InvalidInput
from vault.exchange import roster
from vault.keys import identity_file
from vault.keys.identity import PublicIdentity
from vault.keys.secret import Passphrase
from vault.session import Vault
from vault.storage import store


@pytest.fixture
def public(tmp_path: Path) -> PublicIdentity:
    vault, _ = Vault.create(tmp_path / "expert.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        return vault.identity.public
    finally:
        vault.close()


def _lines(text: str) -> dict[str, str]:
    return dict(
        line.split(": ", 1) for line in text.splitlines() if ": " in line and not line.startswith("#")
    )


def _with(text: str, key: str, value: str) -> str:
    return "\n".join(f"{key}: {value}" if line.startswith(f"{key}: ") else line for line in text.splitlines())


def test_version_2_round_trips_with_the_signed_sealing_key(public: PublicIdentity, tmp_path: Path) -> None:
    out = tmp_path / "expert.id"
    identity_file.write(out, public, "expert")
    text = out.read_text()
    fields = _lines(text)
    assert fields["fieldvault-identity"] == "2"
    assert public.seal_public is not None
    assert fields["seal"] == keys.x25519_recipient(public.seal_public)
    assert fields["age"] == keys.x25519_recipient(public.agree_public)
    assert fields["seal"] != fields["age"]
    read = identity_file.read_file(out)
    assert read.public == public
    assert read.version == "2"
    assert read.public.seal_key_authentic


def test_a_version_1_file_is_still_read_without_a_sealing_key(public: PublicIdentity) -> None:
    old = identity_file.render(dataclasses.replace(public, seal_public=None, seal_signature=None), "expert")
    fields = _lines(old)
    assert fields["fieldvault-identity"] == "1"
    assert "seal" not in fields
    read = identity_file.parse(old)
    assert read.version == "1"
    assert read.public.seal_public is None
    assert read.public.fingerprint == public.fingerprint  # the fingerprint is the same in both versions
    assert read.public.key_id == public.key_id


def test_a_changed_seal_signature_is_refused(public: PublicIdentity) -> None:
    text = identity_file.render(public, "expert")
    signature = bytearray(base64.b64decode(_lines(text)["seal-signature"]))
    signature[5] ^= 0x01
    with pytest.raises(InvalidInput, match="sealing key is not signed"):
        identity_file.parse(_with(text, "seal-signature", base64.b64encode(bytes(signature)).decode()))


def test_a_sealing_key_replaced_by_another_is_refused(public: PublicIdentity) -> None:
    text = identity_file.render(public, "expert")
    other = keys.x25519_recipient(crypto.agreement_public(crypto.new_agreement_key()))
    with pytest.raises(InvalidInput, match="sealing key is not signed"):
        identity_file.parse(_with(text, "seal", other))


def test_a_sealing_key_signed_by_another_signing_key_is_refused(public: PublicIdentity) -> None:
    text = identity_file.render(public, "expert")
    forger = crypto.new_signing_key()
    assert public.seal_public is not None
    forged = crypto.sign(forger, b"fieldvault-seal-key-v1\n" + public.seal_public)
    with pytest.raises(InvalidInput, match="sealing key is not signed"):
        identity_file.parse(_with(text, "seal-signature", base64.b64encode(forged).decode()))


@pytest.mark.parametrize(
    "change",
    [
        lambda t: "\n".join(line for line in t.splitlines() if not line.startswith("seal-signature")),
        lambda t: _with(t, "fieldvault-identity", "1"),
        lambda t: _with(t, "fieldvault-identity", "3"),
        lambda t: _with(t, "seal", "age1notakey"),
        lambda t: _with(t, "seal-signature", "not base64!"),
        lambda t: _with(t, "seal", _lines(t)["age"]),  # the transport key cannot double as the sealing key
    ],
    ids=["no-signature", "seal-lines-in-v1", "unknown-version", "malformed-key", "malformed-sig", "same-key"],
)
def test_a_malformed_version_2_file_is_refused(public: PublicIdentity, change: object) -> None:
    assert callable(change)
    with pytest.raises(InvalidInput):
        identity_file.parse(change(identity_file.render(public, "expert")))


def test_the_roster_keeps_the_sealing_key_of_a_version_2_file_only(
    public: PublicIdentity, tmp_path: Path
) -> None:
    archive, _ = Vault.create(
        tmp_path / "archive.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role="archive"
    )
    try:
        with store.transaction(archive.conn):
            member = roster.enroll(archive.conn, archive.identity.key_id, public, "Alice")
        assert member.seal_public == public.seal_public
        other, _ = Vault.create(tmp_path / "bob.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
        bob = dataclasses.replace(other.identity.public, seal_public=None, seal_signature=None)
        other.close()
        with store.transaction(archive.conn):
            old = roster.enroll(archive.conn, archive.identity.key_id, bob, "Bob")
        assert old.seal_public is None
        assert [m.seal_public for m in roster.members(archive.conn)] == [public.seal_public, None]
    finally:
        archive.close()
