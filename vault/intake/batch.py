"""Reading a batch of files ahead of the writer, so workers examine file N+1.. while file N is stored.

Each file small enough to examine is read once into memory: those bytes are both sent to a worker and
streamed into the vault, so what was examined is exactly what was stored, and nothing touches the
disk. The read-ahead is bounded in files and bytes. Files too large to examine are streamed from disk
when their turn comes.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from vault.intake import detect, limits
from vault.intake.findings import Findings
from vault.intake.pool import ExaminerPool

WINDOW_BYTES = 384 * 1024 * 1024


@dataclass
class Prepared:
    """One file of the batch, read (or refused) and, when examinable, handed to a worker."""

    index: int
    path: Path
    name: str
    size: int = 0
    data: bytes | None = None  # None: stream from ``path`` when storing (too large to examine)
    submitted: bool = False
    error: str | None = None
    head_type: str = detect.UNKNOWN

    def unexamined(self) -> Findings:
        """Findings for a file that was not sent to a worker."""
        findings = Findings(self.head_type)
        if self.data is None:
            limit = limits.MAX_EXAMINE_BYTES // (1024 * 1024)
            findings.notes.append(f"not examined: larger than {limit} MiB (stored as received)")
        return findings


def read_error(exc: OSError) -> str:
    """Fixed wording for a file that cannot be read (never the OS message with a path in it)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "not a regular file"
    return f"cannot be read ({exc.strerror or 'I/O error'})"


def prepare(index: int, path: Path, pool: ExaminerPool, known: Callable[[str], bool]) -> Prepared:
    """Read ``path`` and submit it for examination unless its content is already in the vault."""
    item = Prepared(index, path, path.name)
    try:
        if not path.is_file():
            item.error = "no such file" if not path.exists() else "not a regular file"
            return item
        item.size = path.stat().st_size
        if item.size > limits.MAX_EXAMINE_BYTES:
            with path.open("rb") as handle:
                item.head_type = detect.media_type(handle.read(4096))
            return item
        item.data = path.read_bytes()
    except OSError as exc:
        item.error = read_error(exc)
        return item
    item.size = len(item.data)
    item.head_type = detect.media_type(item.data[:4096])
    if not known(hashlib.sha256(item.data).hexdigest()):
        pool.submit(index, item.data)
        item.submitted = True
    return item


def read_ahead(
    paths: Sequence[Path], pool: ExaminerPool, known: Callable[[str], bool], window: int
) -> Iterator[Prepared]:
    """The files in order, each prepared while up to ``window`` later ones are read and examined."""
    ahead: deque[Prepared] = deque()
    next_index = 0
    while next_index < len(paths) or ahead:
        in_flight = sum(len(p.data or b"") for p in ahead)
        while next_index < len(paths) and (not ahead or (len(ahead) < window and in_flight < WINDOW_BYTES)):
            item = prepare(next_index, paths[next_index], pool, known)
            in_flight += len(item.data or b"")
            ahead.append(item)
            next_index += 1
        yield ahead.popleft()
