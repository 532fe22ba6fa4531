"""The signed head shared by bundles and handover packages: a manifest and a checksum list, each with
an SSH signature by the sender, in one namespace per format.

Reading checks both signatures before the manifest is parsed, so nothing unsigned is interpreted; then
that the signer is the manifest's stated sender and that the checksum list says exactly what the
manifest says. Each format passes its namespace, its parser and checksum renderer, and the noun its
messages use ("bundle", "package"): each noun has its own sentences, so each can be translated whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from vault.exchange import bundle_manifest as bm
from vault.exchange import sshsig
from vault.exchange.bundle_errors import BundleRefused
from vault.messages import Text


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
    say = _Sentences.of(noun, hint)
    try:
        signer, _ = sshsig.signer_of(manifest_sig, namespace)
    except sshsig.SignatureFormatError:
        raise BundleRefused("signature", say.malformed) from None
    if not sshsig.verify(manifest_sig, namespace, manifest_bytes, signer):
        raise BundleRefused("signature", say.manifest_invalid)
    if not sshsig.verify(sums_sig, namespace, sums, signer):
        raise BundleRefused("signature", say.sums_invalid)
    manifest = parse(manifest_bytes)
    if manifest.sender_key != signer.hex():
        raise BundleRefused("signature", say.other_signer)
    if sums != render_sums(hashlib.sha256(manifest_bytes).hexdigest(), manifest):
        raise BundleRefused("hash", say.sums_mismatch)
    return manifest


@dataclass(frozen=True)
class _Sentences:
    """What ``check`` says about a bundle or a package (``hint`` ends the malformed-signature one)."""

    malformed: str
    manifest_invalid: str
    sums_invalid: str
    other_signer: str
    sums_mismatch: str

    @classmethod
    def of(cls, noun: str, hint: str) -> _Sentences:
        if noun == "bundle":
            return cls(
                Text("the bundle's manifest signature is malformed{hint}", hint=hint),
                Text("the bundle's manifest signature is not valid"),
                Text("the bundle's checksum list signature is not valid"),
                Text("the bundle is signed by a key other than its stated sender"),
                Text("the bundle's checksum list does not match its manifest"),
            )
        if noun == "package":
            return cls(
                Text("the package's manifest signature is malformed{hint}", hint=hint),
                Text("the package's manifest signature is not valid"),
                Text("the package's checksum list signature is not valid"),
                Text("the package is signed by a key other than its stated sender"),
                Text("the package's checksum list does not match its manifest"),
            )
        raise ValueError("unknown noun")
