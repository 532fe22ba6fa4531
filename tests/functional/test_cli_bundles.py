"""Bundles through the CLI, end to end, and docs/VERIFYING.md's commands run on a real bundle with the
stock tools (age, tar, ssh-keygen, sha256sum)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import CLI_KDF, init_vault, run_cli

pytestmark = pytest.mark.usefixtures("cli_env")
VERIFYING = Path(__file__).resolve().parents[2] / "docs" / "VERIFYING.md"


def _setup(capsys: pytest.CaptureFixture[str], root: Path) -> dict[str, Path]:
    """An expert vault (alice) with a note and a photo, an archive with alice enrolled."""
    paths = {
        "alice": root / "alice.fvault",
        "archive": root / "archive.fvault",
        "alice_id": root / "alice.id",
        "archive_id": root / "archive.id",
    }
    init_vault(capsys, paths["alice"])
    assert run_cli(capsys, "archive", "init", paths["archive"], "--json", *CLI_KDF).code == 0
    assert run_cli(capsys, "identity", "export", paths["alice"], paths["alice_id"]).code == 0
    assert run_cli(capsys, "identity", "export", paths["archive"], paths["archive_id"]).code == 0
    enrolled = run_cli(
        capsys, "archive", "enroll", paths["archive"], paths["alice_id"], "--name", "Alice", "--json"
    )
    assert enrolled.code == 0, enrolled.err
    shown = run_cli(capsys, "identity", paths["alice"], "--json").json()
    assert enrolled.json()["fingerprint"] == shown["fingerprint"]
    assert run_cli(capsys, "note", "add", paths["alice"], "--title", "Harbour", "--body", "cargo").code == 0
    photo = root / "photo.jpg"
    photo.write_bytes(os.urandom(150_000))
    assert run_cli(capsys, "import", paths["alice"], photo).code == 0
    return paths


def _db_hash(vault: Path) -> str:
    return hashlib.sha256((vault / "vault.db").read_bytes()).hexdigest()


def test_bundle_merge_remerge_verify_and_custody(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _setup(capsys, tmp_path)
    out = tmp_path / "b1.fvb"
    written = run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", out, "--json")
    assert written.code == 0, written.err
    assert written.json()["sequence"] == 1

    merged = run_cli(capsys, "archive", "merge", p["archive"], out, "--json")
    assert merged.code == 0, merged.err
    (report,) = merged.json()
    assert report["status"] == "merged"
    assert len(report["new_records"]) == 2
    assert report["new_attachments"] == 1

    before = _db_hash(p["archive"])
    again = run_cli(capsys, "archive", "merge", p["archive"], out)
    assert again.code == 0
    assert "already merged" in again.out
    assert _db_hash(p["archive"]) == before

    verified = run_cli(capsys, "verify", p["archive"], "--json").json()
    assert verified["ok"], verified["problems"]
    shown: dict[str, Any] = run_cli(capsys, "show", p["archive"], report["new_records"][0], "--json").json()
    actions = {(e["action"], e["detail"].get("bundle")) for e in shown["custody"]}
    assert ("merge", report["bundle_id"]) in actions


def test_a_refused_bundle_says_why_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    p = _setup(capsys, tmp_path)
    out = tmp_path / "b1.fvb"
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", out).code == 0
    data = bytearray(out.read_bytes())
    data[-1000] ^= 1
    out.write_bytes(bytes(data))
    before = _db_hash(p["archive"])
    result = run_cli(capsys, "archive", "merge", p["archive"], out)
    assert result.code == 1
    assert "REFUSED (decryption)" in result.out
    assert _db_hash(p["archive"]) == before


def test_revoking_refuses_new_bundles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _setup(capsys, tmp_path)
    b1, b2 = tmp_path / "b1.fvb", tmp_path / "b2.fvb"
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", b1).code == 0
    assert run_cli(capsys, "archive", "merge", p["archive"], b1).code == 0
    revoked = run_cli(capsys, "archive", "revoke", p["archive"], "Alice", "--json").json()
    assert revoked["accept_through"] is None
    assert run_cli(capsys, "note", "add", p["alice"], "--title", "later", "--body", "more").code == 0
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", b2).code == 0
    result = run_cli(capsys, "archive", "merge", p["archive"], b2, "--json")
    assert result.code == 1
    assert result.json()[0]["reason"] == "revoked"
    roster = run_cli(capsys, "archive", "roster", p["archive"], "--json").json()
    assert roster[0]["revoked_at"]


def test_conflicts_are_listed_and_resolved(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _setup(capsys, tmp_path)
    b1, b2 = tmp_path / "b1.fvb", tmp_path / "b2.fvb"
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", b1).code == 0
    assert run_cli(capsys, "archive", "merge", p["archive"], b1).code == 0
    note_id = run_cli(capsys, "search", p["alice"], "cargo", "--json").json()[0]["id"]
    from app.service import VaultService
    from tests.helpers import PASSPHRASE
    from vault.keys.secret import Passphrase

    for vault, text in ((p["archive"], "archive"), (p["alice"], "expert")):
        svc = VaultService.unlock(vault, Passphrase.from_text(PASSPHRASE))
        svc.records.edit_record(note_id, {"body": text})
        svc.close()
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", b2).code == 0
    merged = run_cli(capsys, "archive", "merge", p["archive"], b2)
    assert f"CONFLICT {note_id}" in merged.out
    shown = run_cli(capsys, "archive", "conflicts", p["archive"]).out
    assert re.search(r"\[1\] \d{4}-\d\d-\d\d \d\d:\d\d UTC  (Alice|this vault)", shown)
    assert re.search(r"body: \[1\] (archive|expert)  \|  \[2\] (archive|expert)", shown)
    (conflict,) = run_cli(capsys, "archive", "conflicts", p["archive"], "--json").json()
    take = next(h["hash"] for h in conflict["heads"] if h["body"]["body"] == "expert")
    resolved = run_cli(capsys, "archive", "resolve", p["archive"], note_id, "--take", take, "--json")
    assert resolved.code == 0, resolved.err
    assert run_cli(capsys, "archive", "conflicts", p["archive"], "--json").json() == []
    assert run_cli(capsys, "show", p["archive"], note_id, "--json").json()["body"]["body"] == "expert"


def test_exporting_the_age_identity_needs_confirmation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    p = _setup(capsys, tmp_path)
    key = tmp_path / "escrow.txt"
    refused = run_cli(capsys, "archive", "export-age-identity", p["archive"], key)
    assert refused.code == 2
    assert not key.exists()
    assert run_cli(capsys, "archive", "export-age-identity", p["archive"], key, "--yes").code == 0
    assert key.stat().st_mode & 0o777 == 0o600
    assert re.search(r"^AGE-SECRET-KEY-1[0-9A-Z]+$", key.read_text(), re.M)


def _verify_script() -> str:
    text = VERIFYING.read_text(encoding="utf-8")
    match = re.search(r"<!-- verify-script -->\n```sh\n(.*?)```", text, re.S)
    assert match, "docs/VERIFYING.md lost its verification block"
    return match.group(1)


def _prepare_for_the_docs(capsys: pytest.CaptureFixture[str], root: Path) -> Path:
    p = _setup(capsys, root)
    work = root / "check"
    work.mkdir()
    assert (
        run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", work / "bundle.fvb").code == 0
    )
    key = work / "archive-age-identity.txt"
    assert run_cli(capsys, "archive", "export-age-identity", p["archive"], key, "--yes").code == 0
    (work / "alice.id").write_bytes(p["alice_id"].read_bytes())
    return work


def test_the_commands_in_verifying_md_check_a_real_bundle(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    work = _prepare_for_the_docs(capsys, tmp_path)
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", _verify_script()], cwd=work, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('Good "fieldvault-bundle" signature for sender') == 2
    lines = [line for line in result.stdout.splitlines() if line.endswith(": OK")]
    assert len(lines) == 4  # manifest, revisions, audit, one attachment
    assert (work / "bundle" / "attachments").is_dir()


def test_the_commands_in_verifying_md_catch_an_altered_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    work = _prepare_for_the_docs(capsys, tmp_path)
    script = _verify_script()
    unpack, checks = script.split("# 2.", 1)
    subprocess.run(["bash", "-e", "-o", "pipefail", "-c", unpack], cwd=work, check=True)
    revisions = work / "bundle" / "revisions.jsonl"
    revisions.write_bytes(revisions.read_bytes().replace(b"cargo", b"Cargo"))
    prefix = "\n".join(line for line in unpack.splitlines() if "=" in line and not line.startswith("#"))
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", prefix + "\n# 2." + checks],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "revisions.jsonl: FAILED" in result.stdout


def test_merging_from_the_cli_makes_received_documents_searchable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    p = _setup(capsys, tmp_path)
    doc = tmp_path / "note.txt"
    doc.write_text("The Quillmore shipment left on Tuesday")
    assert run_cli(capsys, "import", p["alice"], doc).code == 0
    bundle = tmp_path / "b1.fvb"
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", bundle).code == 0
    merged = run_cli(capsys, "archive", "merge", p["archive"], bundle)
    assert "examined 2 received original(s)" in merged.out  # the setup's photo and this document
    found = run_cli(capsys, "search", p["archive"], "quillmore", "--json").json()
    assert [h["kind"] for h in found] == ["evidence"]


def test_an_empty_bundle_is_not_written(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = _setup(capsys, tmp_path)
    b1, b2 = tmp_path / "b1.fvb", tmp_path / "b2.fvb"
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", b1).code == 0
    again = run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", b2)
    assert again.code == 2
    assert "nothing new since bundle #1" in again.err
    assert not b2.exists()
    assert run_cli(capsys, "note", "add", p["alice"], "--title", "later", "--body", "more").code == 0
    assert run_cli(capsys, "bundle", p["alice"], "--to", p["archive_id"], "--out", b2).code == 0
    assert run_cli(capsys, "archive", "merge", p["archive"], b1, b2).code == 0
    roster = run_cli(capsys, "archive", "roster", p["archive"], "--json").json()
    assert roster[0]["bundles_received"] == [1, 2]  # the refused one took no number
