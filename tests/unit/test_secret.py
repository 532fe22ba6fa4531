"""Secret types never show their value: not in repr, str, f-strings, logs or pickles."""

from __future__ import annotations

import logging
import pickle

import pytest

from vault.keys.secret import MasterKey, Passphrase, Secret


@pytest.mark.parametrize(
    "secret",
    [
        Secret(b"hunter2-secret"),
        Passphrase.from_text("hunter2-secret"),
        MasterKey(b"hunter2-secret-0123456789abcdefg"[:32]),
    ],
)
def test_a_secret_never_prints_its_value(secret: Secret, caplog: pytest.LogCaptureFixture) -> None:
    logging.getLogger("fieldvault.test").warning("value %s %r", secret, secret)
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", caplog.text):
        assert "hunter2" not in text
        assert "redacted" in text


def test_a_secret_cannot_be_pickled() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(Passphrase.from_text("do not persist me"))


def test_wiping_overwrites_the_value() -> None:
    key = MasterKey(bytes(range(32)))
    key.wipe()
    assert len(key) == 0
    assert key.reveal() == b""


def test_secrets_compare_by_value() -> None:
    assert Passphrase.from_text("same words here") == Passphrase.from_text("same words here")
    assert Passphrase.from_text("same words here") != Passphrase.from_text("other words here")
