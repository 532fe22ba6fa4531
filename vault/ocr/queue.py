"""The OCR queue and what OCR read, inside the encrypted database (vault/storage/schema_ocr.py).

An original is queued when it is stored (``enqueue``, called by vault/intake/derived.py for every
photograph and PDF examined), and leaves the queue once every page it needs read has been read
(``finish``). Each page read is committed on its own, with the pages still to read: a lock, a crash or
a cancellation loses at most the page being read, and the next run resumes there (vault/ocr/run.py).

What a photo says is kept as a document's text (shown, indexed) only when it reads like one: at least
``MIN_WORDS`` words of three or more letters or digits read with ``MIN_CONFIDENCE`` or more. Measured
here: the rendered test pages (tests/ocrpages.py: fonts, skew, JPEG noise) have 51 such words in
English, 28 in French, 16 in Arabic; six generated camera photographs (tests/media.py) have at most
2, and two real photographs of circuit boards none (of 7 and 30 "words" read). Three is enough for a
photographed marking (a make, a model and a serial number) to be searchable. The outbound gate reads
every word of every page, document or not (``parts``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vault.intake import detect
from vault.messages import Text
from vault.ocr import engine
from vault.storage import audit
from vault.storage.store import Connection

MIN_WORDS = 3
MIN_CONFIDENCE = 70
WANTED = frozenset({detect.JPEG, detect.PNG, detect.TIFF, detect.WEBP, detect.GIF, detect.PDF})
_LANGUAGES_KEY = "ocr_languages"

Words = list[list[object]]  # [[text, left, top, width, height, confidence], ...]


@dataclass(frozen=True)
class Status:
    queued: int  # originals waiting
    pages_known: int  # pages known to be waiting (a PDF not surveyed yet counts none)
    done: int  # originals read in full


def languages(conn: Connection) -> tuple[str, ...]:
    """The languages OCR reads in this vault (a vault setting; default English and French)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_LANGUAGES_KEY,)).fetchone()
    if row is None:
        return engine.DEFAULT_LANGUAGES
    return tuple(code for code in str(row[0]).split("+") if code in engine.KNOWN_LANGUAGES)


def set_languages(conn: Connection, codes: Sequence[str]) -> None:
    """Set the vault's OCR languages (caller's transaction); unknown codes are refused."""
    from vault.errors import InvalidInput

    unknown = [c for c in codes if c not in engine.KNOWN_LANGUAGES]
    if unknown or not codes:
        raise InvalidInput(
            Text("OCR languages must be among {known}", known=", ".join(engine.KNOWN_LANGUAGES))
        )
    value = "+".join(dict.fromkeys(codes))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_LANGUAGES_KEY, value))


def looks_like_document(words: Words) -> bool:
    confident = 0
    for word in words:
        text, confidence = str(word[0]), word[5]
        if isinstance(confidence, int) and confidence >= MIN_CONFIDENCE and sum(map(str.isalnum, text)) >= 3:
            confident += 1
    return confident >= MIN_WORDS


def enqueue(conn: Connection, sha256: str, media_type: str, *, holds: bool = True) -> bool:
    """Queue an original for OCR when its type can be read and it was not read yet (caller's
    transaction). ``holds``: the outbound gate holds it back until it is read (what it shows is not
    known yet); False when text read before stands meanwhile."""
    if media_type not in WANTED:
        return False
    if conn.execute("SELECT 1 FROM ocr_done WHERE sha256 = ?", (sha256,)).fetchone():
        return False
    cur = conn.execute(
        "INSERT OR IGNORE INTO ocr_queue (sha256, queued_at, todo, holds) VALUES (?, ?, NULL, ?)",
        (sha256, audit.utc_now(), int(holds)),
    )
    return cur.rowcount > 0


def requeue_all(conn: Connection) -> int:
    """Queue every photo and PDF read so far to be read again (after the languages changed); what was
    read stays, and is replaced page by page (caller's transaction). Returns how many were queued."""
    rows = conn.execute(
        "SELECT d.sha256, e.media_type FROM ocr_done d JOIN evidence_examined e USING (sha256)"
    ).fetchall()
    conn.execute("DELETE FROM ocr_done")
    return sum(enqueue(conn, str(sha), str(media_type), holds=False) for sha, media_type in rows)


def pending(conn: Connection, *, holding_only: bool = False) -> list[tuple[str, list[int] | None]]:
    """Queued originals held here, of live evidence items (oldest first), with the pages still to read
    (None: not surveyed yet); ``holding_only``: those the gate holds back. A deleted item's original
    waits, unread, in case it is restored."""
    rows = conn.execute(
        "SELECT q.sha256, q.todo FROM ocr_queue q "
        "WHERE (q.holds = 1 OR ? = 0) AND EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = q.sha256) "
        "AND EXISTS (SELECT 1 FROM revisions v JOIN records r ON r.head = v.hash WHERE v.kind = 'evidence' "
        "AND json_extract(v.body, '$.sha256') = q.sha256 AND r.deleted = 0) "
        "ORDER BY q.queued_at, q.sha256",
        (int(holding_only),),
    ).fetchall()
    return [(str(sha), None if todo is None else [int(p) for p in json.loads(todo)]) for sha, todo in rows]


def pending_among(conn: Connection, shas: Iterable[str]) -> list[str]:
    """Those of ``shas`` waiting for OCR that the outbound gate holds back (it refuses to let them leave)."""
    return [
        sha
        for sha in shas
        if conn.execute("SELECT 1 FROM ocr_queue WHERE sha256 = ? AND holds = 1", (sha,)).fetchone()
    ]


def set_todo(conn: Connection, sha256: str, todo: Sequence[int]) -> None:
    conn.execute("UPDATE ocr_queue SET todo = ? WHERE sha256 = ?", (json.dumps(list(todo)), sha256))


def put_page(
    conn: Connection,
    sha256: str,
    page: int,
    text: str,
    words: Words,
    size: tuple[int, int],
    langs: Sequence[str],
    *,
    photo: bool = False,
) -> bool:
    """Store what was read on one page (caller's transaction); True when it reads like a document: a
    PDF's page always, a photo (``photo``: page 0 or a further frame of an image) when it reads like one."""
    document = (page > 0 and not photo) or looks_like_document(words)
    weighed = [(len(str(w[0])), w[5]) for w in words if isinstance(w[5], int)]
    letters = sum(n for n, _ in weighed)
    confidence = round(sum(n * c for n, c in weighed) / letters) if letters else 0
    conn.execute(
        "INSERT OR REPLACE INTO ocr_text (sha256, page, text, words, width, height, confidence, languages, "
        "document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha256, page, text, json.dumps(words, ensure_ascii=False), size[0], size[1], confidence,
         "+".join(langs), int(document)),
    )  # fmt: skip
    return document


def finish(conn: Connection, sha256: str, langs: Sequence[str], problems: Sequence[str]) -> None:
    """The original is read in full: out of the queue (caller's transaction)."""
    conn.execute("DELETE FROM ocr_queue WHERE sha256 = ?", (sha256,))
    conn.execute(
        "INSERT OR REPLACE INTO ocr_done (sha256, done_at, languages, problems) VALUES (?, ?, ?, ?)",
        (sha256, audit.utc_now(), "+".join(langs), json.dumps(list(problems), ensure_ascii=False)),
    )


def pages(conn: Connection, sha256: str) -> list[tuple[int, str]]:
    """The recognised text of the pages that read like a document, in page order."""
    rows = conn.execute(
        "SELECT page, text FROM ocr_text WHERE sha256 = ? AND document = 1 AND text != '' ORDER BY page",
        (sha256,),
    )
    return [(int(p), str(t)) for p, t in rows]


def text(conn: Connection, sha256: str) -> str:
    """All recognised document text of an original, as the search index holds it."""
    return "\n".join(t for _, t in pages(conn, sha256))


def words(conn: Connection, sha256: str, page: int) -> tuple[Words, tuple[int, int]]:
    """The words read on one page, with the size of the image their boxes are measured on."""
    row = conn.execute(
        "SELECT words, width, height FROM ocr_text WHERE sha256 = ? AND page = ?", (sha256, page)
    ).fetchone()
    if row is None:
        return [], (0, 0)
    return list(json.loads(row[0])), (int(row[1]), int(row[2]))


def parts(conn: Connection, sha256: str) -> list[tuple[str, str]]:
    """Every page's recognised text, located, for the outbound gate (documents or not)."""
    rows = conn.execute(
        "SELECT page, text FROM ocr_text WHERE sha256 = ? AND text != '' ORDER BY page", (sha256,)
    )
    return [
        (Text("text recognised (OCR), page {page}", page=p) if p else Text("text recognised (OCR)"), str(t))
        for p, t in rows
    ]


def unread(conn: Connection, sha256: str) -> list[str]:
    """The places of an original OCR could not read (a page that could not be decoded or used up its
    time, frames past the limit), for the outbound gate: what they show is not known, so they are
    refused like any place the readers could not read in full (vault/guard/gate.py)."""
    row = conn.execute("SELECT problems FROM ocr_done WHERE sha256 = ?", (sha256,)).fetchone()
    problems = json.loads(row[0]) if row is not None else []
    label = Text("text recognised (OCR)")
    return [Text("{label}, {place}", label=label, place=str(p)) for p in problems]


def status(conn: Connection) -> Status:
    queued = 0
    known = 0
    for _sha, todo in pending(conn):
        queued += 1
        known += len(todo) if todo is not None else 0
    done = int(conn.execute("SELECT count(*) FROM ocr_done").fetchone()[0])
    return Status(queued, known, done)
