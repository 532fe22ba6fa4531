"""Service operations on identities, bundles and the group archive (roster, merge, conflicts)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from collections.abc import Sequence as Seq
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.service_part import Part
from vault.age import keys
from vault.errors import InvalidInput, UserError
from vault.exchange import bundle_write, merge, roster, sequences, sshsig
from vault.exchange.bundle_errors import BundleRefused
from vault.exchange.merge import MergeReport
from vault.exchange.roster import Member
from vault.exchange.sequences import Sequence
from vault.keys import identity_file
from vault.messages import Text, message_of
from vault.storage import audit, conflicts
from vault.storage.attachments import CancelCheck
from vault.storage.conflicts import Conflict
from vault.storage.records import Record

log = logging.getLogger("fieldvault.service")
Progress = Callable[[int, int], None]  # bytes done, bytes in all

__all__ = ["BundleService", "BundleWritten", "Conflict", "IdentityInfo", "MergeReport", "Member", "Sequence"]


@dataclass(frozen=True)
class IdentityInfo:
    """This vault's public keys, in the forms people and stock tools use."""

    key_id: str
    fingerprint: str
    age_recipient: str
    ssh_key: str
    role: str


BundleWritten = bundle_write.Written


class BundleService(Part):
    """Mixin of VaultService: identity, bundles, and the group archive."""

    # --- identity -------------------------------------------------------------------------------

    def identity_info(self) -> IdentityInfo:
        public = self._vault.identity.public
        return IdentityInfo(
            public.key_id,
            public.fingerprint,
            keys.x25519_recipient(public.agree_public),
            sshsig.openssh_public_key(public.sign_public),
            self._core.role,
        )

    def export_identity(self, out: Path) -> None:
        """Write the public identity file (safe to share) to ``out``."""
        identity_file.write(out, self._vault.identity.public, self._core.role)

    def export_age_identity(self, out: Path) -> None:
        """Write this vault's age identity (its X25519 secret key) for escrow; logged in the audit log.

        With it, stock ``age -d -i OUT`` decrypts every bundle sent to this vault. The file is created
        with mode 0600 and never replaces an existing file.
        """
        public = self._vault.identity.public
        secret = self._vault.identity.agree_secret.reveal()
        text = (
            f"# created: {audit.utc_now()}\n"
            f"# Fieldvault {self._core.role} {public.fingerprint}: "
            "opens every bundle sent to it; keep in escrow\n"
            f"# public key: {keys.x25519_recipient(public.agree_public)}\n"
            f"{keys.x25519_identity(secret)}\n"
        )
        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise InvalidInput(
                Text("{out} already exists; choose another name", out=str(out)), field="out"
            ) from None
        except OSError:
            raise InvalidInput(Text("{out} cannot be written", out=str(out)), field="out") from None
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        with self._write(Text("recording the export of the age identity")):
            audit.append(
                self._vault.conn, self._core.key_id, "export", "age-identity", {"what": "age identity"}
            )
        log.info("age identity exported (%s)", self._core.vault_id)

    # --- bundles (expert side) ---------------------------------------------------------------------

    def write_bundle(
        self,
        archive_identity: Path,
        out: Path,
        *,
        everything: bool = False,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> BundleWritten:
        """Write everything since the last bundle (or everything) to ``out``, encrypted to the archive."""
        archive = identity_file.read_file(archive_identity)
        if archive.role != "archive":
            raise InvalidInput(
                Text("{path} is not a group archive's identity", path=str(archive_identity)), field="to"
            )
        self._core.examine_pending()  # every original is read by the outbound gate before it may leave
        written = bundle_write.write(
            self._vault.conn,
            self._vault.identity,
            archive.public,
            out,
            everything=everything,
            progress=progress,
            cancelled=cancelled,
            connect=self._vault.connect_again,
        )
        log.info("bundle %s written (%d revisions)", written.bundle_id, written.revisions)
        return written

    # --- the group archive --------------------------------------------------------------------------

    def _archive_only(self) -> None:
        if self._core.role != "archive":
            raise UserError(
                Text(
                    "{folder} is not a group archive (create one with `fieldvault archive init`)",
                    folder=str(self._core.folder),
                )
            )

    def enroll(self, identity_path: Path, name: str) -> Member:
        self._archive_only()
        public = identity_file.read(identity_path)
        with self._write(Text("enrolling the expert")):
            return roster.enroll(self._vault.conn, self._core.key_id, public, name)

    def revoke(self, who: str, accept_through: int | None = None) -> Member:
        self._archive_only()
        with self._write(Text("revoking the expert")):
            return roster.revoke(self._vault.conn, self._core.key_id, who, accept_through)

    def roster(self) -> list[Member]:
        return roster.members(self._vault.conn)

    def bundle_sequences(self) -> dict[str, Sequence]:
        """Per expert on the roster (by key id): the bundle numbers received, and those missing."""
        conn = self._vault.conn
        return {m.key_id: sequences.of(conn, m.key_id) for m in roster.members(conn)}

    def merge_bundles(
        self,
        paths: Seq[Path],
        *,
        progress: Callable[[int, int, int], None] | None = None,
        examined: Callable[[int, int], None] | None = None,
        cancelled: CancelCheck | None = None,
    ) -> list[MergeReport]:
        """Merge each bundle in its own transaction; a refused one is reported and changes nothing. Then
        the originals received are examined here (their derived text and thumbnails do not travel), so
        they are searchable; a run that received nothing leaves the archive byte for byte as it was.

        ``progress(index, bytes_done, bytes_total)`` reports the bundle being merged, ``examined(done,
        total)`` the originals read; a cancellation while examining keeps the merges (the rest is read
        at the next merge or by ``examine_pending``).
        """
        self._archive_only()
        reports = []
        for index, path in enumerate(paths):
            step = None if progress is None else (lambda d, t, i=index: progress(i, d, t))
            try:
                report = merge.merge(
                    self._vault.conn, self._vault.identity, path, progress=step, cancelled=cancelled
                )
            except BundleRefused as exc:
                log.info("bundle refused (%s)", exc.reason)
                report = MergeReport("refused", reason=exc.reason, message=message_of(exc))
            reports.append(report)
        if any(r.new_attachments for r in reports):
            self._core.examine_pending(progress=examined, cancelled=cancelled, ocr=False)  # OCR runs behind
        return reports

    def conflicts(self, limit: int = 1000) -> list[Conflict]:
        return conflicts.list_conflicts(self._vault.conn, self._core.key_id, limit)

    def resolve_conflict(
        self, record_id: str, *, take: str | None = None, data: dict[str, Any] | None = None
    ) -> Record:
        """Resolve a record's conflict by taking one head (by hash) or giving new content."""
        rid = self._core.resolve_id(record_id)
        with self._write(Text("resolving the conflict")):
            return conflicts.resolve(self._vault.conn, self._vault.identity, rid, take=take, data=data)
