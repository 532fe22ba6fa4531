"""Helpers shared by tests: cheap KDF parameters, running the CLI in-process, reading its JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.entry.cli import main
from vault.crypto import KdfParams

PASSPHRASE = "correct horse battery staple"
# Tests create many vaults; they pass these cheap parameters explicitly. The production default is
# calibrated (vault.crypto.calibrate) and never depends on being under test.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
CLI_KDF = ["--kdf-memory-mib", "64", "--kdf-iterations", "1"]


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> CliResult:
    """Run ``fieldvault ARGS`` in this process and capture its exit code and output."""
    capsys.readouterr()
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return CliResult(code, captured.out, captured.err)


def init_vault(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, Any]:
    """``fieldvault init PATH --json`` with cheap KDF parameters; returns its JSON."""
    result = run_cli(capsys, "init", path, "--json", *CLI_KDF)
    assert result.code == 0, result.err
    data: dict[str, Any] = result.json()
    return data
