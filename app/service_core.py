"""The core of the service layer: opening and closing a vault, keys, and what every operation shares.

``VaultService`` (app/service.py) is this class plus one mixin per concern (records, evidence, …),
each in its own module. A service object belongs to the thread that made it; a worker thread gets its
own with ``for_worker()`` (own database connection, same key) and calls ``detach()`` when done.
Methods return plain frozen dataclasses; nothing here hands a connection or a row to the UI.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Self

from vault.crypto import KdfParams
from vault.errors import (
    Cancelled,
    InvalidInput,
    KeyringUnavailable,
    NotFound,
    UserError,
    VaultCorrupt,
    VaultError,
    WrongPassphrase,
)
from vault.intake import pending
from vault.keys import keyring_slot
from vault.keys.secret import Passphrase, RecoveryCode, Secret
from vault.messages import Text, message_of
from vault.model import links, queries
from vault.model import source as source_model
from vault.ocr import queue as ocr_queue
from vault.ocr import run as ocr_run
from vault.session import Vault
from vault.storage import audit, integrity, records, revisions, search, store
from vault.storage.attachments import CancelCheck
from vault.storage.records import Record

log = logging.getLogger("fieldvault.service")


class ServiceCore:
    """One open vault, for the thread that created this object."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._search_counts = search.DocCounts()  # per connection; see vault.storage.search.find

    # --- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: Passphrase, *, kdf: KdfParams | None = None, role: str = "expert"
    ) -> tuple[Self, RecoveryCode]:
        vault, code = Vault.create(folder, passphrase, kdf=kdf, role=role)
        log.info("vault created (%s)", vault.vault_id)
        return cls(vault), code

    @classmethod
    def unlock(cls, folder: Path, passphrase: Secret) -> Self:
        return cls(Vault.open(folder, passphrase))

    @classmethod
    def unlock_with_recovery_code(cls, folder: Path, code: Secret) -> Self:
        return cls(Vault.open_with_recovery_code(folder, code))

    @classmethod
    def unlock_with_keyring(cls, folder: Path) -> Self:
        env = Vault.envelope_of(folder)
        if not env.has_keyring_slot:
            raise UserError(Text("the OS keyring is not enabled for this vault"))
        return cls(Vault.open_with_keyring_secret(folder, keyring_slot.load_secret(env.vault_id)))

    @classmethod
    def unlock_with_keyring_if_possible(cls, folder: Path) -> Self | None:
        """The unlock every front-end tries before asking for the passphrase (the CLI when none is given,
        the app's "Unlock with the OS keyring"): the OS keyring's secret, when this vault has a keyring slot
        and the keyring holds a secret that opens it; None otherwise — no slot, no keyring, or a secret
        that does not open this vault (a rekey interrupted after it replaced the secret): the passphrase
        then decides, and reports real damage itself."""
        if not cls.keyring_enabled(folder) or not keyring_slot.available():
            return None
        try:
            return cls.unlock_with_keyring(folder)
        except (KeyringUnavailable, WrongPassphrase, VaultCorrupt):
            return None

    @staticmethod
    def keyring_enabled(folder: Path) -> bool:
        """Whether this vault lets the OS keyring unlock it (False for a folder that is not a vault)."""
        try:
            return Vault.envelope_of(folder).has_keyring_slot
        except VaultError:
            return False

    def for_worker(self) -> Self:
        """A service with its own connection, for use on another thread (``detach()`` it there)."""
        return type(self)(self._vault.clone_for_thread())

    def close(self) -> None:
        """Close the connection and wipe the key (every worker clone loses it too)."""
        self._vault.close()

    def detach(self) -> None:
        """Close this service's connection without wiping the shared key (workers call this)."""
        self._vault.detach()

    # --- what every operation shares ----------------------------------------------------------

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

    def _write(self, what: str) -> contextlib.AbstractContextManager[store.Connection]:
        """One transaction for a change and its audit entry; ``what`` names it in error messages."""
        return store.transaction(self._vault.conn, what)

    def resolve_id(self, text: str) -> str:
        """A full record id from an id, a unique id prefix or a source code (S-017)."""
        return links.resolve_ref(self._vault.conn, text)

    def resolve_kind(self, text: str, kind: str, what: str) -> str:
        """Like ``resolve_id``, refusing a record of another kind (``what`` names the argument)."""
        record_id = self.resolve_id(text)
        found = records.get(self._vault.conn, record_id)
        if found.kind != kind or found.deleted:
            if kind[0] in "aeiou":
                message = Text("{what}: {ref} is not an {kind}", what=what, ref=text, kind=kind)
            else:
                message = Text("{what}: {ref} is not a {kind}", what=what, ref=text, kind=kind)
            raise InvalidInput(message, field=what)
        return record_id

    def get(self, record_id: str) -> Record:
        return records.get(self._vault.conn, self.resolve_id(record_id))

    # --- keys ---------------------------------------------------------------------------------

    def resolve_source(self, text: str) -> str:
        """The id of the source ``text`` names (a code such as S-003, an id or a unique id prefix);
        NotFound "no source with code S-003" for a code no live source has."""
        code = source_model.normal_code(text)
        if code is not None and not queries.sources_by_code(self._vault.conn, code):
            raise NotFound(Text("no source with code {code}", code=code))
        return self.resolve_kind(text, "source", "source")

    def evidence_record(self, record_id: str) -> Record:
        """The evidence record ``record_id`` names; InvalidInput when it names another kind."""
        rec = self.get(record_id)
        if rec.kind != "evidence" or not isinstance(rec.body.get("sha256"), str):
            raise InvalidInput(
                Text("record {id} is a {kind}, not an evidence item", id=rec.id, kind=rec.kind), field="id"
            )
        return rec

    def change_passphrase(self, new: Passphrase, kdf: KdfParams | None = None) -> None:
        self._vault.change_passphrase(new, kdf)
        log.info("passphrase changed (%s)", self.vault_id)

    def new_recovery_code(self, kdf: KdfParams | None = None) -> RecoveryCode:
        return self._vault.new_recovery_code(kdf)

    def rekey(self, passphrase: Passphrase, kdf: KdfParams | None = None) -> RecoveryCode:
        """Replace the master key (vault.session.Vault.rekey: crash-safe); ``passphrase`` must be this
        vault's and stays. Returns the new recovery code (the old one stops working; show it once).
        A keyring slot gets a new secret in the OS keyring, so the keyring must be available."""
        vault_id = self.vault_id

        def new_keyring_secret() -> Secret:
            try:
                return keyring_slot.store_new_secret(vault_id)
            except KeyringUnavailable as exc:
                raise KeyringUnavailable(
                    Text(
                        "rekey must replace the key this vault keeps in the OS keyring ({reason}): run it "
                        "where the keyring is unlocked, or disable the keyring slot first",
                        reason=message_of(exc),
                    )
                ) from exc

        code = self._vault.rekey(passphrase, kdf, new_keyring_secret)
        with self._write(Text("recording the key change")):
            slots = [s.type for s in self._vault.envelope.slots]
            audit.append(self._vault.conn, self.key_id, "rekey", None, {"slots": slots})
        log.info("master key replaced (%s)", self.vault_id)
        return code

    def enable_keyring(self) -> None:
        self._vault.set_keyring_secret(keyring_slot.store_new_secret(self.vault_id))

    def disable_keyring(self) -> None:
        self._vault.set_keyring_secret(None)
        keyring_slot.delete_secret(self.vault_id)

    # --- integrity ----------------------------------------------------------------------------

    def verify(self) -> integrity.Report:
        """Run every integrity check, then record that a verification happened (and its outcome)."""
        report = integrity.verify(self._vault.conn, self.key_id)
        try:
            with self._write(Text("recording the verification")):
                audit.append(
                    self._vault.conn,
                    self.key_id,
                    "verify",
                    None,
                    {"ok": report.ok, "problems": len(report.problems)},
                )
        except VaultError:
            pass  # a damaged database may refuse the write; the report already says why
        return report

    def examine_pending(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: CancelCheck | None = None,
        ocr: bool = True,
    ) -> int:
        """Examine originals held here but never examined here (evidence received in bundles or
        handovers, whose derived text and thumbnails do not travel), so their text is searchable and
        they have thumbnails, and (``ocr``) read the pages the outbound gate holds back until OCR has read
        them, when OCR can run here (a merge leaves that to run behind, and the backlog of a vault made
        before OCR is read behind too: ``service.ocr``). Returns how many were examined; a cancellation
        keeps what was done."""
        try:
            done = pending.examine_pending(self._vault.conn, progress=progress, cancelled=cancelled)
            conn = self._vault.conn
            if ocr and ocr_queue.pending(conn, holding_only=True):  # what the gate holds back until read
                ocr_run.run_pending(conn, cancelled=cancelled, holding_only=True)
        except ocr_run.OcrUnavailable as exc:
            log.warning("originals wait for OCR: %s", exc)  # the gate says so if they are to leave
        except Cancelled:
            return 0
        if done:
            with self._write(Text("recording the examination")):
                audit.append(self._vault.conn, self.key_id, "examine", None, {"originals": done})
        return done

    def digest(self) -> str:
        return revisions.digest_of_all(self._vault.conn)
