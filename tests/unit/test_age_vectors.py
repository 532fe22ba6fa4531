"""Every age conformance vector (C2SP CCTV, copied to tests/data/age-cctv) gives its expected outcome with the
age implementation bundles are read with (vault.age).

Expected outcomes: ``success`` (the whole payload, matching its SHA-256), or a failure of a named kind —
``header failure``, ``no match``, ``HMAC failure``, ``payload failure`` (and the plaintext released before
the failure must match the payload hash), ``armor failure``.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

import pytest

from vault.age import errors, keys
from vault.age.codec import open_decrypting
from vault.age.recipients import HybridIdentity, Identity, ScryptIdentity, X25519Identity

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


def _identities(fields: dict[str, list[str]]) -> list[Identity]:
    found: list[Identity] = []
    for text in fields.get("identity", []):
        kind, secret = keys.parse_identity(text)
        found.append(X25519Identity(secret) if kind == "x25519" else HybridIdentity(secret))
    found += [ScryptIdentity(p.encode("utf-8")) for p in fields.get("passphrase", [])]
    return found


def test_the_vector_collection_is_complete() -> None:
    assert len(_vector_names()) == 143


@pytest.mark.parametrize("name", _vector_names())
def test_vector_gives_its_expected_outcome(name: str) -> None:
    fields, body = _parse(VECTORS / name)
    expected = fields["expect"][0]
    released = hashlib.sha256()
    outcome = "success"
    try:
        reader = open_decrypting(
            io.BytesIO(body), _identities(fields), armored=fields.get("armored") == ["yes"]
        )
        while chunk := reader.read(10_000):
            released.update(chunk)
    except errors.AgeError as exc:
        outcome = OUTCOMES[type(exc)]
    assert outcome == expected
    if expected in ("success", "payload failure"):
        assert released.hexdigest() == fields["payload"][0]
