"""Full-text search over notes: words, prefixes, accents, and user text that is not FTS syntax."""

from __future__ import annotations

import pytest

from app.service import VaultService
from vault.storage import search
from vault.storage.search import to_fts_query


def test_search_finds_notes_by_any_words_in_title_or_body(service: VaultService) -> None:
    a = service.records.add_note("Meeting at the port", "The harbour master described container MSCU1234567.")
    b = service.records.add_note("Call with NGO", "Reports of ammunition crates near the port.")
    assert {h.id for h in service.records.search("port")} == {a.id, b.id}
    assert [h.id for h in service.records.search("harbour container")] == [a.id]
    assert [h.id for h in service.records.search("ammun")] == [b.id]  # prefixes match
    assert [h.kind for h in service.records.search("crates")] == ["note"]


def test_accents_do_not_matter(service: VaultService) -> None:
    note = service.records.add_note("Réunion à Bunia", "Témoignage d'un déplacé")
    assert [h.id for h in service.records.search("reunion temoignage")] == [note.id]


def test_edits_update_the_index(service: VaultService) -> None:
    note = service.records.add_note("Meeting", "old-word")
    service.records.edit_record(note.id, {"body": "new-word"})
    assert service.records.search("old") == []
    assert [h.id for h in service.records.search("new")] == [note.id]


@pytest.mark.parametrize("text", ['"unbalanced', "AND OR NOT", "col:umn", "*", "NEAR(a b)", "a) OR (b"])
def test_user_text_is_never_fts_syntax(service: VaultService, text: str) -> None:
    service.records.add_note("AND OR NOT col umn", "a b")
    service.records.search(text)  # must not raise


def test_text_without_words_finds_nothing(service: VaultService) -> None:
    service.records.add_note("Meeting", "x")
    assert service.records.search("  -- ") == []
    assert to_fts_query("!!") is None


def test_a_title_match_and_more_occurrences_rank_first(service: VaultService) -> None:
    body_once = service.records.add_note("Meeting", "a vessel was seen")
    in_title = service.records.add_note("Vessel inspection", "nothing else of note here")
    body_thrice = service.records.add_note("Call", "vessel vessel vessel")
    found = service.records.find("vessel")
    assert found.ranked
    assert [h.id for h in found.hits] == [in_title.id, body_thrice.id, body_once.id]


def test_a_query_broader_than_the_rank_limit_lists_the_newest_first(service: VaultService) -> None:
    notes = [service.records.add_note(f"Report {i}", "cargo manifest") for i in range(6)]
    service.records.add_note("Unrelated", "nothing")
    exact = search.find(service._vault.conn, "cargo", limit=10, rank_limit=6)
    assert exact.ranked
    assert {h.id for h in exact.hits} == {n.id for n in notes}
    broad = search.find(service._vault.conn, "cargo", limit=4, rank_limit=5)
    assert not broad.ranked
    assert [h.id for h in broad.hits] == [n.id for n in reversed(notes)][:4]


def test_the_kind_filter_applies_before_the_rank_limit(service: VaultService) -> None:
    notes = [service.records.add_note(f"Report {i}", "Kestrel cargo") for i in range(5)]
    entity = service.model.add_model_record("entity", {"type": "company", "name": "Kestrel Shipping"})
    conn = service._vault.conn
    only = search.find(conn, "kestrel", kind="entity", rank_limit=2)
    assert only.ranked
    assert [h.id for h in only.hits] == [entity.id]
    broad_notes = search.find(conn, "kestrel", kind="note", limit=3, rank_limit=2)
    assert not broad_notes.ranked
    assert [h.id for h in broad_notes.hits] == [n.id for n in reversed(notes)][:3]


def test_deleted_records_are_neither_ranked_nor_listed(service: VaultService) -> None:
    keep = service.records.add_note("Kept", "harbour")
    gone = service.records.add_note("Gone", "harbour")
    service.records.delete_record(gone.id, "duplicate")
    for rank_limit in (0, 5):
        found = search.find(service._vault.conn, "harbour", rank_limit=rank_limit)
        assert [h.id for h in found.hits] == [keep.id]


def test_a_broad_query_still_lists_as_many_as_asked(service: VaultService) -> None:
    notes = [service.records.add_note(f"Report {i}", "cargo") for i in range(8)]
    broad = search.find(service._vault.conn, "cargo", limit=7, rank_limit=3)
    assert not broad.ranked
    assert [h.id for h in broad.hits] == [n.id for n in reversed(notes)][:7]


def _bm25_order(service: VaultService, text: str) -> list[str]:
    """Every match ranked by FTS5's BM25 over all the phrases, as a query without DocCounts would."""
    return [
        row[0]
        for row in service._vault.conn.execute(
            "SELECT r.id FROM search s JOIN records r ON r.n = s.rowid WHERE search MATCH ? "
            "ORDER BY bm25(search, 5.0, 1.0), s.rowid DESC",
            (search.to_fts_query(text),),
        )
    ]


def test_leaving_out_words_found_in_half_the_notes_keeps_the_bm25_order(service: VaultService) -> None:
    for i in range(1, 7):  # "cargo" in every note: its IDF is floored, it weighs nothing
        service.records.add_note(
            f"Report {i}", " ".join(["cargo"] * (7 - i) + ["kestrel"] * i + ["filler"] * i)
        )
    for i in range(7):  # "kestrel" in 6 of 13: under half, it weighs
        service.records.add_note(f"Other {i}", "cargo only")
    counts = search.DocCounts()
    conn = service._vault.conn
    counts.refresh(conn)
    assert counts.weightless(conn, '"cargo"*')
    assert not counts.weightless(conn, '"kestrel"*')
    found = search.find(conn, "cargo kestrel", counts=counts)
    assert found.ranked
    assert [h.id for h in found.hits] == _bm25_order(service, "cargo kestrel")
    assert len(found.hits) == 6


def test_doc_counts_are_forgotten_when_the_vault_changes(service: VaultService) -> None:
    conn = service._vault.conn
    service.records.add_note("One", "cargo kestrel")
    service.records.add_note("Two", "cargo")
    counts = search.DocCounts()
    counts.refresh(conn)
    assert counts.weightless(conn, '"cargo"*')
    for i in range(4):
        service.records.add_note(f"Later {i}", "nothing about it")
    counts.refresh(conn)
    assert not counts.weightless(conn, '"cargo"*')  # 2 of 6 now: it weighs again
    other = service.for_worker()  # a write through another connection is noticed too
    try:
        for i in range(3):
            other.records.add_note(f"Elsewhere {i}", "cargo")
    finally:
        other.close()
    counts.refresh(conn)
    assert counts.weightless(conn, '"cargo"*')  # 5 of 9


def test_the_service_ranks_as_bm25_does_while_notes_are_added(service: VaultService) -> None:
    for i in range(1, 5):
        service.records.add_note(f"Report {i}", "cargo " + " ".join(["kestrel"] * i) + " x" * (4 - i))
    assert [h.id for h in service.records.search("cargo kestrel")] == _bm25_order(service, "cargo kestrel")
    for i in range(8):
        service.records.add_note(f"Padding {i}", "nothing")
    service.records.add_note("Report 5", "cargo cargo cargo cargo cargo kestrel")
    assert [h.id for h in service.records.search("cargo kestrel")] == _bm25_order(service, "cargo kestrel")
