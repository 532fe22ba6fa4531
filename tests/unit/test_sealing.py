"""Field-level sealing: readable by the chosen keys only; any failure is one opaque error."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault import crypto, sealing
from vault.errors import DecryptionFailed

CONTEXT = b"test-context"


def _keypair() -> tuple[bytes, bytes]:
    secret = crypto.new_agreement_key()
    return secret, crypto.agreement_public(secret)


def test_each_recipient_opens_the_sealed_value() -> None:
    a, a_pub = _keypair()
    b, b_pub = _keypair()
    env = sealing.seal({"name": "Jean K.", "aliases": ["JK"]}, [a_pub, b_pub], CONTEXT)
    assert sealing.open_value(env, a, CONTEXT) == {"name": "Jean K.", "aliases": ["JK"]}
    assert sealing.open_value(env, b, CONTEXT) == {"name": "Jean K.", "aliases": ["JK"]}
    assert sealing.recipients(env) == (a_pub, b_pub)


def test_the_envelope_holds_no_plaintext() -> None:
    _, pub = _keypair()
    env = sealing.seal({"name": "Distinctive Name"}, [pub], CONTEXT)
    assert "Distinctive" not in repr(env)


def test_another_key_cannot_open_it() -> None:
    _, a_pub = _keypair()
    other, _ = _keypair()
    env = sealing.seal("secret", [a_pub], CONTEXT)
    with pytest.raises(DecryptionFailed):
        sealing.open_value(env, other, CONTEXT)


def test_a_recipient_entry_copied_under_another_key_does_not_open() -> None:
    a, a_pub = _keypair()
    other, other_pub = _keypair()
    env = sealing.seal("secret", [a_pub], CONTEXT)
    forged = {**env, "recipients": [{**env["recipients"][0], "key": other_pub.hex()}]}
    with pytest.raises(DecryptionFailed):
        sealing.open_value(forged, other, CONTEXT)


def test_a_different_context_does_not_open() -> None:
    a, a_pub = _keypair()
    env = sealing.seal("secret", [a_pub], CONTEXT)
    with pytest.raises(DecryptionFailed):
        sealing.open_value(env, a, b"another-purpose")


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: {**e, "data": e["data"][:-4] + "AAAA"},
        lambda e: {**e, "nonce": "not base64!"},
        lambda e: {**e, "v": 2},
        lambda e: {**e, "recipients": "nobody"},
        lambda e: {k: v for k, v in e.items() if k != "data"},
        lambda e: {**e, "recipients": [{**e["recipients"][0], "wrapped": e["recipients"][0]["epk"]}]},
    ],
)
def test_a_damaged_envelope_fails_with_the_one_opaque_error(damage: object) -> None:
    a, a_pub = _keypair()
    env = sealing.seal({"name": "x"}, [a_pub], CONTEXT)
    assert callable(damage)
    with pytest.raises(DecryptionFailed) as info:
        sealing.open_value(damage(env), a, CONTEXT)
    assert str(info.value) == "decryption failed: wrong key or altered data"


def test_a_recipient_can_add_another_who_then_opens_it() -> None:
    a, a_pub = _keypair()
    b, b_pub = _keypair()
    env = sealing.seal(["value"], [a_pub], CONTEXT)
    with pytest.raises(DecryptionFailed):
        sealing.open_value(env, b, CONTEXT)
    granted = sealing.add_recipient(env, a, b_pub, CONTEXT)
    assert sealing.open_value(granted, b, CONTEXT) == ["value"]
    assert sealing.open_value(granted, a, CONTEXT) == ["value"]
    assert granted["data"] == env["data"]  # the content is sealed once; only a key wrap was added


def test_only_a_recipient_can_add_one() -> None:
    _, a_pub = _keypair()
    c, _ = _keypair()
    _, b_pub = _keypair()
    env = sealing.seal("v", [a_pub], CONTEXT)
    with pytest.raises(DecryptionFailed):
        sealing.add_recipient(env, c, b_pub, CONTEXT)


def test_sealing_twice_gives_different_ciphertexts() -> None:
    _, pub = _keypair()
    first = sealing.seal("same", [pub], CONTEXT)
    second = sealing.seal("same", [pub], CONTEXT)
    assert first["data"] != second["data"]
    assert first["recipients"][0]["epk"] != second["recipients"][0]["epk"]


def test_sealing_needs_a_recipient() -> None:
    with pytest.raises(ValueError, match="recipient"):
        sealing.seal("v", [], CONTEXT)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**53), max_value=2**53) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=50, deadline=None)
@given(_JSON)
def test_any_json_value_round_trips(value: object) -> None:
    secret, public = _keypair()
    assert sealing.open_value(sealing.seal(value, [public], CONTEXT), secret, CONTEXT) == value
