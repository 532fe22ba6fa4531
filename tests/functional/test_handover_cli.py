"""``fieldvault handover`` and ``fieldvault receive`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import init_vault, run_cli
from tests.unit.test_export_fixtures import PROTECTED_ALIAS, PROTECTED_NAME

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.fixture
def vaults(capsys: Capsys, tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    outgoing, successor = tmp_path / "out.fvault", tmp_path / "succ.fvault"
    init_vault(capsys, outgoing)
    init_vault(capsys, successor)
    inv = add(capsys, outgoing, "investigation", {"title": "Vessel transfers", "area": "finance"})
    source = {"name": PROTECTED_NAME, "aliases": [PROTECTED_ALIAS], "protection": "protected"}
    add(capsys, outgoing, "source", {**source, "consent": ["archive"], "investigation": inv})
    add(
        capsys,
        outgoing,
        "claim",
        {"statement": "Ship-to-ship transfer seen.", "supports": ["S-001"], "investigation": inv},
    )
    succ_id, out_id = tmp_path / "successor.id", tmp_path / "outgoing.id"
    assert run_cli(capsys, "identity", "export", successor, succ_id).code == 0
    assert run_cli(capsys, "identity", "export", outgoing, out_id).code == 0
    return outgoing, successor, succ_id, out_id


def test_handover_and_receive(capsys: Capsys, vaults: tuple[Path, Path, Path, Path], tmp_path: Path) -> None:
    outgoing, successor, succ_id, out_id = vaults
    package = tmp_path / "handover.fvh"
    made = run_cli(
        capsys, "handover", outgoing, "--to", succ_id, "--out", package, "--reseal", "S-001", "--json"
    )
    assert made.code == 0, made.err
    assert [(s["code"], s["decision"]) for s in made.json()["sources"]] == [("S-001", "reseal")]
    got = run_cli(capsys, "receive", successor, package, "--from", out_id, "--json")
    assert got.code == 0, got.err
    assert got.json()["records"] == 3
    assert not got.json()["already_received"]
    shown = run_cli(capsys, "record", "show", successor, "S-001", "--reveal", "--json")
    assert shown.code == 0, shown.err
    assert PROTECTED_NAME in shown.out
    again = run_cli(capsys, "receive", successor, package, "--from", out_id)
    assert again.code == 0
    assert "already received; nothing changed" in again.out
    assert run_cli(capsys, "verify", successor).code == 0


def test_receiving_needs_the_signer_named_or_confirmed(
    capsys: Capsys, vaults: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    outgoing, successor, succ_id, out_id = vaults
    package = tmp_path / "handover.fvh"
    assert run_cli(capsys, "handover", outgoing, "--to", succ_id, "--out", package).code == 0
    unnamed = run_cli(capsys, "receive", successor, package)  # no terminal here to confirm at
    assert unnamed.code == 2
    assert "--from" in unnamed.err
    wrong = run_cli(
        capsys, "receive", successor, package, "--from", "00000 11111 22222 33333 44444 55555 66666 77777"
    )
    assert wrong.code == 2
    assert "someone other than the expected sender" in wrong.err
    fingerprint = run_cli(capsys, "identity", outgoing, "--json").json()["fingerprint"]
    by_fingerprint = run_cli(capsys, "receive", successor, package, "--from", fingerprint, "--json")
    assert by_fingerprint.code == 0, by_fingerprint.err
    assert by_fingerprint.json()["sender_fingerprint"] == fingerprint


def test_handover_refusals_name_the_place_and_not_the_identity(
    capsys: Capsys, vaults: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    outgoing, successor, succ_id, out_id = vaults
    inv = run_cli(capsys, "record", "list", outgoing, "--kind", "investigation", "--json").json()[0]["id"]
    add(
        capsys,
        outgoing,
        "note",
        {"title": "todo", "body": f"meet {PROTECTED_ALIAS.lower()}", "investigation": inv},
    )
    package = tmp_path / "handover.fvh"
    refused = run_cli(capsys, "handover", outgoing, "--to", succ_id, "--out", package)
    assert refused.code == 2
    assert "handover package was not written" in refused.err
    assert "field 'body': alias of source S-001" in refused.err
    assert PROTECTED_ALIAS.lower() not in refused.err.lower()
    assert not package.exists()
    not_ours = run_cli(capsys, "receive", successor, tmp_path / "missing.fvh", "--from", out_id)
    assert not_ours.code == 2
