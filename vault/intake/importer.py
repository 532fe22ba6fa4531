"""Importing a batch of files: read ahead, examined in worker processes, stored one transaction each.

The single database writer (the caller's thread) streams each file into the vault while a worker
examines the same bytes; the record is created once both are done, in the same transaction as the
bytes. A file that cannot be read or stored gets an error in its outcome and the batch goes on; one
that is stored but cannot be parsed gets a "could not be read" warning. A cancellation rolls back the
file in progress and stops, keeping the files already stored.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from vault.errors import Cancelled, VaultError
from vault.intake import batch, evidence
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
    size = max(1, min(workers or default_workers(), len(paths)))
    outcomes: list[FileOutcome] = []
    with ExaminerPool(size) as pool, batch.ReadAhead(paths, pool, window=2 * size + 2) as ahead:
        for item in ahead:
            if job.cancelled is not None and job.cancelled():
                return ImportReport(tuple(outcomes), cancelled=True)
            try:
                outcome = _store(job, item, len(paths), pool)
                outcomes.append(outcome)
                if job.on_outcome is not None:
                    job.on_outcome(outcome)
            except Cancelled:
                return ImportReport(tuple(outcomes), cancelled=True)
            finally:
                ahead.release(item)
    return ImportReport(tuple(outcomes))


def _store(job: Batch, item: batch.Prepared, total: int, pool: ExaminerPool) -> FileOutcome:
    path, name = str(item.path), item.name
    if item.error is not None:
        return FileOutcome(path, name, error=item.error)

    def report(done: int, stage: str = "storing") -> None:
        if job.progress is not None:
            job.progress(ImportProgress(item.index, total, name, done, item.size, stage))

    findings: Findings | Callable[[], Findings]
    if item.submitted:

        def findings() -> Findings:
            report(item.size, "examining")
            found = pool.result(item.index, job.cancelled)
            return found.mark_outlined(item.outline) if item.outline else found

    else:
        findings = item.unexamined()
    try:
        # BytesIO shares the bytes already read (no copy) until written to, which it never is.
        stream: BinaryIO = item.path.open("rb") if item.data is None else io.BytesIO(item.data)
    except OSError as exc:
        return FileOutcome(path, name, error=batch.read_error(exc))
    try:
        with stream, store.transaction(job.conn, Text("importing {name}", name=name)):
            stored = evidence.store_original(
                job.conn,
                job.me,
                stream,
                name,
                findings=findings,
                source=job.source,
                investigation=job.investigation,
                progress=report,
                cancelled=job.cancelled,
            )
    except OSError as exc:
        return FileOutcome(path, name, error=batch.read_error(exc))
    except Cancelled:
        raise
    except VaultError as exc:
        return FileOutcome(path, name, error=message_of(exc))
    if stored.duplicate and item.submitted:
        pool.forget(item.index)  # already held: this receipt is linked, nothing to examine
    log.info("evidence stored (%s)", stored.id)
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
