"""``fieldvault ocr`` and ``fieldvault text`` on photographed pages, from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import ocrpages
from tests.helpers import init_vault, run_cli

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def vault(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "field.fvault"
    init_vault(capsys, path)
    return path


def _page(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_bytes(
        ocrpages.encode(ocrpages.render(lines, ocrpages.LIBERATION_SERIF, 40), "JPEG", quality=90)
    )
    return path


def test_ocr_reads_what_waits_and_text_prints_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    imported = run_cli(capsys, "import", vault, _page(tmp_path, "IMG_1.jpg", ocrpages.ENGLISH), "--json")
    [item] = imported.json()
    assert f"1 item(s) wait for text recognition: run `fieldvault ocr {vault}`" in imported.err
    waiting = run_cli(capsys, "ocr", vault, "--status", "--json").json()
    assert waiting == {
        "available": True,
        "problem": None,
        "languages": ["eng", "fra"],
        "queued": 1,
        "pages_known": 0,
        "done": 0,
    }
    before = run_cli(capsys, "text", vault, item["id"])
    assert "no text was read from this item" in before.err
    ran = run_cli(capsys, "ocr", vault)
    assert ran.code == 0, ran.err
    assert "OCR: 1 of 1 page(s) read" in ran.err
    assert "read 1 page(s), 1 item(s) in full; 0 item(s) still waiting" in ran.out
    shown = run_cli(capsys, "text", vault, item["id"][:8])
    assert ocrpages.cer("\n".join(ocrpages.ENGLISH), shown.out) <= 0.05
    pages = run_cli(capsys, "text", vault, item["id"], "--json").json()["pages"]
    assert [(p["page"], p["ocr"]) for p in pages] == [(0, True)]
    assert run_cli(capsys, "search", vault, "Northern Logistics", "--json").json()[0]["id"] == item["id"]
    again = run_cli(capsys, "ocr", vault, "--json").json()
    assert again == {"pages": 0, "items": 0, "documents": 0, "problems": [], "cancelled": False, "waiting": 0}


def test_where_ocr_is_not_available_it_says_so_and_keeps_the_queue(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli(capsys, "import", vault, _page(tmp_path, "IMG_2.jpg", ocrpages.ENGLISH))
    with monkeypatch.context() as m:
        m.setenv("PATH", str(tmp_path / "nothing"))
        refused = run_cli(capsys, "ocr", vault)
        status = run_cli(capsys, "ocr", vault, "--status")
    assert refused.code == 2
    assert refused.err.strip() == (
        "fieldvault: error: text recognition (OCR) is not available: the Tesseract program is not installed"
    )
    assert "waiting: 1 item(s)" in status.out
    assert "OCR is not available here" in status.out
    assert run_cli(capsys, "ocr", vault).code == 0  # once installed, nothing was lost


def test_languages_are_a_vault_setting(capsys: pytest.CaptureFixture[str], vault: Path) -> None:
    set_ = run_cli(capsys, "ocr", vault, "--languages", "eng,ara", "--status", "--json")
    assert set_.json()["languages"] == ["eng", "ara"]
    assert run_cli(capsys, "ocr", vault, "--status", "--json").json()["languages"] == ["eng", "ara"]
    bad = run_cli(capsys, "ocr", vault, "--languages", "klingon")
    assert bad.code == 2
    assert "OCR languages must be among eng, fra, ara, rus, spa, por" in bad.err
