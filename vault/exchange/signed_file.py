"""The signed, encrypted container bundles and handover packages share, read and written in one place.

A container is an age file (X25519 recipients) around a strict ustar archive whose first four entries are
the signed head (signed_manifest.py: manifest, checksum list, their SSH signatures) and whose other
entries follow in the order the manifest lists them, each its declared size and SHA-256. Each format
(bundle_manifest.py, handover_package.py) supplies its ``Format``: the noun its sentences use,
the signature check that parses its manifest, and whether the file may be armored.

``SignedFile`` reads: it decrypts, reads the head within size limits, checks both signatures before the
manifest is parsed, then hands out the entries as ``VerifiedEntry`` objects (or reads them all, to check
a copy of something already received: ``read_whole``). ``SignedWriter`` writes: every entry must be a
piece the outbound gate cleared (guard/gate.py) and must hash to what the manifest says. Every failure is
a BundleRefused with a reason code; the plaintext never leaves memory or the caller's transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Generic, Protocol, TypeVar

from vault import newfile
from vault.age.codec import Encryptor, open_decrypting
from vault.age.errors import AgeError
from vault.age.recipients import X25519Identity
from vault.errors import Cancelled, InvalidInput
from vault.exchange import bundle_manifest as bm
from vault.exchange import bundle_tar as tar
from vault.exchange.bundle_errors import BundleRefused
from vault.messages import Text, message_of
from vault.storage.attachments import CancelCheck


class _Manifest(Protocol):
    @property
    def entries(self) -> tuple[bm.FileEntry, ...]: ...


M = TypeVar("M", bound=_Manifest)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Format(Generic[M]):
    """What differs between bundles and packages when reading them."""

    noun: str  # "bundle" or "package": each has its own whole sentences (translatable as a whole)
    check: Callable[[bytes, str, bytes, str], M]  # signatures → the parsed manifest
    armored: bool | None  # None: either form is accepted


class _Said:
    """What reading says of a bundle or a package, in whole sentences per noun."""

    def __init__(self, noun: str) -> None:
        self.bundle = noun == "bundle"

    def decryption(self, exc: AgeError) -> BundleRefused:
        error = message_of(exc)
        if self.bundle:
            return BundleRefused("decryption", Text("the bundle cannot be decrypted: {error}", error=error))
        return BundleRefused(
            "decryption",
            Text("the package cannot be decrypted: it is not addressed to this vault, or it is damaged"),
        )

    def malformed(self, exc: tar.TarError) -> BundleRefused:
        error = message_of(exc)
        if self.bundle:
            return BundleRefused(
                "format", Text("the archive inside the bundle is malformed: {error}", error=error)
            )
        return BundleRefused(
            "format", Text("the archive inside the package is malformed: {error}", error=error)
        )

    def no_head(self) -> BundleRefused:
        if self.bundle:
            return BundleRefused("format", Text("the bundle ends before its manifest"))
        return BundleRefused("format", Text("the package does not begin with its signed manifest"))

    def head_too_large(self, name: str) -> BundleRefused:
        if self.bundle:
            return BundleRefused("size", Text("the bundle's {name} is over the size limit", name=name))
        return BundleRefused("size", Text("the package's {name} is over the size limit", name=name))

    def missing(self, path: str) -> BundleRefused:
        if self.bundle:
            return BundleRefused("format", Text("the bundle is missing {path}", path=path))
        return BundleRefused("format", Text("the package is missing {path}", path=path))

    def unexpected(self, untrusted_name: str, seen: set[str]) -> BundleRefused:
        parts = untrusted_name.split("/")
        if untrusted_name.startswith("/") or ".." in parts or "\\" in untrusted_name:
            if self.bundle:
                return BundleRefused(
                    "path", Text("the bundle holds a path that leaves its folder (path traversal)")
                )
            return BundleRefused(
                "path", Text("the package holds a path that leaves its folder (path traversal)")
            )
        if untrusted_name in seen:
            if self.bundle:
                return BundleRefused("duplicate", Text("the bundle holds the same entry twice"))
            return BundleRefused("duplicate", Text("the package holds the same entry twice"))
        if self.bundle:
            return BundleRefused(
                "format", Text("the bundle holds an entry its manifest does not list, or out of order")
            )
        return BundleRefused(
            "format", Text("the package holds an entry its manifest does not list, or out of order")
        )


class VerifiedEntry:
    """One entry's bytes; ``read`` hashes them, ``finish`` checks size and SHA-256 against the manifest."""

    def __init__(
        self, entry: bm.FileEntry, raw: tar.EntryReader, hashing: bool = True, noun: str = "bundle"
    ) -> None:
        self.entry = entry
        self._raw = raw
        self._hash = hashlib.sha256() if hashing else None
        self._size = 0
        self._say = _Said(noun)

    def _raw_read(self, n: int) -> bytes:
        try:
            return self._raw.read(n)
        except AgeError as exc:  # the ciphertext under this entry is damaged or cut short
            raise self._say.decryption(exc) from None
        except tar.TarError as exc:
            raise self._say.malformed(exc) from None

    def read(self, n: int = -1) -> bytes:
        data = self._raw_read(n)
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
        if self._raw_read(1):
            raise BundleRefused("size", Text("{path} is longer than the manifest says", path=self.entry.path))
        digest = sha256 if self._hash is None else self._hash.hexdigest()
        if self._size != self.entry.size or digest != self.entry.sha256:
            raise BundleRefused(
                "hash",
                Text("{path} does not match its SHA-256 in the signed manifest", path=self.entry.path),
            )

    def consume(self) -> None:
        """Read the rest and check it (an attachment hashed here: its name is its SHA-256)."""
        if self._hash is None:
            h = hashlib.sha256()
            while block := self.read(1 << 20):
                h.update(block)
            self.finish(h.hexdigest())
            return
        while self.read(1 << 20):
            pass
        self.finish()


class SignedFile(Generic[M]):
    """An open container whose head is verified: ``manifest`` and the signed head's bytes, then its
    entries in manifest order (read ``entries()`` once, or ``read_whole()``)."""

    def __init__(self, handle: BinaryIO, agree_secret: bytes, fmt: Format[M]) -> None:
        self._noun = fmt.noun
        self._say = _Said(fmt.noun)
        try:
            plain = open_decrypting(handle, [X25519Identity(agree_secret)], armored=fmt.armored)
            self._tar = tar.entries(plain)
            head = {name: self._head(name) for name in bm.HEAD_ENTRIES}
        except AgeError as exc:
            raise self._say.decryption(exc) from None
        except tar.TarError as exc:
            raise self._say.malformed(exc) from None
        self.manifest_bytes = head[bm.MANIFEST]
        self.manifest_sha256 = hashlib.sha256(self.manifest_bytes).hexdigest()
        self.manifest_sig = head[bm.MANIFEST_SIG].decode("ascii", "replace")
        self.sums = head[bm.SUMS]
        self.sums_sig = head[bm.SUMS_SIG].decode("ascii", "replace")
        self.manifest: M = fmt.check(self.manifest_bytes, self.manifest_sig, self.sums, self.sums_sig)

    def _head(self, name: str) -> bytes:
        item = next(self._tar, None)
        if item is None:
            raise self._say.no_head()
        entry, reader = item
        if entry.untrusted_name != name:
            raise self._say.unexpected(entry.untrusted_name, set())
        limit = bm.MAX_SIG_BYTES if name.endswith(".sig") else bm.MAX_MANIFEST_BYTES
        if entry.size > limit:
            raise self._say.head_too_large(name)
        return reader.read(entry.size)

    def entries(self) -> Iterator[VerifiedEntry]:
        """The entries in manifest order; the caller reads each and calls ``finish()``."""
        seen: set[str] = set(bm.HEAD_ENTRIES)
        try:
            for expected in self.manifest.entries:
                item = next(self._tar, None)
                if item is None:
                    raise self._say.missing(expected.path)
                entry, raw = item
                if entry.untrusted_name != expected.path:
                    raise self._say.unexpected(entry.untrusted_name, seen)
                seen.add(expected.path)
                if entry.size != expected.size:
                    raise BundleRefused(
                        "size", Text("{path} is not the size the manifest says", path=expected.path)
                    )
                hashing = not expected.path.startswith(bm.ATTACHMENTS)
                yield VerifiedEntry(expected, raw, hashing=hashing, noun=self._noun)
            extra = next(self._tar, None)
            if extra is not None:
                raise self._say.unexpected(extra[0].untrusted_name, seen)
        except AgeError as exc:
            raise self._say.decryption(exc) from None
        except tar.TarError as exc:
            raise self._say.malformed(exc) from None

    def read_whole(self, cancelled: CancelCheck | None = None) -> None:
        """Decrypt and hash every entry: BundleRefused at the first that does not match the manifest
        (a damaged or truncated copy of something already received is not "already received")."""
        for entry in self.entries():
            if cancelled is not None and cancelled():
                raise Cancelled(Text("cancelled"))
            entry.consume()


class SignedWriter:
    """Writes a container's entries into ``pending`` (a new file the gate cleared), age-encrypted to
    ``recipients``: each entry only if the gate cleared it and only if it hashes to what it should."""

    def __init__(
        self,
        pending: newfile.PendingFile,
        recipients: Iterable[bytes],
        mtime: int,
        *,
        total: int = 0,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> None:
        self._pending = pending
        self._sink = Encryptor(pending.file, list(recipients))
        self._mtime = mtime
        self._total = total
        self._done = 0
        self._progress = progress
        self._cancelled = cancelled

    def add(
        self, name: str, size: int, chunks: Iterable[bytes], sha256: str, *, counted: bool = True
    ) -> None:
        """Write one entry, which must hash to ``sha256`` and be a piece the gate cleared. ``counted``:
        its bytes count for ``progress``."""
        self._pending.check_piece(sha256)
        self._sink.write(tar.header(name, size, self._mtime))
        h = hashlib.sha256()
        written = 0
        for chunk in chunks:
            if self._cancelled is not None and self._cancelled():
                raise Cancelled(Text("cancelled"))
            h.update(chunk)
            self._sink.write(chunk)
            written += len(chunk)
            if counted:
                self._done += len(chunk)
                if self._progress is not None:
                    self._progress(self._done, self._total)
        if written != size or h.hexdigest() != sha256:
            raise InvalidInput(Text("the vault changed while the file was written; try again"), field="out")
        self._sink.write(tar.padding(size))

    def close(self) -> None:
        """End the archive and the encryption (a cancel after the last chunk still writes nothing)."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(Text("cancelled"))
        self._sink.write(tar.end())
        self._sink.close()
