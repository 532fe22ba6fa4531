"""Writing an export to disk: never over an existing file, never a partial file under the final name.

Bytes go to ``NAME.part`` (created exclusively, mode 0600: an export is for its recipient, not for
other accounts on this computer), are flushed to disk, and only then renamed to ``NAME``. A batch
(``Batch``) keeps its files as ``.part`` until every one is written, so a failure half-way leaves
none of them; ``publish()`` renames them all, and should recording the export then fail inside the
block, the published files are removed again: no file without its record, no record without its file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from vault.errors import UserError


def check_target(out: Path) -> None:
    """UserError when ``out`` exists or its folder does not."""
    if out.exists() or out.with_name(out.name + ".part").exists():
        raise UserError(f"{out} already exists; choose another name")
    if not out.parent.is_dir():
        raise UserError(f"{out.parent} is not a folder")


def _write_part(out: Path, chunks: Iterable[bytes]) -> tuple[Path, str]:
    check_target(out)
    partial = out.with_name(out.name + ".part")
    digest = hashlib.sha256()
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                digest.update(chunk)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"cannot write {out}: {exc.strerror or 'I/O error'}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial, digest.hexdigest()


class Batch:
    """Files written together: all of them appear under their names, or none does.

    Use as a context manager: ``add()`` each file, ``publish()``, then record the export in the same
    block. Leaving the block unpublished, or by an exception after publishing, removes every file.
    """

    def __init__(self) -> None:
        self._parts: list[tuple[Path, Path]] = []
        self._published = False

    def add(self, out: Path, chunks: Iterable[bytes]) -> str:
        """Write one file as ``out.part``; returns its SHA-256."""
        if any(final == out for _, final in self._parts):
            raise UserError(f"{out} is named twice in this export")
        partial, sha = _write_part(out, chunks)
        self._parts.append((partial, out))
        return sha

    def publish(self) -> None:
        for _, final in self._parts:
            if final.exists():
                raise UserError(f"{final} appeared while exporting; nothing was replaced")
        for partial, final in self._parts:
            os.replace(partial, final)
        self._published = True

    def __enter__(self) -> Batch:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._published:
            for partial, _ in self._parts:
                partial.unlink(missing_ok=True)
        elif kind is not None:  # published, but recording the export failed: take the files back
            for _, final in self._parts:
                final.unlink(missing_ok=True)


def write_new(out: Path, chunks: Iterable[bytes]) -> str:
    """Write one new file atomically; returns its SHA-256."""
    with Batch() as batch:
        sha = batch.add(out, chunks)
        batch.publish()
    return sha
