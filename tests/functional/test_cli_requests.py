"""``fieldvault request`` end to end: the register, the dry run's verdicts, a package checked with the stock
tools (sha256sum, ssh-keygen -Y verify, as docs/VERIFYING.md says), and ``request shared``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.service import VaultService
from tests.helpers import FAST_KDF, PASSPHRASE, run_cli
from tests.requestcases import REQUEST, Mix, mix
from vault.keys.secret import Passphrase

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, Mix]:
    path = tmp_path / "field.fvault"
    service, _ = VaultService.create(path, Passphrase.from_text(PASSPHRASE), kdf=FAST_KDF)
    try:
        folder = tmp_path / "files"
        folder.mkdir()
        world = mix(service, folder)
    finally:
        service.close()
    return path, world


def _verify(folder: Path) -> subprocess.CompletedProcess[str]:
    with (folder / "SHA256SUMS").open("rb") as stdin:
        result = subprocess.run(
            ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", "fieldvault",
             "-n", "fieldvault-request", "-s", "SHA256SUMS.sig"],
            stdin=stdin, cwd=folder, capture_output=True, text=True, check=False,
        )  # fmt: skip
    return result


def test_add_list_show_and_hostile_data(capsys: Capsys, vault: tuple[Path, Mix], tmp_path: Path) -> None:
    path, world = vault
    added = run_cli(
        capsys, "request", "add", path, "--data", json.dumps({**REQUEST, "reference": "R-2"}), "--json"
    )
    assert added.code == 0, added.err
    rid = added.json()["id"]
    listed = run_cli(capsys, "request", "list", path, "--json")
    assert {r["id"] for r in listed.json()} == {rid, world.request}
    shown = run_cli(capsys, "request", "show", path, rid[:8])
    assert shown.code == 0
    assert "R-2" in shown.out
    assert "packages sent: 0" in shown.out
    for bad in ("[1, 2]", '{"authority": "ICC", "received": "2026-03-02"', '{"authority": "ICC"}',
                json.dumps({**REQUEST, "authority": "ICC\u2028forged line"})):  # fmt: skip
        result = run_cli(capsys, "request", "add", path, "--data", bad)
        assert result.code == 2
        assert result.err.startswith("fieldvault: error: ")
    deep = run_cli(capsys, "request", "add", path, "--data", '{"authority": ' + "[" * 100_000)
    assert deep.code == 2
    assert "nested too deeply" in deep.err
    evil = tmp_path / "evil.json"
    evil.write_bytes(b"\xff\xfe{")
    result = run_cli(capsys, "request", "add", path, "--data", f"@{evil}")
    assert result.code == 2
    assert "UTF-8" in result.err
    assert len(run_cli(capsys, "request", "list", path, "--json").json()) == 2


def test_dry_run_writes_nothing_and_prints_verdicts(
    capsys: Capsys, vault: tuple[Path, Mix], tmp_path: Path
) -> None:
    path, world = vault
    out = tmp_path / "pkg"
    result = run_cli(
        capsys,
        "request",
        "package",
        path,
        world.request,
        "--investigation",
        world.investigation,
        "--out",
        out,
        "--dry-run",
        "--json",
    )
    assert result.code == 0, result.err
    verdicts = {v["id"]: v for v in result.json()}
    assert verdicts[world.no_consent_doc]["category"] == "no_consent"
    assert verdicts[world.court_photo]["allowed"]
    assert not out.exists()
    text = run_cli(capsys, "request", "package", path, world.request, "--item", world.naming_doc, "--dry-run")
    assert "WITHHELD" in text.out
    assert "names_source" in text.out
    assert (
        run_cli(capsys, "request", "shared", path, "--item", world.court_photo).out.strip()
        == "not given to anyone"
    )


def test_a_package_verifies_with_stock_tools_and_is_recorded(
    capsys: Capsys, vault: tuple[Path, Mix], tmp_path: Path
) -> None:
    path, world = vault
    out = tmp_path / "pkg"
    result = run_cli(
        capsys,
        "request",
        "package",
        path,
        world.request,
        "--investigation",
        world.investigation,
        "--out",
        out,
        "--json",
    )
    assert result.code == 0, result.err
    report = result.json()
    sums = subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=out, capture_output=True, check=False
    )
    assert sums.returncode == 0, sums.stdout
    verified = _verify(out)
    assert verified.returncode == 0, verified.stderr
    assert 'Good "fieldvault-request" signature for fieldvault' in verified.stdout
    hashed = subprocess.run(["sha256sum", "SHA256SUMS"], cwd=out, capture_output=True, text=True, check=True)
    assert hashed.stdout.split()[0] == report["package_sha256"]
    again = run_cli(
        capsys, "request", "package", path, world.request, "--item", world.court_photo, "--out", out
    )
    assert again.code == 2
    assert "not an empty folder" in again.err
    shared = run_cli(capsys, "request", "shared", path, "--item", world.court_photo, "--json").json()
    assert [(s["authority"], s["package_sha256"]) for s in shared] == [
        (REQUEST["authority"], report["package_sha256"])
    ]
    # Tampering is caught by the same stock tools.
    photo = out / "originals" / "E-1.jpg"
    photo.write_bytes(photo.read_bytes() + b"\0")
    tampered = subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=out, capture_output=True, check=False
    )
    assert tampered.returncode != 0
    (out / "SHA256SUMS").write_bytes((out / "SHA256SUMS").read_bytes().replace(b"  ", b"  ./", 1))
    assert _verify(out).returncode != 0
