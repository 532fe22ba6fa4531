"""Full-text search over notes: words, prefixes, accents, and user text that is not FTS syntax."""

from __future__ import annotations

import pytest

from app.service import VaultService
from vault.search import to_fts_query


def test_search_finds_notes_by_any_words_in_title_or_body(service: VaultService) -> None:
    a = service.add_note("Meeting at the port", "The harbour master described container MSCU1234567.")
    b = service.add_note("Call with NGO", "Reports of ammunition crates near the port.")
    assert {h.id for h in service.search("port")} == {a.id, b.id}
    assert [h.id for h in service.search("harbour container")] == [a.id]
    assert [h.id for h in service.search("ammun")] == [b.id]  # prefixes match
    assert [h.kind for h in service.search("crates")] == ["note"]


def test_accents_do_not_matter(service: VaultService) -> None:
    note = service.add_note("Réunion à Bunia", "Témoignage d'un déplacé")
    assert [h.id for h in service.search("reunion temoignage")] == [note.id]


def test_edits_update_the_index(service: VaultService) -> None:
    note = service.add_note("Meeting", "old-word")
    service.edit_record(note.id, {"body": "new-word"})
    assert service.search("old") == []
    assert [h.id for h in service.search("new")] == [note.id]


@pytest.mark.parametrize("text", ['"unbalanced', "AND OR NOT", "col:umn", "*", "NEAR(a b)", "a) OR (b"])
def test_user_text_is_never_fts_syntax(service: VaultService, text: str) -> None:
    service.add_note("AND OR NOT col umn", "a b")
    service.search(text)  # must not raise


def test_text_without_words_finds_nothing(service: VaultService) -> None:
    service.add_note("Meeting", "x")
    assert service.search("  -- ") == []
    assert to_fts_query("!!") is None
