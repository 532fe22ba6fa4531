"""Making a folder's entries durable: after a file is created, renamed or linked into a folder, the
folder itself must be synced for the new name to survive a power loss."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def sync_folder(folder: Path, *, strict: bool = False) -> None:
    """fsync ``folder``. ``strict``: raise OSError when it cannot be done (key files must not be left
    unsynced silently); otherwise skip on systems that cannot open a folder for this."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        if strict:
            raise
        return
    try:
        with contextlib.suppress(OSError) if not strict else contextlib.nullcontext():
            os.fsync(fd)
    finally:
        os.close(fd)
