"""``fieldvault gui --demo --screenshot OUT.png`` renders a view of the demo vault and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtGui import QImage

from app.entry import gui
from app.entry.cli import main


def test_gui_screenshot_renders_the_demo_vaults_evidence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    out = tmp_path / "evidence.png"
    assert main(["gui", "--demo", "--screenshot", str(out), "--view", "evidence"]) == 0
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 800
    assert (tmp_path / "data" / "fieldvault" / "demo.fvault" / "vault.db").is_file()
    assert not (tmp_path / "config" / "fieldvault" / "settings.json").exists()  # nothing written about vaults


def test_a_normal_run_says_nothing_of_qts_known_harmless_warnings(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",  # the platform that says "does not support propagateSizeHints"
    }
    out = tmp_path / "today.png"
    run = subprocess.run(
        [sys.executable, "-m", "app", "gui", "--demo", "--screenshot", str(out), "--view", "today"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert not QImage(str(out)).isNull()
    assert "propagateSizeHints" not in run.stderr
    assert run.stderr.strip() == ""


def test_other_qt_messages_still_reach_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    context = QMessageLogContext()
    gui.on_qt_message(QtMsgType.QtWarningMsg, context, gui.QUIET[0])
    assert capsys.readouterr().err == ""
    gui.on_qt_message(QtMsgType.QtWarningMsg, context, "QPainter::begin: Paint device returned engine == 0")
    assert "QPainter::begin" in capsys.readouterr().err
