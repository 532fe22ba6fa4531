"""A signature entry holding bytes outside ASCII is a malformed signature, not an internal error.

Regression test (found by the fuzzing of the bundle reader): ``sshsig.signer_of`` let base64's
ValueError for non-ASCII text escape, so such a bundle made ``archive merge`` fail with "unexpected
internal error (ValueError)" instead of refusing it with a reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import forge
from tests.reliability.tamper import scene
from vault import bundle_manifest as bm
from vault import sshsig

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
        (report,) = sc.archive.merge_bundles([sc.seal(altered, "non-ascii.fvb")])
        assert (report.status, report.reason) == ("refused", "signature")
        assert (sc.group.archive / "vault.db").read_bytes() == before
