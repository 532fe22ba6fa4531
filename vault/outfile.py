"""Writing an export to disk: never over an existing file, never a partial file under the final name.

Each file is written through vault/newfile.py with the outbound gate's clearance (vault/guard/gate.py): the
bytes written must be the bytes the gate read (a hidden ``.NAME.<random>.partial`` beside it, mode 0600:
an export is for its recipient, not for other accounts on this computer, synced before it is named). A
batch (``Batch``) keeps every file unnamed until all are written, so a failure half-way leaves none of
them; ``publish()`` names them all, and should recording the export then fail inside the block, the
published files are removed again: no file without its record, no record without its file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from vault.errors import UserError
from vault.guard.gate import Clearance
from vault.messages import Text
from vault.newfile import PendingFile


def check_target(out: Path) -> None:
    """UserError when ``out`` exists or its folder does not."""
    if out.exists():
        raise UserError(Text("{out} already exists; choose another name", out=str(out)))
    if not out.parent.is_dir():
        raise UserError(Text("{folder} is not a folder", folder=str(out.parent)))


def _cannot_write(out: Path, exc: OSError) -> Text:
    return Text("cannot write {out}: {error}", out=str(out), error=exc.strerror or Text("I/O error"))


def _write_pending(out: Path, chunks: Iterable[bytes], clearance: Clearance) -> tuple[PendingFile, str]:
    check_target(out)
    digest = hashlib.sha256()
    try:
        pending = PendingFile(out, clearance)
    except FileExistsError:
        raise UserError(Text("{out} already exists; choose another name", out=str(out))) from None
    except OSError as exc:
        raise UserError(_cannot_write(out, exc)) from exc
    try:
        for chunk in chunks:
            digest.update(chunk)
            pending.file.write(chunk)
        pending.file.flush()
        pending.check_piece(digest.hexdigest())  # exactly the bytes the outbound gate read
    except OSError as exc:
        pending.discard()
        raise UserError(_cannot_write(out, exc)) from exc
    except BaseException:
        pending.discard()
        raise
    return pending, digest.hexdigest()


class Batch:
    """Files written together: all of them appear under their names, or none does.

    Use as a context manager: ``add()`` each file, ``publish()``, then record the export in the same
    block. Leaving the block unpublished, or by an exception after publishing, removes every file.
    """

    def __init__(self) -> None:
        self._files: list[PendingFile] = []
        self._published = False

    def add(self, out: Path, chunks: Iterable[bytes], clearance: Clearance) -> str:
        """Write one file the outbound gate cleared, not yet under its name; returns its SHA-256."""
        if any(p.out == out for p in self._files):
            raise UserError(Text("{out} is named twice in this export", out=str(out)))
        pending, sha = _write_pending(out, chunks, clearance)
        self._files.append(pending)
        return sha

    def publish(self) -> None:
        for p in self._files:
            if p.out.exists():
                raise UserError(Text("{out} appeared while exporting; nothing was replaced", out=str(p.out)))
        done: list[PendingFile] = []
        try:
            for p in self._files:
                p.publish()
                done.append(p)
        except FileExistsError:
            for p in done:
                p.out.unlink(missing_ok=True)
            raise UserError(
                Text("a file appeared under an export's name while exporting; nothing was kept")
            ) from None
        except OSError as exc:
            for p in done:
                p.out.unlink(missing_ok=True)
            error = exc.strerror or Text("I/O error")
            raise UserError(Text("cannot write the export: {error}", error=error)) from exc
        self._published = True

    def __enter__(self) -> Batch:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._published:
            for p in self._files:
                p.discard()
        elif kind is not None:  # published, but recording the export failed: take the files back
            for p in self._files:
                p.out.unlink(missing_ok=True)


def write_new(out: Path, chunks: Iterable[bytes], clearance: Clearance) -> str:
    """Write one new file the outbound gate cleared, atomically; returns its SHA-256."""
    with Batch() as batch:
        sha = batch.add(out, chunks, clearance)
        batch.publish()
    return sha
