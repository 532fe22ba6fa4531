"""Attachments stored as chunks inside the encrypted database, streamed in and out.

A blob is addressed by the SHA-256 of its bytes. Writing reads the source a chunk at a time, hashing
as it goes, so a 2 GiB file never sits in memory; the chunk rows and the blob row are part of the
caller's transaction, so an item and its bytes commit together or not at all. When the finished hash
is already stored, the new chunks are rolled back to a savepoint and the existing blob is used: the same
content is never stored twice.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from vault.errors import Cancelled, InvalidInput, NotFound
from vault.messages import Text
from vault.storage.store import Connection, DatabaseError

CHUNK_SIZE = 1024 * 1024

Progress = Callable[[int], None]  # called with the bytes stored so far
CancelCheck = Callable[[], bool]  # returns True when the user asked to stop


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    new: bool  # False when identical content was already in the vault


def store_stream(
    conn: Connection,
    source: BinaryIO,
    *,
    max_bytes: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> StoredBlob:
    """Stream ``source`` into the vault. Must run inside a transaction (see ``store.transaction``).

    Raises Cancelled (chunks rolled back) when ``cancelled()`` turns true, and InvalidInput when the
    source grows past ``max_bytes``.
    """
    conn.execute("SAVEPOINT blob_write")
    try:
        blob_id = conn.execute(
            "INSERT INTO blobs (sha256, size, chunk_size) VALUES (NULL, 0, ?)", (chunk_size,)
        ).lastrowid
        digest = hashlib.sha256()
        size = 0
        index = 0
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled(Text("cancelled"))
            chunk = source.read(chunk_size)
            if not chunk:
                break
            size += len(chunk)
            if max_bytes is not None and size > max_bytes:
                raise InvalidInput(
                    Text("larger than the size limit of {mib} MiB", mib=max_bytes // (1024 * 1024)),
                    field="file",
                )
            digest.update(chunk)
            conn.execute("INSERT INTO chunks (blob_id, idx, data) VALUES (?, ?, ?)", (blob_id, index, chunk))
            index += 1
            if progress is not None:
                progress(size)
        sha = digest.hexdigest()
        if conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone():
            conn.execute("ROLLBACK TO blob_write")
            conn.execute("RELEASE blob_write")
            return StoredBlob(sha, size, new=False)
        conn.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?", (sha, size, blob_id))
        conn.execute("RELEASE blob_write")
        return StoredBlob(sha, size, new=True)
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK TO blob_write")
                conn.execute("RELEASE blob_write")
            except DatabaseError:
                pass  # the transaction is already gone (e.g. disk full); the caller rolls back
        raise


def store_bytes(conn: Connection, data: bytes) -> StoredBlob:
    """Store a small in-memory value (thumbnails, derived working copies) as a blob."""
    return store_stream(conn, io.BytesIO(data))


def exists(conn: Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None


def size_of(conn: Connection, sha256: str) -> int:
    row = conn.execute("SELECT size FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        raise NotFound(Text("no attachment with SHA-256 {sha256}", sha256=sha256))
    return int(row[0])


def iter_chunks(conn: Connection, sha256: str) -> Iterator[bytes]:
    """The blob's bytes, a chunk at a time, in order."""
    row = conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        raise NotFound(Text("no attachment with SHA-256 {sha256}", sha256=sha256))
    for (data,) in conn.execute("SELECT data FROM chunks WHERE blob_id = ? ORDER BY idx", (row[0],)):
        yield bytes(data)


def read_all(conn: Connection, sha256: str, limit: int) -> bytes:
    """The whole blob in memory, refusing blobs over ``limit`` bytes (for parsers that need it)."""
    if size_of(conn, sha256) > limit:
        raise InvalidInput(
            Text("attachment {sha256} is too large to read into memory", sha256=sha256[:12]), field="file"
        )
    return b"".join(iter_chunks(conn, sha256))


def check_all(conn: Connection) -> list[str]:
    """Every blob's bytes re-hashed against its address; incomplete blobs reported."""
    found: list[str] = []
    blobs = conn.execute("SELECT id, sha256, size FROM blobs ORDER BY id").fetchall()
    for blob_id, sha, size in blobs:
        if sha is None:
            found.append(Text("attachment row {row} was never completed", row=blob_id))
            continue
        digest = hashlib.sha256()
        total = 0
        rows = conn.execute("SELECT idx, data FROM chunks WHERE blob_id = ? ORDER BY idx", (blob_id,))
        for expected_idx, (idx, data) in enumerate(rows):
            if idx != expected_idx:
                found.append(
                    Text("attachment {sha256} is missing chunk {n}", sha256=sha[:12], n=expected_idx)
                )
                break
            digest.update(data)
            total += len(data)
        else:
            if total != size or digest.hexdigest() != sha:
                found.append(
                    Text(
                        "attachment {sha256} does not match its SHA-256 (altered or truncated)",
                        sha256=sha[:12],
                    )
                )
    return found
