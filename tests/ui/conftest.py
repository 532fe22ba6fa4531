"""UI fixtures: an app controller with cheap KDF parameters, vaults opened through it, sample files.

tests/conftest.py has already set QT_QPA_PLATFORM=offscreen; pytest-qt provides the one QApplication.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import demo_archive
from app.entry.gui import make_opener
from app.service import VaultService
from app.settings import Settings
from tests.helpers import FAST_KDF, PASSPHRASE
from ui import plurals
from ui.controller import AppController
from ui.main_window import MainWindow
from ui.none_guard import protect_none
from ui.opener import VaultOpener
from vault.keys.secret import Passphrase

protect_none()  # before any test calls into Qt: PySide6 6.12 on Python 3.11 (ui/none_guard.py)


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> None:
    """As app.entry.gui.application() does: counts agree in number in English ("1 day", "12 days")."""
    plurals.install()


@pytest.fixture
def opener(tmp_path: Path) -> VaultOpener:
    return make_opener(FAST_KDF, demo_folder=tmp_path / "demo" / "demo.fvault")


@pytest.fixture
def make_controller(qtbot: QtBot, opener: VaultOpener) -> Iterator[Callable[..., AppController]]:
    """A factory for controllers (some tests need a short idle time); all are shut down afterwards."""
    made: list[AppController] = []

    def build(idle_ms: int | None = None) -> AppController:
        controller = AppController(opener, Settings(), idle_ms=idle_ms)
        qtbot.addWidget(controller.welcome)
        made.append(controller)
        return controller

    yield build
    for controller in made:
        controller.shutdown()


@pytest.fixture
def controller(make_controller: Callable[..., AppController]) -> AppController:
    return make_controller()


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    """A vault made directly through the service (fast), closed, for the UI to unlock."""
    folder = tmp_path / "case.fvault"
    service, _ = VaultService.create(folder, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    service.records.add_note("Meeting with the harbour master", "Berth logs for the Kestrel Dawn")
    service.close()
    return folder


def unlock(qtbot: QtBot, controller: AppController, folder: Path, phrase: str = PASSPHRASE) -> MainWindow:
    controller.start(folder)
    with qtbot.waitSignal(controller.vault_opened, timeout=20_000):
        controller.unlock(folder, Passphrase.from_text(phrase))
    assert controller.window is not None
    return controller.window


@pytest.fixture
def window(qtbot: QtBot, controller: AppController, vault_folder: Path) -> MainWindow:
    return unlock(qtbot, controller, vault_folder)


def jpeg(colour: tuple[int, int, int] = (180, 40, 40), size: tuple[int, int] = (320, 240)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def pdf() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 400), (250, 250, 250)).save(out, "PDF")
    return out.getvalue()


class Recorder(QObject):
    """Receives a worker's signals on the UI thread (a plain lambda would run on the worker's thread)."""

    def __init__(self, then: Callable[[Any], None] | None = None) -> None:
        super().__init__()
        self.values: list[Any] = []
        self._then = then

    @Slot(object)
    def on_signal(self, value: Any) -> None:
        self.values.append(value)
        if self._then is not None:
            self._then(value)


@dataclass(frozen=True)
class Demo:
    vault: Path
    archive: Path
    files: Path  # the demo's bundles and identity files


@pytest.fixture
def demo_world(tmp_path: Path) -> Demo:
    """The demo vault and the demo group archive built from it (cheap key derivation)."""
    vault = tmp_path / "demo" / "demo.fvault"
    summary = demo_archive.build_archive(
        tmp_path / "demo" / demo_archive.ARCHIVE_FOLDER_NAME, vault, kdf=FAST_KDF
    )
    return Demo(vault, summary.folder, summary.files)
