"""Sources: codes, protection levels, sealed identities, reveals and grants, the leak guard's identifiers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.errors import DecryptionFailed, InvalidInput
from vault.keys import sealing
from vault.keys.identity import PublicIdentity
from vault.keys.secret import Passphrase
from vault.model import ops, protection
from vault.model.identifiers import readable_identifiers
from vault.model.protection import IdentitySealed
from vault.session import Vault
from vault.storage import records, revisions, store

IDENTITY = {
    "name": "Amani Zawadi",
    "aliases": ["Mama Z"],
    "contacts": "+243 81 234 5678 / amani.z@example.org / Signal @amaniz",
    "risk_notes": "lives near the Virunga checkpoint",
}


def _protected(service: VaultService, **extra: object) -> records.Record:
    return service.model.add_model_record(
        "source",
        {**IDENTITY, "protection": "protected", "type": "informant", "organisation": "none", **extra},
    )


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Vault]:
    """A second vault (say the coordinator's archive) with its own keys."""
    vault, _ = Vault.create(tmp_path / "archive.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    yield vault
    vault.close()


def _copy(service: VaultService, record_id: str, dst: Vault) -> None:
    """Carry a record's revisions to another vault as a bundle would."""
    src = Vault.open(service.folder, Passphrase.from_text(PASSPHRASE))
    try:
        with store.transaction(dst.conn):
            for rev in revisions.for_record(src.conn, record_id):
                records.apply(dst.conn, rev)
    finally:
        src.close()


def _stored_text(service: VaultService) -> str:
    """Everything the vault's revisions, records and search index hold, as one string."""
    vault = Vault.open(service.folder, Passphrase.from_text(PASSPHRASE))
    try:
        parts = [str(r) for r in vault.conn.execute("SELECT body FROM revisions")]
        parts += [str(r) for r in vault.conn.execute("SELECT title FROM records")]
        parts += [str(r) for r in vault.conn.execute("SELECT title, text FROM search")]
        parts += [str(r) for r in vault.conn.execute("SELECT detail FROM audit")]
    finally:
        vault.close()
    return "\n".join(parts)


def test_sources_get_the_next_free_code(service: VaultService) -> None:
    first = service.model.add_model_record("source", {"name": "A"})
    second = service.model.add_model_record("source", {"name": "B", "code": "S-041"})
    third = service.model.add_model_record("source", {"name": "C"})
    assert [first.body["code"], second.body["code"], third.body["code"]] == ["S-001", "S-041", "S-042"]
    assert service.model.next_source_code() == "S-043"


def test_a_code_already_in_use_is_refused(service: VaultService) -> None:
    service.model.add_model_record("source", {"name": "A", "code": "s-7"})
    with pytest.raises(InvalidInput, match="already the code") as info:
        service.model.add_model_record("source", {"name": "B", "code": "S-7"})
    assert info.value.field == "code"


def test_a_protected_identity_is_stored_nowhere_in_clear(service: VaultService) -> None:
    rec = _protected(service)
    assert rec.title == "S-001 (protected source)"
    assert not set(IDENTITY) & set(rec.body)
    stored = _stored_text(service)
    for secret in ("Amani", "Zawadi", "Mama Z", "5678", "amani.z", "Virunga", "@amaniz"):
        assert secret not in stored
    assert service.records.search("Amani") == []
    assert [h.id for h in service.records.search("S-001")] == [rec.id]


def test_a_confidential_source_is_named_inside_the_vault(service: VaultService) -> None:
    rec = service.model.add_model_record("source", {"name": "Harbour master", "organisation": "Port"})
    assert rec.body["protection"] == "confidential"
    assert rec.title == "S-001 Harbour master"
    assert [h.id for h in service.records.search("harbour")] == [rec.id]


def test_the_recording_vault_reveals_the_identity_and_each_reveal_is_logged(service: VaultService) -> None:
    rec = _protected(service)
    who = service.model.reveal_source("S-001")
    assert who.to_body() == {**IDENTITY, "aliases": ["Mama Z"]}
    assert "Amani" not in repr(who)
    service.model.reveal_source(rec.id)
    reveals = [e for e in service.records.details(rec.id).custody if e.action == "reveal"]
    assert len(reveals) == 2
    assert reveals[0].detail == {"code": "S-001", "fields": ["aliases", "contacts", "name", "risk_notes"]}


def test_a_sealed_identity_is_unreadable_with_another_vaults_keys(
    service: VaultService, other: Vault
) -> None:
    rec = _protected(service)
    _copy(service, rec.id, other)
    copied = records.get(other.conn, rec.id)
    assert copied.title == "S-001 (protected source)"  # the archive holds the code alone
    with pytest.raises(IdentitySealed):
        protection.identity_of(copied.body, other.identity, rec.id)
    for secret in (other.identity.agree_secret, other.identity.seal_private):
        with pytest.raises(DecryptionFailed):
            sealing.open_value(copied.body["sealed"], secret.reveal(), protection.binding(rec.id))
    with store.transaction(other.conn), pytest.raises(IdentitySealed):
        ops.reveal(other.conn, other.identity, rec.id)


def _seal_key(service: VaultService) -> bytes:
    return service._vault.identity.seal_public


def test_a_grant_lets_the_chosen_vault_read_it_and_is_logged(service: VaultService, other: Vault) -> None:
    rec = _protected(service)
    coordinator = other.identity.public
    granted = service.model.grant_source("S-001", coordinator)
    assert coordinator.seal_public is not None
    # Sealed to sealing keys, never to a transport key.
    assert service.model.source_view(rec.id).recipients == (
        _seal_key(service).hex(),
        coordinator.seal_public.hex(),
    )
    grants = [e for e in service.records.details(rec.id).custody if e.action == "grant"]
    assert grants[0].detail == {
        "recipient": coordinator.key_id,
        "fingerprint": coordinator.fingerprint,
        "seal_key": coordinator.seal_public.hex(),
        "by": service.key_id,
    }
    _copy(service, rec.id, other)
    assert records.get(other.conn, rec.id).head == granted.head
    copied = records.get(other.conn, rec.id).body
    assert protection.identity_of(copied, other.identity, rec.id).name == "Amani Zawadi"
    assert service.model.grant_source("S-001", coordinator).head == granted.head  # granted already: no change


def test_a_source_can_be_sealed_to_extra_keys_when_added(service: VaultService, other: Vault) -> None:
    rec = _protected(service, code="S-100")
    shared = service.model.add_model_record(
        "source",
        {"name": "Second", "protection": "protected"},
        share_with=[other.identity.public],
    )
    _copy(service, rec.id, other)
    _copy(service, shared.id, other)
    assert protection.can_read(records.get(other.conn, shared.id).body, other.identity)
    assert not protection.can_read(records.get(other.conn, rec.id).body, other.identity)


def test_editing_an_identity_reseals_it_and_keeps_grants(service: VaultService, other: Vault) -> None:
    rec = _protected(service)
    service.model.grant_source(rec.id, other.identity.public)
    edited = service.model.edit_model_record(rec.id, {"aliases": ["Mama Z", "Auntie"], "reliability": "b"})
    assert edited.body["reliability"] == "B"
    assert service.model.reveal_source(rec.id).aliases == ("Mama Z", "Auntie")
    _copy(service, rec.id, other)
    assert protection.identity_of(records.get(other.conn, rec.id).body, other.identity, rec.id).aliases == (
        "Mama Z",
        "Auntie",
    )
    assert "Auntie" not in _stored_text(service)


def test_editing_other_fields_keeps_the_same_sealed_identity(service: VaultService) -> None:
    rec = _protected(service)
    edited = service.model.edit_model_record(rec.id, {"do_not_contact": True})
    assert edited.body["sealed"] == rec.body["sealed"]
    assert edited.body["do_not_contact"] is True


def test_a_vault_that_cannot_read_the_identity_cannot_change_it(service: VaultService, other: Vault) -> None:
    rec = _protected(service)
    _copy(service, rec.id, other)
    with store.transaction(other.conn), pytest.raises(IdentitySealed):
        ops.edit(other.conn, other.identity, rec.id, {"name": "Someone else"})
    with store.transaction(other.conn):
        ops.edit(other.conn, other.identity, rec.id, {"reliability": "C"})  # non-identity fields are fine
    assert records.get(other.conn, rec.id).body["sealed"] == rec.body["sealed"]


def test_making_a_source_protected_seals_its_identity_from_then_on(service: VaultService) -> None:
    rec = service.model.add_model_record("source", {"name": "Jean Bosco", "contacts": "+243 99 000 1111"})
    sealed = service.model.edit_model_record(rec.id, {"protection": "protected"})
    assert "name" not in sealed.body
    assert "contacts" not in sealed.body
    assert sealed.title == "S-001 (protected source)"
    assert service.model.reveal_source(rec.id).contacts == "+243 99 000 1111"
    assert service.records.search("Bosco") == []


def test_lowering_protection_needs_an_explicit_level(service: VaultService) -> None:
    rec = _protected(service)
    with pytest.raises(InvalidInput) as info:
        service.model.edit_model_record(rec.id, {"protection": None})
    assert info.value.field == "protection"
    public = service.model.edit_model_record(rec.id, {"protection": "public"})
    assert public.body["name"] == "Amani Zawadi"
    assert "sealed" not in public.body


def test_identity_fields_of_a_protected_source_cannot_be_stored_in_clear(service: VaultService) -> None:
    # The generic record path does not seal; the kind refuses rather than store a name in clear.
    with pytest.raises(InvalidInput, match="must be sealed") as info:
        service.records.add_record("source", {"name": "X", "code": "S-001", "protection": "protected"})
    assert info.value.field == "name"
    with pytest.raises(InvalidInput) as given:
        service.model.add_model_record("source", {"name": "X", "protection": "protected", "sealed": {"v": 1}})
    assert given.value.field == "sealed"


def test_leak_guard_identifiers_cover_confidential_and_protected_sources(service: VaultService) -> None:
    _protected(service)
    service.model.add_model_record(
        "source", {"name": "Col. Mukiza", "aliases": ["Tiger"], "contacts": "tiger@x.cd"}
    )
    service.model.add_model_record("source", {"name": "Ministry spokesman", "protection": "public"})
    found = {(i.code, i.kind, i.value) for i in service.model.source_identifiers()}
    assert found == {
        ("S-001", "name", "Amani Zawadi"),
        ("S-001", "alias", "Mama Z"),
        ("S-001", "phone", "+243812345678"),
        ("S-001", "email", "amani.z@example.org"),
        ("S-001", "handle", "amaniz"),
        ("S-002", "name", "Col. Mukiza"),
        ("S-002", "alias", "Tiger"),
        ("S-002", "email", "tiger@x.cd"),
    }
    phone = next(i for i in service.model.source_identifiers() if i.kind == "phone")
    assert phone.digits == "243812345678"
    assert "Amani" not in repr(service.model.source_identifiers())


def test_leak_guard_identifiers_include_earlier_names_and_deleted_sources(service: VaultService) -> None:
    rec = _protected(service)
    service.model.edit_model_record(rec.id, {"name": "Amani Z. Kahindo"})
    gone = service.model.add_model_record("source", {"name": "Former driver"})
    service.records.delete_record(gone.id, "recorded twice")
    names = {i.value for i in service.model.source_identifiers() if i.kind == "name"}
    assert names == {"Amani Zawadi", "Amani Z. Kahindo", "Former driver"}


def test_leak_guard_identifiers_skip_sources_sealed_to_other_keys(
    service: VaultService, other: Vault
) -> None:
    rec = _protected(service)
    _copy(service, rec.id, other)
    assert readable_identifiers(other.conn, other.identity) == []
    service.model.grant_source(rec.id, other.identity.public)
    _copy(service, rec.id, other)
    assert "Amani Zawadi" in {i.value for i in readable_identifiers(other.conn, other.identity)}


def test_a_grant_needs_an_identity_with_a_signed_sealing_key_and_a_protected_source(
    service: VaultService, other: Vault
) -> None:
    rec = _protected(service)
    public = other.identity.public
    conn, me = service._vault.conn, service._vault.identity
    with store.transaction(conn), pytest.raises(InvalidInput, match="not by a bare key") as info:
        ops.grant(conn, me, rec.id, public.agree_public)
    assert info.value.field == "to"
    version_1 = PublicIdentity(public.sign_public, public.agree_public)
    with pytest.raises(InvalidInput, match="ask for a new identity file"):
        service.model.grant_source(rec.id, version_1)
    unsigned = dataclasses.replace(public, seal_public=_seal_key(service))  # someone else's sealing key
    with pytest.raises(InvalidInput, match="not signed"):
        service.model.grant_source(rec.id, unsigned)
    with pytest.raises(InvalidInput, match="own identity"):
        service.model.grant_source(rec.id, service._vault.identity.public)
    plain = service.model.add_model_record("source", {"name": "Open"})
    with pytest.raises(InvalidInput, match="not protected"):
        service.model.grant_source(plain.id, public)
    assert [e.action for e in service.records.details(rec.id).custody] == ["create"]  # nothing was granted
    with store.transaction(conn), pytest.raises(InvalidInput, match="not by a bare key"):
        ops.add(conn, me, "source", {"name": "X", "protection": "protected"}, [public.seal_public or b""])


def test_a_code_set_to_null_gets_the_next_free_one(service: VaultService) -> None:
    assert service.model.add_model_record("source", {"name": "A", "code": None}).body["code"] == "S-001"


def test_source_views_show_codes_and_clear_fields_never_identities(service: VaultService) -> None:
    inv = service.model.add_model_record("investigation", {"title": "Case"})
    _protected(service, investigation=inv.id, do_not_contact=True)
    service.model.add_model_record("source", {"name": "Port official", "type": "state official"})
    views = service.model.source_views()
    assert [(v.code, v.protection, v.sealed, v.readable) for v in views] == [
        ("S-001", "protected", True, True),
        ("S-002", "confidential", False, True),
    ]
    assert views[0].do_not_contact is True
    assert "Amani" not in repr(views)
    assert [v.code for v in service.model.source_views(investigation=inv.id)] == ["S-001"]
