"""Full-text search (SQLite FTS5) over the displayed head of every record.

The index lives inside the encrypted database, keyed by ``records.n`` so that re-indexing a record is
a rowid delete and insert, never a scan. What a kind puts in the index is its ``search_text``: sealed
identities never enter it. User input is never passed to FTS5 as query syntax; each word becomes a
quoted term, all of which must match: the last word as a prefix (it may still be being typed), every
other word whole when the index holds it whole, else as a prefix too (see :func:`query_phrases`).
Relevance ranking applies to queries that match at most ``RANKED_AT_MOST`` records; broader ones list
the newest matches (see :func:`find`).

Speed at archive scale (2,000,000 records, bench/archive.py) rests on FTS5 reading doclists lazily,
newest first, and stopping at the ``LIMIT``. It does so for a whole word and for a prefix of a length
the index keeps a prefix index for (``prefix = '2 3 4 5'``, schema v8: vault/storage/schema_search.py).
Any other prefix (one letter, or more than five) makes FTS5 gather the doclists of every word that
starts with it before returning anything: a second for a common word at that scale. Hence whole words
before the last, and the prefix indexes for the one being typed.

Text and queries are both taken in NFKC (Arabic presentation forms as the letters people type,
ligatures as their letters). A word hyphenated across a line end ("on-\ngoing", as PDFs and OCR give
it) is indexed whole as well, so "ongoing" finds it and so do "on" and "going".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vault.storage.store import Connection

_WORD = re.compile(r"\w+", re.UNICODE)
# A hyphen at a line end, then the words on either side of it, each looked for in a bounded window: a
# single pattern "(\w+)-\n(\w+)" backtracks over every long run of letters (quadratic in a note of one
# 400,000-letter word).
_LINE_END_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*")
_WORD_BEFORE = re.compile(r"\w+\Z")
_WORD_AFTER = re.compile(r"\w+")
_WORD_WINDOW = 100  # characters looked at on each side: longer words are joined from their ends
MAX_TERMS = 16
RANKED_AT_MOST = 1000
# A phrase found in this many records weighs little against a rarer one (IDF below ~ln(N/COMMON_AT)):
# it is left out of the ranking (it still must match), which spares BM25 reading its whole doclist.
COMMON_AT = 10_000
# An index of this many records (a group archive) gets a larger page cache on the connection that
# searches it: a query there reads scattered 64 KiB pages of the doclists of common words and of
# ``search_docsize``, and 64 MiB (store.CACHE_KIB) holds too few of them from one query to the next
# (bench/archive.py, 2,000,000 records: p95 76 ms with 64 MiB, 54 ms with 256 MiB). Small vaults, and
# connections that never search, keep the default.
LARGE_INDEX = 200_000
LARGE_INDEX_CACHE_KIB = 256 * 1024


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    title: str


@dataclass(frozen=True)
class Found:
    """Hits, best first when ``ranked``; otherwise more than ``RANKED_AT_MOST`` matched, newest first."""

    hits: list[Hit]
    ranked: bool


def indexed(text: str) -> str:
    """What the index holds for ``text``: its NFKC form, then each word hyphenated across a line end
    written whole."""
    text = unicodedata.normalize("NFKC", text)
    joined = []
    for hyphen in _LINE_END_HYPHEN.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, hyphen.start() - _WORD_WINDOW) : hyphen.start()])
        after = _WORD_AFTER.match(text[hyphen.end() : hyphen.end() + _WORD_WINDOW])
        if before and after:
            joined.append(before.group() + after.group())
    return text + ("\n" + " ".join(joined) if joined else "")


def put(conn: Connection, rowid: int, title: str, text: str) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
    conn.execute(
        "INSERT INTO search (rowid, title, text) VALUES (?, ?, ?)",
        (rowid, unicodedata.normalize("NFKC", title), indexed(text)),
    )


def remove(conn: Connection, rowid: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))


def to_fts_phrases(text: str) -> list[str]:
    """Each word of the user's text as a quoted prefix term (never FTS5 syntax), at most MAX_TERMS."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text))
    return ['"' + w.replace('"', '""') + '"*' for w in words[:MAX_TERMS]]


def to_fts_query(text: str) -> str | None:
    """All the phrases of ``text``, every one of which must match; None when there are no words."""
    return " ".join(to_fts_phrases(text)) or None


def query_phrases(conn: Connection, text: str) -> list[str]:
    """The phrases :func:`find` asks for: like :func:`to_fts_phrases`, except that a word before the
    last one is asked for whole when some record holds it whole ("port" then finds "port", not
    "ports"), since a word followed by another was finished; a word no record holds whole (an
    abbreviation: "ammun rifle") stays a prefix. Checking costs one index lookup per word."""
    phrases = to_fts_phrases(text)
    for i, phrase in enumerate(phrases[:-1]):
        whole = phrase[:-1]
        if conn.execute("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1", (whole,)).fetchone():
            phrases[i] = whole
    return phrases


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint at ``at`` in ``data``: its value and the offset after it."""
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def indexed_rows(conn: Connection) -> int:
    """How many records the index holds, as FTS5 keeps it for BM25 (its "averages" record, rowid 1 of
    ``search_data``, begins with that count as a varint): ``count(*)`` would read every row's text."""
    row = conn.execute("SELECT block FROM search_data WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return 0
    try:
        return _varint(bytes(row[0]), 0)[0]
    except IndexError:  # a truncated record: count the slow way rather than guess
        return int(conn.execute("SELECT count(*) FROM search").fetchone()[0])


class DocCounts:
    """Whether a phrase is common, remembered until the database changes.

    FTS5's BM25 floors the IDF of a phrase found in at least half the rows at 1e-6, so such a phrase
    (a word in nearly every note) weighs nothing in the ranking; and one found in ``COMMON_AT``
    records or more weighs little. Yet BM25 reads its whole doclist to learn that, on every query
    (hundreds of thousands of entries in an archive). Knowing which phrases are common, :func:`find`
    leaves them out of the ranking statement (they still must match). Counting stops at the
    threshold, so learning it costs at most ``COMMON_AT`` entries, once. One instance per connection.
    """

    CAPACITY = 512

    def __init__(self) -> None:
        self._state: tuple[int, int] | None = None
        self._rows = 0
        self._counts: dict[str, int] = {}
        self._cache_raised = False

    def refresh(self, conn: Connection) -> None:
        """Forget everything if anything was written since (here, or by another connection); give the
        connection a larger page cache once the index holds ``LARGE_INDEX`` records."""
        state = (conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0]))
        if state != self._state:
            self._state = state
            self._counts.clear()
            self._rows = indexed_rows(conn)
        if self._rows >= LARGE_INDEX and not self._cache_raised:
            conn.execute(f"PRAGMA cache_size = -{LARGE_INDEX_CACHE_KIB}")
            self._cache_raised = True

    def weightless(self, conn: Connection, phrase: str) -> bool:
        """True when ``phrase`` matches at least half the indexed records, or ``COMMON_AT`` of them
        (call refresh() first)."""
        enough = min(COMMON_AT, (self._rows + 1) // 2)
        count = self._counts.get(phrase)
        if count is None:
            if len(self._counts) >= self.CAPACITY:
                self._counts.clear()
            row = conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)", (phrase, enough)
            ).fetchone()
            count = self._counts[phrase] = int(row[0])
        return count >= enough


def find(
    conn: Connection,
    text: str,
    limit: int = 50,
    kind: str | None = None,
    rank_limit: int | None = None,
    counts: DocCounts | None = None,
) -> Found:
    """Records matching every word of ``text``.

    When at most ``rank_limit`` (default ``RANKED_AT_MOST``) records match, the best match comes
    first (BM25, title weighted higher; equal scores newest first). A broader query lists the newest
    matches first instead and says so (``ranked`` False): ranking tens of thousands of matches costs
    tens of milliseconds and tells the user little, while the newest are found in a few (bench:
    ``search_p95_ms``). Pass the connection's ``counts`` to spare re-reading common words' doclists.
    """
    phrases = query_phrases(conn, text)
    if not phrases:
        return Found([], ranked=True)
    counts = counts or DocCounts()
    counts.refresh(conn)  # first: it sizes the page cache for a large index
    fts = " ".join(phrases)
    most = RANKED_AT_MOST if rank_limit is None else rank_limit
    newest = _newest(conn, fts, kind, max(most + 1, limit))
    if len(newest) > most:  # too broad to rank: the newest ``limit`` of them
        return Found(_hits(conn, newest[:limit]), ranked=False)
    if not newest:
        return Found([], ranked=True)
    weighed = [p for p in phrases if not counts.weightless(conn, p)] or phrases
    # Only the matches found above are scored (rowid >= the oldest of them; then by membership).
    wanted = set(newest)
    best: list[int] = []
    for (n,) in conn.execute(
        "SELECT rowid FROM search WHERE search MATCH ? AND rowid >= ? "
        "ORDER BY bm25(search, 5.0, 1.0), rowid DESC",
        (" ".join(weighed), newest[-1]),
    ):
        if n in wanted:
            best.append(n)
            if len(best) == limit:
                break
    return Found(_hits(conn, best), ranked=True)


def _newest(conn: Connection, fts: str, kind: str | None, limit: int) -> list[int]:
    """Index rows (``records.n``) matching ``fts``, newest first."""
    if kind is None:
        sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT ?"
        args: tuple[object, ...] = (fts, limit)
    else:
        sql = (
            "SELECT s.rowid FROM search s JOIN records r ON r.n = s.rowid "
            "WHERE search MATCH ? AND r.kind = ? ORDER BY s.rowid DESC LIMIT ?"
        )
        args = (fts, kind, limit)
    return [n for (n,) in conn.execute(sql, args)]


def _hits(conn: Connection, rows: list[int]) -> list[Hit]:
    """The records of ``rows``, in that order (only the few shown are read: 64 KiB pages are dear)."""
    marks = ",".join("?" * len(rows))
    found = {
        n: Hit(record_id, kind, title)
        for n, record_id, kind, title in conn.execute(
            f"SELECT n, id, kind, title FROM records WHERE n IN ({marks}) AND deleted = 0",
            rows,
        )
    }
    return [found[n] for n in rows if n in found]
