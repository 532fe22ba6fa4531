"""Importing a batch of files: read ahead, examined in worker processes, stored in committed groups.

The single database writer (the caller's thread) streams each file into the vault while a worker
examines the same bytes; the record is created once both are done, in the same transaction as the
bytes. Small files are committed several to a transaction and reported once committed; larger ones one
transaction each (vault/intake/grouped.py says when and what is guaranteed). A file that cannot be read
or stored gets an error in its outcome and the batch goes on; one that is stored but cannot be parsed
gets a "could not be read" warning. A cancellation rolls back the file in progress and stops, keeping
the files before it.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from vault.errors import Cancelled, InvalidInput, VaultError
from vault.intake import activity, batch, evidence, grouped, limits
from vault.intake.evidence import Stored
from vault.intake.findings import Findings
from vault.intake.pool import ExaminerPool, default_workers
from vault.keys.identity import Identity
from vault.messages import Text, message_of
from vault.storage import store
from vault.storage.attachments import CancelCheck

log = logging.getLogger("fieldvault.intake")


@dataclass(frozen=True)
class FileOutcome:
    """One file of an import: stored (``id`` set) or refused (``error`` set).

    ``path`` is for messages to the user only, never for logs. ``warnings`` holds the "could not be
    read: <reason>" flag of a file stored but not parsed; ``notes`` holds limits reached that are not
    failures (e.g. text extracted from the first N pages). ``linked`` names the fields ("source",
    "investigation") a duplicate's record was given by this receipt; ``attachments``, the items an
    e-mail carried (each stored as its own evidence item, "attached to" it).
    """

    path: str
    name: str
    id: str | None = None
    sha256: str | None = None
    size: int = 0
    duplicate: bool = False
    warnings: tuple[str, ...] = ()
    error: str | None = None
    media_type: str | None = None
    notes: tuple[str, ...] = ()
    linked: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()  # ids of the items a message carried, stored "attached to" it


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[FileOutcome, ...]
    cancelled: bool = False

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.error is not None)


@dataclass(frozen=True)
class ImportProgress:
    """Progress of a batch: which file (index of total), its stage, how many of its bytes are stored.

    ``stage`` is "storing" while the bytes go in, then "examining" while the worker's findings are
    awaited (bytes_done then equals bytes_total).
    """

    index: int
    total: int
    name: str
    bytes_done: int
    bytes_total: int
    stage: str = "storing"


@dataclass(frozen=True)
class Batch:
    """What every file of one import shares."""

    conn: store.Connection
    me: Identity
    source: str | None
    investigation: str | None
    progress: Callable[[ImportProgress], None] | None
    cancelled: CancelCheck | None
    on_outcome: Callable[[FileOutcome], None] | None = None  # each file's outcome once it is committed


def import_files(job: Batch, paths: Sequence[Path], workers: int | None = None) -> ImportReport:
    """Import ``paths`` in order (see the module docstring)."""
    paths = list(paths)
    total = len(paths)
    size = max(1, min(workers or default_workers(), total))
    outcomes: list[FileOutcome] = []

    def emit(held: grouped.Held) -> None:
        outcome = _outcome(held)
        outcomes.append(outcome)
        if outcome.id is not None:
            log.info("evidence stored (%s)", outcome.id)
        if job.on_outcome is not None:
            job.on_outcome(outcome)

    with (
        activity.importing(),  # OCR behind it starts no new page meanwhile
        ExaminerPool(size) as pool,
        batch.ReadAhead(paths, pool, window=2 * size + 2) as ahead,
    ):
        group = grouped.Group(
            job.conn,
            pool,
            lambda item, found: _store_alone(job, item, found, total),
            lambda item, found: _store_here(job, item, found, total),
            emit,
        )
        try:
            for item in ahead:
                if job.cancelled is not None and job.cancelled():
                    group.commit()
                    return ImportReport(tuple(outcomes), cancelled=True)
                try:
                    group.add(item, group.findings(item, _reporter(job, item, total), job.cancelled))
                except Cancelled:
                    group.commit()  # the files before the one in progress
                    return ImportReport(tuple(outcomes), cancelled=True)
                finally:
                    ahead.release(item)
            group.commit()
        except KeyboardInterrupt:
            group.commit()  # the files before the one in progress; the interruption goes on
            raise
        except BaseException:
            group.abandon()
            raise
    return ImportReport(tuple(outcomes))


def _reporter(job: Batch, item: batch.Prepared, total: int) -> Callable[[int, str], None]:
    def report(done: int, stage: str = "storing") -> None:
        if job.progress is not None:
            job.progress(ImportProgress(item.index, total, item.name, done, item.size, stage))

    return report


def _store_here(job: Batch, item: batch.Prepared, findings: Callable[[], Findings], total: int) -> Stored:
    """Store ``item`` inside the caller's transaction (a group's, vault/intake/grouped.py)."""
    report = _reporter(job, item, total)
    # BytesIO shares the bytes already read (no copy) until written to, which it never is.
    stream: BinaryIO = item.path.open("rb") if item.data is None else io.BytesIO(item.data)

    def examined() -> Findings:
        # Streamed from the disk, the file was too large to examine whole when it was read ahead: its
        # findings (its outline's, or none) are kept only for stored bytes that are too (the stored
        # original is then read by vault/intake/derived.py). A file that shrank below the limit while
        # it was stored (a share serving other bytes) would keep findings of other bytes, unread.
        if item.data is None and stream.tell() <= limits.MAX_EXAMINE_BYTES:
            raise InvalidInput(Text("it changed while it was being imported; import it again"), field="file")
        return findings()

    with stream:
        return evidence.store_original(
            job.conn,
            job.me,
            stream,
            item.name,
            findings=examined,
            source=job.source,
            investigation=job.investigation,
            progress=lambda done: report(done, "storing"),
            cancelled=job.cancelled,
        )


def _store_alone(
    job: Batch, item: batch.Prepared, findings: Callable[[], Findings], total: int
) -> tuple[Stored | None, str | None]:
    """Store ``item`` in a transaction of its own: what it stored, or why it was not stored."""
    try:
        with store.transaction(job.conn, Text("importing {name}", name=item.name)):
            return _store_here(job, item, findings, total), None
    except OSError as exc:
        return None, batch.read_error(exc)
    except Cancelled:
        raise
    except VaultError as exc:
        return None, message_of(exc)


def _outcome(held: grouped.Held) -> FileOutcome:
    path, name, stored = str(held.item.path), held.item.name, held.stored
    if stored is None:
        return FileOutcome(path, name, error=held.error or Text("not stored"))
    if stored.warnings:
        log.debug("evidence %s stored but not parsed", stored.id)
    return FileOutcome(
        path,
        name,
        stored.id,
        stored.sha256,
        stored.size,
        stored.duplicate,
        stored.warnings,
        media_type=stored.media_type,
        notes=stored.notes,
        linked=stored.linked,
        attachments=tuple(a.id for a in stored.attachments),
    )
