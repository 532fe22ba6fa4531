"""An unlocked vault: the folder, its key envelope, the master key, the identity and a connection.

A vault is a folder ``NAME.fvault/`` holding ``vault.db`` (SQLCipher 4, raw random key) and
``keyslots.json`` (the key envelope). ``Vault`` objects belong to the thread that opened them; a
worker thread calls ``connect_again()`` for its own connection. ``close()`` closes the connection and
wipes the master key (see vault.secret for what wiping can promise).
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from vault import audit, identity, keyslots, migrations, recovery, store
from vault.crypto import KdfParams, calibrate
from vault.errors import NotAVault, VaultCorrupt, VaultError, VaultExists, WeakPassphrase
from vault.identity import Identity
from vault.messages import Text
from vault.secret import MasterKey, Passphrase, RecoveryCode, Secret
from vault.store import Connection

SUFFIX = ".fvault"
MIN_PASSPHRASE_CHARS = 8
ROLES = ("expert", "archive")


def check_new_passphrase(passphrase: Passphrase) -> None:
    if len(passphrase.reveal().decode("utf-8")) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(Text("a passphrase needs at least {n} characters", n=MIN_PASSPHRASE_CHARS))


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Vault:
    """An unlocked vault. Not thread-safe: one per thread, or ``connect_again()`` for a worker."""

    def __init__(
        self, folder: Path, envelope: keyslots.Envelope, master: MasterKey, conn: Connection
    ) -> None:
        self.folder = folder
        self.envelope = envelope
        self._master: MasterKey | None = master
        self.conn = conn
        self.identity: Identity = identity.load(conn)

    def __repr__(self) -> str:
        return f"<Vault {self.envelope.vault_id}>"

    # --- creating and opening ---------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: Passphrase, *, kdf: KdfParams | None = None, role: str = "expert"
    ) -> tuple[Vault, RecoveryCode]:
        """Create a new vault folder; returns the open vault and its recovery code (show it once).

        The folder is built under a temporary name and renamed into place at the end, so a crash
        during creation never leaves a half-made vault under the real name.
        """
        if folder.suffix != SUFFIX:
            raise NotAVault(
                Text("a vault folder's name ends in {suffix} (got {name})", suffix=SUFFIX, name=folder.name)
            )
        if folder.exists():
            raise VaultExists(Text("{folder} already exists; choose a new name", folder=str(folder)))
        if not folder.parent.is_dir():
            raise NotAVault(Text("{folder} is not a folder", folder=str(folder.parent)))
        check_new_passphrase(passphrase)
        if role not in ROLES:
            raise ValueError("unknown role")
        kdf = kdf or calibrate()
        vault_id = str(uuid.uuid4())
        master = MasterKey(os.urandom(32))
        code = recovery.generate()
        staging = folder.parent / f".{folder.name}.creating-{uuid.uuid4().hex[:8]}"
        staging.mkdir(mode=0o700)
        try:
            db = staging / store.DB_FILENAME
            os.close(os.open(db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # SQLite keeps these modes
            conn = store.connect(db, master)
            try:
                with store.transaction(conn, Text("creating the vault")):
                    migrations.upgrade(conn)
                    now = audit.utc_now()
                    conn.executemany(
                        "INSERT INTO meta (key, value) VALUES (?, ?)",
                        [("vault_id", vault_id), ("role", role), ("created_at", now)],
                    )
                    me = identity.create(conn, now)
                    audit.append(conn, me.key_id, "create-vault", vault_id, {"role": role})
            finally:
                conn.close()
            env = keyslots.create(vault_id, store.PAGE_SIZE, master, passphrase, code, kdf)
            keyslots.save(staging, env)
            os.rename(staging, folder)
            _fsync_dir(folder.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls._open_with_master(folder, env, master), code

    @classmethod
    def _open_with_master(cls, folder: Path, env: keyslots.Envelope, master: MasterKey) -> Vault:
        db = folder / store.DB_FILENAME
        if not db.is_file():
            raise VaultCorrupt(
                Text("{name} has a key envelope but no {db}", name=folder.name, db=store.DB_FILENAME)
            )
        conn = store.connect(db, master, env.page_size)
        try:
            if migrations.version(conn) < migrations.latest():
                with store.transaction(conn, Text("upgrading the vault's schema")):
                    migrations.upgrade(conn)
            elif migrations.version(conn) > migrations.latest():
                raise NotAVault(Text("this vault was made by a newer Fieldvault (schema version is unknown)"))
            stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if stored_id is None or stored_id[0] != env.vault_id:
                raise VaultCorrupt(Text("vault.db and keyslots.json belong to different vaults"))
            return cls(folder, env, master, conn)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, store.DatabaseError):
                raise VaultCorrupt(
                    Text("{name} is damaged ({error})", name=db.name, error=type(exc).__name__)
                ) from exc
            raise

    @staticmethod
    def envelope_of(folder: Path) -> keyslots.Envelope:
        if not folder.is_dir():
            raise NotAVault(Text("{folder} is not a vault folder", folder=str(folder)))
        return keyslots.load(folder)

    @classmethod
    def open(cls, folder: Path, passphrase: Secret) -> Vault:
        env = cls.envelope_of(folder)
        return cls._open_with_master(folder, env, keyslots.unlock_with_passphrase(env, passphrase))

    @classmethod
    def open_with_recovery_code(cls, folder: Path, code: Secret) -> Vault:
        env = cls.envelope_of(folder)
        return cls._open_with_master(folder, env, keyslots.unlock_with_recovery_code(env, code))

    @classmethod
    def open_with_keyring_secret(cls, folder: Path, secret: Secret) -> Vault:
        env = cls.envelope_of(folder)
        return cls._open_with_master(folder, env, keyslots.unlock_with_keyring_secret(env, secret))

    # --- while open -------------------------------------------------------------------------------

    @property
    def master(self) -> MasterKey:
        if self._master is None:
            raise VaultError(Text("the vault is locked"))
        return self._master

    @property
    def vault_id(self) -> str:
        return self.envelope.vault_id

    @property
    def role(self) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
        return str(row[0]) if row else "expert"

    def connect_again(self) -> Connection:
        """A new connection to the same database, for another thread (it must close it)."""
        return store.connect(self.folder / store.DB_FILENAME, self.master, self.envelope.page_size)

    def clone_for_thread(self) -> Vault:
        """The same vault with its own connection, for another thread. It shares the key: locking the
        original wipes it for every clone too. Close the clone with ``detach()``."""
        return Vault(self.folder, self.envelope, self.master, self.connect_again())

    def detach(self) -> None:
        """Close this object's connection without wiping the (shared) key."""
        self.conn.close()

    def change_passphrase(self, new: Passphrase, kdf: KdfParams | None = None) -> None:
        """Rewrap the master key under a new passphrase. vault.db is not touched."""
        check_new_passphrase(new)
        self._save_envelope(
            keyslots.with_slot_replaced(self.envelope, self.master, "passphrase", new, kdf or calibrate())
        )

    def new_recovery_code(self, kdf: KdfParams | None = None) -> RecoveryCode:
        """Replace the recovery slot; the old code stops working. Returns the new code (show it once)."""
        code = recovery.generate()
        self._save_envelope(
            keyslots.with_slot_replaced(self.envelope, self.master, "recovery", code, kdf or calibrate())
        )
        return code

    def set_keyring_secret(self, secret: Secret | None) -> None:
        self._save_envelope(keyslots.with_keyring_slot(self.envelope, self.master, secret))

    def _save_envelope(self, env: keyslots.Envelope) -> None:
        keyslots.save(self.folder, env)
        self.envelope = env

    def close(self) -> None:
        """Close the connection and wipe the key held in memory. Safe to call twice."""
        try:
            self.conn.close()
        finally:
            if self._master is not None:
                self._master.wipe()
                self._master = None
