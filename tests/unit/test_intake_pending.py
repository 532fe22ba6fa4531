"""Evidence received in a bundle is examined in the archive: its text is searchable, it has a thumbnail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import media
from tests.unit.test_bundles import Group, make_group
from vault.intake import pending


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Group]:
    g = make_group(tmp_path)
    yield g
    for svc in (g.archive, g.alice, g.bob):
        svc.close()


def test_a_merged_document_is_searchable_by_its_text_and_a_photo_has_a_thumbnail_after_the_merge(
    group: Group,
) -> None:
    pdf = group.root / "manifest.pdf"
    pdf.write_bytes(media.pdf(["Cargo manifest listing crates of Zanthorium cartridges"]))
    photo = group.root / "crate.jpg"
    photo.write_bytes(media.jpeg())
    doc_item, photo_item = group.alice.evidence.import_files([pdf, photo]).outcomes
    bundle = group.bundle(group.alice, "b1")
    conn = group.archive._vault.conn
    seen: list[tuple[int, int]] = []
    (report,) = group.archive.bundles.merge_bundles([bundle], examined=lambda d, t: seen.append((d, t)))
    assert report.status == "merged"
    assert pending.pending(conn) == []  # the merge examined what it received
    assert seen[-1] == (2, 2)
    assert group.archive.examine_pending() == 0
    assert [h.id for h in group.archive.records.search("zanthorium")] == [doc_item.id]
    assert group.archive.evidence.thumbnail(photo_item.id or "") is not None
    assert group.archive.verify().ok


def test_examination_runs_only_on_what_was_never_examined_here(group: Group) -> None:
    pdf = group.root / "a.pdf"
    pdf.write_bytes(media.pdf(["text"]))
    group.alice.evidence.import_files([pdf])
    assert pending.pending(group.alice._vault.conn) == []  # intake examined it
    assert group.alice.examine_pending() == 0
