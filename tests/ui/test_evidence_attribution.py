"""Evidence attributed and corrected in the app: caption, source by code, investigation, the date it was
really taken (beside the claimed one), deletion with a reason — in the detail panel and from the grid's
context menu, with the mouse or the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.service import ImportReport
from tests.ui.conftest import jpeg
from ui.dialogs.attribution_dialog import AttributionDialog
from ui.dialogs.delete_evidence_dialog import DeleteEvidenceDialog
from ui.main_window import MainWindow
from ui.pages.evidence_page import EvidencePage
from ui.panels.metadata_panel import MetadataPanel

PROTECTED_NAME = "Amina Diallo"


def _evidence(window: MainWindow) -> EvidencePage:
    window.show_section("evidence")
    return window.evidence_page()


def _world(window: MainWindow) -> dict[str, str]:
    """Two sources (S-001 public, S-002 protected) and an investigation, made through the service."""
    service = window.service
    public = service.model.add_model_record("source", {"name": "Harbour office", "protection": "public"})
    protected = service.model.add_model_record("source", {"name": PROTECTED_NAME, "protection": "protected"})
    inv = service.model.add_model_record("investigation", {"title": "Kestrel Dawn shipments"})
    return {"S-001": public.id, "S-002": protected.id, "investigation": inv.id}


def _import(qtbot: QtBot, page: EvidencePage, tmp_path: Path, names: list[str]) -> dict[str, str]:
    paths = []
    for i, name in enumerate(names):
        path = tmp_path / name
        path.write_bytes(jpeg((30 * i, 80, 140)))
        paths.append(path)
    with qtbot.waitSignal(page.import_done, timeout=30_000) as done:
        assert page.start_import(paths)
    report = done.args[0]
    assert isinstance(report, ImportReport)
    return {o.name: str(o.id) for o in report.outcomes if o.id}


def _select(qtbot: QtBot, page: EvidencePage, *ids: str) -> None:
    """Select the items as a click (and Ctrl+clicks) would, and wait for the panel to show the first."""
    with qtbot.waitSignal(page.metadata.details_shown, timeout=10_000):
        page.grid.clearSelection()
        for n, rid in enumerate(ids):
            row = page.model.row_of(rid)
            assert row is not None
            flag = QItemSelectionModel.SelectionFlag
            command = flag.ClearAndSelect if n == 0 else flag.Select
            page.grid.selectionModel().setCurrentIndex(page.model.index(row), command)
    qtbot.waitUntil(lambda: page.metadata.about.isVisible() or not page.metadata.isVisible(), timeout=5000)


def _shown(panel: MetadataPanel) -> None:
    assert panel.about.isVisibleTo(panel)


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus in an active window, as a person's click would (shortcuts act
    in the active window only)."""
    top = widget.window()
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow, timeout=5000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def test_the_panel_sets_caption_source_by_code_investigation_and_a_corrected_date(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    world = _world(window)
    page = _evidence(window)
    ids = _import(qtbot, page, tmp_path, ["IMG_2041.jpg"])
    item = ids["IMG_2041.jpg"]
    before = window.service.get(item).body
    _select(qtbot, page, item)
    panel = page.metadata
    _shown(panel)
    form = panel.attribution
    codes = [form.source.itemText(i) for i in range(form.source.count())]
    assert any(c.startswith("S-001") for c in codes)
    assert any(c.startswith("S-002") for c in codes)
    assert PROTECTED_NAME not in " ".join(codes)  # sources by code, never by identity
    assert not panel.save_button.isEnabled()  # nothing changed yet

    form.caption.setText("Crates at berth 4")
    form.source.setCurrentIndex(form.source.findData(world["S-001"]))
    form.investigation.setCurrentIndex(form.investigation.findData(world["investigation"]))
    form.taken_at.setText("2024-03-01T14:30")
    assert panel.save_button.isEnabled()
    _focus(qtbot, form.caption)
    with qtbot.waitSignal(panel.item_changed, timeout=10_000):
        QTest.keyClick(form.caption, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves

    body = window.service.get(item).body
    assert body["caption"] == "Crates at berth 4"
    assert body["source"] == world["S-001"]
    assert body["investigation"] == world["investigation"]
    assert body["taken_at"] == "2024-03-01T14:30"
    assert body.get("metadata") == before.get("metadata")  # the claimed metadata is not overwritten
    assert len(window.service.records.details(item).history) == 2  # one edit revision for the four changes
    row = page.model.row_of(item)
    assert row is not None
    assert page.model.index(row).data() == "Crates at berth 4"  # the tile shows the caption at once

    # The panel reloads the item as saved: the values, and the edit in the chain of custody.
    def reloaded() -> bool:
        tree = panel.custody
        actions = [item.text(1) for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]
        return "edit" in actions and form.caption.text() == "Crates at berth 4"

    qtbot.waitUntil(reloaded, timeout=10_000)
    assert form.source.currentData() == world["S-001"]
    assert form.taken_at.text() == "2024-03-01T14:30"
    assert form.claimed.text()  # the file's own date (or that it claims none) is said beside it


def test_a_date_the_vault_refuses_is_shown_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    item = _import(qtbot, page, tmp_path, ["a.jpg"])["a.jpg"]
    _select(qtbot, page, item)
    panel = page.metadata
    panel.attribution.taken_at.setText("last Tuesday")
    with qtbot.waitSignal(panel.save_failed, timeout=10_000) as failed:
        panel.save_button.click()
    message = str(failed.args[0])
    assert "taken_at" in message
    assert panel.error.text() == message
    assert "taken_at" not in window.service.get(item).body
    assert len(window.service.records.details(item).history) == 1


def test_the_context_menu_sets_the_source_of_every_selected_item_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    world = _world(window)
    page = _evidence(window)
    ids = _import(qtbot, page, tmp_path, ["one.jpg", "two.jpg", "three.jpg"])
    _select(qtbot, page, ids["one.jpg"], ids["two.jpg"])
    assert set(page.selected_ids()) == {ids["one.jpg"], ids["two.jpg"]}

    names = {a.objectName() for a in page.grid.actions()}
    assert {"evidence_caption", "evidence_source", "evidence_investigation", "evidence_taken_at"} <= names
    assert "evidence_delete" in names
    for name, action in page.menu.actions_by_name.items():
        assert action.isEnabled() == (name != "open")  # opening takes one item; two are selected
        if name != "open":
            assert not action.shortcut().isEmpty()  # each has a key

    _focus(qtbot, page.grid)
    QTest.keyClick(
        page.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = page.dialog
    assert isinstance(dialog, AttributionDialog)
    assert dialog.field == "source"
    assert set(dialog.ids) == {ids["one.jpg"], ids["two.jpg"]}
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    dialog.form.source.setCurrentIndex(dialog.form.source.findData(world["S-001"]))
    with qtbot.waitSignal(page.items_changed, timeout=10_000) as changed:
        QTest.keyClick(dialog.form.source, Qt.Key.Key_Return)  # Enter saves
    assert set(changed.args[0]) == {ids["one.jpg"], ids["two.jpg"]}
    assert window.service.get(ids["one.jpg"]).body["source"] == world["S-001"]
    assert window.service.get(ids["two.jpg"]).body["source"] == world["S-001"]
    assert "source" not in window.service.get(ids["three.jpg"]).body


def test_the_menu_opens_with_shift_f10_and_a_right_click_acts_on_the_clicked_item(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    ids = _import(qtbot, page, tmp_path, ["left.jpg", "right.jpg"])
    _select(qtbot, page, ids["left.jpg"])
    _focus(qtbot, page.grid)
    QTest.keyClick(page.grid, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(page.menu.isVisible, timeout=2000)
    texts = [a.text() for a in page.menu.actions() if not a.isSeparator()]
    assert any("caption" in t for t in texts)
    assert any("Delete" in t for t in texts)
    page.menu.close()

    other = page.model.row_of(ids["right.jpg"])
    assert other is not None
    at = page.grid.visualRect(page.model.index(other)).center()
    page.grid.customContextMenuRequested.emit(at)  # what a right click on that tile sends
    qtbot.waitUntil(page.menu.isVisible, timeout=2000)
    assert page.selected_ids() == [ids["right.jpg"]]
    page.menu.actions_by_name["caption"].trigger()
    dialog = page.dialog
    assert isinstance(dialog, AttributionDialog)
    assert dialog.ids == (ids["right.jpg"],)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    dialog.form.caption.setText("Headstamp, right side")
    with qtbot.waitSignal(dialog.attributed, timeout=10_000):
        dialog.save_button.click()
    assert window.service.get(ids["right.jpg"]).title == "Headstamp, right side"


def test_deleting_refuses_a_reason_naming_a_protected_source_then_deletes_with_another(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _world(window)
    page = _evidence(window)
    ids = _import(qtbot, page, tmp_path, ["keep.jpg", "gone.jpg"])
    gone = ids["gone.jpg"]
    _select(qtbot, page, gone)
    _focus(qtbot, page.grid)
    QTest.keyClick(page.grid, Qt.Key.Key_Delete)
    dialog = page.dialog
    assert isinstance(dialog, DeleteEvidenceDialog)
    assert not dialog.delete_button.isEnabled()  # a reason is needed

    dialog.reason.setText(f"{PROTECTED_NAME} asked us to remove it")
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        dialog.delete_button.click()
    assert "protected" in str(refused.args[0])
    assert PROTECTED_NAME not in str(refused.args[0])  # the refusal names the place, never the identity
    assert dialog.error.text() == refused.args[0]
    assert dialog.isVisible()  # still open, to change the text
    assert window.service.records.count("evidence") == 2

    dialog.reason.setText("a second copy of keep.jpg")
    with qtbot.waitSignal(page.items_deleted, timeout=10_000):
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert window.service.records.count("evidence") == 1
    assert page.model.row_of(gone) is None
    assert window.service.get(gone).deleted
    tombstones = [r for r in window.service.records.details(gone).history if r.tombstone]
    assert [r.body.get("reason") for r in tombstones] == ["a second copy of keep.jpg"]
    qtbot.waitUntil(lambda: page.count_label.text().startswith("1 "), timeout=5000)


def test_the_panel_deletes_the_item_it_shows(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = _evidence(window)
    item = _import(qtbot, page, tmp_path, ["blurred.jpg"])["blurred.jpg"]
    _select(qtbot, page, item)
    dialog = page.metadata.ask_delete()
    assert dialog is not None
    dialog.reason.setText("out of focus, retaken")
    with qtbot.waitSignal(page.metadata.item_deleted, timeout=10_000):
        dialog.delete_button.click()
    assert window.service.get(item).deleted
    assert page.model.rowCount() == 0
    assert page.metadata.record_id is None


def test_attributing_to_a_protected_source_seals_the_original(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _world(window)
    page = _evidence(window)
    item = _import(qtbot, page, tmp_path, ["ledger.jpg"])["ledger.jpg"]
    assert "sealed_sha256" not in window.service.get(item).body
    _select(qtbot, page, item)
    form = page.metadata.attribution
    form.source.setCurrentIndex(form.source.findText("S-002", Qt.MatchFlag.MatchStartsWith))
    with qtbot.waitSignal(page.metadata.item_changed, timeout=10_000):
        page.metadata.save_button.click()
    body = window.service.get(item).body
    assert body["source"] == window.service.resolve_source("S-002")
    assert isinstance(body.get("sealed_sha256"), str)  # as if it had been imported from them


def test_the_viewer_panel_attributes_too_and_typing_there_is_not_taken_by_the_viewer_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = _evidence(window)
    item = _import(qtbot, page, tmp_path, ["crate.jpg"])["crate.jpg"]
    viewer = window.open_viewer(item)
    with qtbot.waitSignal(viewer.content_shown, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: viewer.metadata.about.isVisibleTo(viewer.metadata), timeout=10_000)
    caption = viewer.metadata.attribution.caption
    zoom = viewer.photo.zoom
    _focus(qtbot, caption)
    QTest.keyClicks(caption, "Crate R-0, lid open")  # R rotates, - and 0 zoom: not while typing
    assert caption.text() == "Crate R-0, lid open"
    assert viewer.photo.rotation == 0
    assert viewer.photo.zoom == zoom
    with qtbot.waitSignal(viewer.item_changed, timeout=10_000) as changed:
        viewer.metadata.save_button.click()
    assert changed.args[0].id == item
    assert window.service.get(item).body["caption"] == "Crate R-0, lid open"
