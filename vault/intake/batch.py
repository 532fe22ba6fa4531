"""Reading a batch of files ahead of the writer, on a background thread, so that the workers examine
files N+1.. while file N is written to the database.

Each file small enough to examine is read once into memory: those bytes are both sent to a worker and
streamed into the vault, so what was examined is exactly what was stored, and nothing touches the
disk. The read-ahead is bounded in files and bytes. Files too large to examine are streamed from disk
when their turn comes. The reader thread never touches the database.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from vault.intake import detect, limits, movie_outline
from vault.intake.findings import Findings
from vault.intake.pool import ExaminerPool
from vault.messages import Text

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
    outline: str | None = None  # too large to examine: the SHA-256 of its outline, submitted (a movie)

    def unexamined(self) -> Findings:
        """Findings for a file that was not sent to a worker."""
        findings = Findings(self.head_type)
        if self.data is None:
            limit = limits.MAX_EXAMINE_BYTES // (1024 * 1024)
            findings.notes.append(
                Text("not examined: larger than {limit} MiB (stored as received)", limit=limit)
            )
        return findings


def read_error(exc: OSError) -> str:
    """Fixed wording for a file that cannot be read (never the OS message with a path in it)."""
    if isinstance(exc, FileNotFoundError):
        return Text("no such file")
    if isinstance(exc, PermissionError):
        return Text("permission denied")
    if isinstance(exc, IsADirectoryError):
        return Text("not a regular file")
    return Text("cannot be read ({reason})", reason=exc.strerror or Text("I/O error"))


def prepare(index: int, path: Path, pool: ExaminerPool) -> Prepared:
    """Read ``path`` and submit it for examination."""
    item = Prepared(index, path, path.name)
    try:
        if not path.is_file():
            item.error = Text("no such file") if not path.exists() else Text("not a regular file")
            return item
        item.size = path.stat().st_size
        if item.size > limits.MAX_EXAMINE_BYTES:
            with path.open("rb") as handle:
                item.head_type = detect.media_type(handle.read(4096))
                handle.seek(0)
                sketch = movie_outline.of_file(handle) if item.head_type in detect.MOVIES else None
            if sketch is not None:
                pool.submit(index, sketch)
                item.submitted, item.outline = True, movie_outline.digest(sketch)
            return item
        item.data = path.read_bytes()
    except OSError as exc:
        item.error = read_error(exc)
        return item
    item.size = len(item.data)
    item.head_type = detect.media_type(item.data[:4096])
    pool.submit(index, item.data)
    item.submitted = True
    return item


class ReadAhead:
    """The files in order, each read and submitted while up to ``window`` earlier ones are stored.

    Iterate on the owner's thread and call ``release(item)`` when an item is stored; ``close()`` stops
    the reader (use as a context manager).
    """

    def __init__(self, paths: Sequence[Path], pool: ExaminerPool, window: int) -> None:
        self._paths = list(paths)
        self._pool = pool
        self._window = max(1, window)
        self._ready: queue.Queue[Prepared] = queue.Queue()
        self._room = threading.Condition()
        self._files = 0
        self._bytes = 0
        self._stopped = False
        self._thread = threading.Thread(target=self._read, name="fieldvault-read-ahead", daemon=True)
        self._thread.start()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[Prepared]:
        for _ in self._paths:
            yield self._ready.get()

    def release(self, item: Prepared) -> None:
        """``item`` is stored (or refused): its memory no longer counts against the window."""
        with self._room:
            self._files -= 1
            self._bytes -= len(item.data or b"")
            self._room.notify_all()

    def close(self) -> None:
        with self._room:
            self._stopped = True
            self._room.notify_all()
        self._thread.join()

    def _read(self) -> None:
        for index, path in enumerate(self._paths):
            try:
                expected = path.stat().st_size
            except OSError:
                expected = 0
            expected = expected if expected <= limits.MAX_EXAMINE_BYTES else 0
            with self._room:
                while (
                    not self._stopped
                    and self._files
                    and (self._files >= self._window or self._bytes + expected > WINDOW_BYTES)
                ):
                    self._room.wait()
                if self._stopped:
                    return
            try:
                item = prepare(index, path, self._pool)
            except Exception:  # noqa: BLE001 - e.g. MemoryError: this file fails, the batch goes on
                item = Prepared(index, path, path.name, error=Text("cannot be read (unexpected error)"))
            with self._room:
                self._files += 1
                self._bytes += len(item.data or b"")
            self._ready.put(item)
