"""Reading a bundle: the shared signed container (vault/exchange/signed_file.py) with the bundle's format.

``BundleReader`` opens the file, decrypts it with the vault's X25519 key, and checks the signed head
before the caller sees the manifest (to check the roster and receipts) and the entries, which must follow
in the order the manifest lists them, each its declared size. Every failure is a BundleRefused.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from vault.exchange import bundle_manifest as bm
from vault.exchange import signed_manifest
from vault.exchange.bundle_errors import BundleRefused
from vault.exchange.signed_file import Format, SignedFile, VerifiedEntry
from vault.messages import Text

__all__ = ["FORMAT", "BundleReader", "VerifiedEntry", "check_signatures"]


class BundleReader(SignedFile[bm.Manifest]):
    """An open bundle whose head is verified (vault/exchange/signed_file.py). Use as a context manager; read
    ``entries()`` once, or ``read_whole()``."""

    def __init__(self, path: Path, agree_secret: bytes) -> None:
        self.path = path
        try:
            self._file: BinaryIO = path.open("rb")
        except FileNotFoundError:
            raise BundleRefused("format", Text("{path} does not exist", path=str(path))) from None
        except OSError:
            raise BundleRefused("format", Text("{path} cannot be read", path=str(path))) from None
        try:
            super().__init__(self._file, agree_secret, FORMAT)
        except BaseException:
            self._file.close()
            raise

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def check_signatures(manifest_bytes: bytes, manifest_sig: str, sums: bytes, sums_sig: str) -> bm.Manifest:
    """A bundle's manifest, once its signatures and checksum list hold (vault/exchange/signed_manifest.py)."""
    return signed_manifest.check(
        manifest_bytes,
        manifest_sig,
        sums,
        sums_sig,
        namespace=bm.NAMESPACE,
        parse=bm.parse,
        render_sums=bm.render_sums,
        noun="bundle",
    )


FORMAT = Format("bundle", check_signatures, armored=None)
