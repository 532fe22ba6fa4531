"""OCR in the app: what an import stored is read behind it with progress; Cancel keeps what was read and
"Read text now" resumes; the viewer shows the recognised text beside the image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.service_ocr import OcrRun
from tests import media, ocrpages
from tests.ui.test_evidence import _evidence, _import
from ui.main_window import MainWindow


def _page(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_bytes(ocrpages.encode(ocrpages.render(lines, ocrpages.DEJAVU_SANS, 40), "PNG"))
    return path


def test_an_import_is_read_behind_it_and_the_viewer_shows_the_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    with qtbot.waitSignal(page.ocr.runner.finished, timeout=60_000) as finished:
        report = _import(qtbot, page, [_page(tmp_path, "euc.png", ocrpages.ENGLISH)])
    run = finished.args[0]
    assert isinstance(run, OcrRun)
    assert (run.pages, run.documents, run.cancelled) == (1, 1, False)
    qtbot.waitUntil(lambda: not page.ocr.isVisible(), timeout=10_000)  # nothing waits any more
    item = report.outcomes[0].id
    assert item is not None
    viewer = window.open_viewer(item)
    qtbot.waitUntil(viewer.recognised.isVisible, timeout=10_000)
    assert "Northern Logistics Company" in viewer.recognised.toPlainText()


def test_cancel_keeps_what_was_read_and_read_now_resumes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    page.ocr.auto = False
    files = [_page(tmp_path, f"sheet{n}.png", [f"Sheet {n}", *ocrpages.ENGLISH]) for n in range(6)]
    with qtbot.waitSignal(page.ocr.runner.progressed, timeout=60_000):
        report = _import(qtbot, page, files)  # the import turns reading on behind it
    assert page.ocr.cancel_button.isVisible()
    with qtbot.waitSignal(page.ocr.runner.finished, timeout=30_000) as finished:
        page.ocr.cancel_button.click()
    first = finished.args[0]
    assert isinstance(first, OcrRun)
    assert first.cancelled
    assert first.pages < 6
    qtbot.waitUntil(page.ocr.start_button.isVisible, timeout=10_000)  # waits for the expert now
    assert "wait for text recognition" in page.ocr.status.text()
    with qtbot.waitSignal(page.ocr.runner.finished, timeout=60_000) as again:
        page.ocr.start_button.click()
    rest = again.args[0]
    assert isinstance(rest, OcrRun)
    assert first.pages + rest.pages == 6
    assert len(report.outcomes) == 6


def test_a_search_hit_marks_its_words_on_the_photograph(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    with qtbot.waitSignal(page.ocr.runner.finished, timeout=60_000):
        _import(qtbot, page, [_page(tmp_path, "euc.png", ocrpages.ENGLISH)])
    with qtbot.waitSignal(window.search_page.search_done, timeout=10_000) as done:
        window.search_page.run("northern logist")
    (hit,) = done.args[0]
    window.on_hit_activated(hit)
    viewer = window.viewers[-1]
    assert viewer.record_id == hit.id
    qtbot.waitUntil(lambda: len(viewer.photo.marks) == 2, timeout=10_000)  # "Northern" and "Logistics,"
    marked = sorted(mark.rect().left() for mark in viewer.photo.marks)
    assert marked[0] < marked[1]
    line = ocrpages.ENGLISH.index("Consignee: Northern Logistics Company, Port Sudan")
    top = 40 + 40 + line * int(40 * 1.6) - 40  # the line's baseline less its type size, as rendered
    assert all(abs(mark.rect().top() - top) < 20 for mark in viewer.photo.marks)


def test_the_languages_are_chosen_in_the_app_and_what_was_read_is_read_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    with qtbot.waitSignal(page.ocr.runner.finished, timeout=60_000):
        _import(qtbot, page, [_page(tmp_path, "euc.png", ocrpages.ENGLISH)])
    page.ocr_button.click()
    qtbot.waitUntil(lambda: page.ocr.dialog is not None and page.ocr.dialog.isVisible(), timeout=10_000)
    dialog = page.ocr.dialog
    assert dialog is not None
    assert [c for c, box in dialog.boxes.items() if box.isChecked()] == ["eng", "fra"]
    for box in dialog.boxes.values():
        box.setChecked(False)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    assert not ok.isEnabled()  # at least one language
    dialog.boxes["eng"].setChecked(True)
    dialog.boxes["ara"].setChecked(True)
    dialog.again.setChecked(True)
    with qtbot.waitSignal(page.ocr.runner.finished, timeout=60_000) as again:
        dialog.buttons.accepted.emit()
    run = again.args[0]
    assert isinstance(run, OcrRun)
    assert run.pages == 1  # read again, in English and Arabic
    assert window.service.ocr.status().languages == ("eng", "ara")


def test_a_search_hit_in_a_pdf_is_marked_on_its_page_and_shown_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    path = tmp_path / "manifest.pdf"
    path.write_bytes(
        media.pdf(["Cover page, nothing here", "Consignee: Northern Logistics Company\nPort Sudan"])
    )
    _import(qtbot, page, [path])
    with qtbot.waitSignal(window.search_page.search_done, timeout=10_000) as done:
        window.search_page.run("northern logist")
    (hit,) = done.args[0]
    window.on_hit_activated(hit)
    viewer = window.viewers[-1]
    qtbot.waitUntil(lambda: viewer.shown_kind == "pdf", timeout=10_000)
    found = viewer.pdf.search
    qtbot.waitUntil(lambda: found.rowCount(QModelIndex()) == 1, timeout=10_000)
    assert found.searchString() == "northern"  # the longest word of the search
    assert viewer.pdf.currentSearchResultIndex() == 0
    assert found.resultAtIndex(0).page() == 1  # on the second page, where the words are
    assert viewer.pdf.pageNavigator().currentPage() == 1
