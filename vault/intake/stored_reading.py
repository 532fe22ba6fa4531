"""One pass over a stored original too large to examine (over ``limits.MAX_EXAMINE_BYTES``): everything
the vault reads of it in its own process, from a single streaming of its chunks out of the database.

Each pass decrypts the whole file (a phone's video: gigabytes), so the chunks are read once and fed to
every reader at the same time: the movie outline (vault/intake/movie_outline.py, for a movie by its
head), the printable runs of all its bytes (``files.ChunkRuns``, within their budget), and its first and
last bytes (where other programs look for what a file is: a PDF header, a zip directory), and whether
a PDF object's header is anywhere in it (poppler opens that as a PDF). What each
reader makes of them is put together in vault/intake/derived.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from vault.intake import detect, movie_outline
from vault.readers import files
from vault.storage import attachments
from vault.storage.store import Connection

HEAD = 4096  # bytes the type of a file is told by (detect.media_type)
TAIL = 65_536 + 22  # a zip's end-of-directory record and its longest comment


@dataclass(frozen=True)
class StoredReading:
    """What one pass over a stored original read: its type by its head, its outline when it is a movie
    whose outline could be made (else None), the printable runs of its bytes, its head and tail, and
    whether a PDF object's header is anywhere in it."""

    media_type: str
    outline: bytes | None
    runs: files.FileReading
    head: bytes
    tail: bytes
    pdf_objects: bool = False  # a PDF object's header anywhere (files.pdf_objects: poppler opens it)


def read_once(conn: Connection, sha256: str) -> StoredReading:
    """Stream the stored original ``sha256`` from the database once, feeding every reader."""
    chunks = attachments.iter_chunks(conn, sha256)
    first: list[bytes] = []
    head = b""
    while len(head) < HEAD:  # its type, before the outline is begun (or not)
        chunk = next(chunks, b"")
        if not chunk:
            break
        first.append(chunk)
        head = (head + chunk)[:HEAD]
    runs = files.ChunkRuns()
    tail = [b""]
    pdf = [False]

    def fed() -> Iterator[bytes]:
        for chunk in chain(first, chunks):
            runs.feed(chunk)
            if not pdf[0]:  # past the runs' budget too: PDF readers find objects anywhere
                edge = tail[0][-files.PDF_OBJECT_EDGE :] + chunk[: files.PDF_OBJECT_EDGE]
                pdf[0] = files.pdf_objects(edge) or files.pdf_objects(chunk)
            tail[0] = (tail[0] + chunk)[-TAIL:]
            yield chunk

    stream = fed()
    media_type = detect.media_type(head)
    outline = movie_outline.of_chunks(stream) if media_type in detect.MOVIES else None
    for _ in stream:  # the rest (a file the outline stopped in): its runs and its end
        pass
    return StoredReading(media_type, outline, runs.reading, head, tail[0], pdf[0])
