"""Opening the SQLCipher database and running transactions on it.

Choices, each measured (bench/ and the foundation issue's note):
- a raw 256-bit key (``PRAGMA key = "x'…'"``): SQLCipher's own passphrase KDF is skipped; the key comes
  from the key envelope;
- 64 KiB pages with a rollback journal: large attachments store at ~275–330 MiB/s here, against
  ~110–135 MiB/s in WAL mode (and 4 KiB pages are slower still);
- ``synchronous=FULL``: a commit that reports success survives a power cut;
- ``temp_store=MEMORY``: sorts and temporary tables never reach a plaintext temp file;
- SQLCipher's own logging off: it would otherwise print page numbers and errors on stderr.

Connections are per thread (``check_same_thread``): workers open their own, never share one.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import sqlcipher3

from vault.errors import StorageFull, VaultCorrupt, VaultError
from vault.keys.secret import MasterKey
from vault.messages import Text

DB_FILENAME = "vault.db"
PAGE_SIZE = 65536
CACHE_KIB = 64 * 1024

# sqlcipher3's exceptions mirror sqlite3's but are distinct classes.
DatabaseError: tuple[type[Exception], ...] = (sqlcipher3.DatabaseError, sqlite3.DatabaseError)

Connection = sqlite3.Connection  # sqlcipher3 connections have the same interface


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "full" in text or "disk i/o error" in text or "file too large" in text


def translate(exc: BaseException, what: str) -> VaultError:
    """Map a database exception to a user-safe VaultError that says what was interrupted."""
    if _is_disk_full(exc):
        return StorageFull(
            Text(
                "{what}: the disk is full (or a file size limit was reached); nothing was changed", what=what
            )
        )
    return VaultCorrupt(
        Text("{what}: the database reported an error ({error})", what=what, error=type(exc).__name__)
    )


def connect(path: Path, key: MasterKey, page_size: int = PAGE_SIZE, *, readonly: bool = False) -> Connection:
    """Open (or create) the encrypted database at ``path`` with the master key.

    Raises VaultCorrupt when the file exists but cannot be decrypted with this key: the key came from
    an authenticated key slot, so the database itself must be damaged.
    """
    uri = path.resolve().as_uri() + ("?mode=ro" if readonly else "")
    conn = cast(Connection, sqlcipher3.connect(uri, uri=True, isolation_level=None, timeout=30.0))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{key.sqlcipher_pragma_value()}"')
        conn.execute(f"PRAGMA cipher_page_size = {int(page_size)}")
        conn.execute(f"PRAGMA page_size = {int(page_size)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not readonly:
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA mmap_size = 0")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except DatabaseError as exc:
        conn.close()
        raise VaultCorrupt(
            Text("{name} cannot be read with this vault's key: the database file is damaged", name=path.name)
        ) from exc
    return conn


@contextmanager
def transaction(conn: Connection, what: str = Text("the change")) -> Iterator[Connection]:
    """One IMMEDIATE transaction: all of it commits, or none of it does.

    Database errors inside are rolled back and re-raised as VaultError naming ``what``; other
    exceptions (including Cancelled) roll back and propagate unchanged.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise translate(exc, what) from exc
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            # The connection may already have rolled back by itself (e.g. after SQLITE_FULL).
            with contextlib.suppress(*DatabaseError):
                conn.execute("ROLLBACK")
        if isinstance(exc, DatabaseError):
            raise translate(exc, what) from exc
        raise


def run_script(conn: Connection, script: str) -> None:
    """Run semicolon-separated SQL statements inside the caller's transaction.

    ``executescript()`` would COMMIT the caller's transaction first; this runs statement by statement.
    Statements are separated by a semicolon at the end of a line; ``--`` comment lines are skipped.
    """
    for statement in script.split(";\n"):
        text = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--")).strip()
        if text:
            conn.execute(text.rstrip(";"))
