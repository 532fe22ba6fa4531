"""Fuzzing (quick form): the bundle reader's parsers, a whole merge and the metadata extractors let out
only the project's own error types, in a subprocess whose timeout detects a hang. The long run
(thousands of examples per target) is scripts/campaigns.sh."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGETS = {
    "age header",
    "age decryption",
    "age armor",
    "tar reader",
    "manifest",
    "revision lines",
    "audit lines",
    "signatures",
    "ssh signature parser",
    "examine (never raises)",
    "image readers",
    "PDF and DOCX readers",
    "merge",
}


def test_fuzzed_bundles_and_evidence_files_give_only_our_own_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.reliability.fuzz", "--examples", "150", "--seed", "20261124"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,  # hang detector
        check=False,
    )
    figures = {f["target"]: f for f in map(json.loads, result.stdout.splitlines())}
    assert set(figures) == TARGETS, result.stderr[-2000:]
    assert [(name, f["failure"]) for name, f in figures.items() if f["failure"]] == []
    assert result.returncode == 0
    for name, f in figures.items():
        refused = sum(n for outcome, n in f["outcomes"].items() if outcome != "accepted")
        # every parser was reached and refused something (examine never refuses: it reports)
        assert f["examples"] > 0
        assert refused > 0 or name == "examine (never raises)", name
