"""``fieldvault listing review``: the periodic review of a listing through the outbound gate."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.helpers import init_vault, run_cli

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]
LIST_2017 = Path(__file__).parent.parent / "data" / "unsc-2017" / "consolidated-2017-07-03.xml"


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


def document_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_review_of_a_confirmed_listing(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    assert run_cli(capsys, "list", "import", vault, LIST_2017).code == 0
    broker = add(
        capsys,
        vault,
        "entity",
        {"type": "individual", "name": "Ri Won Ho", "aliases": ["Ri Wonho Kim"], "documents": ["PD999"]},
    )
    source = add(capsys, vault, "source", {"name": "Harbour master", "protection": "confidential"})
    code = run_cli(capsys, "record", "show", vault, source, "--json").json()["body"]["code"]
    add(
        capsys,
        vault,
        "claim",
        {"statement": "Ri Won Ho met KOMID agents in Damascus", "supports": [broker, source]},
    )
    add(
        capsys,
        vault,
        "claim",
        {"statement": "Ri Won Ho was in Pyongyang all of May", "exculpatory": [broker]},
    )
    candidate = run_cli(capsys, "screen", vault, "--json").json()[0]
    assert run_cli(capsys, "screen", "confirm", vault, candidate["id"]).code == 0

    out = tmp_path / "review.docx"
    done = run_cli(capsys, "listing", "review", vault, "KPi.033", "--out", out, "--json")
    assert done.code == 0, done.err
    assert done.json()["claims"] == 1
    assert done.json()["exculpatory"] == 1
    text = document_text(out)
    assert "Periodic review: KPi.033 RI WON HO" in text
    assert "381310014" in text  # the listed passport
    assert "KOMID agents in Damascus" in text
    assert "Pyongyang all of May" in text
    assert code in text  # the source by its code
    assert "Harbour master" not in text
    assert "Ri Wonho Kim" in text  # a new alias proposed
    assert "PD999" in text  # a new document proposed
    custody = run_cli(capsys, "list", "versions", vault, "--json").json()[0]["id"]
    shown = run_cli(capsys, "show", vault, custody, "--json").json()
    assert any(e["detail"].get("what") == "periodic review" for e in shown["custody"])


def test_a_review_naming_a_protected_source_is_refused(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    assert run_cli(capsys, "list", "import", vault, LIST_2017).code == 0
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Ri Won Ho"})
    add(capsys, vault, "source", {"name": "Amani Zawadi", "protection": "protected"})
    add(capsys, vault, "claim", {"statement": "Amani Zawadi saw Ri Won Ho at the port", "supports": [broker]})
    candidate = run_cli(capsys, "screen", vault, "--json").json()[0]
    assert run_cli(capsys, "screen", "confirm", vault, candidate["id"]).code == 0
    out = tmp_path / "review.docx"
    refused = run_cli(capsys, "listing", "review", vault, "KPi.033", "--out", out)
    assert refused.code == 2
    assert "claim 1 statement" in refused.err
    assert "Amani" not in refused.err
    assert not out.exists()
    assert list(tmp_path.glob("*.docx*")) == []


def test_review_in_french(capsys: Capsys, tmp_path: Path) -> None:
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    assert run_cli(capsys, "list", "import", vault, LIST_2017).code == 0
    broker = add(capsys, vault, "entity", {"type": "individual", "name": "Ri Won Ho"})
    add(capsys, vault, "claim", {"statement": "Ri Won Ho met KOMID agents", "supports": [broker]})
    candidate = run_cli(capsys, "screen", vault, "--json").json()[0]
    assert run_cli(capsys, "screen", "confirm", vault, candidate["id"]).code == 0
    out = tmp_path / "examen.docx"
    done = run_cli(capsys, "listing", "review", vault, "KPi.033", "--out", out, "--lang", "fr")
    assert done.code == 0, done.err
    text = document_text(out)
    assert "Examen périodique : KPi.033 RI WON HO" in text
    assert "Ce que détient le Groupe" in text
    assert "Allégation" in text
    assert "Ri Won Ho met KOMID agents" in text
    assert "Periodic review" not in text
    assert "What the group holds" not in text
    refused = run_cli(
        capsys, "listing", "review", vault, "KPi.033", "--out", tmp_path / "x.docx", "--lang", "de"
    )
    assert refused.code == 2
    assert "--lang" in refused.err
    assert not (tmp_path / "x.docx").exists()
