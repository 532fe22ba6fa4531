"""The export commands end to end, each output read back with an independent reader:
``export draft|photo|annex|share`` and ``trace``."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import docx
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from tests import media
from tests.helpers import init_vault, run_cli
from tests.unit.test_export_fixtures import (
    PROTECTED_ALIAS,
    PROTECTED_EMAIL,
    PROTECTED_NAME,
    PROTECTED_PHONE,
    assert_names_no_source,
)

pytestmark = pytest.mark.usefixtures("cli_env")

Capsys = pytest.CaptureFixture[str]


def add(capsys: Capsys, vault: Path, kind: str, data: dict[str, object]) -> str:
    result = run_cli(capsys, "record", "add", vault, kind, "--data", json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.fixture
def world(capsys: Capsys, tmp_path: Path) -> dict[str, str]:
    vault = tmp_path / "field.fvault"
    init_vault(capsys, vault)
    inv = add(capsys, vault, "investigation", {"title": "Depot", "area": "arms embargo"})
    add(
        capsys,
        vault,
        "source",
        {
            "name": PROTECTED_NAME,
            "aliases": [PROTECTED_ALIAS],
            "contacts": f"{PROTECTED_PHONE} {PROTECTED_EMAIL}",
            "protection": "protected",
            "type": "informant",
        },
    )
    photo = tmp_path / "IMG_1234.jpg"
    photo.write_bytes(media.jpeg(seed=11))
    imported = run_cli(capsys, "import", vault, photo, "--investigation", inv, "--json")
    assert imported.code == 0, imported.err
    photo_id = imported.json()[0]["id"]
    rifle = add(capsys, vault, "item", {"type": "rifle", "serial_number": "KB-1", "photos": [photo_id]})
    add(
        capsys,
        vault,
        "claim",
        {"statement": "Rifles at the depot.", "supports": ["S-001", rifle], "investigation": inv},
    )
    return {"vault": str(vault), "inv": inv, "photo": photo_id, "rifle": rifle, "dir": str(tmp_path)}


def test_export_draft_and_trace(capsys: Capsys, world: dict[str, str]) -> None:
    folder = Path(world["dir"])
    draft = folder / "draft.pdf"
    draft.write_bytes(media.pdf(["Draft report", "Annex"]))
    out = folder / "copies"
    out.mkdir()
    made = run_cli(
        capsys, "export", "draft", world["vault"], "--pdf", draft, "--recipient", "Marie Dubois",
        "--recipient", "UN Mission", "--out", out, "--json",
    )  # fmt: skip
    assert made.code == 0, made.err
    copies = made.json()
    assert [c["recipient"] for c in copies] == ["Marie Dubois", "UN Mission"]
    for c in copies:
        data = Path(c["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == c["sha256"]
        for page in PdfReader(io.BytesIO(data)).pages:
            assert c["recipient"] in page.extract_text()
            assert c["copy_id"] in page.extract_text()
        assert_names_no_source(data)

    traced = run_cli(capsys, "trace", world["vault"], copies[1]["path"])
    assert traced.code == 0
    assert "was issued to UN Mission" in traced.out

    stripped = PdfWriter()  # the leaker strips the properties and keeps one page
    stripped.add_page(PdfReader(copies[0]["path"]).pages[1])
    leaked = folder / "leaked.pdf"
    stripped.write(leaked)
    traced = run_cli(capsys, "trace", world["vault"], leaked, "--json")
    assert traced.code == 0
    assert [m["recipient"] for m in traced.json()["matches"]] == ["Marie Dubois"]

    assert run_cli(capsys, "trace", world["vault"], draft).code == 1


def test_export_draft_refuses_a_draft_naming_a_source(capsys: Capsys, world: dict[str, str]) -> None:
    folder = Path(world["dir"])
    draft = folder / "draft.pdf"
    draft.write_bytes(media.pdf(["Clean", f"Met {PROTECTED_ALIAS}", f"call {PROTECTED_PHONE}"]))
    result = run_cli(
        capsys, "export", "draft", world["vault"], "--pdf", draft, "--recipient", "A", "--out", folder
    )
    assert result.code == 2
    assert "page 2: alias of source S-001" in result.err
    assert "page 3: phone number of source S-001" in result.err
    assert PROTECTED_ALIAS not in result.err
    assert "897" not in result.err
    assert [p.name for p in folder.glob("*.pdf")] == ["draft.pdf"]


def test_export_photo_strips_and_redacts(capsys: Capsys, world: dict[str, str]) -> None:
    out = Path(world["dir"]) / "depot.jpg"
    result = run_cli(
        capsys, "export", "photo", world["vault"], world["photo"], out, "--redact", "0,0,20,20", "40,40,5,5"
    )
    assert result.code == 0, result.err
    assert "redact 2 area(s)" in result.out
    image = Image.open(out)
    assert len(image.getexif()) == 0
    assert image.convert("RGB").getpixel((5, 5)) == (0, 0, 0)
    bad = run_cli(
        capsys,
        "export",
        "photo",
        world["vault"],
        world["photo"],
        Path(world["dir"]) / "x.jpg",
        "--redact",
        "1,2,3",
    )
    assert bad.code == 2
    assert "X,Y,WIDTH,HEIGHT" in bad.err


def test_export_annex_and_its_refusal(capsys: Capsys, world: dict[str, str]) -> None:
    out = Path(world["dir"]) / "annex.docx"
    result = run_cli(
        capsys, "export", "annex", world["vault"], "--investigation", world["inv"], "--out", out, "--json"
    )
    assert result.code == 0, result.err
    assert result.json()["claims"] == 1
    document = docx.Document(str(out))
    rows = [[c.text for c in r.cells] for r in document.tables[1].rows]
    assert rows[1][1:4] == ["Rifles at the depot.", "Allegation", "S-001"]
    assert document.core_properties.author == ""
    assert_names_no_source(out.read_bytes())

    add(
        capsys,
        Path(world["vault"]),
        "claim",
        {"statement": f"Per {PROTECTED_EMAIL}.", "investigation": world["inv"]},
    )
    again = Path(world["dir"]) / "annex2.docx"
    refused = run_cli(
        capsys, "export", "annex", world["vault"], "--investigation", world["inv"], "--out", again
    )
    assert refused.code == 2
    assert "claim 2 statement: e-mail address of source S-001" in refused.err
    assert PROTECTED_EMAIL not in refused.err
    assert not again.exists()


def test_export_share_to_a_folder(capsys: Capsys, world: dict[str, str]) -> None:
    out = Path(world["dir"]) / "for-jmac"
    result = run_cli(
        capsys, "export", "share", world["vault"], world["rifle"], "--to", "MONUSCO JMAC",
        "--authority", "Panel decision 2026/7", "--out", out, "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    shown = result.json()
    assert shown["items"] == 1
    assert sorted(p.name for p in out.iterdir()) == ["SHA256SUMS", "photo-1.jpg", "shared-information.docx"]
    for path in out.iterdir():
        assert_names_no_source(path.read_bytes())
    record = run_cli(capsys, "record", "show", world["vault"], shown["id"], "--json").json()
    assert record["body"]["authority"] == "Panel decision 2026/7"
    assert record["body"]["to"] == "MONUSCO JMAC"
