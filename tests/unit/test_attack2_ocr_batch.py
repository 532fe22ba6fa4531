"""An adversarial review of OCR batching (vault/ocr/engine.py, job.py, run.py): several pages, perhaps of
different originals, read in one Tesseract call. Each test is an attack; the ones that broke through
were fixed (vault/ocr/*, vault/intake/derived.py) and are kept here, with the ones that held and are cheap.

- Words of one original given to another: pages Tesseract finds nothing on between two originals (held),
  multi-frame originals batched with others (held, and each frame now its own page).
- The outbound gate: every frame of a multi-frame original (TIFF scan, GIF, WebP, MPO JPEG) is read
  before it may leave (broke through: only the first was, so a source named on a scan's second page
  left unchecked); a damaged page must not stop a PDF's survey (broke through: the survey raised, no
  scanned page was read, the PDF left); a page OCR could not read is refused as unread, not let out
  with its text unknown (broke through); a picture read as it leaves with frames past the first is
  refused (it was read by its first alone).
- Resource abuse: a hostile page in a batch gets one call's processor time and clock, not one per page
  (broke through: four pages' worth, then its own again alone); a processor limit set lower for the app
  must not crash the reader (broke through: every call failed to start); an image of many frames is read
  up to a limit, a few requests at a time, the rest said (each frame is found by walking those before it).
- The queue: a run cancelled while a failed batch is read again page by page, or in the middle of a
  scan's frames, marks nothing unread as read, and the next run resumes (held).

Some tests put a stand-in ``tesseract`` first on the PATH (worker processes inherit it): a small program
that runs the real one except where it is told to misbehave, as the kernel or a hostile page would make
it. Tesseract is an outside program; the code under test is ours, unchanged.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from app.service import VaultService
from tests import ocrpages
from tests.tesseract_standin import HOSTILE_WIDTH, stand_in
from vault.guard.leakguard import LeakRefused
from vault.intake.findings import Findings
from vault.ocr import engine, job, run

LATIN = ("eng", "fra")
NAME = "Amina Kettaneh"
ROOT = Path(__file__).resolve().parents[2]


def _lines(marker: str) -> list[str]:
    return [f"Ledger sheet {marker}", *ocrpages.ENGLISH[:2]]


def _sheet(marker: str, width: int = 2000) -> Image.Image:
    return ocrpages.render(_lines(marker), ocrpages.DEJAVU_SANS, 40, width=width)


def _png(marker: str, width: int = 2000) -> bytes:
    return ocrpages.encode(_sheet(marker, width), "PNG")


def _encoded(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _frames(fmt: str, pages: list[Image.Image]) -> bytes:
    """``pages`` as the frames of one image file: a multi-page TIFF, an animated GIF or WebP."""
    out = io.BytesIO()
    every: dict[str, dict[str, object]] = {"TIFF": {"compression": "packbits"}, "WEBP": {"lossless": True}}
    options = every.get(fmt, {})
    frames = [p.convert("P") if fmt == "GIF" else p.convert("RGB") if fmt == "MPO" else p for p in pages]
    frames[0].save(out, fmt, save_all=True, append_images=frames[1:], **options)
    return out.getvalue()


def _pages_of(found: Findings) -> list[Findings]:
    inner = [a.findings for a in found.attachments]
    assert all(f is not None for f in inner)
    return [f for f in inner if f is not None]


def _text(found: Findings) -> str:
    return found.pages[0][1] if found.pages else ""


def _import(service: VaultService, folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    outcome = service.evidence.import_files([path]).outcomes[0]
    assert outcome.id is not None
    return outcome.id


# --- words of one original given to another ---------------------------------------------------------


@pytest.mark.parametrize(
    "between",
    [
        Image.new("L", (1, 1), 0),  # too small for Tesseract to scale
        Image.new("L", (2000, 400), 255),  # blank: "Empty page!!"
        Image.new("L", (3000, 3), 0),  # one line of pixels
    ],
    ids=["one-pixel", "blank", "thin"],
)
def test_a_page_tesseract_finds_nothing_on_takes_no_words_from_the_originals_around_it(
    between: Image.Image,
) -> None:
    found = job.handle(
        job.batch([_png("Alpha"), _encoded(between), _png("Bravo")], [(0, 0), (1, 0), (2, 0)], LATIN)
    )
    first, middle, last = _pages_of(found)
    assert "Ledger sheet Alpha" in _text(first)
    assert "Bravo" not in _text(first)
    assert _text(middle) == ""
    assert middle.metadata["ocr"]["words"] == []
    assert "Ledger sheet Bravo" in _text(last)
    assert "Alpha" not in _text(last)


def test_the_frames_of_a_multi_page_scan_batched_with_another_original_keep_their_own_words() -> None:
    scan = _frames("TIFF", [_sheet("Alpha"), _sheet("Bravo", width=1800)])
    first, other = _pages_of(job.handle(job.batch([scan, _png("Charlie")], [(0, 0), (1, 0)], LATIN)))
    assert "Ledger sheet Alpha" in _text(first)
    assert "Bravo" not in _text(first)
    assert first.metadata["ocr_frames"] == 2  # the caller reads the second frame next
    assert "Ledger sheet Charlie" in _text(other)
    assert "Bravo" not in _text(other)
    second, again = _pages_of(job.handle(job.batch([scan, _png("Delta")], [(0, 2), (1, 0)], LATIN)))
    assert second.pages[0][0] == 2
    assert "Ledger sheet Bravo" in _text(second)
    assert "Alpha" not in _text(second)
    assert second.metadata["ocr"]["size"][0] == 1800  # the boxes are measured on that frame
    assert "Ledger sheet Delta" in _text(again)


def _tiny_frames(fmt: str, count: int) -> bytes:
    tiny = [Image.new("L", (8, 8), 255) for _ in range(count)]
    for n, frame in enumerate(tiny):
        frame.putpixel((0, 0), n % 256)  # distinct frames: GIF would merge identical ones
    return _frames(fmt, tiny)


@pytest.mark.parametrize(("fmt", "limit"), [("GIF", job.ANIMATION_MAX_FRAMES), ("TIFF", job.MAX_FRAMES)])
def test_an_image_of_a_great_many_frames_says_how_many_and_none_past_the_limit_is_read(
    fmt: str, limit: int
) -> None:
    many = _tiny_frames(fmt, limit + 5)
    first = job.handle(job.request(many, LATIN, 0))
    assert first.problem is None
    assert first.metadata["ocr_frames"] == limit + 5  # the run reads up to the limit, says the rest
    last = job.handle(job.request(many, LATIN, limit))
    assert last.problem is None
    assert last.pages[0][0] == limit
    past = job.handle(job.request(many, LATIN, limit + 1))  # never another frame in its place
    assert past.problem == "the image could not be decoded"
    assert past.pages == []


def test_an_animation_of_many_frames_is_read_up_to_its_limit_and_the_rest_is_said(
    service: VaultService, tmp_path: Path
) -> None:
    item = _import(service, tmp_path, "loop.gif", _tiny_frames("GIF", job.ANIMATION_MAX_FRAMES + 5))
    outcome = service.ocr.run()
    assert (outcome.pages, outcome.originals) == (job.ANIMATION_MAX_FRAMES, 1)
    assert outcome.problems == ("text extracted from the first 100 of 105 pages",)
    assert service.ocr.status().queued == 0
    assert service.ocr.text(item) == ()


# --- the outbound gate --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["TIFF", "GIF", "WEBP", "MPO"])  # MPO: a JPEG carrying further pictures
def test_a_source_named_on_the_second_page_of_a_multi_page_scan_stops_the_export(
    service: VaultService, tmp_path: Path, fmt: str
) -> None:
    service.model.add_model_record("source", {"name": NAME, "protection": "protected", "type": "informant"})
    first = ocrpages.render(ocrpages.ENGLISH[:5], ocrpages.DEJAVU_SERIF, 40)
    lines = [f"Meeting with {NAME} at the port office", *ocrpages.ENGLISH[5:], ocrpages.ENGLISH[0]]
    second = ocrpages.render(lines, ocrpages.DEJAVU_SERIF, 40)  # the same size (an animated WebP's frames)
    suffix = "jpg" if fmt == "MPO" else fmt.lower()
    item = _import(service, tmp_path, f"scan.{suffix}", _frames(fmt, [first, second]))
    neighbour = _import(service, tmp_path, "IMG_0001.png", _png("Echo"))
    with pytest.raises(LeakRefused) as refusal:  # OCR runs first, every frame: the second names the source
        service.evidence.export_file(item, tmp_path / f"out.{suffix}")
    assert "S-001" in str(refusal.value)
    assert NAME not in str(refusal.value)
    assert not (tmp_path / f"out.{suffix}").exists()
    pages = dict(service.ocr.text(item))
    assert sorted(pages) == [0, 2]
    assert NAME in pages[2]
    assert NAME not in pages[0]
    assert NAME not in " ".join(t for _p, t in service.ocr.text(neighbour))
    assert service.ocr.status().queued == 0
    service.evidence.export_file(neighbour, tmp_path / "neighbour.png")  # its neighbour leaves
    assert (tmp_path / "neighbour.png").exists()


def test_a_scan_whose_first_page_cannot_be_read_still_has_its_other_pages_read_before_it_leaves(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stand_in(tmp_path / "bin", "killed-hostile")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    service.model.add_model_record("source", {"name": NAME, "protection": "protected", "type": "informant"})
    cover = ocrpages.render(ocrpages.ENGLISH[:3], ocrpages.DEJAVU_SERIF, 40, width=HOSTILE_WIDTH)
    naming = ocrpages.render([f"Meeting with {NAME} at the port office"], ocrpages.DEJAVU_SERIF, 40)
    item = _import(service, tmp_path, "scan.tif", _frames("TIFF", [cover, naming]))
    outcome = service.ocr.run()
    assert outcome.problems == ("the image: reading its text took more than 60 s of processor time",)
    assert [p for p, _t in service.ocr.text(item)] == [2]
    assert NAME in service.ocr.text(item)[0][1]
    with pytest.raises(LeakRefused):
        service.evidence.export_file(item, tmp_path / "out.tif")


def _damaged(pdf: bytes, number: int) -> bytes:
    """``pdf`` with its object ``number`` (a page) replaced by null, every offset kept."""
    start = pdf.index(b"\n%d 0 obj" % number) + 1
    end = pdf.index(b"endobj", start)
    body = b"%d 0 obj\nnull\n" % number
    return pdf[:start] + body + b" " * (end - start - len(body)) + pdf[end:]


def test_a_scan_naming_a_source_beside_a_damaged_page_is_read_and_stops_the_export(
    service: VaultService, tmp_path: Path
) -> None:
    service.model.add_model_record("source", {"name": NAME, "protection": "protected", "type": "informant"})
    page = ocrpages.render(
        [f"Meeting with {NAME} at the port office", *ocrpages.ENGLISH[:3]], ocrpages.DEJAVU_SERIF, 40
    )
    pdf = _damaged(ocrpages.scanned_pdf([page, page.copy()]), 5)  # reportlab's second page: object 5
    surveyed = job.handle(job.request(pdf, LATIN, job.SURVEY))  # it crashed the reader: nothing was read
    assert surveyed.problem is None
    assert surveyed.metadata["ocr_todo"] == [1, 2]
    item = _import(service, tmp_path, "scan.pdf", pdf)
    with pytest.raises(LeakRefused) as refusal:
        service.evidence.export_file(item, tmp_path / "out.pdf")
    assert "S-001" in str(refusal.value)  # page 1 read: the source named there
    assert "text recognised (OCR), page 2: the image could not be decoded" in str(refusal.value)
    assert not (tmp_path / "out.pdf").exists()
    assert [p for p, _t in service.ocr.text(item)] == [1]


def test_a_picture_read_as_it_leaves_is_refused_when_it_has_frames_beyond_the_first() -> None:
    single = run.read_picture(_png("Alpha"), LATIN)
    assert "Ledger sheet Alpha" in single
    scan = _frames("TIFF", [_sheet("Alpha"), _sheet("Bravo")])
    with pytest.raises(run.OcrUnavailable, match="the first 1 of 2 pages"):
        run.read_picture(scan, LATIN)


def test_a_photos_further_frame_that_does_not_read_like_a_document_adds_no_text(
    service: VaultService, tmp_path: Path
) -> None:
    photo = ocrpages.render(ocrpages.ENGLISH[:5], ocrpages.DEJAVU_SERIF, 40)
    depth = Image.linear_gradient("L").resize(photo.size)  # a camera's depth map, carried in the JPEG
    item = _import(service, tmp_path, "IMG_3000.jpg", _frames("MPO", [photo, depth]))
    outcome = service.ocr.run()
    assert (outcome.pages, outcome.originals, outcome.documents) == (2, 1, 1)
    assert [p for p, _t in service.ocr.text(item)] == [0]  # the gradient is read (the gate), not shown


def test_a_page_ocr_could_not_read_is_refused_as_unread_until_revealed(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stand_in(tmp_path / "bin", "killed-hostile")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    item = _import(service, tmp_path, "IMG_0002.png", _png("Alpha", width=HOSTILE_WIDTH))
    neighbour = _import(service, tmp_path, "IMG_0003.png", _png("Bravo"))
    with pytest.raises(LeakRefused) as refusal:  # its text is not known: it might name anyone
        service.evidence.export_file(item, tmp_path / "out.png")
    assert str(refusal.value).endswith(
        f"could not be read in full: evidence {item[:8]}, text recognised (OCR), "
        "the image: reading its text took more than 60 s of processor time"
    )
    assert not (tmp_path / "out.png").exists()
    service.evidence.export_file(neighbour, tmp_path / "neighbour.png")  # read: it leaves
    service.evidence.export_file(item, tmp_path / "out.png", reveal=True)  # the expert's explicit choice
    assert (tmp_path / "out.png").exists()


# --- resource abuse -----------------------------------------------------------------------------------


def test_a_hostile_page_in_a_batch_gets_one_calls_processor_time_not_one_per_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stand_in(tmp_path / "bin", "spin")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(engine, "CPU_S_PER_CALL", 1.0)
    blobs = [_png("Alpha", width=HOSTILE_WIDTH), _png("Bravo"), _png("Charlie"), _png("Delta")]
    found = job.handle(job.batch(blobs, [(n, 0) for n in range(4)], LATIN))
    # The batch fails as a whole after one call's time (the run then reads each page alone): before
    # the fix it had four, and the hostile page cost five times its limit.
    assert found.attachments == []
    assert found.problem == "reading its text took more than 1 s of processor time"


def test_a_stalled_batch_is_given_up_after_one_calls_clock_time_not_one_per_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stand_in(tmp_path / "bin", "stall")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(engine, "WALL_S_PER_CALL", 1.0)
    blobs = [_png("Alpha"), _png("Bravo", width=HOSTILE_WIDTH), _png("Charlie")]
    found = job.handle(job.batch(blobs, [(n, 0) for n in range(3)], LATIN))
    assert found.attachments == []
    assert found.problem == "reading its text took longer than 1 s"


def test_a_lower_processor_limit_set_for_the_app_does_not_stop_the_reader() -> None:
    script = (
        "import resource\n"
        "resource.setrlimit(resource.RLIMIT_CPU, (40, 40))\n"
        "from tests.unit.test_attack2_ocr_batch import _png, LATIN\n"
        "from vault.ocr import job\n"
        "found = job.handle(job.batch([_png('Alpha'), _png('Bravo')], [(0, 0), (1, 0)], LATIN))\n"
        "pages = [a.findings for a in found.attachments if a.findings]\n"
        "print(found.problem, [f.pages[0][1].splitlines()[0] for f in pages])\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "None ['Ledger sheet Alpha', 'Ledger sheet Bravo']"


def test_a_request_naming_a_blob_from_the_end_is_refused() -> None:
    message = job.batch([_png("Alpha")], [(-1, 0)], LATIN)
    assert job.handle(message).problem == "not an OCR request"


# --- the queue ----------------------------------------------------------------------------------------


def test_a_run_cancelled_while_a_failed_batch_is_read_again_marks_nothing_unread_as_read(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = stand_in(tmp_path / "bin", "killed-batch")
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    markers = ["Alpha", "Bravo", "Charlie"]
    items = [_import(service, tmp_path, f"page{n}.png", _png(m)) for n, m in enumerate(markers)]
    first = service.ocr.run(cancelled=lambda: any(folder.glob("alone-*")))  # once a page is asked alone
    assert first.cancelled
    assert service.ocr.status().queued == len(markers) - first.originals
    for item, marker in zip(items, markers, strict=True):  # what is marked read was read, and is its own
        text = " ".join(t for _p, t in service.ocr.text(item))
        assert text == "" or (f"Ledger sheet {marker}" in text and text.count("Ledger sheet") == 1)
    assert sum(bool(service.ocr.text(i)) for i in items) == first.originals
    rest = service.ocr.run()
    assert not rest.cancelled
    assert rest.problems == ()
    assert service.ocr.status().queued == 0
    for item, marker in zip(items, markers, strict=True):
        text = " ".join(t for _p, t in service.ocr.text(item))
        assert f"Ledger sheet {marker}" in text
        assert text.count("Ledger sheet") == 1


def test_the_frames_of_a_long_scan_are_read_a_few_at_a_time_and_a_cancelled_run_resumes_at_the_next(
    service: VaultService, tmp_path: Path
) -> None:
    markers = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"]
    scan = _frames("TIFF", [_sheet(m, width=1200) for m in markers])
    item = _import(service, tmp_path, "scan.tif", scan)
    read: list[int] = []
    first = service.ocr.run(progress=lambda done, _total: read.append(done), cancelled=lambda: len(read) >= 2)
    assert first.cancelled
    assert first.pages == 1 + run.BATCH_PAGES  # its first frame, then the next four, then the cancel
    assert service.ocr.status().queued == 1  # the rest wait: the item is still held back
    rest = service.ocr.run()
    assert rest.pages == len(markers) - first.pages
    assert service.ocr.status().queued == 0
    pages = service.ocr.text(item)
    assert [p for p, _t in pages] == [0, *range(2, len(markers) + 1)]
    for (_page, text), marker in zip(pages, markers, strict=True):
        assert f"Ledger sheet {marker}" in text
        assert text.count("Ledger sheet") == 1
