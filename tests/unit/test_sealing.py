"""Field-level sealing: readable by the chosen sealing keys only, signed by its sealer, bound to its record
and fields; any failure is one opaque error. Envelopes of version 1 still open, for history."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.legacy_keys import fake_wrap, seal_v1
from vault import canonical, crypto
from vault.errors import DecryptionFailed
from vault.keys import sealing
from vault.keys.identity import Identity, PublicIdentity, seal_key_message
from vault.keys.secret import Secret

BINDING = sealing.Binding("test-context", "record-1", ("aliases", "name"))
LEGACY_CONTEXT = b"test-context"


def _keypair() -> tuple[bytes, bytes]:
    secret = crypto.new_agreement_key()
    return secret, crypto.agreement_public(secret)


def _vault_keys() -> Identity:
    """A vault's three key pairs, without a vault."""
    sign, agree, seal = crypto.new_signing_key(), crypto.new_agreement_key(), crypto.new_agreement_key()
    sign_pub, seal_pub = crypto.signing_public(sign), crypto.agreement_public(seal)
    public = PublicIdentity(
        sign_pub, crypto.agreement_public(agree), seal_pub, crypto.sign(sign, seal_key_message(seal_pub))
    )
    return Identity(public, Secret(sign), Secret(agree), Secret(seal))


SEALER = _vault_keys()


def test_each_recipient_opens_the_sealed_value() -> None:
    a, a_pub = _keypair()
    b, b_pub = _keypair()
    env = sealing.seal({"name": "Jean K.", "aliases": ["JK"]}, [a_pub, b_pub], BINDING, SEALER)
    assert sealing.open_value(env, a, BINDING) == {"name": "Jean K.", "aliases": ["JK"]}
    assert sealing.open_value(env, b, BINDING) == {"name": "Jean K.", "aliases": ["JK"]}
    assert sealing.recipients(env) == (a_pub, b_pub)
    assert sealing.authenticated_recipients(env, BINDING) == (a_pub, b_pub)
    assert sealing.sealer(env) == SEALER.key_id
    assert (env["v"], env["record"], env["fields"]) == (2, "record-1", ["aliases", "name"])


def test_the_envelope_holds_no_plaintext() -> None:
    _, pub = _keypair()
    env = sealing.seal({"name": "Distinctive Name"}, [pub], BINDING, SEALER)
    assert "Distinctive" not in repr(env)


def test_another_key_cannot_open_it() -> None:
    _, a_pub = _keypair()
    other, _ = _keypair()
    env = sealing.seal("secret", [a_pub], BINDING, SEALER)
    with pytest.raises(DecryptionFailed):
        sealing.open_value(env, other, BINDING)


def test_a_recipient_entry_copied_under_another_key_does_not_open() -> None:
    _, a_pub = _keypair()
    other, other_pub = _keypair()
    env = sealing.seal("secret", [a_pub], BINDING, SEALER)
    forged = {**env, "recipients": [{**env["recipients"][0], "key": other_pub.hex()}]}
    with pytest.raises(DecryptionFailed):
        sealing.open_value(forged, other, BINDING)


@pytest.mark.parametrize(
    "other",
    [
        sealing.Binding("another-purpose", "record-1", ("aliases", "name")),
        sealing.Binding("test-context", "record-2", ("aliases", "name")),
        sealing.Binding("test-context", "record-1", ("name",)),
    ],
    ids=["context", "record", "fields"],
)
def test_another_binding_does_not_open(other: sealing.Binding) -> None:
    a, a_pub = _keypair()
    env = sealing.seal("secret", [a_pub], BINDING, SEALER)
    with pytest.raises(DecryptionFailed):
        sealing.open_value(env, a, other)
    with pytest.raises(DecryptionFailed):
        sealing.authenticated_recipients(env, other)


def test_a_rebound_envelope_resigned_by_someone_else_still_does_not_open() -> None:
    # Even with a valid signature, the binding is in every ciphertext's associated data.
    a, a_pub = _keypair()
    forger = _vault_keys()
    env = sealing.seal("secret", [a_pub], BINDING, SEALER)
    moved = {k: v for k, v in env.items() if k != "sig"} | {"record": "record-2", "sealer": forger.key_id}
    moved["sig"] = base64.b64encode(forger.sign(b"fieldvault-sealed-v2\n" + canonical.dumps(moved))).decode()
    other = sealing.Binding("test-context", "record-2", BINDING.fields)
    assert sealing.authenticated_recipients(moved, other) == (a_pub,)  # the forger's signature is valid
    with pytest.raises(DecryptionFailed):
        sealing.open_value(moved, a, other)


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: {**e, "data": e["data"][:-4] + "AAAA"},
        lambda e: {**e, "nonce": "not base64!"},
        lambda e: {**e, "v": 1},
        lambda e: {**e, "v": 3},
        lambda e: {**e, "recipients": "nobody"},
        lambda e: {k: v for k, v in e.items() if k != "data"},
        lambda e: {k: v for k, v in e.items() if k != "sig"},
        lambda e: {**e, "sig": e["sig"][:-4] + "AAA="},
        lambda e: {**e, "sealer": "00" * 32},
        lambda e: {**e, "sealer": "not hex"},
        lambda e: {**e, "extra": 1},
        lambda e: {**e, "recipients": [{**e["recipients"][0], "wrapped": e["recipients"][0]["epk"]}]},
        lambda e: {**e, "recipients": [*e["recipients"], e["recipients"][0]]},
        lambda e: {**e, "recipients": [*e["recipients"], fake_wrap(_keypair()[1])]},
        lambda e: {**e, "recipients": list(reversed(e["recipients"]))},
        lambda e: {**e, "recipients": e["recipients"][:1]},
    ],
)
def test_a_damaged_or_altered_envelope_fails_with_the_one_opaque_error(damage: object) -> None:
    a, a_pub = _keypair()
    _, b_pub = _keypair()
    env = sealing.seal({"name": "x"}, [a_pub, b_pub], BINDING, SEALER)
    assert callable(damage)
    with pytest.raises(DecryptionFailed) as info:
        sealing.open_value(damage(env), a, BINDING)
    assert str(info.value) == "decryption failed: wrong key or altered data"


def test_a_value_with_a_field_its_binding_does_not_name_is_not_sealed() -> None:
    _, a_pub = _keypair()
    with pytest.raises(ValueError, match="field"):
        sealing.seal({"name": "x", "contacts": "y"}, [a_pub], BINDING, SEALER)


def test_sealing_twice_gives_different_ciphertexts() -> None:
    _, pub = _keypair()
    first = sealing.seal("same", [pub], BINDING, SEALER)
    second = sealing.seal("same", [pub], BINDING, SEALER)
    assert first["data"] != second["data"]
    assert first["recipients"][0]["epk"] != second["recipients"][0]["epk"]


def test_sealing_needs_a_usable_recipient() -> None:
    with pytest.raises(ValueError, match="recipient"):
        sealing.seal("v", [], BINDING, SEALER)
    with pytest.raises(ValueError, match="X25519"):
        sealing.seal("v", [bytes(32)], BINDING, SEALER)  # a low-order point


def test_a_version_1_envelope_still_opens_with_its_key_and_context_only() -> None:
    a, a_pub = _keypair()
    other, _ = _keypair()
    env = seal_v1({"name": "old"}, [a_pub], LEGACY_CONTEXT)
    assert sealing.version(env) == 1
    assert sealing.open_legacy(env, a, LEGACY_CONTEXT) == {"name": "old"}
    for secret, context in ((other, LEGACY_CONTEXT), (a, b"another")):
        with pytest.raises(DecryptionFailed):
            sealing.open_legacy(env, secret, context)
    with pytest.raises(DecryptionFailed):
        sealing.open_value(env, a, BINDING)  # a version 1 envelope is never taken for a signed one
    with pytest.raises(DecryptionFailed):
        sealing.authenticated_recipients(env, BINDING)
    assert sealing.sealer(env) is None


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**53), max_value=2**53) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=50, deadline=None)
@given(_JSON)
def test_any_json_value_round_trips(value: object) -> None:
    secret, public = _keypair()
    assert sealing.open_value(sealing.seal(value, [public], BINDING, SEALER), secret, BINDING) == value
