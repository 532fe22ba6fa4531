"""Source safety: a photographed page naming a protected source stops an output exactly as typed text does.

What OCR reads on a photo or a scanned page is read by the outbound gate like any text of that
original; an original whose pages OCR has not read yet cannot leave at all (what it says is unknown),
and that holds where OCR is not available too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.service import VaultService
from exporters.images import Box
from tests import ocrpages
from tests.unit.test_bundles import Group, make_group
from vault.guard.gate import NotYetRecognised, PictureUnread
from vault.guard.leakguard import LeakRefused, OriginalsRefused

NAME = "Amina Kettaneh"
LINES = [f"Meeting with {NAME} at the port office", *ocrpages.ENGLISH[:4]]


def _protect(service: VaultService) -> None:
    service.model.add_model_record("source", {"name": NAME, "protection": "protected", "type": "informant"})


def _import(service: VaultService, folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    outcome = service.evidence.import_files([path]).outcomes[0]
    assert outcome.id is not None
    return outcome.id


def _photo(lines: list[str]) -> bytes:
    return ocrpages.encode(ocrpages.render(lines, ocrpages.DEJAVU_SERIF, 40), "JPEG", quality=90)


def test_a_typed_page_and_a_photographed_page_naming_a_source_both_stop_the_export(
    service: VaultService, tmp_path: Path
) -> None:
    _protect(service)
    (tmp_path / "out").mkdir()
    typed = _import(service, tmp_path, "typed.txt", "\n".join(LINES).encode())
    photographed = _import(service, tmp_path, "IMG_2041.jpg", _photo(LINES))
    with pytest.raises(LeakRefused) as typed_refusal:
        service.evidence.export_file(typed, tmp_path / "out" / "typed.txt")
    with pytest.raises(LeakRefused) as photo_refusal:  # OCR runs first: the page is read before it leaves
        service.evidence.export_file(photographed, tmp_path / "out" / "IMG_2041.jpg")
    assert "S-001" in str(typed_refusal.value)
    assert "S-001" in str(photo_refusal.value)
    assert "OCR" in str(photo_refusal.value)  # the place: the text recognised on the photo
    assert NAME not in str(photo_refusal.value)
    assert not (tmp_path / "out" / "IMG_2041.jpg").exists()
    assert service.ocr.status().queued == 0


def test_a_photographed_page_naming_nobody_protected_leaves_once_read(
    service: VaultService, tmp_path: Path
) -> None:
    _protect(service)
    item = _import(service, tmp_path, "IMG_2042.jpg", _photo(ocrpages.ENGLISH))
    service.evidence.export_file(item, tmp_path / "out.jpg")
    assert (tmp_path / "out.jpg").exists()


def test_where_ocr_cannot_run_a_photographed_page_cannot_leave(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _protect(service)
    item = _import(service, tmp_path, "IMG_2043.jpg", _photo(ocrpages.ENGLISH))
    with monkeypatch.context() as m:
        m.setenv("PATH", str(tmp_path / "no-programs-here"))  # no Tesseract on this computer
        with pytest.raises(NotYetRecognised, match="not read yet"):
            service.evidence.export_file(item, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()
    assert service.ocr.status().queued == 1  # nothing was lost: it waits for OCR


@pytest.fixture
def group(tmp_path: Path) -> Iterator[Group]:
    g = make_group(tmp_path, enroll=("alice",))
    yield g
    for svc in (g.archive, g.alice, g.bob):
        svc.close()


def test_a_bundle_carrying_a_photographed_page_naming_a_source_is_refused(group: Group) -> None:
    _protect(group.alice)
    item = _import(group.alice, group.root, "IMG_2044.jpg", _photo(LINES))
    out = group.root / "b.fvb"
    with pytest.raises(OriginalsRefused) as refused:
        group.alice.bundles.write_bundle(group.archive_id, out, everything=True)
    assert item in refused.value.record_ids
    assert not out.exists()


def test_an_exported_photograph_is_read_as_it_leaves_and_a_redacted_name_lets_it_go(
    service: VaultService, tmp_path: Path
) -> None:
    _protect(service)
    item = _import(service, tmp_path, "IMG_2045.jpg", _photo(LINES))
    with pytest.raises(LeakRefused) as refused:
        service.shares.export_photo(item, tmp_path / "page.jpg")
    assert "the photograph, text recognised (OCR)" in str(refused.value)
    assert not (tmp_path / "page.jpg").exists()
    # The first line (the name) blacked out: what leaves is read as it leaves, and shows nobody.
    service.shares.export_photo(item, tmp_path / "page.jpg", redact=[Box(0, 0, 2000, 98)])
    assert (tmp_path / "page.jpg").exists()


def test_where_ocr_cannot_run_a_photograph_is_not_exported_unread(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = _import(service, tmp_path, "IMG_2046.jpg", _photo(ocrpages.ENGLISH))
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    with pytest.raises(PictureUnread, match="the Tesseract program is not installed"):
        service.shares.export_photo(item, tmp_path / "page.jpg")
    assert not (tmp_path / "page.jpg").exists()


def test_the_backlog_of_a_vault_made_before_ocr_is_read_behind_not_before_a_bundle(
    group: Group, monkeypatch: pytest.MonkeyPatch
) -> None:
    _protect(group.alice)
    item = _import(group.alice, group.root, "IMG_2047.jpg", _photo(LINES))
    conn = group.alice._vault.conn
    conn.execute("UPDATE ocr_queue SET holds = 0")  # as the v7 step queues what a vault already held
    group.alice.bundles.write_bundle(group.archive_id, group.root / "b.fvb", everything=True)
    assert group.alice.ocr.status().queued == 1  # the bundle did not wait for it
    group.alice.ocr.run()  # read behind; from now on the gate reads what it shows
    with pytest.raises(OriginalsRefused) as refused:
        group.alice.bundles.write_bundle(group.archive_id, group.root / "b2.fvb", everything=True)
    assert item in refused.value.record_ids
