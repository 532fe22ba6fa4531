"""A marker written into a note and an imported file appears nowhere on disk outside the encryption."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import init_vault, run_cli

MARKER = "ZEBRA-MARKER-7Q4X"


def _files_containing(root: Path, needle: bytes) -> list[str]:
    hits = []
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            try:
                if needle in path.read_bytes():
                    hits.append(str(path))
            except OSError:
                continue
    return hits


@pytest.mark.usefixtures("cli_env")
def test_a_marker_in_a_note_and_a_file_is_nowhere_in_the_vault_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    assert (
        run_cli(capsys, "note", "add", v, "--title", f"title {MARKER}", "--body", f"body {MARKER}").code == 0
    )
    evidence = tmp_path / "outside" / f"{MARKER}.txt"
    evidence.parent.mkdir()
    evidence.write_text(f"content {MARKER} " * 1000)
    assert run_cli(capsys, "import", v, evidence).code == 0
    assert run_cli(capsys, "search", v, MARKER).code == 0
    assert run_cli(capsys, "verify", v).code == 0
    evidence.unlink()  # the user's own source file is not the vault's business
    for needle in (MARKER.encode(), MARKER.encode("utf-16-le")):
        assert _files_containing(tmp_path, needle) == []
