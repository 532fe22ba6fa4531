"""Schema step for search at archive scale: the full-text index gains prefix indexes (v8).

Owned by vault/storage/search.py; migrations.py runs ``upgrade`` inside the upgrade transaction. Once
released, never edit a step: add a new one. FTS5 cannot add prefix indexes to a table, so the index
is built anew beside the old one from the rows it holds (the same title and text under the same
rowids, ``records.n``), the old one dropped and the new one renamed into its place. A prefix of two to
five letters then reads its own doclist lazily, newest first, instead of gathering the doclists of
every word it begins (bench/archive.py: a second for a common prefix among 2,000,000 records). The
price: an index about four times as large (measured: 43 MB against 9.5 MB for 40,000 records).

On an archive of 2,000,000 records the step runs for some fifteen minutes: when the opening is watched
(vault/storage/upgrade_progress.py), the rows copied are counted as they are read (a function of the
copy's own statement, always true: the index built is the same) and reported every ``REPORT_EVERY``.
"""

from __future__ import annotations

from vault.storage import search, upgrade_progress
from vault.storage.store import Connection, run_script

PREFIXES = "2 3 4 5"
REPORT_EVERY = 10_000  # rows

SQL = f"""
CREATE VIRTUAL TABLE search_v8 USING fts5 (
    title, text, tokenize = 'unicode61 remove_diacritics 2', prefix = '{PREFIXES}'
);
INSERT INTO search_v8 (rowid, title, text) SELECT rowid, title, text FROM search;
DROP TABLE search;
ALTER TABLE search_v8 RENAME TO search;
"""
COUNTED = SQL.replace("FROM search;", "FROM search WHERE fv_copied();")


def upgrade(conn: Connection) -> None:
    progress = upgrade_progress.reporter()
    total = search.indexed_rows(conn) if progress is not None else 0
    if progress is None or total == 0:
        run_script(conn, SQL)
        return
    done = 0
    failed: list[BaseException] = []

    def copied() -> int:
        nonlocal done
        done += 1
        if done % REPORT_EVERY == 0:
            try:
                progress(min(done, total), total)
            except BaseException as exc:  # the watcher's failure (Ctrl-C, a closed window), kept as it is
                failed.append(exc)
                raise
        return 1

    progress(0, total)
    conn.create_function("fv_copied", 0, copied)
    try:
        run_script(conn, COUNTED)
    except Exception:
        if failed:  # SQLite reports it as its own error: the vault would be said to be damaged
            raise failed[0] from None
        raise
    finally:
        conn.create_function("fv_copied", 0, None)
    progress(total, total)
