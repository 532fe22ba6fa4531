"""An unlocked vault: the folder, its key envelope, the master key, the identity and a connection.

A vault is a folder ``NAME.fvault/`` holding ``vault.db`` (SQLCipher 4, raw random key) and
``keyslots.json`` (the key envelope). ``Vault`` objects belong to the thread that opened them; a
worker thread calls ``connect_again()`` for its own connection. ``close()`` closes the connection and
wipes the master key (see vault.keys.secret for what wiping can promise).

Rotating the master key (``rekey``) survives a crash at any moment; the order of its writes:

1. ``keyslots.json.pending``: the envelope of the new key (every slot rewrapped), written atomically
   beside the current one, which stays as it is;
2. ``PRAGMA rekey``: SQLCipher re-encrypts every page of vault.db in one transaction. Its rollback
   journal holds the pages as they were, under the old key: until the journal is deleted (SQLite's
   commit point) the database is the old one, and opening it with the old key rolls it back;
3. ``keyslots.json`` replaced by the new envelope (atomically), then the pending file removed.

Opening a vault that holds a pending envelope finishes what the crash interrupted (under a lock on the
folder, so a running rekey is never second-guessed): when the current envelope's key still opens the
database, the rekey never committed and the pending envelope is discarded; otherwise the database was
re-encrypted, the pending envelope's key must open it, and that envelope becomes keyslots.json. At every
moment one of the two envelopes, under the same passphrase, opens the database.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from vault.crypto import KdfParams, calibrate
from vault.errors import (
    NotAVault,
    StorageFull,
    VaultCorrupt,
    VaultError,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from vault.fsync import sync_folder
from vault.keys import identity, identity_upgrade, keyslots, recovery
from vault.keys.identity import Identity
from vault.keys.passphrase_strength import MIN_PASSPHRASE_CHARS
from vault.keys.secret import MasterKey, Passphrase, RecoveryCode, Secret
from vault.messages import Text
from vault.storage import audit, migrations, store
from vault.storage.store import Connection

if sys.platform != "win32":
    import fcntl

SUFFIX = ".fvault"
ROLES = ("expert", "archive")


def check_new_passphrase(passphrase: Passphrase) -> None:
    if len(passphrase.reveal().decode("utf-8")) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(Text("a passphrase needs at least {n} characters", n=MIN_PASSPHRASE_CHARS))


@contextlib.contextmanager
def _rekey_lock(folder: Path) -> Iterator[None]:
    """An exclusive advisory lock on the vault folder, held by a rekey and by whoever finishes an
    interrupted one (the kernel releases it when the process dies). None on Windows."""
    if sys.platform == "win32":
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _pending_left(folder: Path) -> bool:
    return any((folder / n).exists() for n in (keyslots.PENDING_FILENAME, keyslots.PENDING_FILENAME + ".tmp"))


def _database_opens_with(folder: Path, master: MasterKey, page_size: int) -> bool:
    """Whether vault.db decrypts with ``master`` (a hot journal left by a killed rekey is rolled back
    by the key that wrote it, the old one)."""
    db = folder / store.DB_FILENAME
    if not db.is_file():
        return False
    try:
        store.connect(db, master, page_size).close()
    except VaultCorrupt:
        return False
    return True


Unlock = Callable[[keyslots.Envelope], MasterKey]


class Vault:
    """An unlocked vault. Not thread-safe: one per thread, or ``connect_again()`` for a worker."""

    def __init__(
        self, folder: Path, envelope: keyslots.Envelope, master: MasterKey, conn: Connection
    ) -> None:
        self.folder = folder
        self.envelope = envelope
        self._master: MasterKey | None = master
        self.conn = conn
        self.identity: Identity = identity_upgrade.ensure_keys(conn)  # a sealing key, once (keys by purpose)

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
            sync_folder(folder.parent, strict=True)
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
    def _open_unlocking(cls, folder: Path, unlock: Unlock) -> Vault:
        env = cls.envelope_of(folder)
        if not _pending_left(folder):
            return cls._open_with_master(folder, env, unlock(env))
        with _rekey_lock(folder):
            env = cls.envelope_of(folder)  # read again: the rekey that held the lock may have finished
            pending = keyslots.load_pending(folder)
            if pending is None or pending.vault_id != env.vault_id:
                vault = cls._open_with_master(folder, env, unlock(env))
                return vault._then(keyslots.discard_pending)  # half-written or foreign: never a way in
            return cls._finish_interrupted_rekey(folder, env, pending, unlock)

    def _then(self, finish: Callable[[Path], None]) -> Vault:
        """Run ``finish(folder)`` on this just-opened vault; close it if that fails."""
        try:
            finish(self.folder)
        except BaseException:
            self.close()
            raise
        return self

    @classmethod
    def _finish_interrupted_rekey(
        cls, folder: Path, env: keyslots.Envelope, pending: keyslots.Envelope, unlock: Unlock
    ) -> Vault:
        """A rekey was interrupted: keep whichever envelope's key opens the database (module docstring)."""
        opened_old = False
        try:
            old = unlock(env)
        except (WrongPassphrase, WrongRecoveryCode):
            pass  # this secret may open only the new envelope (a keyring already holding the new secret)
        else:
            opened_old = True
            if _database_opens_with(folder, old, env.page_size):
                vault = cls._open_with_master(folder, env, old)
                return vault._then(keyslots.discard_pending)  # the rekey never committed: void
            old.wipe()
        try:
            new = unlock(pending)
        except (WrongPassphrase, WrongRecoveryCode) as exc:
            if opened_old:
                raise type(exc)(
                    Text(
                        "an interrupted key change re-encrypted this vault; what you gave opens only the "
                        "old key: open it with the passphrase"
                    )
                ) from exc
            raise
        vault = cls._open_with_master(folder, pending, new)

        def promote(folder: Path) -> None:  # the rekey committed: finish it
            keyslots.save(folder, pending)
            keyslots.discard_pending(folder)

        return vault._then(promote)

    @classmethod
    def open(cls, folder: Path, passphrase: Secret) -> Vault:
        return cls._open_unlocking(folder, lambda env: keyslots.unlock_with_passphrase(env, passphrase))

    @classmethod
    def open_with_recovery_code(cls, folder: Path, code: Secret) -> Vault:
        return cls._open_unlocking(folder, lambda env: keyslots.unlock_with_recovery_code(env, code))

    @classmethod
    def open_with_keyring_secret(cls, folder: Path, secret: Secret) -> Vault:
        return cls._open_unlocking(folder, lambda env: keyslots.unlock_with_keyring_secret(env, secret))

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

    def check_passphrase(self, passphrase: Secret) -> None:
        """Raise WrongPassphrase unless ``passphrase`` opens this vault's passphrase slot to its key."""
        master = keyslots.unlock_with_passphrase(self.envelope, passphrase)
        try:
            if master != self.master:
                raise WrongPassphrase(Text("wrong passphrase (or keyslots.json was altered)"))
        finally:
            master.wipe()

    def rekey(
        self,
        passphrase: Passphrase,
        kdf: KdfParams | None = None,
        new_keyring_secret: Callable[[], Secret] | None = None,
    ) -> RecoveryCode:
        """Replace the master key: a new random key, vault.db re-encrypted under it, every slot
        rewrapped. The passphrase stays (it must be this vault's); the recovery code cannot be rewrapped
        without the old code, so a new one is made and returned (show it once); the keyring slot, if
        there is one, wraps the key under the secret ``new_keyring_secret`` stores in the OS keyring.
        Crash-safe: see the module docstring. No other connection may be open on this vault (worker
        clones keep the old key and stop working)."""
        self.check_passphrase(passphrase)
        kdf = kdf or calibrate()
        fresh = MasterKey(os.urandom(32))
        code = recovery.generate()
        env = keyslots.create(self.vault_id, self.envelope.page_size, fresh, passphrase, code, kdf)
        if self.envelope.has_keyring_slot:
            if new_keyring_secret is None:
                raise ValueError("this vault has a keyring slot: a new keyring secret is needed")
            env = keyslots.with_keyring_slot(env, fresh, new_keyring_secret())
        what = Text("re-encrypting the vault under a new key")
        with _rekey_lock(self.folder):
            self._check_key_is_current()
            keyslots.save(self.folder, env, keyslots.PENDING_FILENAME)
            try:
                self.conn.execute(f'PRAGMA rekey = "{fresh.sqlcipher_pragma_value()}"').fetchall()
                took = _database_opens_with(self.folder, fresh, env.page_size)
            except store.DatabaseError:
                took = False  # SQLCipher reports every failure alike; SQLite rolled the change back
            # A connection whose rekey failed still encrypts what it writes under the new key (SQLCipher
            # keeps the new key for writing after the rollback): one more write would mix two keys in
            # one file. Never write through it again: a new connection, under the key the file has.
            self.conn.close()
            if not took and not _database_opens_with(self.folder, self.master, self.envelope.page_size):
                raise VaultCorrupt(Text("{what}: the database did not take the new key", what=what))
            self.conn = store.connect(
                self.folder / store.DB_FILENAME, fresh if took else self.master, env.page_size
            )
            if not took:
                keyslots.discard_pending(self.folder)
                raise StorageFull(
                    Text(
                        "{what}: SQLCipher could not rewrite the database (it needs free space as large as "
                        "the vault; is the disk full?); nothing was changed",
                        what=what,
                    )
                )
            old, self._master, self.envelope = self._master, fresh, env
            if old is not None:
                old.wipe()
            keyslots.save(self.folder, env)  # a crash before this line: the next open finishes it
            keyslots.discard_pending(self.folder)
        return code

    def set_keyring_secret(self, secret: Secret | None) -> None:
        self._save_envelope(keyslots.with_keyring_slot(self.envelope, self.master, secret))

    def _check_key_is_current(self) -> None:
        """Refuse to write an envelope of a key the database no longer uses (another program rekeyed
        this vault while this one had it open): it would lock everyone out. Call under the lock."""
        if not _database_opens_with(self.folder, self.master, self.envelope.page_size):
            raise VaultError(
                Text("another program changed this vault's key (rekey): close the vault and open it again")
            )

    def _save_envelope(self, env: keyslots.Envelope) -> None:
        with _rekey_lock(self.folder):
            self._check_key_is_current()
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
