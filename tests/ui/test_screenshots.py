"""Every screenshot docs/screenshots/README.md lists can still be rendered by the app (`fieldvault gui
--demo --screenshot`), in its language: a view that cannot be any more fails here, not in the docs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.entry.cli import main
from app.entry.cli_gui import VIEWS
from ui import translations

ROOT = Path(__file__).resolve().parents[2]
INDEX = ROOT / "docs" / "screenshots" / "README.md"
ROWS = re.findall(r"^\| ([a-z]+) \| \[([a-z-]+\.png)\]", INDEX.read_text(encoding="utf-8"), re.MULTILINE)
FRENCH = re.findall(r"\[([a-z]+)-fr\.png\]", INDEX.read_text(encoding="utf-8"))
LISTED = [(view, file, "en") for view, file in ROWS] + [(view, f"{view}-fr.png", "fr") for view in FRENCH]


def test_every_section_of_the_window_is_a_view_the_cli_can_render() -> None:
    from ui.sections import SECTIONS

    assert {s.id for s in SECTIONS} <= set(VIEWS)


def test_the_index_lists_views_the_app_knows_and_files_that_exist() -> None:
    assert len(ROWS) >= 15
    for view, file, _ in LISTED:
        assert view in VIEWS, view
        assert (INDEX.parent / file).is_file(), file


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    translations.install("en")  # one QApplication per process: leave it in English for the next tests


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.mark.parametrize(("view", "file", "lang"), LISTED, ids=[f"{v}-{lang}" for v, _, lang in LISTED])
def test_a_listed_screenshot_can_be_rendered(
    view: str, file: str, lang: str, demo_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(demo_home / "data"))  # the demo is built by the first one
    monkeypatch.setenv("XDG_CONFIG_HOME", str(demo_home / "config"))
    out = demo_home / f"{lang}-{file}"
    assert main(["gui", "--demo", "--screenshot", str(out), "--view", view, "--lang", lang]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 600
