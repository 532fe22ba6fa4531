"""The age conformance vectors (C2SP CCTV, copied to tests/data/age-cctv) against the age implementation
bundles are read with (vault.age), which reads X25519 files only.

A vector for X25519 gives its expected outcome: ``success`` (the whole payload, matching its SHA-256), or
a failure of a named kind — ``header failure``, ``no match``, ``HMAC failure``, ``payload failure`` (and
the plaintext released before the failure must match the payload hash), ``armor failure``. A vector for
a passphrase or a post-quantum hybrid key never opens: it gives "no match", or the failure it expects
when that failure comes before any recipient is tried (armor, header syntax, a passphrase stanza beside
others).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

import pytest

from vault.age import errors, keys
from vault.age.codec import open_decrypting
from vault.age.recipients import Identity, X25519Identity

# The vectors travel with the tests (tests/data/age-cctv, SOURCE.md says where from and under what licence).
VECTORS = Path(__file__).resolve().parents[1] / "data" / "age-cctv"

OUTCOMES: dict[type[errors.AgeError], str] = {
    errors.HeaderFailure: "header failure",
    errors.NoMatch: "no match",
    errors.HmacFailure: "HMAC failure",
    errors.PayloadFailure: "payload failure",
    errors.ArmorFailure: "armor failure",
}


def _vector_names() -> list[str]:
    return sorted(p.name for p in VECTORS.iterdir() if p.is_file() and not p.name.endswith(".md"))


def _parse(path: Path) -> tuple[dict[str, list[str]], bytes]:
    raw = path.read_bytes()
    head, body = raw.split(b"\n\n", 1)
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, value = line.split(": ", 1)
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return fields, body


def _identities(fields: dict[str, list[str]]) -> list[Identity] | None:
    """The vector's X25519 identities; None when it is for another kind (a passphrase, a hybrid key)."""
    if fields.get("passphrase"):
        return None
    found: list[Identity] = []
    for text in fields.get("identity", []):
        try:
            found.append(X25519Identity(keys.parse_identity(text)[1]))
        except ValueError:
            return None
    return found


def test_the_vector_collection_is_complete() -> None:
    assert len(_vector_names()) == 143
    x25519 = [n for n in _vector_names() if _identities(_parse(VECTORS / n)[0]) is not None]
    assert len(x25519) == 98  # the rest are for passphrases (26) and hybrid keys (19)


@pytest.mark.parametrize("name", _vector_names())
def test_vector_gives_its_expected_outcome(name: str) -> None:
    fields, body = _parse(VECTORS / name)
    expected = fields["expect"][0]
    identities = _identities(fields)
    released = hashlib.sha256()
    outcome = "success"
    try:
        reader = open_decrypting(io.BytesIO(body), identities or [], armored=fields.get("armored") == ["yes"])
        while chunk := reader.read(10_000):
            released.update(chunk)
    except errors.AgeError as exc:
        outcome = OUTCOMES[type(exc)]
    if identities is None:  # a kind this implementation does not read: it must not open
        assert outcome in (expected, "no match")
        assert outcome != "success"
        return
    assert outcome == expected
    if expected in ("success", "payload failure"):
        assert released.hexdigest() == fields["payload"][0]
