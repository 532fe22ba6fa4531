"""After a scripted session, a marker string is nowhere on disk outside the encrypted database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import CLI_KDF, PASSPHRASE
from tests.reliability.leakscan import Session, scan

MARKER = "QX7-LEAKMARK-91Z"


def test_a_cli_session_leaves_the_marker_nowhere_outside_the_vault_database(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    session = Session(tmp_path / "sandbox", PASSPHRASE, harness=[tmp_path_factory.getbasetemp()])
    vault = session.root / "data" / "case.fvault"
    session.cli("init", vault, *CLI_KDF)
    note_id = session.cli(
        "note", "add", vault, "--title", f"Met {MARKER}", "--body", f"{MARKER} said"
    ).strip()
    evidence = session.root / "inputs" / f"{MARKER}.txt"
    evidence.write_text(f"document mentioning {MARKER}\n" * 500)
    items = json.loads(session.cli("import", vault, evidence, "--json"))
    session.cli("search", vault, MARKER)
    session.cli("show", vault, note_id, "--json")
    session.cli("show", vault, items[0]["id"])
    session.cli("verify", vault)
    exported = session.exported(session.root / "out" / "exported.txt")
    session.cli("export-file", vault, items[0]["id"], exported)
    (session.root / "newpass").write_text("another passphrase here\n")
    session.cli("passwd", vault, "--new-passphrase-file", session.root / "newpass", *CLI_KDF)
    assert exported.read_text().count(MARKER) == 500  # the explicit export is the one plaintext copy
    assert scan(session, [vault], MARKER) == []


def test_the_scan_finds_a_planted_leak(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The scan itself can fail: a marker left in the session's cache folder is reported."""
    session = Session(tmp_path / "sandbox", PASSPHRASE, harness=[tmp_path_factory.getbasetemp()])
    (session.root / "cache" / "thumbs.db").write_bytes(b"...QX7-LEAKMARK-91Z...".decode().encode("utf-16-le"))
    assert scan(session, [], MARKER) == [str(session.root / "cache" / "thumbs.db")]
