"""JSON a bundle's manifest, revision or audit lines could carry that canonical JSON cannot: nesting
deeper than the parser allows, floats, nesting deeper than canonical JSON allows. Each is a refusal
with a reason, never an internal error.

Regression test (found by the fuzzing of the bundle reader): json's RecursionError, and the ValueError
of re-encoding a float or a too-deep value to check the canonical form, escaped the parsers; revision
lines are parsed before the entry's SHA-256 can be checked, so a re-encrypted bundle with a genuine
signed head could make ``archive merge`` fail with "unexpected internal error".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import forge
from tests.reliability.tamper import scene
from vault import canonical
from vault.exchange import bundle_manifest as bm
from vault.exchange.bundle_errors import BundleRefused

PARSERS = [bm.parse, bm.parse_revision_line, bm.parse_audit_line]
DEEP = b"[" * 200_000 + b"]" * 200_000 + b"\n"


@pytest.mark.parametrize("parse", PARSERS)
def test_json_nested_beyond_the_parser_is_refused(parse: object) -> None:
    assert callable(parse)
    with pytest.raises(BundleRefused) as caught:
        parse(DEEP)
    assert caught.value.reason == "format"


def _with_body_value(line: bytes, key: str, value_json: bytes) -> bytes:
    """``line`` (canonical JSON) with ``key``'s object given one more member holding ``value_json``."""
    marker = b'"' + key.encode() + b'":{'
    assert marker in line
    return line.replace(marker, marker + b'"zz":' + value_json + b",", 1)


@pytest.mark.parametrize("value", [b"1.5", b"1e400", b"[" * 70 + b"]" * 70])
def test_values_canonical_json_cannot_hold_are_refused_in_revisions_and_audit_entries(
    tmp_path: Path, value: bytes
) -> None:
    with scene(tmp_path, seed=2) as sc:
        entries = dict(forge.decrypt_entries(sc.victim, sc.age_secret))
    revision = entries[bm.REVISIONS].split(b"\n")[0] + b"\n"
    entry = entries[bm.AUDIT].split(b"\n")[0] + b"\n"
    bm.parse_revision_line(revision)  # the unaltered lines parse
    bm.parse_audit_line(entry)
    for parse, line, key in (
        (bm.parse_revision_line, revision, "body"),
        (bm.parse_audit_line, entry, "detail"),
    ):
        with pytest.raises(BundleRefused) as caught:
            parse(_with_body_value(line, key, value))
        assert caught.value.reason == "format"


def test_a_bundle_whose_revisions_are_nested_too_deep_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    with scene(tmp_path, seed=3) as sc:
        entries = forge.decrypt_entries(sc.victim, sc.age_secret)
        size = len(dict(entries)[bm.REVISIONS])
        hostile = b"[" * (size - 1) + b"\n"  # the size the signed manifest gives: read before hashing
        altered = [(n, hostile if n == bm.REVISIONS else d) for n, d in entries]
        before = (sc.group.archive / "vault.db").read_bytes()
        (report,) = sc.archive.bundles.merge_bundles([sc.seal(altered, "deep.fvb")])
        assert (report.status, report.reason) == ("refused", "format")
        assert (sc.group.archive / "vault.db").read_bytes() == before
        assert canonical.loads(dict(entries)[bm.MANIFEST])["revisions"]["count"] > 0
