"""Several pages read in one Tesseract call (vault/ocr/job.py, engine.py, run.py): each page gets its own
words, in order; a page that cannot be decoded, or a call that uses up its processor time, costs only
its own page: the rest are read, and the run asks again page by page.

Some tests put a stand-in ``tesseract`` first on the PATH (tests/tesseract_standin.py): a small
program that behaves like the real one, or, for the pages it is told to, uses up its processor time or
is killed as the kernel kills a program over its RLIMIT_CPU. Tesseract is an outside program; the code
under test is ours, unchanged."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from app.service import VaultService
from tests import ocrpages
from tests.tesseract_standin import HOSTILE_WIDTH, stand_in
from vault.intake.findings import Findings
from vault.ocr import engine, job

LATIN = ("eng", "fra")


def _lines(marker: str) -> list[str]:
    return [f"Ledger sheet {marker}", *ocrpages.ENGLISH[:3]]


def _png(marker: str, width: int = 2000) -> bytes:
    return ocrpages.encode(ocrpages.render(_lines(marker), ocrpages.DEJAVU_SANS, 40, width=width), "PNG")


def _pages_of(found: Findings) -> list[Findings]:
    inner = [a.findings for a in found.attachments]
    assert all(f is not None for f in inner)
    return [f for f in inner if f is not None]


def test_pages_of_photos_and_of_a_pdf_read_in_one_call_each_get_their_own_words() -> None:
    pdf = ocrpages.scanned_pdf([_lines("Pdf-one"), _lines("Pdf-two")])
    blobs = [_png("Alpha"), pdf, _png("Bravo")]
    found = job.handle(job.batch(blobs, [(0, 0), (1, 1), (2, 0), (1, 2)], LATIN))
    assert found.problem is None
    pages = _pages_of(found)
    assert [f.pages[0][0] for f in pages] == [0, 1, 0, 2]
    texts = [f.pages[0][1] for f in pages]
    for text, marker in zip(texts, ["Alpha", "Pdf-one", "Bravo", "Pdf-two"], strict=True):
        assert f"Ledger sheet {marker}" in text
        assert all(other not in text for other in ["Alpha", "Bravo", "Pdf-one", "Pdf-two"] if other != marker)
    for f in pages:  # each page's boxes are its own (what the viewer highlights)
        words = f.metadata["ocr"]["words"]
        assert any(w[0] == "sheet" for w in words)
        assert f.metadata["ocr"]["size"][0] > 0


def test_an_undecodable_image_in_a_batch_is_answered_alone_and_the_others_are_read() -> None:
    found = job.handle(job.batch([_png("Alpha"), b"\xff\xd8\xff\xe0" + b"\0" * 40, _png("Bravo")],
                                 [(0, 0), (1, 0), (2, 0)], LATIN))  # fmt: skip
    first, bad, last = _pages_of(found)
    assert "Ledger sheet Alpha" in first.pages[0][1]
    assert bad.problem == "the image could not be decoded"
    assert bad.pages == []
    assert "Ledger sheet Bravo" in last.pages[0][1]


@pytest.mark.parametrize(
    "header",
    [
        {"languages": ["eng"], "sizes": [5], "pages": [[0, 0]]},  # more bytes claimed than sent
        {"languages": ["eng"], "sizes": [1], "pages": [[3, 0]]},  # a page of a blob not sent
        {"languages": ["eng"], "sizes": [1], "pages": []},  # nothing asked
        {"languages": ["eng"], "sizes": [1], "pages": [[0, 0]] * (job.MAX_BATCH + 1)},  # too many
        {"languages": ["eng"], "sizes": [-1], "pages": [[0, 0]]},
        {"languages": ["eng"], "sizes": [0], "pages": [[0, 0]]},  # a byte left over
    ],
)
def test_a_malformed_batch_request_is_refused(header: dict[str, object]) -> None:
    import json
    import struct

    encoded = json.dumps(header).encode()
    message = job.MAGIC + struct.pack("<I", len(encoded)) + encoded + b"x"
    assert job.handle(message).problem == "not an OCR request"


def test_tesseract_is_stopped_by_its_processor_time_not_left_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stand_in(tmp_path / "bin", "spin")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(engine, "CPU_S_PER_CALL", 1.0)
    page = Image.open(io.BytesIO(_png("Alpha", width=HOSTILE_WIDTH)))
    with pytest.raises(engine.TooLong, match="of processor time"):
        engine.recognise(page, LATIN)
    found = job.handle(job.request(_png("Alpha", width=HOSTILE_WIDTH), LATIN, 0))
    assert found.problem == "reading its text took more than 1 s of processor time"


def test_a_batch_that_fails_as_a_whole_is_read_again_page_by_page(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stand_in(tmp_path / "bin", "killed-batch", "killed-hostile")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    items = []
    markers = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]
    for n, width in enumerate([2000, HOSTILE_WIDTH, 2000, 2000, 2000, 2000]):
        path = tmp_path / f"page{n}.png"
        path.write_bytes(_png(markers[n], width=width))
        outcome = service.evidence.import_files([path]).outcomes[0]
        assert outcome.id is not None
        items.append(outcome.id)
    run = service.ocr.run()
    assert (run.pages, run.originals, run.documents) == (6, 6, 5)
    assert run.problems == ("the image: reading its text took more than 60 s of processor time",)
    for n, item in enumerate(items):
        text = " ".join(t for _p, t in service.ocr.text(item))
        assert (f"Ledger sheet {markers[n]}" in text) == (n != 1)
    assert service.ocr.status().queued == 0


def _tsv(*rows: str) -> str:
    return (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        + "\n".join(rows)
    )


def test_words_are_never_given_to_another_image_than_the_one_tesseract_announced() -> None:
    page = "1\t{n}\t0\t0\t0\t0\t0\t0\t{w}\t{h}\t-1\t"
    word = "5\t{n}\t1\t1\t1\t1\t10\t10\t50\t20\t96\t{text}"
    sizes = [(100, 200), (300, 400)]
    found = engine.parse_pages(
        _tsv(page.format(n=1, w=100, h=200), word.format(n=1, text="first"),
             page.format(n=2, w=300, h=400), word.format(n=2, text="second")), sizes)  # fmt: skip
    assert [r.text for r in found] == ["first", "second"]
    for wrong in [
        _tsv(page.format(n=1, w=100, h=200), word.format(n=1, text="first"), word.format(n=2, text="second")),
        _tsv(page.format(n=1, w=300, h=400), page.format(n=2, w=100, h=200)),  # sizes swapped
        _tsv(page.format(n=2, w=300, h=400), page.format(n=1, w=100, h=200)),  # out of order
        _tsv(page.format(n=1, w=100, h=200), page.format(n=1, w=100, h=200), page.format(n=2, w=300, h=400)),
    ]:
        with pytest.raises(ValueError, match="do not match"):
            engine.parse_pages(wrong, sizes)
