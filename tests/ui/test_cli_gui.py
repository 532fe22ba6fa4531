"""``fieldvault gui --demo --screenshot OUT.png`` renders a view of the demo vault and exits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import main


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
