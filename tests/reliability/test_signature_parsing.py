"""A signature entry holding bytes outside ASCII is a malformed signature, not an internal error.

Regression test (found by the fuzzing of the bundle reader): ``sshsig.signer_of`` let base64's
ValueError for non-ASCII text escape, so such a bundle made ``archive merge`` fail with "unexpected
internal error (ValueError)" instead of refusing it with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.reliability import forge
from tests.reliability.tamper import scene
from vault.exchange import bundle_manifest as bm
from vault.exchange import sshsig

ARMORED = "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\u00e9AAAA\n-----END SSH SIGNATURE-----\n"


def test_a_signature_with_characters_outside_ascii_is_malformed() -> None:
    with pytest.raises(sshsig.SignatureFormatError):
        sshsig.signer_of(ARMORED, bm.NAMESPACE)
    assert not sshsig.verify(ARMORED, bm.NAMESPACE, b"message", bytes(32))


@pytest.mark.parametrize("entry", [bm.MANIFEST_SIG, bm.SUMS_SIG])
def test_a_bundle_whose_signature_holds_bytes_outside_ascii_is_refused(tmp_path: Path, entry: str) -> None:
    with scene(tmp_path, seed=1) as sc:
        entries = forge.decrypt_entries(sc.victim, sc.age_secret)
        altered = [(n, d.replace(b"U1NIU0lH", b"U1NIU0lH\xe9") if n == entry else d) for n, d in entries]
        before = (sc.group.archive / "vault.db").read_bytes()
        (report,) = sc.archive.bundles.merge_bundles([sc.seal(altered, "non-ascii.fvb")])
        assert (report.status, report.reason) == ("refused", "signature")
        assert (sc.group.archive / "vault.db").read_bytes() == before


def _rewrap(armored: bytes, width: int) -> bytes:
    lines = armored.decode().splitlines()
    body = "".join(lines[1:-1])
    return (
        "\n".join([lines[0], *(body[i : i + width] for i in range(0, len(body), width)), lines[-1]]) + "\n"
    ).encode()


VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    "vertical tab for the last line end": lambda a: a[:-1] + b"\x0b",
    "CRLF line ends": lambda a: a.replace(b"\n", b"\r\n"),
    "base64 in 64 columns": lambda a: _rewrap(a, 64),
    "a leading space": lambda a: b" " + a,
    "an extra line end": lambda a: a + b"\n",
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_signature_in_another_armored_form_is_refused(tmp_path: Path, variant: str) -> None:
    """The signatures as stored in the receipt must be the bytes the signer wrote (found by fuzzing a
    whole merge: white space and line breaks in the armor were accepted and stored as altered)."""
    with scene(tmp_path, seed=4) as sc:
        entries = forge.decrypt_entries(sc.victim, sc.age_secret)
        altered = [(n, VARIANTS[variant](d) if n == bm.SUMS_SIG else d) for n, d in entries]
        assert altered != entries
        (report,) = sc.archive.bundles.merge_bundles([sc.seal(altered, "rearmored.fvb")])
        assert (report.status, report.reason) == ("refused", "signature")
        (report,) = sc.archive.bundles.merge_bundles([sc.victim])
        assert report.status == "merged"
