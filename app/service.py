"""The service layer: every operation the CLI and the GUI perform on a vault.

A ``VaultService`` wraps one unlocked ``Vault`` and belongs to the thread that made it. A worker thread
gets its own with ``for_worker()`` (its own database connection, the same key) and closes it when done.
Every method returns plain frozen dataclasses; nothing here hands out a connection or a row.
Each change runs in one transaction together with its audit entry.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault import attachments, audit, evidence, integrity, keyring_slot, records, revisions, search, store
from vault.attachments import CancelCheck
from vault.crypto import KdfParams
from vault.errors import Cancelled, InvalidInput, UserError, VaultError
from vault.records import Record, Summary
from vault.revisions import Revision
from vault.search import Hit
from vault.secret import Passphrase, RecoveryCode, Secret
from vault.session import Vault

log = logging.getLogger("fieldvault.service")


@dataclass(frozen=True)
class FileOutcome:
    """One file of an import: stored (``id`` set) or refused (``error`` set). ``path`` is for messages only."""

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


@dataclass(frozen=True)
class RecordDetails:
    record: Record
    history: tuple[Revision, ...]
    custody: tuple[audit.Entry, ...] = field(default_factory=tuple)


class VaultService:
    """Operations on one open vault, for the thread that created this object."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # --- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: Passphrase, *, kdf: KdfParams | None = None,
               role: str = "expert") -> tuple[VaultService, RecoveryCode]:
        vault, code = Vault.create(folder, passphrase, kdf=kdf, role=role)
        log.info("vault created (%s)", vault.vault_id)
        return cls(vault), code

    @classmethod
    def unlock(cls, folder: Path, passphrase: Secret) -> VaultService:
        return cls(Vault.open(folder, passphrase))

    @classmethod
    def unlock_with_recovery_code(cls, folder: Path, code: Secret) -> VaultService:
        return cls(Vault.open_with_recovery_code(folder, code))

    @classmethod
    def unlock_with_keyring(cls, folder: Path) -> VaultService:
        env = Vault.envelope_of(folder)
        if not env.has_keyring_slot:
            raise UserError("the OS keyring is not enabled for this vault")
        return cls(Vault.open_with_keyring_secret(folder, keyring_slot.load_secret(env.vault_id)))

    @staticmethod
    def keyring_enabled(folder: Path) -> bool:
        return Vault.envelope_of(folder).has_keyring_slot

    def for_worker(self) -> VaultService:
        """A service with its own connection, for use on another thread (close it there)."""
        return VaultService(self._vault.clone_for_thread())

    def close(self) -> None:
        self._vault.close()

    def detach(self) -> None:
        """Close this service's connection without wiping the shared key (workers call this)."""
        self._vault.detach()

    @property
    def folder(self) -> Path:
        return self._vault.folder

    @property
    def vault_id(self) -> str:
        return self._vault.vault_id

    @property
    def role(self) -> str:
        return self._vault.role

    @property
    def key_id(self) -> str:
        return self._vault.identity.key_id

    @property
    def fingerprint(self) -> str:
        return self._vault.identity.public.fingerprint

    # --- keys ---------------------------------------------------------------------------------

    def change_passphrase(self, new: Passphrase, kdf: KdfParams | None = None) -> None:
        self._vault.change_passphrase(new, kdf)
        log.info("passphrase changed (%s)", self.vault_id)

    def new_recovery_code(self, kdf: KdfParams | None = None) -> RecoveryCode:
        return self._vault.new_recovery_code(kdf)

    def enable_keyring(self) -> None:
        self._vault.set_keyring_secret(keyring_slot.store_new_secret(self.vault_id))

    def disable_keyring(self) -> None:
        self._vault.set_keyring_secret(None)
        keyring_slot.delete_secret(self.vault_id)

    # --- records ------------------------------------------------------------------------------

    def _write(self, what: str) -> contextlib.AbstractContextManager[store.Connection]:
        return store.transaction(self._vault.conn, what)

    def add_note(self, title: str, body: str, investigation: str | None = None) -> Record:
        data: dict[str, Any] = {"title": title, "body": body}
        if investigation:
            data["investigation"] = self.resolve_id(investigation)
        with self._write("adding the note"):
            return records.create(self._vault.conn, self._vault.identity, "note", data)

    def add_record(self, kind: str, body: dict[str, Any]) -> Record:
        with self._write(f"adding the {kind}"):
            return records.create(self._vault.conn, self._vault.identity, kind, body)

    def edit_record(self, record_id: str, changes: dict[str, Any]) -> Record:
        with self._write("saving the change"):
            return records.edit(self._vault.conn, self._vault.identity, self.resolve_id(record_id), changes)

    def delete_record(self, record_id: str, reason: str) -> Record:
        with self._write("deleting the record"):
            return records.delete(self._vault.conn, self._vault.identity, self.resolve_id(record_id), reason)

    def resolve_id(self, text: str) -> str:
        return records.resolve_id(self._vault.conn, text)

    def get(self, record_id: str) -> Record:
        return records.get(self._vault.conn, self.resolve_id(record_id))

    def details(self, record_id: str) -> RecordDetails:
        rec = self.get(record_id)
        history = tuple(revisions.for_record(self._vault.conn, rec.id))
        targets = [rec.id]
        sha = rec.body.get("sha256")
        if isinstance(sha, str):
            targets.append(sha)
        custody = tuple(audit.for_target(self._vault.conn, targets))
        return RecordDetails(rec, history, custody)

    def list(self, kind: str | None = None, investigation: str | None = None, limit: int = 1000,
             offset: int = 0) -> list[Summary]:
        return records.list_summaries(self._vault.conn, kind, investigation, limit=limit, offset=offset)

    def count(self, kind: str | None = None) -> int:
        return records.count(self._vault.conn, kind)

    def search(self, text: str, limit: int = 50, kind: str | None = None) -> list[Hit]:
        return search.query(self._vault.conn, text, limit=limit, kind=kind)

    # --- evidence -------------------------------------------------------------------------------

    def import_files(self, paths: Sequence[Path], *, source: str | None = None,
                     investigation: str | None = None,
                     progress: Callable[[ImportProgress], None] | None = None,
                     cancelled: CancelCheck | None = None) -> ImportReport:
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
                outcomes.append(self._import_one(path, index, len(paths), source, investigation, progress,
                                                 cancelled))
            except Cancelled:
                return ImportReport(tuple(outcomes), cancelled=True)
        return ImportReport(tuple(outcomes))

    def _import_one(self, path: Path, index: int, total: int, source: str | None, investigation: str | None,
                    progress: Callable[[ImportProgress], None] | None, cancelled: CancelCheck | None) -> FileOutcome:
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
                    self._vault.conn, self._vault.identity, handle, name, source=source,
                    investigation=investigation, progress=report, cancelled=cancelled,
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
        return FileOutcome(str(path), name, stored.id, stored.sha256, stored.size, stored.duplicate, stored.warnings)

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

    # --- integrity ------------------------------------------------------------------------------

    def verify(self) -> integrity.Report:
        """Run every integrity check, then record that a verification happened (and its outcome)."""
        report = integrity.verify(self._vault.conn, self.key_id)
        try:
            with self._write("recording the verification"):
                audit.append(self._vault.conn, self.key_id, "verify", None,
                             {"ok": report.ok, "problems": len(report.problems)})
        except VaultError:
            pass  # a damaged database may refuse the write; the report already says why
        return report

    def digest(self) -> str:
        return revisions.digest_of_all(self._vault.conn)
