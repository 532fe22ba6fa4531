"""``fieldvault designation draft``: a designation proposal only from verified facts, refused otherwise."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.helpers import init_vault, run_cli

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


def text_of(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_a_proposal_from_verified_facts_only(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    broker = add(
        capsys,
        vault,
        "entity",
        {"type": "individual", "name": "Jean-Baptiste Mulamba", "aliases": ["JB"], "born": "1971",
         "nationality": "Democratic Republic of the Congo", "documents": ["OB0123456"]},
    )  # fmt: skip
    a = add(capsys, vault, "source", {"name": "Customs officer", "organisation": "Customs"})
    b = add(capsys, vault, "source", {"name": "Mine manager", "organisation": "Cooperative"})
    codes = [run_cli(capsys, "record", "show", vault, s, "--json").json()["body"]["code"] for s in (a, b)]
    claim = add(
        capsys,
        vault,
        "claim",
        {"statement": "Mulamba financed the armed group through gold sales", "supports": [broker, a, b],
         "designation": True},
    )  # fmt: skip
    add(
        capsys,
        vault,
        "claim",
        {"statement": "Mulamba's sales were licensed in 2024", "exculpatory": [broker]},
    )
    out = tmp_path / "dossier.docx"

    refused = run_cli(capsys, "designation", "draft", vault, "--entity", broker, "--out", out)
    assert refused.code == 2
    assert f"claim {claim[:8]} is not a verified fact" in refused.err
    assert not out.exists()

    promoted = run_cli(capsys, "claim", "promote", vault, claim, "--to", "verified_fact")
    assert promoted.code == 0, promoted.err
    done = run_cli(capsys, "designation", "draft", vault, "--entity", broker, "--out", out, "--json")
    assert done.code == 0, done.err
    assert done.json()["facts"] == 1
    assert done.json()["exculpatory"] == 1
    text = text_of(out)
    assert "Proposal for designation: Jean-Baptiste Mulamba" in text
    assert "OB0123456" in text
    assert "financed the armed group through gold sales" in text
    assert "licensed in 2024" in text
    assert all(code in text for code in codes)
    assert "Customs officer" not in text
    assert "a verified fact needs 2 independent sources" in text
    shown = run_cli(capsys, "show", vault, broker, "--json").json()
    assert any(e["detail"].get("what") == "designation proposal" for e in shown["custody"])

    french = tmp_path / "dossier-fr.docx"
    done = run_cli(capsys, "designation", "draft", vault, "--entity", broker, "--out", french, "--lang", "fr")
    assert done.code == 0, done.err
    text = text_of(french)
    assert "Proposition d&apos;inscription : Jean-Baptiste Mulamba" in text or (
        "Proposition d'inscription : Jean-Baptiste Mulamba" in text
    )
    assert "Exposé des motifs" in text
    assert "Personne" in text
    assert "un fait vérifié exige 2 sources indépendantes" in text
    assert "financed the armed group through gold sales" in text  # the statement as written
    assert "Proposal for designation" not in text
    assert "Statement of case" not in text
    assert "a verified fact needs" not in text


def test_without_a_designation_claim_there_is_no_proposal(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    company = add(capsys, vault, "entity", {"type": "company", "name": "Great Lakes Minerals"})
    add(capsys, vault, "claim", {"statement": "Great Lakes Minerals exports gold", "supports": [company]})
    out = tmp_path / "dossier.docx"
    refused = run_cli(capsys, "designation", "draft", vault, "--entity", company, "--out", out)
    assert refused.code == 2
    assert "no claim supporting a designation cites this entity" in refused.err
    assert not out.exists()
