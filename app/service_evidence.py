"""Service operations on evidence: importing files, exporting originals, reading attachments."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.service_core import ServiceCore
from vault import attachments, audit, evidence
from vault.attachments import CancelCheck
from vault.errors import Cancelled, InvalidInput, UserError, VaultError

log = logging.getLogger("fieldvault.service")


@dataclass(frozen=True)
class FileOutcome:
    """One file of an import: stored (``id`` set) or refused (``error`` set).

    ``path`` is for messages to the user only, never for logs.
    """

    path: str
    name: str
    id: str | None = None
    sha256: str | None = None
    size: int = 0
    duplicate: bool = False
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[FileOutcome, ...]
    cancelled: bool = False

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.error is not None)


@dataclass(frozen=True)
class ImportProgress:
    """Progress of a batch: which file (index of total) and how many of its bytes are stored."""

    index: int
    total: int
    name: str
    bytes_done: int
    bytes_total: int


class EvidenceOps(ServiceCore):
    """Mixin of VaultService: evidence intake and export."""

    # --- evidence -------------------------------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[Path],
        *,
        source: str | None = None,
        investigation: str | None = None,
        progress: Callable[[ImportProgress], None] | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportReport:
        """Stream each file into the vault in its own transaction.

        A file that cannot be read or stored gets an error in its outcome and the batch goes on; a
        cancellation rolls back the file in progress and stops, keeping the files already stored.
        """
        if source:
            source = self.resolve_id(source)
        if investigation:
            investigation = self.resolve_id(investigation)
        outcomes: list[FileOutcome] = []
        for index, path in enumerate(paths):
            if cancelled is not None and cancelled():
                return ImportReport(tuple(outcomes), cancelled=True)
            try:
                outcomes.append(
                    self._import_one(path, index, len(paths), source, investigation, progress, cancelled)
                )
            except Cancelled:
                return ImportReport(tuple(outcomes), cancelled=True)
        return ImportReport(tuple(outcomes))

    def _import_one(
        self,
        path: Path,
        index: int,
        total: int,
        source: str | None,
        investigation: str | None,
        progress: Callable[[ImportProgress], None] | None,
        cancelled: CancelCheck | None,
    ) -> FileOutcome:
        name = path.name
        try:
            size = path.stat().st_size
            if not path.is_file():
                return FileOutcome(str(path), name, error="not a regular file")
            handle = path.open("rb")
        except FileNotFoundError:
            return FileOutcome(str(path), name, error="no such file")
        except PermissionError:
            return FileOutcome(str(path), name, error="permission denied")
        except OSError as exc:
            return FileOutcome(str(path), name, error=f"cannot be read ({exc.strerror or 'I/O error'})")

        def report(done: int) -> None:
            if progress is not None:
                progress(ImportProgress(index, total, name, done, size))

        try:
            with handle, self._write(f"importing {name}"):
                stored = evidence.store_original(
                    self._vault.conn,
                    self._vault.identity,
                    handle,
                    name,
                    source=source,
                    investigation=investigation,
                    progress=report,
                    cancelled=cancelled,
                )
        except OSError as exc:
            return FileOutcome(str(path), name, error=f"cannot be read ({exc.strerror or 'I/O error'})")
        except InvalidInput as exc:
            return FileOutcome(str(path), name, error=str(exc))
        except Cancelled:
            raise
        except VaultError as exc:
            return FileOutcome(str(path), name, error=str(exc))
        log.info("evidence stored (%s)", stored.id)
        return FileOutcome(
            str(path), name, stored.id, stored.sha256, stored.size, stored.duplicate, stored.warnings
        )

    def export_file(self, record_id: str, out: Path) -> str:
        """Write an evidence item's original bytes to ``out`` (an explicit, logged export).

        Written to a temporary name beside ``out`` and renamed when complete, so a failure never leaves
        a partial file under the requested name. Returns the SHA-256 written.
        """
        rec = self.get(record_id)
        sha = rec.body.get("sha256")
        if rec.kind != "evidence" or not isinstance(sha, str):
            raise InvalidInput(f"record {rec.id} is a {rec.kind}, not an evidence item", field="id")
        if out.exists():
            raise UserError(f"{out} already exists; choose another name")
        if not out.parent.is_dir():
            raise UserError(f"{out.parent} is not a folder")
        partial = out.with_name(out.name + ".part")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                for chunk in attachments.iter_chunks(self._vault.conn, sha):
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, out)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserError(f"cannot write {out}: {exc.strerror or 'I/O error'}") from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        with self._write("recording the export"):
            audit.append(self._vault.conn, self.key_id, "export", rec.id, {"sha256": sha, "what": "original"})
        log.info("evidence exported (%s)", rec.id)
        return sha

    def read_attachment(self, sha: str, limit: int) -> bytes:
        """An attachment's bytes in memory, for viewers; nothing is written to disk."""
        return attachments.read_all(self._vault.conn, sha, limit)
