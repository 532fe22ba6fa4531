"""Writing a new file that appears under its name only when complete, and never over an existing file.

The bytes go to a hidden temporary file beside the destination, ``.NAME.<random>.partial`` (mode 0600),
are flushed and synced, and only then is the file given its name: by a hard link, which fails rather
than replace anything, or — on FAT and exFAT, the USB sticks bundles travel on, which have no hard
links — by a rename after checking that the name is free. The folder is then synced, so the name is as
durable as whatever records the export. Bundles, handover packages and every export use this, and
each needs the outbound gate's clearance (vault/guard/gate.py) for the file and every piece written into it.

A process killed while writing leaves its hidden ``.partial`` file behind (nothing is ever left under
the real name, and the next write to that name is not blocked by it). For a bundle or a package that
file is ciphertext; for a plaintext export it is a copy the user asked for but that was never recorded,
which SECURITY.md tells users to delete.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from vault.fsync import sync_folder
from vault.guard.gate import Clearance, NotCleared

_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS}


class PendingFile:
    """A new file being written: ``file`` to write to, ``publish()`` to give it its name.

    Use as a context manager; leaving it without publishing (an error, a cancellation) removes the
    temporary file. Raises FileExistsError when ``out`` exists, before or at publishing.
    """

    def __init__(self, out: Path, clearance: Clearance, buffering: int = 1 << 20) -> None:
        # Nothing leaves the vault unread: the outbound gate's token names this file and every piece
        # it may hold, and whoever writes the pieces checks each one (``check_piece``).
        if not isinstance(clearance, Clearance) or clearance.name != out.name:
            raise TypeError("a new file needs the outbound gate's clearance for its name")
        self.clearance = clearance
        if os.path.lexists(out):
            raise FileExistsError(errno.EEXIST, "exists", str(out))
        self.out = out
        self.temp = out.parent / f".{out.name}.{uuid.uuid4().hex[:8]}.partial"
        fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.file: BinaryIO = open(fd, "wb", buffering=buffering)  # noqa: SIM115 - closed by publish/discard
        self.published = False

    def check_piece(self, sha256: str) -> None:
        """Refuse (NotCleared) a piece the gate did not read and clear."""
        if not self.clearance.covers(sha256):
            raise NotCleared()

    def publish(self) -> None:
        """Sync the bytes, give the file its name (never replacing one), sync the folder."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        try:
            os.link(self.temp, self.out)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            if os.path.lexists(self.out):
                raise FileExistsError(errno.EEXIST, "exists", str(self.out)) from None
            os.rename(self.temp, self.out)
        self.published = True
        with contextlib.suppress(OSError):
            self.temp.unlink()
        sync_folder(self.out.parent)

    def discard(self) -> None:
        """Remove the temporary file (and nothing else)."""
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(OSError):
            self.temp.unlink()

    def __enter__(self) -> PendingFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self.published:
            self.discard()
