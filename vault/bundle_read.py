"""Reading a bundle: decrypt, check the signed head, then hand out its entries in manifest order.

``BundleReader`` decrypts the age file with the vault's X25519 key, reads the four head entries
(manifest and checksum list, each with its SSH signature) within size limits, and checks both
signatures and that the checksum list says exactly what the manifest says. Only then does the caller
see the manifest (to check the roster and receipts) and the entries, which must follow in the order the
manifest lists them, each its declared size. Every failure is a BundleRefused with a reason code; the
plaintext never leaves memory or the caller's database transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from vault import bundle_manifest as bm
from vault import bundle_tar as tar
from vault import signed_manifest
from vault.age.codec import open_decrypting
from vault.age.errors import AgeError
from vault.age.recipients import X25519Identity
from vault.bundle_errors import BundleRefused
from vault.messages import Text, message_of


def _decryption(exc: AgeError) -> BundleRefused:
    return BundleRefused("decryption", Text("the bundle cannot be decrypted: {error}", error=message_of(exc)))


def _malformed(exc: tar.TarError) -> BundleRefused:
    return BundleRefused(
        "format", Text("the archive inside the bundle is malformed: {error}", error=message_of(exc))
    )


class VerifiedEntry:
    """One entry's bytes; ``read`` hashes them, ``finish`` checks size and SHA-256 against the manifest."""

    def __init__(self, entry: bm.FileEntry, raw: tar.EntryReader, hashing: bool = True) -> None:
        self.entry = entry
        self._raw = raw
        self._hash = hashlib.sha256() if hashing else None
        self._size = 0

    def read(self, n: int = -1) -> bytes:
        data = self._raw.read(n)
        if self._hash is not None:
            self._hash.update(data)
        self._size += len(data)
        return data

    def lines(self) -> Iterator[bytes]:
        """The entry's lines, each at most MAX_LINE_BYTES, read a block at a time."""
        pending = b""
        while block := self.read(1 << 20):
            pending += block
            *complete, pending = pending.split(b"\n")
            for line in complete:
                yield line + b"\n"
            if len(pending) > bm.MAX_LINE_BYTES:
                raise BundleRefused(
                    "size", Text("{path} has a line over the size limit", path=self.entry.path)
                )
        if pending:
            raise BundleRefused("format", Text("{path} does not end with a line end", path=self.entry.path))

    def finish(self, sha256: str | None = None) -> None:
        """Check the whole entry was read and matches; ``sha256`` when the caller hashed it itself."""
        if self._raw.read(1):
            raise BundleRefused("size", Text("{path} is longer than the manifest says", path=self.entry.path))
        digest = sha256 if self._hash is None else self._hash.hexdigest()
        if self._size != self.entry.size or digest != self.entry.sha256:
            raise BundleRefused(
                "hash",
                Text("{path} does not match its SHA-256 in the signed manifest", path=self.entry.path),
            )


class BundleReader:
    """An open bundle whose head is verified. Use as a context manager; read ``entries()`` once."""

    def __init__(self, path: Path, agree_secret: bytes) -> None:
        self.path = path
        try:
            self._file: BinaryIO = path.open("rb")
        except FileNotFoundError:
            raise BundleRefused("format", Text("{path} does not exist", path=str(path))) from None
        except OSError:
            raise BundleRefused("format", Text("{path} cannot be read", path=str(path))) from None
        try:
            self._open(agree_secret)
        except BaseException:
            self._file.close()
            raise

    def _open(self, agree_secret: bytes) -> None:
        try:
            self._plain = open_decrypting(self._file, [X25519Identity(agree_secret)], armored=None)
            self._tar = tar.entries(self._plain)
            head = {name: self._head_entry(name) for name in bm.HEAD_ENTRIES}
        except AgeError as exc:
            raise _decryption(exc) from None
        except tar.TarError as exc:
            raise _malformed(exc) from None
        self.manifest_bytes = head[bm.MANIFEST]
        self.manifest_sha256 = hashlib.sha256(self.manifest_bytes).hexdigest()
        self.manifest_sig = head[bm.MANIFEST_SIG].decode("ascii", "replace")
        self.sums = head[bm.SUMS]
        self.sums_sig = head[bm.SUMS_SIG].decode("ascii", "replace")
        self.manifest = check_signatures(self.manifest_bytes, self.manifest_sig, self.sums, self.sums_sig)

    def _head_entry(self, name: str) -> bytes:
        item = next(self._tar, None)
        if item is None:
            raise BundleRefused("format", Text("the bundle ends before its manifest"))
        entry, reader = item
        if entry.untrusted_name != name:
            raise _unexpected(entry.untrusted_name, set())
        limit = bm.MAX_SIG_BYTES if name.endswith(".sig") else bm.MAX_MANIFEST_BYTES
        if entry.size > limit:
            raise BundleRefused("size", Text("the bundle's {name} is over the size limit", name=name))
        return reader.read(entry.size)

    def entries(self) -> Iterator[VerifiedEntry]:
        """The entries in manifest order; the caller reads each and calls ``finish()``."""
        seen: set[str] = set(bm.HEAD_ENTRIES)
        try:
            for expected in self.manifest.entries:
                item = next(self._tar, None)
                if item is None:
                    raise BundleRefused("format", Text("the bundle is missing {path}", path=expected.path))
                entry, raw = item
                if entry.untrusted_name != expected.path:
                    raise _unexpected(entry.untrusted_name, seen)
                seen.add(expected.path)
                if entry.size != expected.size:
                    raise BundleRefused(
                        "size", Text("{path} is not the size the manifest says", path=expected.path)
                    )
                yield VerifiedEntry(expected, raw, hashing=not expected.path.startswith(bm.ATTACHMENTS))
            extra = next(self._tar, None)
            if extra is not None:
                raise _unexpected(extra[0].untrusted_name, seen)
        except AgeError as exc:
            raise _decryption(exc) from None
        except tar.TarError as exc:
            raise _malformed(exc) from None

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _unexpected(untrusted_name: str, seen: set[str]) -> BundleRefused:
    parts = untrusted_name.split("/")
    if untrusted_name.startswith("/") or ".." in parts or "\\" in untrusted_name:
        return BundleRefused("path", Text("the bundle holds a path that leaves its folder (path traversal)"))
    if untrusted_name in seen:
        return BundleRefused("duplicate", Text("the bundle holds the same entry twice"))
    return BundleRefused(
        "format", Text("the bundle holds an entry its manifest does not list, or out of order")
    )


def check_signatures(manifest_bytes: bytes, manifest_sig: str, sums: bytes, sums_sig: str) -> bm.Manifest:
    """A bundle's manifest, once its signatures and checksum list hold (vault/signed_manifest.py)."""
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
