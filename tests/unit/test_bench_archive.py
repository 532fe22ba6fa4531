"""The archive benchmark's bulk builder (bench/archive_build.py) leaves exactly the rows the app's merge
would: the same revisions (hashes and signatures that verify), heads, records and search index as
applying the same revisions one by one through ``records.apply``."""

from __future__ import annotations

from pathlib import Path

from app.service import VaultService
from bench import archive_build
from tests.helpers import FAST_KDF, PASSPHRASE
from vault import canonical
from vault.keys.secret import Passphrase
from vault.storage import records, revisions, store
from vault.storage.revisions import Revision

COUNT = 400


def _archive(folder: Path) -> VaultService:
    svc, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role="archive")
    return svc


def _tables(conn: store.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {
        "revisions": conn.execute(
            "SELECT hash, record_id, kind, author, hlc, parents, tombstone, body, signature "
            "FROM revisions ORDER BY hash"
        ).fetchall(),
        "heads": conn.execute("SELECT record_id, hash FROM heads ORDER BY record_id").fetchall(),
        "records": conn.execute("SELECT * FROM records ORDER BY n").fetchall(),
        "search": conn.execute("SELECT rowid, title, text FROM search ORDER BY rowid").fetchall(),
    }


def test_bulk_rows_are_what_merging_the_same_revisions_leaves(tmp_path: Path) -> None:
    plan = archive_build.Plan.of(3)
    bulk = _archive(tmp_path / "bulk.fvault")
    merged = _archive(tmp_path / "merged.fvault")
    try:
        words = archive_build.fill(bulk._vault.conn, plan, COUNT, workers=1)
        assert len(words) > COUNT
        rows = archive_build.make_rows(plan, 0, COUNT)
        conn = merged._vault.conn
        with store.transaction(conn):
            for h, record_id, kind, author, clock, _parents, _tomb, body, signature in rows.revisions:
                rev = Revision(h, record_id, kind, author, clock, (), False, canonical.loads(body), signature)
                assert revisions.problems(rev) == []  # the hash and the author's signature verify
                assert records.apply(conn, rev)
        expected = _tables(conn)
        assert _tables(bulk._vault.conn) == expected
        assert {r[2] for r in expected["revisions"]} == {k for k, _ in archive_build.MIX}
        assert len(expected["search"]) == COUNT
    finally:
        bulk.close()
        merged.close()


def test_records_and_queries_do_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    plan = archive_build.Plan.of(5)
    one = list(archive_build.generate(plan, 50, workers=1))
    two = list(archive_build.generate(plan, 50, workers=2))
    assert [r.search for r in one] == [r.search for r in two]
    assert [r.revisions for r in one] == [r.revisions for r in two]
