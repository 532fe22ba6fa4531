"""The query path built for archive scale: whole words before the last, prefix indexes for the one being
typed, the indexed-row count read from FTS5, common phrases left out of the ranking."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE
from vault.keys.secret import Passphrase
from vault.storage import search, store


def _ids(service: VaultService, text: str) -> list[str]:
    return [h.id for h in service.records.search(text)]


def test_a_word_before_the_last_is_matched_whole_when_the_index_holds_it_whole(
    service: VaultService,
) -> None:
    whole = service.records.add_note("Port call", "harbour master at the port")
    plural = service.records.add_note("Ports", "harbour ports of the coast")
    assert set(_ids(service, "port harbour")) == {whole.id}
    assert set(_ids(service, "harbour port")) == {whole.id, plural.id}  # the last word: a prefix
    assert search.query_phrases(service._vault.conn, "port harb") == ['"port"', '"harb"*']


def test_an_abbreviated_word_before_the_last_is_still_a_prefix(service: VaultService) -> None:
    note = service.records.add_note("Seizure", "ammunition crates and a rifle")
    service.records.add_note("Other", "a rifle only")
    assert _ids(service, "ammun rifle") == [note.id]
    assert _ids(service, "ammunition rif") == [note.id]


@pytest.mark.parametrize("typed", ["k", "ke", "kes", "kest", "kestr", "kestre", "kestrel"])
def test_every_prefix_length_finds_the_same_records(service: VaultService, typed: str) -> None:
    """Lengths 2 to 5 read the prefix indexes; 1 and 6+ the main index: the same answer."""
    found = [
        service.records.add_note(f"Note {i}", f"the Kestrel{s} case") for i, s in enumerate(["", "s", "x"])
    ]
    service.records.add_note("Unrelated", "a kite over the coast")
    hits = set(_ids(service, f"case {typed}"))
    assert hits == {n.id for n in found}


def test_arabic_and_nfkc_forms_and_hyphen_joins_are_found_before_and_as_the_last_word(
    service: VaultService,
) -> None:
    typed = "الشحنة"
    presentation = "ﺍﻟﺸﺤﻨﺔ"  # as some PDFs give it (presentation forms)
    assert presentation != typed == unicodedata.normalize("NFKC", presentation)
    arabic = service.records.add_note("Arabic", f"{presentation} وصلت الميناء")
    hyphen = service.records.add_note("Hyphen", "an on-\ngoing investigation of the ﬁrm")
    assert _ids(service, f"{typed} الميناء") == [arabic.id]
    assert _ids(service, f"الميناء {typed[:4]}") == [arabic.id]
    assert _ids(service, "ongoing investigation") == [hyphen.id]
    assert _ids(service, "investigation ongo") == [hyphen.id]
    assert _ids(service, "firm ongoing") == [hyphen.id]  # the ligature as its letters


def test_results_are_ranked_by_relevance_with_whole_words(service: VaultService) -> None:
    once = service.records.add_note("Meeting", "a vessel was seen at the harbour")
    in_title = service.records.add_note("Vessel at the harbour", "nothing else of note here")
    thrice = service.records.add_note("Call", "vessel vessel vessel near the harbour")
    found = service.records.find("vessel harb")
    assert found.ranked
    assert [h.id for h in found.hits] == [in_title.id, thrice.id, once.id]


def test_the_indexed_row_count_is_fts5_s_own_through_edits_and_deletions(service: VaultService) -> None:
    conn = service._vault.conn
    assert search.indexed_rows(conn) == 0
    notes = [service.records.add_note(f"Note {i}", "text " * i) for i in range(130)]  # 2-byte varint
    service.records.edit_record(notes[0].id, {"body": "changed"})
    for note in notes[:5]:
        service.records.delete_record(note.id, "duplicate")
    assert search.indexed_rows(conn) == conn.execute("SELECT count(*) FROM search").fetchone()[0] == 125


def test_a_phrase_in_common_at_records_is_left_out_of_the_ranking_but_must_match(
    service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "COMMON_AT", 3)
    for i in range(4):
        service.records.add_note(f"Cargo {i}", "cargo manifest")
    for i in range(8):
        service.records.add_note(f"Other {i}", "nothing")
    rare = service.records.add_note("Kestrel", "cargo kestrel kestrel")
    service.records.add_note("Kestrel only", "kestrel")
    conn = service._vault.conn
    counts = search.DocCounts()
    counts.refresh(conn)
    assert counts.weightless(conn, '"cargo"')  # 5 of 14: under half, but COMMON_AT
    assert not counts.weightless(conn, '"kestrel"*')
    found = search.find(conn, "cargo kestrel", counts=counts)
    assert found.ranked
    assert [h.id for h in found.hits] == [rare.id]


def test_an_archive_created_now_has_the_prefix_indexes(tmp_path: Path) -> None:
    svc, _ = VaultService.create(
        tmp_path / "a.fvault", Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF, role="archive"
    )
    try:
        sql = svc._vault.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search'").fetchone()[0]
        assert "prefix = '2 3 4 5'" in sql
    finally:
        svc.close()


def test_a_connection_searching_a_large_index_gets_a_larger_page_cache(
    service: VaultService, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = service._vault.conn
    default = conn.execute("PRAGMA cache_size").fetchone()[0]
    assert default == -store.CACHE_KIB
    for i in range(3):
        service.records.add_note(f"Note {i}", "kestrel")
    service.records.search("kestrel")
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == default  # a small vault keeps it
    monkeypatch.setattr(search, "LARGE_INDEX", 4)
    service.records.add_note("Note 4", "kestrel")
    assert len(service.records.search("kestrel")) == 4
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -search.LARGE_INDEX_CACHE_KIB
