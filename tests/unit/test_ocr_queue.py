"""OCR behind the import: items are stored at once, their pages wait in a queue inside the vault, are
read in the worker processes, become searchable, and a stop — cancel, crash or lock — loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.service import VaultService
from tests import media, ocrpages
from tests.helpers import PASSPHRASE
from vault.guard.gate import Gate
from vault.keys.secret import Passphrase
from vault.ocr import queue

ARABIC_WORD = "الميناء"


def _import(service: VaultService, folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    outcome = service.evidence.import_files([path]).outcomes[0]
    assert outcome.id is not None
    return outcome.id


def _page(lines: list[str], font: Path = ocrpages.DEJAVU_SERIF) -> bytes:
    return ocrpages.encode(ocrpages.render(lines, font, 40), "PNG")


def _found(service: VaultService, words: str) -> list[str]:
    return [hit.id for hit in service.records.search(words)]


def test_a_photographed_page_is_stored_at_once_and_searchable_once_read(
    service: VaultService, tmp_path: Path
) -> None:
    item = _import(service, tmp_path, "IMG_0100.png", _page(ocrpages.ENGLISH))
    assert service.evidence.evidence_info(item).name == "IMG_0100.png"  # stored and shown before OCR
    assert _found(service, "Northern Logistics") == []
    assert service.ocr.status().queued == 1
    run = service.ocr.run()
    assert (run.pages, run.originals, run.documents, run.cancelled) == (1, 1, 1, False)
    assert _found(service, "Northern Logistics") == [item]
    assert _found(service, "Falcon 9123456") == [item]
    (page,) = service.ocr.text(item)
    assert page[0] == 0
    assert "RPG-7 launchers" in page[1]
    words = service.ocr.words(item)
    assert words.size[0] > 0
    assert len(words.words) > 40
    assert all(0 <= w[5] <= 100 for w in words.words)


def test_arabic_is_read_right_to_left_and_searchable(service: VaultService, tmp_path: Path) -> None:
    service.ocr.set_languages(["eng", "fra", "ara"])
    image = ocrpages.render(ocrpages.ARABIC, ocrpages.DEJAVU_SANS, 48, rtl=True)
    item = _import(service, tmp_path, "letter.png", ocrpages.encode(image, "PNG"))
    service.ocr.run()
    (page,) = service.ocr.text(item)
    assert "الشحنة وصلت إلى الميناء" in page[1]  # words in reading order, not mirrored
    assert _found(service, ARABIC_WORD) == [item]


def test_a_photo_that_does_not_read_like_a_document_adds_no_text(
    service: VaultService, tmp_path: Path
) -> None:
    item = _import(service, tmp_path, "IMG_0101.jpg", media.jpeg(seed=3))
    run = service.ocr.run()
    assert (run.pages, run.documents) == (1, 0)
    assert service.ocr.text(item) == ()
    assert service.ocr.status().queued == 0


def test_only_the_pdf_pages_without_a_text_layer_are_read(service: VaultService, tmp_path: Path) -> None:
    scan = ocrpages.render(ocrpages.FRENCH, ocrpages.LIBERATION_SANS, 40)
    typed = ["Typed page: the manifest lists forty crates of ammunition"]
    pdf = ocrpages.scanned_pdf([typed, scan, ocrpages.render(ocrpages.ENGLISH, ocrpages.DEJAVU_SANS, 40)])
    item = _import(service, tmp_path, "scan.pdf", pdf)
    run = service.ocr.run()
    assert run.pages == 2
    assert run.originals == 1
    pages = dict(service.ocr.text(item))
    assert sorted(pages) == [2, 3]
    assert "cargaison" in pages[2]
    assert "Consignee" in pages[3]
    assert _found(service, "inspectée Bangui") == [item]
    assert _found(service, "forty crates") == [item]  # the text layer, as before


def test_a_cancelled_run_keeps_what_it_read_and_the_next_resumes(
    service: VaultService, tmp_path: Path
) -> None:
    items = [
        _import(service, tmp_path, f"page{n}.png", _page([f"Page {n} of the ledger", *ocrpages.ENGLISH[n:]]))
        for n in range(3)
    ]
    nothing = service.ocr.run(cancelled=lambda: True)
    assert nothing.cancelled
    assert nothing.pages == 0
    assert service.ocr.status().queued == 3
    read: list[int] = []
    first = service.ocr.run(progress=lambda done, _total: read.append(done), cancelled=lambda: len(read) >= 1)
    assert first.cancelled
    assert 1 <= first.pages < 3  # one batch read (vault/ocr/run.py: batches fit the workers)
    assert service.ocr.status().queued == 3 - first.pages
    rest = service.ocr.run()
    assert (rest.pages, rest.originals, rest.cancelled) == (3 - first.pages, 3 - first.pages, False)
    assert all(len(service.ocr.text(i)) == 1 for i in items)


def test_a_crash_and_a_lock_in_the_middle_of_a_pdf_lose_only_the_page_being_read(
    service: VaultService, vault_path: Path, tmp_path: Path
) -> None:
    scans = [
        ocrpages.render([f"Ledger sheet {n}", *ocrpages.ENGLISH[:3]], ocrpages.DEJAVU_SANS, 40)
        for n in range(4)
    ]
    item = _import(service, tmp_path, "ledger.pdf", ocrpages.scanned_pdf(list(scans)))

    def crash(done: int, _total: int) -> None:
        if done == 2:
            raise RuntimeError("the laptop's battery ran out")

    with pytest.raises(RuntimeError):
        service.ocr.run(progress=crash)
    service.close()  # locked; what was committed stays
    reopened = VaultService.unlock(vault_path, Passphrase.from_text(PASSPHRASE))
    try:
        conn = reopened._vault.conn
        assert queue.pending(conn) == [(queue.pending(conn)[0][0], [3, 4])]
        rest = reopened.ocr.run()
        assert rest.pages == 2  # pages 1 and 2 were not read again
        assert [n for n, _ in reopened.ocr.text(item)] == [1, 2, 3, 4]
        assert "Ledger sheet 3" in dict(reopened.ocr.text(item))[4]
    finally:
        reopened.close()


def test_after_adding_a_language_items_are_read_again(service: VaultService, tmp_path: Path) -> None:
    image = ocrpages.render(ocrpages.ARABIC, ocrpages.DEJAVU_SANS, 48, rtl=True)
    item = _import(service, tmp_path, "letter.png", ocrpages.encode(image, "PNG"))
    service.ocr.run()
    assert _found(service, ARABIC_WORD) == []  # read in English and French only
    service.ocr.set_languages(["eng", "fra", "ara"])
    assert service.ocr.read_again() == 1
    sha = service.evidence.evidence_info(item).sha256
    # Meanwhile the gate reads what was read before (an item read again is not held back).
    assert Gate(service._vault.conn, service._vault.identity, "a test").original(sha, "the letter") == []
    service.ocr.run()
    assert _found(service, ARABIC_WORD) == [item]


def test_a_deleted_item_is_not_read(service: VaultService, tmp_path: Path) -> None:
    item = _import(service, tmp_path, "IMG_0102.png", _page(ocrpages.ENGLISH))
    service.records.delete_record(item, "imported by mistake")
    assert service.ocr.status().queued == 0
    assert service.ocr.run().pages == 0
