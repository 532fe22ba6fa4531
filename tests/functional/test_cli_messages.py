"""What the CLI says when the person got something wrong: short, exact, and never a byte of their files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers import CLI_KDF, run_cli

Capsys = pytest.CaptureFixture[str]
pytestmark = pytest.mark.usefixtures("cli_env")


def test_merging_a_bundle_that_is_not_there_is_a_user_error(capsys: Capsys, tmp_path: Path) -> None:
    archive = tmp_path / "archive.fvault"
    assert run_cli(capsys, "archive", "init", archive, *CLI_KDF).code == 0
    result = run_cli(capsys, "archive", "merge", archive, tmp_path / "missing.fvb")
    assert result.code == 2
    assert result.err.strip() == f"fieldvault: error: {tmp_path / 'missing.fvb'} does not exist"


def test_tracing_a_file_that_is_not_a_pdf_quotes_none_of_its_bytes(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "case.fvault"
    assert run_cli(capsys, "init", vault, *CLI_KDF).code == 0
    leaked = tmp_path / "leaked.pdf"
    leaked.write_bytes(b"QZX7WKLM confidential words of a document that is not a PDF")
    result = run_cli(capsys, "trace", vault, leaked)
    assert result.code == 2
    assert "is not a readable PDF" in result.err
    assert "QZX7" not in result.err + result.out


def test_letters_explain_their_columns_and_say_when_there_are_none(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "case.fvault"
    assert run_cli(capsys, "init", vault, *CLI_KDF).code == 0
    assert run_cli(capsys, "letters", vault).out.strip() == "no letters"
    assert run_cli(capsys, "letters", vault, "--overdue").out.strip() == "no letters overdue"


def test_a_search_without_hits_says_so(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "case.fvault"
    assert run_cli(capsys, "init", vault, *CLI_KDF).code == 0
    result = run_cli(capsys, "search", vault, "tachyon")
    assert result.code == 0
    assert result.out == ""
    assert result.err.strip() == "no record matches"


def test_record_add_help_lists_the_kinds_and_their_fields(capsys: Capsys) -> None:
    with pytest.raises(SystemExit):
        run_cli(capsys, "record", "add", "--help")
    shown = capsys.readouterr().out
    assert "source: code*, protection, name*" in shown
    assert "claim: statement*" in shown


def test_show_gives_each_revision_its_time_beside_its_clock(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "case.fvault"
    assert run_cli(capsys, "init", vault, *CLI_KDF).code == 0
    note = run_cli(capsys, "note", "add", vault, "--title", "t", "--body", "b").out.strip()
    (revision,) = run_cli(capsys, "show", vault, note, "--json").json()["revisions"]
    at = datetime.fromisoformat(revision["at"].replace("Z", "+00:00"))
    assert round(at.timestamp() * 1000) == int(revision["hlc"].split(".")[0])
    assert at.tzinfo is not None
