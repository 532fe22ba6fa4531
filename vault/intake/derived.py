"""What examination found, stored inside the encrypted database and keyed by the original's SHA-256.

Text and thumbnails are derived data: rebuildable from the blob, the same for every record of that
content, and kept out of revision bodies (vault/storage/schema_evidence.py has the tables).
"""

from __future__ import annotations

import json

from vault.intake import movie_outline, stored_reading
from vault.intake.findings import Findings
from vault.intake.stored_reading import StoredReading
from vault.messages import Text
from vault.ocr import queue as ocr_queue
from vault.readers import files
from vault.storage import attachments, audit
from vault.storage.store import Connection

# Raise when examination improves, so stored content can be examined again. 3: e-mail (every MIME part
# decoded), Outlook messages, media tags and spreadsheets have readers of their own (an older reading of
# an e-mail saw its base64 parts undecoded, so the gate must not vouch for it); PDF page text from PDFium.
# 4: audio or video holding PDF objects anywhere (poppler opens it as a PDF) is read as one, or unread.
PIPELINE_VERSION = 4


def put(conn: Connection, sha256: str, findings: Findings) -> None:
    """Replace whatever was derived from ``sha256`` with ``findings`` (inside the caller's transaction)."""
    conn.execute(
        "INSERT OR REPLACE INTO evidence_examined "
        "(sha256, media_type, pipeline, examined_at, problem, notes) VALUES (?, ?, ?, ?, ?, ?)",
        (
            sha256,
            findings.media_type,
            PIPELINE_VERSION,
            audit.utc_now(),
            findings.problem,
            json.dumps(findings.notes, ensure_ascii=False),
        ),
    )
    conn.execute("DELETE FROM evidence_text WHERE sha256 = ?", (sha256,))
    conn.executemany(
        "INSERT INTO evidence_text (sha256, page, text) VALUES (?, ?, ?)",
        [(sha256, page, text) for page, text in findings.pages],
    )
    conn.execute("DELETE FROM evidence_parts WHERE sha256 = ?", (sha256,))
    conn.executemany(
        "INSERT INTO evidence_parts (sha256, n, location, text) VALUES (?, ?, ?, ?)",
        [(sha256, n, where, text) for n, (where, text) in enumerate(findings.parts)],
    )
    conn.execute(
        "INSERT OR REPLACE INTO evidence_unread (sha256, places) VALUES (?, ?)",
        (sha256, json.dumps(findings.unread, ensure_ascii=False)),
    )
    if findings.problem is None:
        ocr_queue.enqueue(conn, sha256, findings.media_type)  # read behind the import (vault/ocr/run.py)
    conn.execute("DELETE FROM evidence_thumbnails WHERE sha256 = ?", (sha256,))
    if findings.thumbnail:
        conn.execute(
            "INSERT INTO evidence_thumbnails (sha256, jpeg) VALUES (?, ?)", (sha256, findings.thumbnail)
        )


def examined(conn: Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM evidence_examined WHERE sha256 = ?", (sha256,)).fetchone() is not None


# A video's poster is made by the app after intake (vault/intake/poster.py). Before each attempt a mark
# (``POSTER_TRIED`` bytes per attempt, never a JPEG) takes the thumbnail's place: a video whose decoding
# crashes the app, or never ends, is not opened again at every start once it was tried ``POSTER_TRIES``
# times; the poster replaces the mark.
POSTER_TRIES = 2
POSTER_TRIED = b"\x00"


def _is_picture(blob: bytes) -> bool:
    return blob.startswith(b"\xff\xd8")


def thumbnail(conn: Connection, sha256: str) -> bytes | None:
    row = conn.execute("SELECT jpeg FROM evidence_thumbnails WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row and _is_picture(bytes(row[0])) else None


def begin_poster(conn: Connection, sha256: str) -> bool:
    """Count an attempt at a video's poster, before it is decoded; False (nothing counted) when it has
    a thumbnail or was tried ``POSTER_TRIES`` times already."""
    row = conn.execute("SELECT jpeg FROM evidence_thumbnails WHERE sha256 = ?", (sha256,)).fetchone()
    tried = b"" if row is None else bytes(row[0])
    if _is_picture(tried) or len(tried) >= POSTER_TRIES * len(POSTER_TRIED):
        return False
    conn.execute(
        "INSERT OR REPLACE INTO evidence_thumbnails (sha256, jpeg) VALUES (?, ?)",
        (sha256, tried + POSTER_TRIED),
    )
    return True


def add_thumbnail(conn: Connection, sha256: str, jpeg: bytes) -> bool:
    """Store a thumbnail made after intake (a video's poster frame) when the content has none yet (an
    attempt's mark is replaced); whether it was stored. Examining the content again replaces it (``put``)."""
    if thumbnail(conn, sha256) is not None:
        return False
    conn.execute("INSERT OR REPLACE INTO evidence_thumbnails (sha256, jpeg) VALUES (?, ?)", (sha256, jpeg))
    return True


def pages(conn: Connection, sha256: str) -> list[tuple[int, str]]:
    """The extracted text, page by page, in order."""
    rows = conn.execute("SELECT page, text FROM evidence_text WHERE sha256 = ? ORDER BY page", (sha256,))
    return [(int(page), str(text)) for page, text in rows]


def text(conn: Connection, sha256: str) -> str:
    """All extracted text, then the text OCR recognised, as one string (what the search index holds)."""
    return "\n".join([t for _, t in pages(conn, sha256)] + [ocr_queue.text(conn, sha256)]).strip()


def notes(conn: Connection, sha256: str) -> list[str]:
    row = conn.execute("SELECT notes FROM evidence_examined WHERE sha256 = ?", (sha256,)).fetchone()
    if not row:
        return []
    value = json.loads(row[0])
    return [str(n) for n in value] if isinstance(value, list) else []


def reading(conn: Connection, sha256: str) -> tuple[list[tuple[str, str]], list[str]] | None:
    """What the readers found in an original — (location, text) parts, the text OCR recognised on its
    pages included, and unread places, the pages OCR could not read included — or None when it was not
    read by the current pipeline (it must be examined before the gate can vouch for it; OCR still to
    run is vault/ocr/queue.pending_among)."""
    row = conn.execute(
        "SELECT e.pipeline, u.places FROM evidence_examined e LEFT JOIN evidence_unread u USING (sha256) "
        "WHERE e.sha256 = ?",
        (sha256,),
    ).fetchone()
    if row is None or int(row[0]) < PIPELINE_VERSION or row[1] is None:
        return None
    places = json.loads(row[1])
    rows = conn.execute(
        "SELECT location, text FROM evidence_parts WHERE sha256 = ? ORDER BY n", (sha256,)
    ).fetchall()
    unread = [str(p) for p in places] + ocr_queue.unread(conn, sha256)
    return [(str(w), str(t)) for w, t in rows] + ocr_queue.parts(conn, sha256), unread


def read_payload_strings(conn: Connection, sha256: str, findings: Findings) -> Findings:
    """``payload_strings`` of the stored original ``sha256``, read from the database in one pass."""
    return payload_strings(stored_reading.read_once(conn, sha256), findings)


def payload_strings(stored: StoredReading, findings: Findings) -> Findings:
    """A movie too large to examine whole, whose outline (vault/intake/movie_outline.py) a worker read:
    the printable runs of all its bytes are added, streamed from the database, and where their budget
    ends the rest is media payload (as for any movie whose container was read whole), not unread.

    Only when the outline examined is the stored bytes' own: one made from a file read ahead that
    changed before it was stored (still being written, a share serving other bytes) describes other
    bytes, and the file is then read as one too large to examine (returned afresh). A movie with a
    track of subtitles or captions has text in its payload: the budget's end is then unread. One some
    programs open as something else (a PDF header in its first 1,024 bytes or PDF objects anywhere, a
    zip directory at its end) is not parsed as such here: that is unread."""
    own = stored.outline
    if own is None or movie_outline.digest(own) != findings.outlined:
        fresh = Findings(findings.media_type)
        fresh.notes.append(Text("not examined: it changed while it was being imported (stored as received)"))
        as_strings(stored, fresh)
        return fresh
    findings.parts += [(str(p.location), p.text) for p in stored.runs.parts]
    if files.has_text_track(own):  # subtitles' samples past the budget are text unread, not media
        findings.unread += [str(u) for u in stored.runs.unread]
    if b"%PDF-" in stored.head[:1024] or stored.pdf_objects or files.ZIP_END in stored.tail:
        findings.unread.append(Text("the file (other programs open it as a PDF or a zip archive)"))
    return findings


def read_as_strings(conn: Connection, sha256: str, findings: Findings) -> None:
    """A stored original too large to examine is still read for the gate: every printable run of its
    bytes, streamed from the database (no parser touches it, so this runs in the vault's process)."""
    reading = files.read_chunks(attachments.iter_chunks(conn, sha256))
    _strings(reading, findings)


def as_strings(stored: StoredReading, findings: Findings) -> None:
    """``read_as_strings`` from a pass already made over the stored original."""
    _strings(stored.runs, findings)


def _strings(reading: files.FileReading, findings: Findings) -> None:
    findings.parts = [(str(p.location), p.text) for p in reading.parts]
    findings.unread = [Text("the file (too large to parse; read as raw bytes)"), *map(str, reading.unread)]
