"""The foundation's CLI, end to end: init, notes, import, search, show, export, verify, keys."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.entry import prompts
from tests.helpers import CLI_KDF, PASSPHRASE, init_vault, run_cli
from vault.keys import passphrase_strength
from vault.storage import migrations

pytestmark = pytest.mark.usefixtures("cli_env")


def test_init_creates_the_folder_and_prints_a_recovery_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = run_cli(capsys, "init", tmp_path / "case.fvault", *CLI_KDF)
    assert result.code == 0
    assert "Recovery code" in result.out
    code_line = [line.strip() for line in result.out.splitlines() if line.count("-") == 7][0]
    assert len(code_line) == 39
    assert sorted(p.name for p in (tmp_path / "case.fvault").iterdir()) == ["keyslots.json", "vault.db"]


def test_a_note_is_stored_found_and_shown(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    add = run_cli(
        capsys,
        "note",
        "add",
        v,
        "--title",
        "Meeting with the harbour master",
        "--body",
        "Discussed the Ilyushin cargo flight",
    )
    assert add.code == 0
    note_id = add.out.strip()
    found = run_cli(capsys, "search", v, "ilyushin", "--json")
    assert found.json() == [{"id": note_id, "kind": "note", "title": "Meeting with the harbour master"}]
    shown = run_cli(capsys, "show", v, note_id, "--json").json()
    assert shown["body"]["body"] == "Discussed the Ilyushin cargo flight"
    assert len(shown["revisions"]) == 1
    assert "Ilyushin" in run_cli(capsys, "show", v, note_id[:8]).out


def test_import_and_export_file_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    src = tmp_path / "serial-number.jpg"
    data = os.urandom(200_000)
    src.write_bytes(data)
    imported = run_cli(capsys, "import", v, src, "--json")
    assert imported.code == 0
    [item] = imported.json()
    assert item["sha256"] == hashlib.sha256(data).hexdigest()
    assert item["name"] == "serial-number.jpg"
    out = tmp_path / "exported.jpg"
    assert run_cli(capsys, "export-file", v, item["id"], out).code == 0
    assert out.read_bytes() == data
    again = run_cli(capsys, "export-file", v, item["id"], out)
    assert again.code == 2
    assert "already exists" in again.err


def test_a_batch_with_a_missing_file_imports_the_rest_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    good = tmp_path / "good.pdf"
    good.write_bytes(b"%PDF-1.4")
    result = run_cli(capsys, "import", v, tmp_path / "missing.pdf", good, "--json")
    assert result.code == 1
    assert [i["name"] for i in result.json()] == ["good.pdf"]
    assert "missing.pdf: no such file" in result.err


def test_verify_reports_ok_with_a_digest_then_finds_a_flipped_byte(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    run_cli(capsys, "note", "add", v, "--title", "t", "--body", "b" * 200_000)
    ok = run_cli(capsys, "verify", v, "--json")
    assert ok.code == 0
    report = ok.json()
    assert report["ok"] is True
    assert report["problems"] == []
    assert len(report["digest"]) == 64
    db = v / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 3000] ^= 0x40
    db.write_bytes(bytes(data))
    bad = run_cli(capsys, "verify", v, "--json")
    assert bad.code == 1
    assert bad.json()["ok"] is False
    assert bad.json()["problems"]


@pytest.mark.parametrize("offset", [100, 5000, 70000])
def test_damage_anywhere_in_the_database_is_a_problem_not_a_crash(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, offset: int
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    run_cli(capsys, "note", "add", v, "--title", "t", "--body", "b" * 100_000)
    db = v / "vault.db"
    data = bytearray(db.read_bytes())
    data[offset] ^= 0xFF
    db.write_bytes(bytes(data))
    result = run_cli(capsys, "verify", v)
    assert result.code == 1
    assert "Traceback" not in result.err + result.out


def test_user_errors_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    cases = [
        ("search", tmp_path / "nothing-here.fvault", "x"),
        ("search", tmp_path, "x"),
        ("show", v, "00000000-0000-0000-0000-000000000000"),
        ("export-file", v, "abcdef12", tmp_path / "o"),
        ("note", "add", v),
        ("frobnicate",),
    ]
    for args in cases:
        result = run_cli(capsys, *args)
        assert result.code == 2, args
        assert len(result.err.strip().splitlines()) == 1, (args, result.err)
        assert result.err.startswith("fieldvault: error:")
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "the wrong passphrase")
    wrong = run_cli(capsys, "search", v, "x")
    assert wrong.code == 2
    assert "wrong passphrase" in wrong.err


def test_passwd_and_recover(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = tmp_path / "v.fvault"
    code = init_vault(capsys, v)["recovery_code"]
    monkeypatch.setenv("FIELDVAULT_NEW_PASSPHRASE", "second passphrase here")
    assert run_cli(capsys, "passwd", v, *CLI_KDF).code == 0
    assert run_cli(capsys, "search", v, "x").code == 2  # old passphrase no longer works
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "second passphrase here")
    assert run_cli(capsys, "search", v, "x").code == 0

    code_file = tmp_path / "code.txt"
    code_file.write_text(code.lower() + "\n")
    monkeypatch.setenv("FIELDVAULT_NEW_PASSPHRASE", "third passphrase here")
    recovered = run_cli(capsys, "recover", v, "--recovery-code-file", code_file, "--json", *CLI_KDF)
    assert recovered.code == 0, recovered.err
    new_code = recovered.json()["recovery_code"]
    assert new_code != code
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "third passphrase here")
    assert run_cli(capsys, "search", v, "x").code == 0
    again = run_cli(capsys, "recover", v, "--recovery-code-file", code_file, *CLI_KDF)
    assert again.code == 2
    assert "wrong recovery code" in again.err


def test_weak_new_passphrases_are_refused_with_zxcvbns_advice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = tmp_path / "v.fvault"
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", "password1")
    weak = run_cli(capsys, "init", v, *CLI_KDF)
    assert weak.code == 2
    assert "too easy to guess" in weak.err
    assert "common password" in weak.err  # zxcvbn's own advice
    assert "--generate-passphrase" in weak.err
    assert len(weak.err.strip().splitlines()) == 1
    assert not v.exists()

    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", PASSPHRASE)
    code = init_vault(capsys, v)["recovery_code"]
    monkeypatch.setenv("FIELDVAULT_NEW_PASSPHRASE", "qwerty123456")
    assert "too easy to guess" in run_cli(capsys, "passwd", v, *CLI_KDF).err
    code_file = tmp_path / "code.txt"
    code_file.write_text(code + "\n")
    refused = run_cli(capsys, "recover", v, "--recovery-code-file", code_file, *CLI_KDF)
    assert refused.code == 2
    assert "too easy to guess" in refused.err
    assert run_cli(capsys, "search", v, "x").code == 0  # nothing was changed: the passphrase still opens
    monkeypatch.setenv("FIELDVAULT_NEW_PASSPHRASE", "a new passphrase after recovery")
    assert run_cli(capsys, "recover", v, "--recovery-code-file", code_file, *CLI_KDF).code == 0  # code intact


def test_generate_passphrase_prints_six_random_words_once_and_they_open_the_vault(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = tmp_path / "v.fvault"
    made = run_cli(capsys, "init", v, "--generate-passphrase", "--json", *CLI_KDF)
    assert made.code == 0, made.err
    phrase = made.json()["passphrase"]
    words = phrase.split(" ")
    assert len(words) == 6
    assert set(words) <= set(passphrase_strength.words())
    assert phrase not in made.err
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", phrase)
    assert run_cli(capsys, "search", v, "x").code == 0
    other = run_cli(capsys, "init", tmp_path / "w.fvault", "--generate-passphrase", *CLI_KDF)
    shown = [ln.strip() for ln in other.out.splitlines() if ln.startswith("    ") and len(ln.split()) == 6]
    assert len(shown) == 1  # printed once, indented on a line of its own
    assert shown[0] != phrase  # drawn afresh each time
    changed = run_cli(capsys, "passwd", v, "--generate-passphrase", *CLI_KDF)
    assert changed.code == 0, changed.err
    new = [line.strip() for line in changed.out.splitlines() if line.startswith("    ")][0]
    assert run_cli(capsys, "search", v, "x").code == 2  # the old one no longer opens it
    monkeypatch.setenv("FIELDVAULT_PASSPHRASE", new)
    assert run_cli(capsys, "search", v, "x").code == 0
    both = run_cli(capsys, "init", tmp_path / "z.fvault", "--generate-passphrase", "--passphrase-file", "f")
    assert both.code == 2


def test_a_weak_passphrase_typed_at_the_terminal_is_asked_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIELDVAULT_PASSPHRASE")
    typed = iter(["letmein1", "harbour kestrel manifest lantern", "harbour kestrel manifest lantern"])
    monkeypatch.setattr(prompts, "_interactive", lambda: True)
    monkeypatch.setattr(prompts, "_prompt", lambda _label: next(typed))
    result = run_cli(capsys, "init", tmp_path / "v.fvault", *CLI_KDF)
    assert result.code == 0, result.err
    assert "too easy to guess" in result.err  # said after the first, then asked again
    assert next(typed, None) is None  # the weak one, the strong one, and its repeat


def test_passphrase_file_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    monkeypatch.delenv("FIELDVAULT_PASSPHRASE")
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE + "\n")
    assert run_cli(capsys, "search", v, "x", "--passphrase-file", pf).code == 0
    no_tty = run_cli(capsys, "search", v, "x")
    assert no_tty.code == 2
    assert "FIELDVAULT_PASSPHRASE" in no_tty.err


def test_the_installed_command_runs_and_reports_its_version(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0
    assert out.stdout.startswith("fieldvault ")
    env = {**os.environ, "FIELDVAULT_PASSPHRASE": PASSPHRASE}
    made = subprocess.run(
        [sys.executable, "-m", "app", "init", str(tmp_path / "s.fvault"), "--json", *CLI_KDF],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["fingerprint"]
    bad = subprocess.run(
        [sys.executable, "-m", "app", "verify", str(tmp_path / "s.fvault")],
        capture_output=True,
        text=True,
        env={**env, "FIELDVAULT_PASSPHRASE": "nope nope nope"},
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "fieldvault: error: wrong passphrase (or keyslots.json was altered)"
    ]


def test_the_cli_process_writes_no_core_dumps() -> None:
    code = (
        "import resource; from app.entry import logs; logs.harden_process(); "
        "print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "(0, 0)"


def test_a_command_on_a_vault_made_before_v8_says_how_far_its_upgrade_has_gone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # some fifteen minutes for an archive of 2,000,000 records: stderr says how far (stdout stays clean)
    v = tmp_path / "v7.fvault"
    with monkeypatch.context() as m:
        m.setattr(migrations, "latest", lambda: 7)
        init_vault(capsys, v)
        for n in range(3):
            assert run_cli(capsys, "note", "add", v, "--title", f"Note {n}", "--body", "Kestrel").code == 0
    found = run_cli(capsys, "search", v, "kestrel", "--json")
    assert len(found.json()) == 3
    assert found.err.endswith("upgrading this vault for this version: 3 of 3 records\n")
    assert run_cli(capsys, "search", v, "kestrel", "--json").err == ""  # upgraded once
