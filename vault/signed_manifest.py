"""The signed head shared by bundles and handover packages: a manifest and a checksum list, each with
an SSH signature by the sender, in one namespace per format.

Reading checks both signatures before the manifest is parsed, so nothing unsigned is interpreted; then
that the signer is the manifest's stated sender and that the checksum list says exactly what the
manifest says. Each format passes its namespace, its parser and checksum renderer, and the noun its
messages use ("bundle", "package").
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Protocol, TypeVar

from vault import bundle_manifest as bm
from vault import sshsig
from vault.bundle_errors import BundleRefused


class SignedManifest(Protocol):
    @property
    def sender_key(self) -> str: ...


M = TypeVar("M", bound=SignedManifest)


def signed_heads(
    secret: bytes, namespace: str, manifest_bytes: bytes, sums: bytes
) -> list[tuple[str, bytes]]:
    """The first four entries of the container: the manifest, the checksum list and their signatures."""
    return [
        (bm.MANIFEST, manifest_bytes),
        (bm.MANIFEST_SIG, sshsig.sign(secret, namespace, manifest_bytes).encode("ascii")),
        (bm.SUMS, sums),
        (bm.SUMS_SIG, sshsig.sign(secret, namespace, sums).encode("ascii")),
    ]


def check(
    manifest_bytes: bytes,
    manifest_sig: str,
    sums: bytes,
    sums_sig: str,
    *,
    namespace: str,
    parse: Callable[[bytes], M],
    render_sums: Callable[[str, M], bytes],
    noun: str,
    hint: str = "",
) -> M:
    """The parsed manifest, once both signatures hold for its stated sender and the sums match it."""
    try:
        signer, _ = sshsig.signer_of(manifest_sig, namespace)
    except sshsig.SignatureFormatError:
        raise BundleRefused("signature", f"the {noun}'s manifest signature is malformed{hint}") from None
    if not sshsig.verify(manifest_sig, namespace, manifest_bytes, signer):
        raise BundleRefused("signature", f"the {noun}'s manifest signature is not valid")
    if not sshsig.verify(sums_sig, namespace, sums, signer):
        raise BundleRefused("signature", f"the {noun}'s checksum list signature is not valid")
    manifest = parse(manifest_bytes)
    if manifest.sender_key != signer.hex():
        raise BundleRefused("signature", f"the {noun} is signed by a key other than its stated sender")
    if sums != render_sums(hashlib.sha256(manifest_bytes).hexdigest(), manifest):
        raise BundleRefused("hash", f"the {noun}'s checksum list does not match its manifest")
    return manifest
