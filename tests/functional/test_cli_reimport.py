"""Importing a file already stored, with --from/--investigation, links the item; unknown source codes;
attributing an item from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import media
from tests.helpers import init_vault, run_cli

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def vault(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    v = tmp_path / "v.fvault"
    init_vault(capsys, v)
    return v


def _source(capsys: pytest.CaptureFixture[str], vault: Path, name: str, protection: str = "public") -> str:
    data = f'{{"name": "{name}", "protection": "{protection}"}}'
    added = run_cli(capsys, "record", "add", vault, "source", "--data", data)
    assert added.code == 0, added.err
    return added.out.strip()


def _investigation(capsys: pytest.CaptureFixture[str], vault: Path, title: str) -> str:
    added = run_cli(capsys, "record", "add", vault, "investigation", "--data", f'{{"title": "{title}"}}')
    assert added.code == 0, added.err
    return added.out.strip()


def _body(capsys: pytest.CaptureFixture[str], vault: Path, record_id: str) -> dict[str, object]:
    shown = run_cli(capsys, "show", vault, record_id, "--json")
    assert shown.code == 0, shown.err
    body: dict[str, object] = shown.json()["body"]
    return body


def test_reimporting_a_stored_file_from_a_source_links_it_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    photo = tmp_path / "crate.jpg"
    photo.write_bytes(media.jpeg())
    first = run_cli(capsys, "import", vault, photo, "--json")
    assert first.code == 0, first.err
    item = first.json()[0]["id"]
    assert "source" not in _body(capsys, vault, item)
    _source(capsys, vault, "Harbour office")  # S-001
    source_id = _source(capsys, vault, "Port clerk")  # S-002
    investigation = _investigation(capsys, vault, "Kestrel Dawn shipments")

    again = run_cli(capsys, "import", vault, photo, "--from", "s-002", "--investigation", investigation)
    assert again.code == 0, again.err
    assert "already stored; linked to S-002 and investigation “Kestrel Dawn shipments”" in again.out
    body = _body(capsys, vault, item)
    assert body["source"] == source_id
    assert body["investigation"] == investigation

    shown = run_cli(capsys, "show", vault, item, "--json").json()
    assert len(shown["revisions"]) == 2  # the intake, then the revision that linked it
    actions = [e["action"] for e in shown["custody"]]
    assert actions.count("intake") == 2  # the second receipt is a custody line of its own
    assert "edit" in actions

    same = run_cli(capsys, "import", vault, photo, "--from", "S-002", "--json")
    assert same.json()[0]["duplicate"] is True
    assert same.json()[0]["linked"] == []  # already linked: no further revision
    assert len(run_cli(capsys, "show", vault, item, "--json").json()["revisions"]) == 2
    plain = run_cli(capsys, "import", vault, photo)
    assert "already in the vault: linked, not stored twice" in plain.out


def test_reimporting_from_another_source_moves_the_link_to_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    first_source = _source(capsys, vault, "Harbour office")
    second_source = _source(capsys, vault, "Port clerk")
    document = tmp_path / "manifest.pdf"
    document.write_bytes(media.pdf())
    [item] = run_cli(capsys, "import", vault, document, "--from", "S-001", "--json").json()
    assert _body(capsys, vault, item["id"])["source"] == first_source
    [again] = run_cli(capsys, "import", vault, document, "--from", "S-002", "--json").json()
    assert again["id"] == item["id"]
    assert again["linked"] == ["source"]
    assert _body(capsys, vault, item["id"])["source"] == second_source


def test_reimporting_from_a_protected_source_seals_the_original(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    photo = tmp_path / "ledger.jpg"
    photo.write_bytes(media.jpeg())
    [item] = run_cli(capsys, "import", vault, photo, "--json").json()
    _source(capsys, vault, "Quiet witness", "protected")
    run_cli(capsys, "import", vault, photo, "--from", "S-001")
    body = _body(capsys, vault, item["id"])
    assert isinstance(body.get("sealed_sha256"), str)


def test_an_unknown_source_code_is_named_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    photo = tmp_path / "crate.jpg"
    photo.write_bytes(media.jpeg())
    result = run_cli(capsys, "import", vault, photo, "--from", "S-003")
    assert result.code == 2
    assert "no source with code S-003" in result.err
    assert "Traceback" not in result.err
    listed = run_cli(capsys, "record", "list", vault, "--kind", "evidence", "--json")
    assert listed.code == 0, listed.err
    assert listed.json() == []


def test_attributing_an_item_keeps_the_claimed_date_beside_the_corrected_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vault: Path
) -> None:
    photo = tmp_path / "rifle.jpg"
    photo.write_bytes(media.jpeg())
    [item] = run_cli(capsys, "import", vault, photo, "--json").json()
    source_id = _source(capsys, vault, "Harbour office")
    before = _body(capsys, vault, item["id"])
    done = run_cli(
        capsys,
        "evidence",
        "attribute",
        vault,
        item["id"],
        "--caption",
        "Rifle at the depot",
        "--from",
        "S-001",
        "--taken-at",
        "2024-03-01T14:30",
    )
    assert done.code == 0, done.err
    body = _body(capsys, vault, item["id"])
    assert body["caption"] == "Rifle at the depot"
    assert body["source"] == source_id
    assert body["taken_at"] == "2024-03-01T14:30"
    assert body.get("metadata") == before.get("metadata")  # the file's own claims are untouched
    wrong = run_cli(capsys, "evidence", "attribute", vault, item["id"], "--taken-at", "yesterday")
    assert wrong.code == 2
    assert "taken_at" in wrong.err
    nothing = run_cli(capsys, "evidence", "attribute", vault, item["id"])
    assert nothing.code == 2
    removed = run_cli(capsys, "evidence", "attribute", vault, item["id"], "--caption", "")
    assert removed.code == 0, removed.err
    assert "caption" not in _body(capsys, vault, item["id"])
